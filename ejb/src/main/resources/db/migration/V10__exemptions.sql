-- Exemptions as data: who may skip which subjects of an exam level (matched by subject name), on what condition,
-- and the years of work it needs; the exemption a registration claims.
create table exemption_rule (
    id              bigint        not null primary key,
    catalogue_code  varchar(20)   not null,
    level           varchar(50)   not null,
    code            varchar(20)   not null,
    condition_zh    varchar(500)  not null,
    condition_en    varchar(500)  not null,
    min_total_years integer       not null,
    exempt_subjects varchar(300)  not null,
    source          varchar(300)  not null,
    constraint uk_exemption unique (catalogue_code, level, code)
);

alter table registration add column exemption varchar(20);

insert into exemption_rule values (1, 'P-A-14', '一级', 'SENIOR_15Y',
    '受聘担任工程或工程经济类高级专业技术职务，或具有工程类或工程经济类大学专科以上学历并从事建设项目施工管理工作满15年',
    'holds a senior engineering or engineering-economics title, or a college degree in those fields and 15 years of construction project management',
    15, '建设工程经济/建设工程项目管理', '人发〔2002〕111号 第十一条');
insert into exemption_rule values (2, 'P-L-07', '中级', 'ADDED_SPECIALTY',
    '已取得经济专业技术资格（中级）证书，报考其他专业',
    'already holds the intermediate economics qualification and sits another specialty',
    0, '经济基础知识', '人社部发〔2020〕1号 及考试考务文件（增报专业免试经济基础知识）');
insert into exemption_rule values (3, 'P-A-25', '一级', 'SENIOR_OR_REGISTERED',
    '2011年12月31日前评聘高级工程师技术职务，或通过全国统一考试取得一级注册建筑师、勘察设计注册工程师资格',
    'senior engineer by 31 December 2011, or a registered architect (class 1) or registered survey and design engineer by national exam',
    0, '消防安全技术实务', '公消〔2012〕56号 第十六条');
