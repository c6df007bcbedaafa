-- A published plan is archived once its exams are over: who did it and when.
alter table annual_plan add column archived_at timestamp(6) with time zone;
alter table annual_plan add column archived_by varchar(100);
