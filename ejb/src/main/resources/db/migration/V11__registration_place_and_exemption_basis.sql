-- One registration per candidate, exam and year, counted over the registrations that hold their place: one voided
-- because the identity number turned out to be another person's no longer does, so that the account, once it has
-- entered its own number, can register again. (NULLs are distinct in a unique constraint on H2 and PostgreSQL.)
alter table registration add column holds_place boolean default true;
alter table registration drop constraint uk_registration_exam;
alter table registration add constraint uk_registration_place unique (account_id, exam_id, holds_place);

-- An exemption may have an alternative condition that needs no years of work (a senior title, for instance); the
-- registration records which of the two the candidate claims.
alter table exemption_rule add column alternative_zh varchar(300);
alter table exemption_rule add column alternative_en varchar(300);
update exemption_rule set
    condition_zh = '具有工程类或工程经济类大学专科以上学历并从事建设项目施工管理工作满15年',
    condition_en = 'a college degree in engineering or engineering economics and 15 years of construction project management',
    alternative_zh = '受聘担任工程或工程经济类高级专业技术职务',
    alternative_en = 'holds a senior professional title in engineering or engineering economics'
    where id = 1;
alter table registration add column exemption_by_alternative boolean default false not null;
