-- The payment reference is derived from the registration's id (KW + year + ten digits), so it needs no column of its
-- own: storing it cost an update after every insert.
drop index ux_registration_payment_ref;
alter table registration drop column payment_ref;
