-- Certificates (证书, issue 14 part F): issued in a resumable batch per exam on the CERTIFICATES edge (or by the
-- office), each one numbered from a serial per number scope, with a random verification code, a place in a status
-- list, an annotation (加注) period, and its status history (revocation and reinstatement). The PDF and the credential
-- are made from the row when downloaded, signed with the authority's key. Ids come from certificate_seq.
create sequence certificate_seq start with 1 increment by 50;

-- One issuance batch of an exam. state: QUEUED, RUNNING, COMPLETED, FAILED. The batch walks the exam's sittings in
-- registration order; last_registration is the cursor written with each chunk, so a batch cut off by a crash
-- continues after the last chunk that committed (nothing issued twice, no number skipped).
create table issuance_run (
    id                bigint       not null primary key,
    exam_id           bigint       not null,
    state             varchar(16)  not null,
    started_by        varchar(100) not null,
    created_at        timestamp(6) with time zone not null,
    finished_at       timestamp(6) with time zone,
    candidates        integer      not null,
    done              integer      not null,
    issued            integer      not null,
    waiting           integer      not null,
    refused           integer      not null,
    last_registration bigint       not null,
    failure           varchar(200),
    version           bigint       not null,
    constraint fk_issuance_run_exam foreign key (exam_id) references exam (id),
    constraint ck_issuance_run_state check (state in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'))
);
create index ix_issuance_run_exam on issuance_run (exam_id);

-- The last serial given in one number scope (everything of a number but its serial: year, area, qualification,
-- level). Taken with a row lock in the transaction that writes the certificate, so a rolled-back chunk gives its
-- serials back.
create table certificate_series (
    scope       varchar(60) not null primary key,
    last_serial bigint      not null
);

-- A W3C Bitstring Status List (revocation): its size in entries; version counts the changes (the published list is
-- cached per version).
create table certificate_status_list (
    id         bigint       not null primary key,
    size       integer      not null,
    version    bigint       not null,
    created_at timestamp(6) with time zone not null,
    constraint ck_status_list_size check (size >= 131072)
);

-- One certificate. The holder's name and ID number and the qualification are written as they were at issuance (the
-- catalogue entry's name, sub-item and level as checked against the edition in force). status: VALID or REVOKED.
create table certificate (
    id                  bigint        not null primary key,
    account_id          bigint        not null,
    registration_id     bigint        not null,
    exam_id             bigint        not null,
    run_id              bigint,
    catalogue_code      varchar(20)   not null,
    qualification       varchar(100)  not null,
    sub_item            varchar(100),
    level               varchar(40),
    edition_id          bigint        not null,
    number              varchar(40)   not null,
    number_scope        varchar(60)   not null,
    serial              bigint        not null,
    management_number   varchar(40)   not null,
    management_scope    varchar(60)   not null,
    management_serial   bigint        not null,
    verification_code   varchar(16)   not null,
    holder_name         varchar(64)   not null,
    id_number           varchar(18)   not null,
    approval_date       date          not null,
    issuing_authority   varchar(100)  not null,
    annotation_from     date          not null,
    annotation_until    date          not null,
    status_list_id      bigint        not null,
    status_index        integer       not null,
    status              varchar(16)   not null,
    revoked_at          timestamp(6) with time zone,
    revoked_reason      varchar(1000),
    revocation_source   varchar(16),
    revocation_ref      bigint,
    issued_at           timestamp(6) with time zone not null,
    issued_by           varchar(100)  not null,
    version             bigint        not null,
    constraint fk_certificate_registration foreign key (registration_id) references registration (id),
    constraint fk_certificate_exam foreign key (exam_id) references exam (id),
    constraint fk_certificate_status_list foreign key (status_list_id) references certificate_status_list (id),
    constraint uk_certificate_registration unique (registration_id),
    constraint uk_certificate_number unique (number),
    constraint uk_certificate_serial unique (number_scope, serial),
    constraint uk_certificate_management unique (management_number),
    constraint uk_certificate_management_serial unique (management_scope, management_serial),
    constraint uk_certificate_code unique (verification_code),
    constraint uk_certificate_status_index unique (status_list_id, status_index),
    constraint ck_certificate_status check (status in ('VALID', 'REVOKED'))
);
create index ix_certificate_account on certificate (account_id);
create index ix_certificate_exam on certificate (exam_id, id);

-- Every change of a certificate's status, with who, when, why and what caused it (source: OFFICE, CASE, CHECK,
-- APPEAL; reference: the case or registration).
create table certificate_status_change (
    id             bigint        not null primary key,
    certificate_id bigint        not null,
    changed_at     timestamp(6) with time zone not null,
    status         varchar(16)   not null,
    source         varchar(16)   not null,
    reference      bigint,
    reason         varchar(1000) not null,
    actor          varchar(100)  not null,
    constraint fk_certificate_status_change foreign key (certificate_id) references certificate (id)
);
create index ix_certificate_status_change on certificate_status_change (certificate_id, id);

-- Every annotation (加注) of a certificate: the first, made at issuance, and each renewal.
create table certificate_annotation (
    id              bigint       not null primary key,
    certificate_id  bigint       not null,
    annotated_from  date         not null,
    annotated_until date         not null,
    made_on         date         not null,
    made_by         varchar(100) not null,
    constraint fk_certificate_annotation foreign key (certificate_id) references certificate (id)
);
create index ix_certificate_annotation on certificate_annotation (certificate_id, id);

-- The gate's last answer for one sitting of an exam: ISSUE (then a certificate exists), WAIT or REFUSE, and the codes
-- of the reasons (the office page explains them by weighing the gate again).
create table issuance_verdict (
    exam_id         bigint       not null,
    registration_id bigint       not null,
    decision        varchar(8)   not null,
    codes           varchar(400) not null,
    decided_at      timestamp(6) with time zone not null,
    run_id          bigint       not null,
    constraint pk_issuance_verdict primary key (exam_id, registration_id),
    constraint fk_issuance_verdict_registration foreign key (registration_id) references registration (id),
    constraint ck_issuance_verdict check (decision in ('ISSUE', 'WAIT', 'REFUSE'))
);
create index ix_issuance_verdict_decision on issuance_verdict (exam_id, decision);
