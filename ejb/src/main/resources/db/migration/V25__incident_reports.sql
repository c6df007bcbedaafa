-- Incident reports of the exam day (issue 13, Order No. 31 Art. 16): what a supervisor records in a session and room
-- they serve, about a candidate seated there, a staff member of that session, or nobody (an incident). Submitted once
-- per client idempotency key; confirmed by the site's site head (or chief examiner) and then immutable: corrections are
-- addenda. A refusal to sign, or evidence destroyed, is attested by two staff serving that session at the site.
create table incident_report (
    id                 bigint        not null primary key,
    idempotency_key    varchar(100)  not null,
    reporter           varchar(100)  not null,
    reporter_staff_id  bigint        not null,
    roster_id          bigint        not null,
    exam_id            bigint        not null,
    plan_year          integer       not null,
    area               varchar(40)   not null,
    site_id            bigint        not null,
    site_name          varchar(200)  not null,
    room_id            bigint,
    room_number        varchar(40),
    session_key        varchar(40)   not null,
    exam_day           date          not null,
    subject            varchar(40),
    party              varchar(10)   not null,
    registration_id    bigint,
    staff_member_id    bigint,
    person_name        varchar(100),
    ticket_number      varchar(60),
    seat_number        integer,
    rule_id            bigint        not null,
    rule_code          varchar(20)   not null,
    article            integer       not null,
    occurred_at        timestamp(6) with time zone not null,
    place              varchar(200)  not null,
    description        varchar(4000) not null,
    reminded           boolean       not null,
    signature          bytea,
    refused_to_sign    boolean       not null,
    evidence_destroyed boolean       not null,
    status             varchar(12)   not null,
    created_at         timestamp(6) with time zone not null,
    confirmed_by       varchar(100),
    confirmed_at       timestamp(6) with time zone,
    version            bigint        not null,
    constraint uk_incident_report_key unique (idempotency_key),
    constraint ck_incident_report_party check (party in ('CANDIDATE', 'STAFF', 'NONE')),
    constraint ck_incident_report_status check (status in ('SUBMITTED', 'CONFIRMED'))
);
create index ix_incident_report_reporter on incident_report (reporter, created_at);
create index ix_incident_report_site on incident_report (roster_id, site_id, status);
create index ix_incident_report_stats on incident_report (status, plan_year, exam_id, area);

create table incident_attestation (
    id              bigint       not null primary key,
    report_id       bigint       not null references incident_report (id),
    staff_member_id bigint       not null,
    account         varchar(100) not null,
    staff_name      varchar(100) not null,
    attested_at     timestamp(6) with time zone not null,
    constraint uk_incident_attestation unique (report_id, staff_member_id)
);

create table incident_evidence (
    id           bigint       not null primary key,
    report_id    bigint       not null references incident_report (id),
    file_name    varchar(200) not null,
    content_type varchar(50)  not null,
    size_bytes   integer      not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    added_by     varchar(100) not null,
    added_at     timestamp(6) with time zone not null
);
create index ix_incident_evidence_report on incident_evidence (report_id);

create table incident_addendum (
    id        bigint        not null primary key,
    report_id bigint        not null references incident_report (id),
    body      varchar(4000) not null,
    added_by  varchar(100)  not null,
    added_at  timestamp(6) with time zone not null
);
create index ix_incident_addendum_report on incident_addendum (report_id);
