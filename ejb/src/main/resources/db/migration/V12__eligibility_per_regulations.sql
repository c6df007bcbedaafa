-- Eligibility and exemptions as the regulations say them (issue 9, items 13-17). Each row cites its document and
-- clause; where only secondary copies of a text were found, the source says so.

-- A rule may need a qualification the candidate already holds (the candidate promises it, the office checks it), and
-- may count a full-time (全日制) graduate's years of work from the graduation date only, on the authority it names.
alter table eligibility_rule add column prerequisite_zh varchar(300);
alter table eligibility_rule add column prerequisite_en varchar(300);
alter table eligibility_rule add column full_time_from_graduation boolean default false not null;
alter table eligibility_rule add column counting_source varchar(300);

-- An exemption may need years in the exam's field (not only years of work in all); one found to have no source is
-- withdrawn (the reason), not deleted: registrations that claimed it keep its code, but it is no longer offered.
alter table exemption_rule add column min_field_years integer default 0 not null;
alter table exemption_rule add column withdrawn varchar(300);

-- Whether the candidate's highest education was full-time study; null: not stated (taken as full-time).
alter table candidate_profile add column education_full_time boolean;

-- The rules of the three seeded exams, in full (V7's rows replaced; nothing refers to their ids).
delete from eligibility_rule where catalogue_code in ('P-A-14', 'P-L-07', 'P-A-25');

-- 建造师 一级: from 2022 人社部发〔2022〕8号 (附件《部分准入类职业资格考试工作年限要求调整方案》) replaced 人发〔2002〕111号
-- 第十条's years: only years of construction-project management work, no separate total; no row of its own for a
-- second bachelor's degree (it is at least a bachelor's). The seed notice §十七 asks offices to apply it.
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (1, 'P-A-14', '一级', 'COLLEGE', 'RELATED', 4, 4, '建设工程项目施工管理工作', '人社部发〔2022〕8号 附件 一级建造师（一）：工程类或工程经济类专业大学专科学历', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称“取得规定学历前后工作时间的总和”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (2, 'P-A-14', '一级', 'BACHELOR', 'RELATED', 3, 3, '建设工程项目施工管理工作', '人社部发〔2022〕8号 附件 一级建造师（二）：工学门类、管理科学与工程类专业大学本科学历', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称“取得规定学历前后工作时间的总和”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (4, 'P-A-14', '一级', 'MASTER', 'RELATED', 2, 2, '建设工程项目施工管理工作', '人社部发〔2022〕8号 附件 一级建造师（三）：工学门类、管理科学与工程类专业硕士学位', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称“取得规定学历前后工作时间的总和”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (5, 'P-A-14', '一级', 'DOCTOR', 'RELATED', 1, 1, '建设工程项目施工管理工作', '人社部发〔2022〕8号 附件 一级建造师（四）：工学门类、管理科学与工程类专业博士学位', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称“取得规定学历前后工作时间的总和”）');

-- 经济专业技术资格: 人社部规〔2020〕1号 (2020-01-08) 《经济专业技术资格规定》 (not 人社部发); any major, related work.
-- 中级（一） needs the 初级 qualification, or one of the qualifications its 第十六条 lets count as 初级.
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (11, 'P-L-07', '初级', 'HIGH_SCHOOL', 'OTHER', 0, 0, '经济相关专业工作', '人社部规〔2020〕1号《经济专业技术资格规定》 初级：高中毕业及以上学历', null, null, false, null);
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (17, 'P-L-07', '中级', 'HIGH_SCHOOL', 'OTHER', 10, 10, '经济相关专业工作', '人社部规〔2020〕1号《经济专业技术资格规定》 中级（一）：高中毕业并取得初级经济专业技术资格',
            '初级经济专业技术资格，或可对应初级的导游资格、拍卖师、房地产经纪人协理、银行业专业人员初级职业资格（同规定第十六条）',
            'the junior economics qualification, or a qualification that counts as it: tour guide, auctioneer, real-estate broker assistant, or junior banking professional (Art. 16 of the same rules)',
            true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；部分省份通告称“取得正规学历前后工作时间的总和”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (12, 'P-L-07', '中级', 'COLLEGE', 'OTHER', 6, 6, '经济相关专业工作', '人社部规〔2020〕1号《经济专业技术资格规定》 中级（二）：大学专科学历', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；部分省份通告称“取得正规学历前后工作时间的总和”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (13, 'P-L-07', '中级', 'BACHELOR', 'OTHER', 4, 4, '经济相关专业工作', '人社部规〔2020〕1号《经济专业技术资格规定》 中级（三）：大学本科学历或学士学位', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；部分省份通告称“取得正规学历前后工作时间的总和”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (14, 'P-L-07', '中级', 'SECOND_BACHELOR', 'OTHER', 2, 2, '经济相关专业工作', '人社部规〔2020〕1号《经济专业技术资格规定》 中级（四）：第二学士学位或研究生班毕业', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；部分省份通告称“取得正规学历前后工作时间的总和”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (15, 'P-L-07', '中级', 'MASTER', 'OTHER', 1, 1, '经济相关专业工作', '人社部规〔2020〕1号《经济专业技术资格规定》 中级（五）：硕士学位', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；部分省份通告称“取得正规学历前后工作时间的总和”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (16, 'P-L-07', '中级', 'DOCTOR', 'OTHER', 0, 0, '经济相关专业工作', '人社部规〔2020〕1号《经济专业技术资格规定》 中级（六）：博士学位', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；部分省份通告称“取得正规学历前后工作时间的总和”）');

-- 注册消防工程师 一级: 人社部发〔2012〕56号 (人力资源社会保障部、公安部; not 公消) 《注册消防工程师制度暂行规定》, the
-- article listing the 一级 conditions (第十二条 in the copies found): (一) 专科, (二) 本科, (三) 双学士或研究生班,
-- (四) 硕士, (五) 博士 (消防工程专业 1 year, 相关专业 2, no separate total), (六) other majors one more year each.
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (21, 'P-A-25', '一级', 'COLLEGE', 'SAME', 6, 4, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（一）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (22, 'P-A-25', '一级', 'COLLEGE', 'RELATED', 7, 5, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（一）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (23, 'P-A-25', '一级', 'BACHELOR', 'SAME', 4, 3, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（二）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (24, 'P-A-25', '一级', 'BACHELOR', 'RELATED', 5, 4, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（二）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (25, 'P-A-25', '一级', 'SECOND_BACHELOR', 'SAME', 3, 2, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（三）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (26, 'P-A-25', '一级', 'SECOND_BACHELOR', 'RELATED', 4, 3, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（三）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (27, 'P-A-25', '一级', 'MASTER', 'SAME', 2, 1, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（四）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (28, 'P-A-25', '一级', 'MASTER', 'RELATED', 3, 2, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（四）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (29, 'P-A-25', '一级', 'DOCTOR', 'SAME', 1, 1, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（五）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (30, 'P-A-25', '一级', 'DOCTOR', 'RELATED', 2, 2, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（五）', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (31, 'P-A-25', '一级', 'COLLEGE', 'OTHER', 8, 6, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（六）：其他专业相应增加1年', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (32, 'P-A-25', '一级', 'BACHELOR', 'OTHER', 6, 5, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（六）：其他专业相应增加1年', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (33, 'P-A-25', '一级', 'SECOND_BACHELOR', 'OTHER', 5, 4, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（六）：其他专业相应增加1年', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (34, 'P-A-25', '一级', 'MASTER', 'OTHER', 4, 3, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（六）：其他专业相应增加1年', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');
insert into eligibility_rule (id, catalogue_code, level, education_level, major_relation, total_years, field_years, field_zh, source, prerequisite_zh, prerequisite_en, full_time_from_graduation, counting_source)
    values (35, 'P-A-25', '一级', 'DOCTOR', 'OTHER', 3, 3, '消防安全技术工作', '人社部发〔2012〕56号《注册消防工程师制度暂行规定》第十二条（六）：其他专业相应增加1年', null, null, true, '全日制学历的工作年限自毕业之日起计算（各地考试机构的通行做法，二手资料；考试通告只称工作年限“可累计”）');

-- Exemptions, in full (V10/V11's rows replaced with the same ids and codes; registrations refer to codes, not ids).
delete from exemption_rule where id in (1, 2, 3);
-- 建造师 一级: the exemption of 建设工程经济 and 建设工程项目管理 needs the 一级项目经理资质证书 obtained by 2003-12-31, then a
-- senior title or 20 years of construction project management (years in the field). The code SENIOR_15Y is kept:
-- registrations store it and API clients send it.
insert into exemption_rule (id, catalogue_code, level, code, condition_zh, condition_en, min_total_years, exempt_subjects, source, alternative_zh, alternative_en, min_field_years, withdrawn)
    values (1, 'P-A-14', '一级', 'SENIOR_15Y',
            '2003年12月31日前取得建设部颁发的《建筑业企业一级项目经理资质证书》，并具有工程类或工程经济类大学专科以上学历、从事建设项目施工管理工作满20年',
            'a class 1 project manager certificate (建筑业企业一级项目经理资质证书) obtained by 31 December 2003, and a college degree or higher in engineering or engineering economics with 20 years of construction project management',
            0, '建设工程经济/建设工程项目管理', '国人部发〔2004〕16号《建造师执业资格考试实施办法》 免试条件',
            '2003年12月31日前取得建设部颁发的《建筑业企业一级项目经理资质证书》，并受聘担任工程或工程经济类高级专业技术职务',
            'a class 1 project manager certificate (建筑业企业一级项目经理资质证书) obtained by 31 December 2003, and a senior professional title in engineering or engineering economics',
            20, null);
-- 经济专业技术资格 中级: no source was found for exempting 经济基础知识 when adding a specialty (人社部规〔2020〕1号 has none;
-- a passed 经济基础知识 only carries over within the two-year rolling period): withdrawn.
insert into exemption_rule (id, catalogue_code, level, code, condition_zh, condition_en, min_total_years, exempt_subjects, source, alternative_zh, alternative_en, min_field_years, withdrawn)
    values (2, 'P-L-07', '中级', 'ADDED_SPECIALTY',
            '已取得经济专业技术资格（中级）证书，报考其他专业',
            'already holds the intermediate economics qualification and sits another specialty',
            0, '经济基础知识', '无出处（人社部规〔2020〕1号《经济专业技术资格规定》《经济专业技术资格考试实施办法》均无此免试）', null, null, 0,
            '未找到出处，不再提供（issue 9 第16项）；已提出的报名保留此代码');
-- 注册消防工程师 一级: 人社部发〔2012〕56号《注册消防工程师资格考试实施办法》第六条.
insert into exemption_rule (id, catalogue_code, level, code, condition_zh, condition_en, min_total_years, exempt_subjects, source, alternative_zh, alternative_en, min_field_years, withdrawn)
    values (3, 'P-A-25', '一级', 'SENIOR_OR_REGISTERED',
            '2011年12月31日前评聘高级工程师技术职务，或通过全国统一考试取得一级注册建筑师、勘察设计注册工程师资格',
            'senior engineer by 31 December 2011, or a registered architect (class 1) or registered survey and design engineer by national exam',
            0, '消防安全技术实务', '人社部发〔2012〕56号《注册消防工程师资格考试实施办法》第六条', null, null, 0, null);
