-- Sign-in failures are counted per (user name, source address) and per source, whether or not the name exists
-- (the same answers for unknown and known names; nobody can lock an owner out from elsewhere). Keys are SHA-256
-- digests: no name or address is stored. The account row no longer holds a lock.
create table sign_in_throttle (
    throttle_key varchar(64) not null primary key,
    failures     integer     not null,
    last_failure timestamp(6) with time zone not null,
    locked_until timestamp(6) with time zone
);

alter table account drop column failed_sign_ins;
alter table account drop column locked_until;
