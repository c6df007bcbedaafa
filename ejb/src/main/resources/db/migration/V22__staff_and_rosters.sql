-- Invigilator rosters (issue 12): the staff pool (监考人员库), the misconduct bars the conduct capability records
-- against staff, and the rosters (监考编排) of an exam's area with their assignments.
create sequence staff_seq start with 1 increment by 50;

-- One person who can serve at an exam. The identity number is kept as candidates' numbers are (and shown masked in
-- every list); declared relatives are kept only as digests of their numbers (StaffIds.digest), enough to match them
-- against the candidates seated in a room.
create table staff_member (
    id           bigint       not null primary key,
    id_number    varchar(30)  not null,
    name         varchar(100) not null,
    employer     varchar(200) not null,
    sex          varchar(1)   not null,
    sittings     integer      default 0 not null,
    area         varchar(40)  not null,
    district     varchar(100),
    roles        varchar(100) not null,
    account      varchar(100),
    updated_at   timestamp(6) with time zone not null,
    updated_by   varchar(100) not null,
    version      bigint       not null,
    constraint uk_staff_member_id_number unique (id_number),
    constraint uk_staff_member_account unique (account),
    constraint ck_staff_member_sex check (sex in ('M', 'F')),
    constraint ck_staff_member_sittings check (sittings >= 0 and sittings <= 999)
);
create index ix_staff_member_area on staff_member (area, name);

create table staff_relative (
    staff_id bigint      not null,
    digest   varchar(64) not null,
    constraint pk_staff_relative primary key (staff_id, digest),
    constraint fk_staff_relative_staff foreign key (staff_id) references staff_member (id)
);

-- The sessions a person is available in: a whole exam day ("2026-05-23") or half of it ("2026-05-23 AM" / "PM").
-- A person without rows is available in every session.
create table staff_availability (
    staff_id  bigint      not null,
    available varchar(13) not null,
    constraint pk_staff_availability primary key (staff_id, available),
    constraint fk_staff_availability_staff foreign key (staff_id) references staff_member (id)
);

-- Misconduct decisions that bar a person from serving (written by the conduct capability; empty until it exists).
create table staff_bar (
    id           bigint       not null primary key,
    id_number    varchar(30)  not null,
    barred_from  date         not null,
    barred_until date,
    decision     varchar(100) not null,
    created_at   timestamp(6) with time zone not null
);
create index ix_staff_bar_id_number on staff_bar (id_number);

-- A roster of one exam's area: solved by a Quartz job (state, progress), current until a later completed roster of the
-- same exam and area supersedes it. Costs and explanations as the solver gave them.
create table roster (
    id              bigint        not null primary key,
    exam_id         bigint        not null,
    area            varchar(40)   not null,
    allocation_run  bigint,
    state           varchar(20)   not null,
    seed            bigint        not null,
    time_limit      integer       not null,
    per_room        integer       default 2 not null,
    per_inspector   integer       default 10 not null,
    parts_done      integer       default 0 not null,
    parts_total     integer       default 0 not null,
    posts           integer       default 0 not null,
    filled          integer       default 0 not null,
    moved           integer       default 0 not null,
    hard_violations integer       default 0 not null,
    soft_cost       bigint        default 0 not null,
    costs           varchar(2000),
    unfilled        varchar(8000),
    failure         varchar(100),
    reason          varchar(500),
    created_at      timestamp(6) with time zone not null,
    started_at      timestamp(6) with time zone,
    finished_at     timestamp(6) with time zone,
    started_by      varchar(100)  not null,
    superseded      boolean       default false not null,
    version         bigint        not null,
    constraint fk_roster_exam foreign key (exam_id) references exam (id),
    constraint fk_roster_run foreign key (allocation_run) references allocation_run (id),
    constraint ck_roster_state check (state in ('QUEUED', 'RUNNING', 'FAILED', 'COMPLETED'))
);
create index ix_roster_exam on roster (exam_id, area, state);

-- One post of a roster filled by one person: a session of a site, a role, the room for invigilators (none for a
-- chief examiner or an inspector), the slot among the room's invigilators; pinned posts survive a re-solve.
create table roster_assignment (
    id           bigint       not null primary key,
    roster_id    bigint       not null,
    session_key  varchar(40)  not null,
    exam_day     date         not null,
    starts_at    time         not null,
    ends_at      time         not null,
    site_id      bigint       not null,
    room_id      bigint,
    role         varchar(20)  not null,
    slot         integer      not null,
    staff_id     bigint       not null,
    pinned       boolean      default false not null,
    explanation  varchar(1000),
    version      bigint       not null,
    constraint fk_roster_assignment_roster foreign key (roster_id) references roster (id),
    constraint fk_roster_assignment_staff foreign key (staff_id) references staff_member (id),
    constraint uk_roster_assignment_post unique (roster_id, session_key, site_id, role, room_id, slot),
    constraint uk_roster_assignment_person unique (roster_id, session_key, staff_id),
    constraint ck_roster_assignment_role check (role in ('INVIGILATOR', 'CHIEF_EXAMINER', 'SITE_HEAD', 'INSPECTOR'))
);
create index ix_roster_assignment_staff on roster_assignment (staff_id);
