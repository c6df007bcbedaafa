-- How to pay the registration fee, as the exam office words it: one row per exam area, and the national default
-- (area '*') that candidates of an area without its own row are shown. Chinese and English text; changes are audited.
create table payment_instructions (
    area       varchar(40)   not null primary key,
    text_zh    varchar(2000) not null,
    text_en    varchar(2000),
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(100)  not null,
    version    bigint        not null
);

-- A notice keeps the message it was made from (key, exam, reason), so that it is shown in the reader's language;
-- title and body stay as written then (Chinese), for notices made before and for the record.
alter table notification add column message_key varchar(100);
alter table notification add column exam varchar(300);
alter table notification add column reason varchar(2000);
