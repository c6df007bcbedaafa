-- Misconduct cases (issue 13, Order No. 31 Arts. 4, 16-19): a case gathers the reports about one person and sitting
-- and takes them through the procedure: the proposed sanction (the rule version kept), the notice of the proposed
-- decision and its service, the person's statement and defence (text and files), the office's re-check of each
-- point raised, the written decision (处理决定书) and its service, the effects, and appeals.
--
-- case_key makes the events idempotent: 'R<registration>' (a candidate's reports of a sitting: the registration is
-- the sitting), 'S<staff member>:<exam>:<year>' (a staff member's reports of a sitting), 'F<registration>' (the
-- Art. 10 case of a commitment found fraudulent), 'I<registration>:<subject>' (the Art. 11 case of identical answers,
-- one per candidate and subject). Ids come from conduct_seq (V23).
create table misconduct_case (
    id                    bigint        not null primary key,
    case_key              varchar(120)  not null,
    party                 varchar(10)   not null,
    registration_id       bigint,
    staff_member_id       bigint,
    exam_id               bigint        not null,
    plan_year             integer       not null,
    area                  varchar(40)   not null,
    status                varchar(20)   not null,
    proposed_rule_id      bigint        not null,
    rule_id               bigint        not null,
    rule_reason           varchar(1000),
    subject               varchar(50),
    notice_facts          varchar(4000),
    notice_at             timestamp(6) with time zone,
    notice_by             varchar(100),
    defence_deadline      timestamp(6) with time zone,
    notice_method         varchar(20),
    notice_address        varchar(300),
    decided_at            timestamp(6) with time zone,
    decided_by            varchar(100),
    decision_reasons      varchar(4000),
    effective_on          date,
    decision_method       varchar(20),
    decision_address      varchar(300),
    decision_served_at    timestamp(6) with time zone,
    integrity_record_id   bigint,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    version               bigint        not null,
    constraint uk_misconduct_case_key unique (case_key),
    constraint ck_misconduct_case_party check (party in ('CANDIDATE', 'STAFF')),
    constraint ck_misconduct_case_status check (status in ('OPEN', 'NOTIFIED', 'DECIDED', 'QUASHED'))
);
create index ix_misconduct_case_registration on misconduct_case (registration_id);
create index ix_misconduct_case_status on misconduct_case (status, exam_id, area);

-- A snapshot of each report the case gathers (the event carries its facts): source INCIDENT (report id), FRAUD
-- (verification task id) or IDENTICAL (panel reference); a report gathered twice is stored once.
create table case_report (
    id            bigint        not null primary key,
    case_id       bigint        not null references misconduct_case (id),
    source        varchar(10)   not null,
    source_ref    varchar(100)  not null,
    rule_id       bigint        not null,
    rule_code     varchar(20)   not null,
    subject       varchar(50),
    site_name     varchar(200),
    room_number   varchar(40),
    occurred_at   timestamp(6) with time zone,
    description   varchar(4000) not null,
    reported_by   varchar(100)  not null,
    gathered_at   timestamp(6) with time zone not null,
    constraint uk_case_report_source unique (case_id, source, source_ref)
);

-- The statement and defence (陈述和申辩): by the person online, or recorded by the office from a written defence;
-- each point raised is a row the office must re-check (finding) before it may decide.
create table case_defence (
    id            bigint        not null primary key,
    case_id       bigint        not null references misconduct_case (id),
    text          varchar(8000) not null,
    submitted_at  timestamp(6) with time zone not null,
    submitted_by  varchar(100)  not null,
    by_office     boolean       not null
);
create index ix_case_defence_case on case_defence (case_id);

create table case_defence_file (
    id            bigint        not null primary key,
    defence_id    bigint        not null references case_defence (id),
    file_name     varchar(200)  not null,
    content_type  varchar(50)   not null,
    content       bytea         not null,
    size_bytes    integer       not null,
    uploaded_at   timestamp(6) with time zone not null
);
create index ix_case_defence_file on case_defence_file (defence_id);

create table case_point (
    id            bigint        not null primary key,
    case_id       bigint        not null references misconduct_case (id),
    defence_id    bigint        not null references case_defence (id),
    position      integer       not null,
    point         varchar(2000) not null,
    finding       varchar(4000),
    checked_by    varchar(100),
    checked_at    timestamp(6) with time zone
);
create index ix_case_point_case on case_point (case_id);

-- Scores voided by a decision (what the certification issue reads): one row per registration and subject, subject
-- null for every subject of the sitting; in force while restored_on is null (an appeal that quashes or changes the
-- decision restores it, with the day and reason).
create table voided_score (
    id              bigint        not null primary key,
    registration_id bigint        not null,
    subject         varchar(50),
    case_id         bigint        not null references misconduct_case (id),
    voided_from     date          not null,
    restored_on     date,
    restored_reason varchar(1000)
);
create index ix_voided_score_registration on voided_score (registration_id);

-- A certificate (or score proof) declared void by a decision (Art. 10): the certification issue revokes the
-- certificate of the registration while withdrawn_on is null.
create table certificate_void (
    id               bigint        not null primary key,
    registration_id  bigint        not null,
    case_id          bigint        not null references misconduct_case (id),
    declared_on      date          not null,
    withdrawn_on     date,
    withdrawn_reason varchar(1000)
);
create index ix_certificate_void_registration on certificate_void (registration_id);

-- Appeals (Art. 18 行政复议 / 行政诉讼, Art. 19 staff 复核): filed within a limit counted from the decision's service,
-- with their outcome (UPHELD, QUASHED, CHANGED to another rule version).
create table case_appeal (
    id              bigint        not null primary key,
    case_id         bigint        not null references misconduct_case (id),
    kind            varchar(20)   not null,
    filed_on        date          not null,
    limit_on        date          not null,
    filed_by        varchar(100)  not null,
    note            varchar(2000) not null,
    outcome         varchar(10),
    outcome_rule_id bigint,
    outcome_on      date,
    outcome_reason  varchar(2000),
    outcome_by      varchar(100),
    constraint ck_case_appeal_kind check (kind in ('REVIEW', 'LITIGATION', 'STAFF_REVIEW')),
    constraint ck_case_appeal_outcome check (outcome is null or outcome in ('UPHELD', 'QUASHED', 'CHANGED'))
);
create index ix_case_appeal_case on case_appeal (case_id);

-- Competence (Art. 5): office accounts that decide at provincial level. An office account not listed here sees a
-- case whose rule is provincial as referred to the provincial level and cannot decide it. The demo office account is
-- provincial.
create table office_scope (
    username   varchar(100) not null primary key,
    provincial boolean      not null
);
insert into office_scope (username, provincial) values ('office', true);

-- A staff bar lifted by an appeal: StaffPool.barred ignores it from lifted_on.
alter table staff_bar add column lifted_on date;
alter table staff_bar add column lifted_reason varchar(1000);
