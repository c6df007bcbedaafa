-- Annual exam plans: exams (each naming a catalogue entry of a given edition), subjects, sessions, windows
-- (national, and per area), and the runs of the jobs that move exams through their phases.
create sequence plan_seq start with 1 increment by 50;

create table annual_plan (
    id           bigint       not null primary key,
    plan_year    integer      not null,
    title        varchar(200) not null,
    authority    varchar(200) not null,
    status       varchar(20)  not null,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(100) not null,
    published_at timestamp(6) with time zone,
    published_by varchar(100),
    version      bigint       not null,
    constraint uk_annual_plan_year unique (plan_year)
);

create table exam (
    id                bigint       not null primary key,
    plan_id           bigint       not null,
    position          integer      not null,
    code              varchar(40)  not null,
    qualification     varchar(200) not null,
    catalogue_edition varchar(40)  not null,
    catalogue_code    varchar(20)  not null,
    catalogue_name    varchar(200) not null,
    sub_item          varchar(200),
    levels            varchar(200),
    phase             varchar(30)  not null,
    phase_since       timestamp(6) with time zone not null,
    version           bigint       not null,
    constraint fk_exam_plan foreign key (plan_id) references annual_plan (id),
    constraint uk_exam_code unique (plan_id, code)
);

create table exam_subject (
    exam_id          bigint       not null,
    position         integer      not null,
    level            varchar(50),
    code             varchar(20)  not null,
    name             varchar(100) not null,
    duration_minutes integer      not null,
    full_marks       numeric(6, 1),
    pass_mark        numeric(6, 1),
    rolling_years    integer,
    constraint pk_exam_subject primary key (exam_id, position),
    constraint fk_exam_subject_exam foreign key (exam_id) references exam (id)
);

create table exam_session (
    exam_id      bigint      not null,
    position     integer     not null,
    level        varchar(50),
    subject_code varchar(20) not null,
    session_date date        not null,
    start_time   time        not null,
    end_time     time        not null,
    mode         varchar(20) not null,
    constraint pk_exam_session primary key (exam_id, position),
    constraint fk_exam_session_exam foreign key (exam_id) references exam (id)
);

-- area '' is the national calendar; any other value overrides it for that province or city.
create table exam_window (
    exam_id               bigint      not null,
    area                  varchar(40) not null,
    registration_opens    timestamp(6) with time zone not null,
    registration_closes   timestamp(6) with time zone not null,
    withdrawal_deadline   timestamp(6) with time zone not null,
    verification_deadline timestamp(6) with time zone not null,
    tickets_open          timestamp(6) with time zone not null,
    tickets_close         timestamp(6) with time zone not null,
    exam_start            timestamp(6) with time zone not null,
    exam_end              timestamp(6) with time zone not null,
    score_release         timestamp(6) with time zone not null,
    certificates_from     timestamp(6) with time zone not null,
    constraint pk_exam_window primary key (exam_id, area),
    constraint fk_exam_window_exam foreign key (exam_id) references exam (id)
);

create table job_run (
    id            bigint       not null primary key,
    exam_id       bigint       not null,
    edge          varchar(40)  not null,
    scheduled_for timestamp(6) with time zone not null,
    fired_at      timestamp(6) with time zone not null,
    outcome       varchar(20)  not null,
    phase_after   varchar(30),
    detail        varchar(1000),
    node          varchar(100),
    constraint fk_job_run_exam foreign key (exam_id) references exam (id)
);
create index ix_job_run_exam on job_run (exam_id, fired_at);
