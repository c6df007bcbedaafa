-- Re-seating (issue 12): the office marks a room, or every room of a site, unavailable on an exam day with a reason
-- (room_closure; a closed room is no longer lent that day). The candidates seated there by the current allocation
-- runs are moved (spare room with the same seats, else the nearest free seats of the site, then of the area); each
-- re-seating keeps who moved from where to where, and everyone else keeps seat and ticket number.
create sequence reseating_seq start with 1 increment by 50;

create table reseating (
    id         bigint        not null primary key,
    area       varchar(40)   not null,
    exam_day   date          not null,
    site_id    bigint,
    reason     varchar(500)  not null,
    seed       bigint        not null,
    rooms      integer       not null,
    moved      integer       not null,
    done_by    varchar(100)  not null,
    done_at    timestamp(6) with time zone not null
);
create index ix_reseating_area on reseating (area, done_at);

-- No foreign key to exam_room (as seat_assignment): a room deleted later keeps the record of its closure.
create table room_closure (
    id           bigint  not null primary key,
    reseating_id bigint  not null,
    room_id      bigint  not null,
    closed_on    date    not null,
    constraint fk_room_closure_reseating foreign key (reseating_id) references reseating (id),
    constraint uk_room_closure unique (room_id, closed_on)
);

create table seat_move (
    id              bigint      not null primary key,
    reseating_id    bigint      not null,
    run_id          bigint      not null,
    registration_id bigint      not null,
    exam_day        date        not null,
    from_room_id    bigint      not null,
    from_seat       integer     not null,
    to_room_id      bigint      not null,
    to_site_id      bigint      not null,
    to_seat         integer     not null,
    old_ticket      varchar(60),
    new_ticket      varchar(60),
    constraint fk_seat_move_reseating foreign key (reseating_id) references reseating (id),
    constraint fk_seat_move_run foreign key (run_id) references allocation_run (id)
);
create index ix_seat_move_reseating on seat_move (reseating_id, registration_id);

-- A candidate who needs an accessible room (无障碍考场) says so in the profile; seat allocation gives them one.
alter table candidate_profile add column needs_accessible_room boolean default false not null;
-- How many of a run's candidates asked for an accessible room (shown to the office with the run).
alter table allocation_run add column needs_accessible integer default 0 not null;
