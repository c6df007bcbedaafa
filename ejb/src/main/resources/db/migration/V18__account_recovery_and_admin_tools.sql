-- Issue item 20: candidates reset a forgotten password by the contact they signed up with; ADMINs unlock, disable
-- and reset accounts; the audit list is searched by actor, action and time.

-- Set by an ADMIN's reset (a temporary password): the holder must choose a new password before anything else.
alter table account add column must_change_password boolean default false not null;

-- Throttle rows counted for one account (a name from some source) carry the digest of the name alone, so that an
-- ADMIN's unlock and a completed reset can clear them without knowing the sources; still no name is stored.
alter table sign_in_throttle add column account_key varchar(64);
create index ix_sign_in_throttle_account on sign_in_throttle (account_key);

-- Single-use reset tokens: only the SHA-256 digest of what was sent (a link's token or an SMS code) is kept.
create sequence password_reset_seq start with 1 increment by 50;

create table password_reset (
    id              bigint      not null primary key,
    account_id      bigint      not null,
    channel         varchar(10) not null,
    token_digest    varchar(64) not null,
    created_at      timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    failed_attempts integer     not null,
    constraint fk_password_reset_account foreign key (account_id) references account (id)
);
create index ix_password_reset_token on password_reset (token_digest);
create index ix_password_reset_account on password_reset (account_id);

-- The audit list is filtered by who and what, newest first.
create index ix_audit_event_actor on audit_event (actor, occurred_at);
create index ix_audit_event_action on audit_event (action, occurred_at);
