-- The national qualification catalogue: editions (immutable once imported) and their entries.
-- Written once for H2 and PostgreSQL alike.
create sequence catalogue_seq start with 1 increment by 50;

create table catalogue_edition (
    id             bigint        not null primary key,
    code           varchar(40)   not null,
    title_zh       varchar(200)  not null,
    title_en       varchar(200),
    effective_from date          not null,
    source_name    varchar(200),
    source_sha256  varchar(64)   not null,
    entry_count    integer       not null,
    imported_at    timestamp(6) with time zone not null,
    imported_by    varchar(100)  not null,
    note           varchar(2000),
    constraint uk_catalogue_edition_code unique (code)
);
create index ix_catalogue_edition_effective on catalogue_edition (effective_from);

create table catalogue_entry (
    id                 bigint        not null primary key,
    edition_id         bigint        not null,
    position           integer       not null,
    code               varchar(20)   not null,
    category           varchar(20)   not null,
    qualification_type varchar(20)   not null,
    name_zh            varchar(200)  not null,
    name_en            varchar(200),
    authority          varchar(500),
    levels             varchar(500),
    status             varchar(20)   not null,
    confidence         varchar(20)   not null,
    source             varchar(500),
    note               varchar(1000),
    constraint fk_catalogue_entry_edition foreign key (edition_id) references catalogue_edition (id),
    constraint uk_catalogue_entry_code unique (edition_id, code)
);

create table catalogue_sub_item (
    entry_id bigint       not null,
    position integer      not null,
    name     varchar(200) not null,
    levels   varchar(500),
    constraint pk_catalogue_sub_item primary key (entry_id, position),
    constraint fk_catalogue_sub_item_entry foreign key (entry_id) references catalogue_entry (id)
);

create table catalogue_alias (
    entry_id bigint       not null,
    position integer      not null,
    alias    varchar(200) not null,
    sub_item varchar(200),
    level    varchar(50),
    constraint pk_catalogue_alias primary key (entry_id, position),
    constraint fk_catalogue_alias_entry foreign key (entry_id) references catalogue_entry (id)
);
