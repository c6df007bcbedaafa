-- Seat allocation (issue 12): a run seats one exam's candidates of one area (computed whole from the recorded seed,
-- then written in chunks by a resumable Quartz job); its seats become the exam's seats only when it completes, and a
-- later completed run of the same exam and area supersedes it. A failed run keeps its shortfall and stores no seat.
create sequence allocation_seq start with 1 increment by 50;

create table allocation_run (
    id              bigint        not null primary key,
    exam_id         bigint        not null,
    area            varchar(40)   not null,
    seed            bigint        not null,
    reserve_share   numeric(4, 3) not null,
    ticket_template varchar(200)  not null,
    state           varchar(20)   not null,
    to_seat         integer       default 0 not null,
    seated          integer       default 0 not null,
    candidates      integer       default 0 not null,
    created_at      timestamp(6) with time zone not null,
    started_at      timestamp(6) with time zone,
    finished_at     timestamp(6) with time zone,
    started_by      varchar(100)  not null,
    shortfall       varchar(8000),
    failure         varchar(100),
    superseded      boolean       default false not null,
    version         bigint        not null,
    constraint fk_allocation_run_exam foreign key (exam_id) references exam (id),
    constraint ck_allocation_run_state check (state in ('QUEUED', 'RUNNING', 'FAILED', 'COMPLETED')),
    constraint ck_allocation_run_share check (reserve_share >= 0 and reserve_share <= 0.5),
    constraint ck_allocation_run_counts check (to_seat >= 0 and seated >= 0 and seated <= to_seat)
);
create index ix_allocation_run_exam on allocation_run (exam_id, area, state);

-- One seat of one registration on one exam day. The ticket number is written on the row of the candidate's first
-- exam day only (the other days' rows leave it empty), so it is unique per run.
create table seat_assignment (
    id              bigint      not null primary key,
    run_id          bigint      not null,
    registration_id bigint      not null,
    exam_day        date        not null,
    room_id         bigint      not null,
    site_id         bigint      not null,
    seat_row        integer     not null,
    seat_column     integer     not null,
    seat_number     integer     not null,
    ticket_number   varchar(60),
    constraint fk_seat_assignment_run foreign key (run_id) references allocation_run (id),
    constraint fk_seat_assignment_registration foreign key (registration_id) references registration (id),
    constraint uk_seat_assignment_registration unique (run_id, registration_id, exam_day),
    constraint uk_seat_assignment_seat unique (run_id, room_id, exam_day, seat_number),
    constraint uk_seat_assignment_ticket unique (run_id, ticket_number)
);
create index ix_seat_assignment_registration on seat_assignment (registration_id);
