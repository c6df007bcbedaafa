-- Registration under the commitment system: candidate profiles (identity, education, work, photo), identity cases
-- (one ID number claimed by two accounts), the integrity archive, eligibility rules as data, and registrations.
create sequence registration_seq start with 1 increment by 50;

create table candidate_profile (
    account_id            bigint       not null primary key,
    real_name             varchar(50)  not null,
    id_type               varchar(20)  not null,
    id_number             varchar(30)  not null,
    birth_date            date         not null,
    sex                   varchar(1)   not null,
    mobile                varchar(20),
    email                 varchar(200),
    education_level       varchar(20)  not null,
    school                varchar(100) not null,
    major                 varchar(100) not null,
    graduation_date       date         not null,
    education_certificate varchar(50),
    identity_status       varchar(20)  not null,
    updated_at            timestamp(6) with time zone not null,
    version               bigint       not null,
    constraint fk_profile_account foreign key (account_id) references account (id)
);
create index ix_profile_id_number on candidate_profile (id_number);

create table profile_work (
    account_id bigint       not null,
    position   integer      not null,
    employer   varchar(100) not null,
    from_date  date         not null,
    to_date    date,
    field      varchar(100) not null,
    constraint pk_profile_work primary key (account_id, position),
    constraint fk_profile_work foreign key (account_id) references candidate_profile (account_id)
);

create table candidate_photo (
    account_id  bigint      not null primary key,
    content     bytea       not null,
    width       integer     not null,
    height      integer     not null,
    sha256      varchar(64) not null,
    uploaded_at timestamp(6) with time zone not null,
    constraint fk_photo_profile foreign key (account_id) references candidate_profile (account_id)
);

create table identity_case (
    id             bigint       not null primary key,
    id_number      varchar(30)  not null,
    first_account  bigint       not null,
    second_account bigint       not null,
    status         varchar(20)  not null,
    opened_at      timestamp(6) with time zone not null,
    resolved_at    timestamp(6) with time zone,
    resolved_by    varchar(100),
    owner_account  bigint,
    resolution     varchar(2000),
    version        bigint       not null,
    constraint uk_identity_case unique (first_account, second_account)
);

create table integrity_record (
    id          bigint        not null primary key,
    id_number   varchar(30)   not null,
    account_id  bigint,
    kind        varchar(30)   not null,
    severity    varchar(30)   not null,
    valid_from  date          not null,
    valid_until date          not null,
    reason      varchar(2000) not null,
    source_ref  varchar(100),
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100)  not null
);
create index ix_integrity_id_number on integrity_record (id_number);

-- One row per way to qualify: education at least this level, major at most this far from the exam's field, and
-- years of work (in all, and in the exam's field) counted to 31 December of the exam year.
create table eligibility_rule (
    id              bigint       not null primary key,
    catalogue_code  varchar(20)  not null,
    level           varchar(50)  not null,
    education_level varchar(20)  not null,
    major_relation  varchar(20)  not null,
    total_years     integer      not null,
    field_years     integer      not null,
    field_zh        varchar(100) not null,
    source          varchar(300) not null
);

create table registration (
    id                bigint        not null primary key,
    account_id        bigint        not null,
    exam_id           bigint        not null,
    plan_year         integer       not null,
    exam_code         varchar(40)   not null,
    level             varchar(50),
    area              varchar(40)   not null,
    subjects          varchar(400)  not null,
    path              varchar(20)   not null,
    status            varchar(20)   not null,
    major_relation    varchar(20)   not null,
    field_years       numeric(4, 1) not null,
    total_years       numeric(4, 1) not null,
    eligibility       varchar(2000) not null,
    notice_version    varchar(40),
    notice_sha256     varchar(64),
    signed_at         timestamp(6) with time zone,
    signed_ip         varchar(64),
    signed_user_agent varchar(300),
    idempotency_key   varchar(100),
    identity_pending  boolean       not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    version           bigint        not null,
    constraint fk_registration_account foreign key (account_id) references account (id),
    constraint fk_registration_exam foreign key (exam_id) references exam (id),
    constraint uk_registration_exam unique (account_id, exam_id),
    constraint uk_registration_key unique (account_id, idempotency_key)
);
create index ix_registration_exam on registration (exam_id, status);

-- 建造师 一级: 人发〔2002〕111号《建造师执业资格制度暂行规定》第十条 (工程类或工程经济类专业).
insert into eligibility_rule values (1, 'P-A-14', '一级', 'COLLEGE', 'RELATED', 6, 4, '建设工程项目施工管理', '人发〔2002〕111号 第十条（一）');
insert into eligibility_rule values (2, 'P-A-14', '一级', 'BACHELOR', 'RELATED', 4, 3, '建设工程项目施工管理', '人发〔2002〕111号 第十条（二）');
insert into eligibility_rule values (3, 'P-A-14', '一级', 'SECOND_BACHELOR', 'RELATED', 3, 2, '建设工程项目施工管理', '人发〔2002〕111号 第十条（三）');
insert into eligibility_rule values (4, 'P-A-14', '一级', 'MASTER', 'RELATED', 2, 1, '建设工程项目施工管理', '人发〔2002〕111号 第十条（四）');
insert into eligibility_rule values (5, 'P-A-14', '一级', 'DOCTOR', 'RELATED', 1, 1, '建设工程项目施工管理', '人发〔2002〕111号 第十条（五）');
-- 经济专业技术资格: 人社部发〔2020〕1号《经济专业技术资格规定》 (any major; related work).
insert into eligibility_rule values (11, 'P-L-07', '初级', 'HIGH_SCHOOL', 'OTHER', 0, 0, '经济相关专业工作', '人社部发〔2020〕1号 初级：高中毕业及以上学历');
insert into eligibility_rule values (12, 'P-L-07', '中级', 'COLLEGE', 'OTHER', 6, 6, '经济相关专业工作', '人社部发〔2020〕1号 中级（二）');
insert into eligibility_rule values (13, 'P-L-07', '中级', 'BACHELOR', 'OTHER', 4, 4, '经济相关专业工作', '人社部发〔2020〕1号 中级（三）');
insert into eligibility_rule values (14, 'P-L-07', '中级', 'SECOND_BACHELOR', 'OTHER', 2, 2, '经济相关专业工作', '人社部发〔2020〕1号 中级（四）');
insert into eligibility_rule values (15, 'P-L-07', '中级', 'MASTER', 'OTHER', 1, 1, '经济相关专业工作', '人社部发〔2020〕1号 中级（五）');
insert into eligibility_rule values (16, 'P-L-07', '中级', 'DOCTOR', 'OTHER', 0, 0, '经济相关专业工作', '人社部发〔2020〕1号 中级（六）');
-- 注册消防工程师 一级: 公消〔2012〕56号《注册消防工程师制度暂行规定》第十五条; other majors one more year each.
insert into eligibility_rule values (21, 'P-A-25', '一级', 'COLLEGE', 'SAME', 6, 4, '消防安全技术', '公消〔2012〕56号 第十五条（一）');
insert into eligibility_rule values (22, 'P-A-25', '一级', 'COLLEGE', 'RELATED', 7, 5, '消防安全技术', '公消〔2012〕56号 第十五条（二）');
insert into eligibility_rule values (23, 'P-A-25', '一级', 'BACHELOR', 'SAME', 4, 3, '消防安全技术', '公消〔2012〕56号 第十五条（三）');
insert into eligibility_rule values (24, 'P-A-25', '一级', 'BACHELOR', 'RELATED', 5, 4, '消防安全技术', '公消〔2012〕56号 第十五条（三）');
insert into eligibility_rule values (25, 'P-A-25', '一级', 'SECOND_BACHELOR', 'SAME', 3, 2, '消防安全技术', '公消〔2012〕56号 第十五条（四）');
insert into eligibility_rule values (26, 'P-A-25', '一级', 'SECOND_BACHELOR', 'RELATED', 4, 3, '消防安全技术', '公消〔2012〕56号 第十五条（四）');
insert into eligibility_rule values (27, 'P-A-25', '一级', 'MASTER', 'SAME', 2, 1, '消防安全技术', '公消〔2012〕56号 第十五条（五）');
insert into eligibility_rule values (28, 'P-A-25', '一级', 'MASTER', 'RELATED', 3, 2, '消防安全技术', '公消〔2012〕56号 第十五条（五）');
insert into eligibility_rule values (29, 'P-A-25', '一级', 'DOCTOR', 'SAME', 1, 1, '消防安全技术', '公消〔2012〕56号 第十五条（六）');
insert into eligibility_rule values (30, 'P-A-25', '一级', 'DOCTOR', 'RELATED', 2, 1, '消防安全技术', '公消〔2012〕56号 第十五条（六）');
insert into eligibility_rule values (31, 'P-A-25', '一级', 'COLLEGE', 'OTHER', 8, 6, '消防安全技术', '公消〔2012〕56号 第十五条 其他专业相应增加1年');
insert into eligibility_rule values (32, 'P-A-25', '一级', 'BACHELOR', 'OTHER', 6, 5, '消防安全技术', '公消〔2012〕56号 第十五条 其他专业相应增加1年');
insert into eligibility_rule values (33, 'P-A-25', '一级', 'SECOND_BACHELOR', 'OTHER', 5, 4, '消防安全技术', '公消〔2012〕56号 第十五条 其他专业相应增加1年');
insert into eligibility_rule values (34, 'P-A-25', '一级', 'MASTER', 'OTHER', 4, 3, '消防安全技术', '公消〔2012〕56号 第十五条 其他专业相应增加1年');
insert into eligibility_rule values (35, 'P-A-25', '一级', 'DOCTOR', 'OTHER', 3, 2, '消防安全技术', '公消〔2012〕56号 第十五条 其他专业相应增加1年');
