-- Issue 13, part A: the integrity archive as Order No. 31 keeps it, the verification outcome split, and the
-- identical-answers import ledger.

-- 1. integrity_record: a long-term record (Art. 8) has no end date; each record names the rule and article it was
-- written under and the case whose decision wrote it; an appeal or a correction ends a record (never deleted); the
-- office chooses what is published, with who, when and why.
alter table integrity_record alter column valid_until drop not null;
alter table integrity_record add column rule_code varchar(20);
alter table integrity_record add column article integer;
alter table integrity_record add column case_id bigint;
alter table integrity_record add column ended_on date;
alter table integrity_record add column ended_by varchar(100);
alter table integrity_record add column ended_reason varchar(1000);
alter table integrity_record add column published boolean default false not null;
alter table integrity_record add column published_at timestamp(6) with time zone;
alter table integrity_record add column published_by varchar(100);
alter table integrity_record add column publish_reason varchar(1000);
create index ix_integrity_case on integrity_record (case_id);

-- 2. verification_task: FALSE is split into NOT_MET (does not meet the conditions: void, no record) and FRAUD
-- (deliberate false documents: void, and an Art. 10 case with the Art. 17 procedure before any record). Tasks decided
-- FALSE before keep that outcome, shown as a legacy outcome (they did not tell the two apart); the office classifies
-- each one afterwards (classified_as NOT_MET or FRAUD, with who, when and why).
alter table verification_task add column classified_as varchar(20);
alter table verification_task add column classified_at timestamp(6) with time zone;
alter table verification_task add column classified_by varchar(100);
alter table verification_task add column classification_reason varchar(2000);

-- The records those FALSE outcomes wrote were written in one click, without the notice, the statement and defence
-- and the written decision Art. 17 requires before a record: they are ended today (kept, never deleted), saying so.
update integrity_record
   set ended_on = current_date,
       ended_by = 'migration',
       ended_reason = '未经第31号令第十七条程序（告知、陈述申辩、书面决定）记入，迁移时终止；如属弄虚作假，应立案处理 / '
           || 'written without the Art. 17 procedure of Order No. 31 (notice, defence, written decision): ended by migration V24; '
           || 'deliberate fraud goes to a case'
 where kind = 'FALSE_COMMITMENT' and ended_on is null;

-- 3. The identical-answers import ledger (Art. 11): one row per confirmed pair imported, keyed by subject, panel
-- reference and the two ticket numbers (the lower first), so that importing the same pair again opens no second case.
create table identical_answer_pair (
    id               bigint        not null primary key,
    subject          varchar(50)   not null,
    panel_reference  varchar(100)  not null,
    ticket_low       varchar(40)   not null,
    ticket_high      varchar(40)   not null,
    registration_low bigint        not null,
    registration_high bigint       not null,
    evidence         varchar(2000) not null,
    imported_at      timestamp(6) with time zone not null,
    imported_by      varchar(100)  not null,
    constraint uk_identical_pair unique (subject, panel_reference, ticket_low, ticket_high)
);
