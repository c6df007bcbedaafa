-- Accounts (all four roles) and the audit trail of decisions.
create sequence account_seq start with 1 increment by 50;

create table account (
    id              bigint       not null primary key,
    username        varchar(100) not null,
    display_name    varchar(100) not null,
    role            varchar(20)  not null,
    password_hash   varchar(200) not null,
    mobile          varchar(20),
    email           varchar(200),
    enabled         boolean      not null,
    failed_sign_ins integer      not null,
    locked_until    timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(100) not null,
    version         bigint       not null,
    constraint uk_account_username unique (username)
);

create sequence audit_seq start with 1 increment by 50;

create table audit_event (
    id           bigint        not null primary key,
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(100)  not null,
    action       varchar(60)   not null,
    subject_type varchar(60)   not null,
    subject_id   varchar(100)  not null,
    reason       varchar(2000),
    details      varchar(4000)
);
create index ix_audit_event_subject on audit_event (subject_type, subject_id);
create index ix_audit_event_time on audit_event (occurred_at);
