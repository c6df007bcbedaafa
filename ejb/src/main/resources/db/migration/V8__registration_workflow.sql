-- Registration workflow: fees per subject, payment, withdrawal of a commitment, the office's review of proof,
-- voiding, proof documents, verification campaigns and their tasks, and notices to candidates.
alter table exam_subject add column fee numeric(8, 2);

alter table registration add column fee numeric(8, 2) default 0 not null;
alter table registration add column payment varchar(20) default 'UNPAID' not null;
alter table registration add column payment_ref varchar(30);
alter table registration add column paid_at timestamp(6) with time zone;
alter table registration add column paid_via varchar(200);
alter table registration add column commitment_withdrawn_at timestamp(6) with time zone;
alter table registration add column review_note varchar(2000);
alter table registration add column reviewed_by varchar(100);
alter table registration add column reviewed_at timestamp(6) with time zone;
alter table registration add column voided_at timestamp(6) with time zone;
alter table registration add column void_reason varchar(2000);
create unique index ux_registration_payment_ref on registration (payment_ref);

create table registration_document (
    id              bigint       not null primary key,
    registration_id bigint       not null,
    file_name       varchar(200) not null,
    content_type    varchar(50)  not null,
    content         bytea        not null,
    size_bytes      integer      not null,
    sha256          varchar(64)  not null,
    uploaded_at     timestamp(6) with time zone not null,
    constraint fk_document_registration foreign key (registration_id) references registration (id)
);
create index ix_document_registration on registration_document (registration_id);

create table verification_campaign (
    id             bigint       not null primary key,
    exam_id        bigint       not null,
    name           varchar(200) not null,
    mode           varchar(20)  not null,
    sample_percent integer,
    seed           bigint,
    population     integer      not null,
    drawn          integer      not null,
    deadline       timestamp(6) with time zone not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(100) not null,
    constraint fk_campaign_exam foreign key (exam_id) references exam (id)
);

create table verification_task (
    id              bigint        not null primary key,
    campaign_id     bigint        not null,
    registration_id bigint        not null,
    reason          varchar(20)   not null,
    note            varchar(2000),
    verifier        varchar(100),
    status          varchar(20)   not null,
    outcome         varchar(20),
    evidence        varchar(2000),
    due_at          timestamp(6) with time zone not null,
    decided_at      timestamp(6) with time zone,
    decided_by      varchar(100),
    version         bigint        not null,
    constraint fk_task_campaign foreign key (campaign_id) references verification_campaign (id),
    constraint fk_task_registration foreign key (registration_id) references registration (id),
    constraint uk_task unique (campaign_id, registration_id)
);
create index ix_task_verifier on verification_task (verifier, status);

create table notification (
    id         bigint        not null primary key,
    account_id bigint        not null,
    created_at timestamp(6) with time zone not null,
    title      varchar(200)  not null,
    body       varchar(2000) not null,
    read_at    timestamp(6) with time zone,
    constraint fk_notification_account foreign key (account_id) references account (id)
);
create index ix_notification_account on notification (account_id, created_at);
