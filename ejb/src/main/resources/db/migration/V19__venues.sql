-- Venues (issue 12): exam sites (考点) under the provincial exam areas (考区), their rooms (考场) with a seat layout,
-- and the exam days a room is lent (a room without rows here is available on every day).
create sequence venue_seq start with 1 increment by 50;

create table exam_site (
    id             bigint       not null primary key,
    area           varchar(40)  not null,
    code           varchar(20)  not null,
    name           varchar(200) not null,
    address        varchar(300) not null,
    contact_person varchar(100),
    contact_phone  varchar(40),
    accessible     boolean      not null,
    hosts_paper    boolean      not null,
    hosts_computer boolean      not null,
    updated_at     timestamp(6) with time zone not null,
    updated_by     varchar(100) not null,
    version        bigint       not null,
    constraint uk_exam_site_code unique (code),
    constraint ck_exam_site_kinds check (hosts_paper or hosts_computer)
);
create index ix_exam_site_area on exam_site (area, code);

create table exam_room (
    id            bigint      not null primary key,
    site_id       bigint      not null,
    room_number   varchar(20) not null,
    floor         integer     not null,
    capacity      integer     default 30 not null,
    kind          varchar(10) not null,
    first_machine integer,
    seat_rows     integer     not null,
    seat_columns  integer     not null,
    pattern       varchar(10) not null,
    accessible    boolean     not null,
    spare         boolean     not null,
    version       bigint      not null,
    constraint fk_exam_room_site foreign key (site_id) references exam_site (id),
    constraint uk_exam_room_number unique (site_id, room_number),
    constraint ck_exam_room_grid check (seat_rows >= 1 and seat_columns >= 1 and seat_rows * seat_columns <= 400),
    constraint ck_exam_room_capacity check (capacity >= 1 and capacity <= seat_rows * seat_columns),
    constraint ck_exam_room_kind check (kind in ('PAPER', 'COMPUTER')),
    constraint ck_exam_room_pattern check (pattern in ('PLAIN', 'S_SHAPED', 'W_SHAPED')),
    constraint ck_exam_room_machine check ((kind = 'COMPUTER' and first_machine >= 1) or (kind = 'PAPER' and first_machine is null))
);

create table exam_room_day (
    room_id bigint not null,
    lent_on date   not null,
    constraint pk_exam_room_day primary key (room_id, lent_on),
    constraint fk_exam_room_day_room foreign key (room_id) references exam_room (id)
);
create index ix_exam_room_day_day on exam_room_day (lent_on);
