-- Professional-title review committees (评委会) and their planned annual sessions (例会), the seed notice's
-- attachments 1–3.
create table review_committee (
    id           bigint       not null primary key,
    name         varchar(200) not null,
    series       varchar(100) not null,
    grade        varchar(20)  not null,
    organiser    varchar(200) not null,
    jurisdiction varchar(20)  not null,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(100) not null,
    constraint uk_review_committee_name unique (name)
);

create table annual_session (
    id           bigint        not null primary key,
    committee_id bigint        not null,
    session_year integer       not null,
    planned_from date          not null,
    planned_to   date          not null,
    note         varchar(1000),
    constraint fk_annual_session_committee foreign key (committee_id) references review_committee (id),
    constraint uk_annual_session unique (committee_id, session_year)
);
