-- The public listing (公示) of those who passed (issue 14, part E): when an exam's results are published, every
-- candidate whose standing became complete through that sitting is listed, masked, for a period (from publication,
-- -Dkaowu.certification.listingDays, or as the office sets it before the listing opens). Anyone may lodge an objection
-- (异议) during the period; the office resolves each (UPHELD withholds the entry from certification, DISMISSED clears it).
-- Ids come from listing_seq.
create sequence listing_seq start with 1 increment by 50;

-- One listing per exam. opens_at/closes_at: the period (closes_at excluded). drawn_at null: scheduled by the office
-- before publication, not drawn yet.
create table public_listing (
    id             bigint       not null primary key,
    exam_id        bigint       not null,
    opens_at       timestamp(6) with time zone not null,
    closes_at      timestamp(6) with time zone not null,
    scheduled_by   varchar(100),
    drawn_at       timestamp(6) with time zone,
    drawn_by       varchar(100),
    entries        integer      not null,
    version        bigint       not null,
    constraint fk_public_listing_exam foreign key (exam_id) references exam (id),
    constraint uk_public_listing_exam unique (exam_id),
    constraint ck_public_listing_period check (closes_at > opens_at)
);

-- One candidate listed: the registration of the sitting that completed the standing, and what the public sees beside
-- the masked name and number (read from the profile when shown): the qualification and level as written at drawing,
-- and the area of the registration.
create table listing_entry (
    id              bigint       not null primary key,
    listing_id      bigint       not null,
    registration_id bigint       not null,
    qualification   varchar(300) not null,
    level           varchar(50),
    area            varchar(50)  not null,
    constraint fk_listing_entry_listing foreign key (listing_id) references public_listing (id),
    constraint fk_listing_entry_registration foreign key (registration_id) references registration (id),
    constraint uk_listing_entry unique (listing_id, registration_id)
);
create index ix_listing_entry_registration on listing_entry (registration_id);

-- An objection: who lodged it (name and contact: personal data, the office's only), the grounds, when; the source
-- address only as a SHA-256 digest (to limit how many one source may lodge); its resolution (who, when, why).
create table listing_objection (
    id                bigint        not null primary key,
    entry_id          bigint        not null,
    objector_name     varchar(50)   not null,
    objector_contact  varchar(100)  not null,
    grounds           varchar(1000) not null,
    lodged_at         timestamp(6) with time zone not null,
    source_key        varchar(64)   not null,
    status            varchar(20)   not null,
    resolved_at       timestamp(6) with time zone,
    resolved_by       varchar(100),
    resolution_reason varchar(1000),
    version           bigint        not null,
    constraint fk_listing_objection_entry foreign key (entry_id) references listing_entry (id),
    constraint ck_listing_objection_status check (status in ('OPEN', 'UPHELD', 'DISMISSED')),
    constraint ck_listing_objection_resolved check ((status = 'OPEN') = (resolved_at is null))
);
create index ix_listing_objection_entry on listing_objection (entry_id, status);
create index ix_listing_objection_source on listing_objection (source_key, lodged_at);
