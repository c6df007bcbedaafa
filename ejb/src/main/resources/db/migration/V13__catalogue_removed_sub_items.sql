-- Sub-items an earlier edition had and an edition no longer has (e.g. 注册机械工程师 of 勘察设计注册工程师, removed
-- in 2021), kept per entry so that a check of them can say so. Written once for H2 and PostgreSQL alike.
create table catalogue_removed_sub_item (
    entry_id bigint       not null,
    position integer      not null,
    name     varchar(200) not null,
    note     varchar(500),
    constraint pk_catalogue_removed_sub_item primary key (entry_id, position),
    constraint fk_catalogue_removed_sub_item_entry foreign key (entry_id) references catalogue_entry (id)
);
