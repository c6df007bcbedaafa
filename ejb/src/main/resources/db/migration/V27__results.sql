-- Results (成绩, issue 14 part A): scores imported from the marking centre, pass marks per subject fixed at
-- publication, the publication itself (the exam's RESULTS edge), and rolling periods (滚动管理) as data per exam level
-- and candidate category. Ids come from results_seq.
create sequence results_seq start with 1 increment by 50;

-- One subject of one registration (the sitting): the score, or absent (缺考, score null). Unique per registration and
-- subject code: a re-import updates the row in place (before publication freely, after it with a reason, audited).
create table score (
    id              bigint        not null primary key,
    registration_id bigint        not null,
    exam_id         bigint        not null,
    subject_code    varchar(20)   not null,
    score           numeric(6, 1),
    absent          boolean       not null,
    imported_at     timestamp(6) with time zone not null,
    imported_by     varchar(100)  not null,
    changed_reason  varchar(1000),
    version         bigint        not null,
    constraint fk_score_registration foreign key (registration_id) references registration (id),
    constraint fk_score_exam foreign key (exam_id) references exam (id),
    constraint uk_score unique (registration_id, subject_code),
    constraint ck_score_absent check ((absent and score is null) or (not absent and score is not null))
);
create index ix_score_exam on score (exam_id, subject_code);

-- The pass mark (合格标准) of one subject of an exam as the office set it; a subject without a row takes the plan's
-- pass_mark. Publication writes a row for every subject, so the marks used are fixed from then on.
create table pass_mark (
    exam_id      bigint       not null,
    subject_code varchar(20)  not null,
    mark         numeric(6, 1) not null,
    set_at       timestamp(6) with time zone not null,
    set_by       varchar(100) not null,
    constraint pk_pass_mark primary key (exam_id, subject_code),
    constraint fk_pass_mark_exam foreign key (exam_id) references exam (id)
);

-- An exam's results made public (the RESULTS edge, or a later edge catching up). One row at most per exam.
create table result_release (
    exam_id      bigint       not null primary key,
    published_at timestamp(6) with time zone not null,
    published_by varchar(100) not null,
    scored       integer      not null,
    constraint fk_result_release_exam foreign key (exam_id) references exam (id)
);

-- Rolling periods (滚动管理) per catalogue entry, level and candidate category: the category is how many of the level's
-- subjects the candidate is exempt from (0: sits every subject). years: the consecutive exam years in which every
-- subject still to sit must be passed (1: all in one sitting). An exam level or category without a row: every subject
-- in one sitting. This data wins over the plan's per-subject rolling_years (V3), which stays what the plan states and
-- is not used to accumulate passes.
create table rolling_period (
    id              bigint        not null primary key,
    catalogue_code  varchar(20)   not null,
    level           varchar(50)   not null,
    exempt_subjects integer       not null,
    years           integer       not null,
    source          varchar(400)  not null,
    constraint uk_rolling_period unique (catalogue_code, level, exempt_subjects),
    constraint ck_rolling_years check (years between 1 and 10),
    constraint ck_rolling_exempt check (exempt_subjects >= 0)
);

-- 建造师 一级: four subjects within two consecutive exam years; exempt from two (建设工程经济, 建设工程项目管理): the other
-- two within one exam year.
insert into rolling_period values (1, 'P-A-14', '一级', 0, 2,
    '国人部发〔2004〕16号《建造师执业资格考试实施办法》（一级建造师考试成绩实行2年为一个周期的滚动管理，参加全部4个科目考试的人员须在连续的2个考试年度内通过全部科目）');
insert into rolling_period values (2, 'P-A-14', '一级', 2, 1,
    '国人部发〔2004〕16号《建造师执业资格考试实施办法》（免试部分科目的人员须在1个考试年度内通过应试科目）');
-- 注册消防工程师 一级: three subjects within three consecutive exam years; exempt from one (消防安全技术实务): the other two
-- within two consecutive exam years.
insert into rolling_period values (3, 'P-A-25', '一级', 0, 3,
    '人社部发〔2012〕56号《注册消防工程师资格考试实施办法》（一级考试成绩实行3年为一个周期的滚动管理，在连续的3个考试年度内通过全部应试科目）');
insert into rolling_period values (4, 'P-A-25', '一级', 1, 2,
    '人社部发〔2012〕56号《注册消防工程师资格考试实施办法》（符合免试条件、参加2个科目考试的人员须在连续的2个考试年度内通过应试科目）');
-- 经济专业技术资格 初级 and 中级: two subjects within two consecutive exam years (from 2020).
insert into rolling_period values (5, 'P-L-07', '初级', 0, 2,
    '人社部规〔2020〕1号《经济专业技术资格考试实施办法》（初级、中级考试成绩实行2年为一个周期的滚动管理，须在连续的两个考试年度内通过全部应试科目）');
insert into rolling_period values (6, 'P-L-07', '中级', 0, 2,
    '人社部规〔2020〕1号《经济专业技术资格考试实施办法》（初级、中级考试成绩实行2年为一个周期的滚动管理，须在连续的两个考试年度内通过全部应试科目）');
