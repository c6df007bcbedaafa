-- Misconduct rules as data (issue 13): every behaviour of 专业技术人员资格考试违纪违规行为处理规定 (人社部令第31号,
-- in force 2017-04-01) that a report can name, with its article and item, what it does to the person, and its source.
-- Versioned: a revision adds a row with the next version for the same code (the old row keeps its text and gets
-- valid_until); the row in force is the one with the highest version and no valid_until. Revisions are audited
-- (conduct.rule.revise). Behaviours are short summaries in our own words, not the regulation's text.
create sequence conduct_seq start with 1001 increment by 50;

create table misconduct_rule (
    id                bigint        not null primary key,
    code              varchar(20)   not null,
    version           integer       not null,
    party             varchar(10)   not null,
    article           integer       not null,
    item              integer,
    tier              varchar(30)   not null,
    behaviour_zh      varchar(500)  not null,
    behaviour_en      varchar(500)  not null,
    score_void        varchar(10)   not null,
    record_period     varchar(20)   not null,
    staff_bar         varchar(20)   not null,
    removal           boolean       not null,
    certificate_void  boolean       not null,
    reminder_required boolean       not null,
    police_referral   boolean       not null,
    escalates_to      varchar(20),
    provincial        boolean       not null,
    source            varchar(200)  not null,
    valid_from        date          not null,
    valid_until       date,
    changed_at        timestamp(6) with time zone not null,
    changed_by        varchar(100)  not null,
    change_reason     varchar(1000) not null,
    constraint uk_misconduct_rule_code_version unique (code, version),
    constraint ck_misconduct_rule_party check (party in ('CANDIDATE', 'STAFF', 'NONE')),
    constraint ck_misconduct_rule_score_void check (score_void in ('NONE', 'SUBJECT', 'SITTING')),
    constraint ck_misconduct_rule_record check (record_period in ('NONE', 'FIVE_YEARS', 'LONG_TERM')),
    constraint ck_misconduct_rule_bar check (staff_bar in ('NONE', 'THIS_AND_NEXT_YEAR', 'PERMANENT'))
);
create index ix_misconduct_rule_party on misconduct_rule (party, article, item);

-- The seed: one row per item. score_void: SUBJECT (that subject of this sitting), SITTING (every subject of this
-- sitting). record_period: the integrity record (Art. 7: five years; Art. 8: long-term, no end date). staff_bar:
-- Art. 13 (this year and next), Art. 14 (permanently). escalates_to: the articles a serious case moves to (Arts. 9, 11).
-- provincial: decided at provincial level or above (Art. 5 gives the competence by management level; the serious
-- tiers and every staff removal go up; an assumption kept as data, changeable by a revision).
insert into misconduct_rule (id, code, version, party, article, item, tier, behaviour_zh, behaviour_en, score_void,
                             record_period, staff_bar, removal, certificate_void, reminder_required, police_referral,
                             escalates_to, provincial, source, valid_from, valid_until, changed_at, changed_by, change_reason)
select n, code, 1, party, article, item, tier, zh, en, sv, rp, sb, rm, cv, rr, pr, esc, prov,
       src, date '2017-04-01', null, current_timestamp, 'migration', '按人社部令第31号初始载入 / seeded from Order No. 31'
from (values
 (1,  'C6.1', 'CANDIDATE', 6, 1, 'ORDINARY', '携带通讯工具、规定以外的电子用品或与考试相关的资料进入座位，经提醒仍不改正', 'Brought a phone, another unauthorised device or exam-related material to the seat and did not put it away after a reminder', 'SUBJECT', 'NONE', 'NONE', false, false, true, false, null, false, '人社部令第31号 第六条第（一）项'),
 (2,  'C6.2', 'CANDIDATE', 6, 2, 'ORDINARY', '经提醒仍不按规定书写、填涂本人身份和考试信息', 'Did not write or fill in identity and exam details as required after a reminder', 'SUBJECT', 'NONE', 'NONE', false, false, true, false, null, false, '人社部令第31号 第六条第（二）项'),
 (3,  'C6.3', 'CANDIDATE', 6, 3, 'ORDINARY', '在试卷、答题纸、答题卡规定以外位置标注本人信息或其他特殊标记', 'Marked personal details or other special marks outside the places allowed on the paper, answer sheet or card', 'SUBJECT', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第六条第（三）项'),
 (4,  'C6.4', 'CANDIDATE', 6, 4, 'ORDINARY', '未在规定座位参加考试，或未经允许擅自离开座位或考场，经提醒仍不改正', 'Sat in the wrong seat, or left the seat or room without permission, and did not correct it after a reminder', 'SUBJECT', 'NONE', 'NONE', false, false, true, false, null, false, '人社部令第31号 第六条第（四）项'),
 (5,  'C6.5', 'CANDIDATE', 6, 5, 'ORDINARY', '未用规定的纸、笔作答，或试卷前后作答笔迹不一致', 'Answered on paper or with a pen other than those prescribed, or the handwriting changed within the paper', 'SUBJECT', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第六条第（五）项'),
 (6,  'C6.6', 'CANDIDATE', 6, 6, 'ORDINARY', '在考试开始信号发出前答题，或在结束信号发出后继续答题', 'Answered before the start signal or went on after the end signal', 'SUBJECT', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第六条第（六）项'),
 (7,  'C6.7', 'CANDIDATE', 6, 7, 'ORDINARY', '将试卷、答题卡、答题纸带出考场', 'Took the paper, answer card or answer sheet out of the room', 'SUBJECT', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第六条第（七）项'),
 (8,  'C6.8', 'CANDIDATE', 6, 8, 'ORDINARY', '故意损坏试卷、答题纸、答题卡或电子化系统设施', 'Deliberately damaged the paper, answer sheet, answer card or the computer-based exam equipment', 'SUBJECT', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第六条第（八）项'),
 (9,  'C6.9', 'CANDIDATE', 6, 9, 'ORDINARY', '未按规定使用考试系统，经提醒仍不改正', 'Did not use the exam system as required and did not correct it after a reminder', 'SUBJECT', 'NONE', 'NONE', false, false, true, false, null, false, '人社部令第31号 第六条第（九）项'),
 (10, 'C6.10', 'CANDIDATE', 6, 10, 'ORDINARY', '其他应给予当次该科目考试成绩无效处理的违纪违规行为', 'Other misconduct for which that subject''s score of this sitting is void', 'SUBJECT', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第六条第（十）项'),
 (11, 'C7.1', 'CANDIDATE', 7, 1, 'SERIOUS', '抄袭、协助他人抄袭试题答案或与考试内容相关的资料', 'Copied, or helped another to copy, answers or exam-related material', 'SITTING', 'FIVE_YEARS', 'NONE', false, false, false, false, null, true, '人社部令第31号 第七条第（一）项'),
 (12, 'C7.2', 'CANDIDATE', 7, 2, 'SERIOUS', '互相传递试卷、答题纸、答题卡、草稿纸等', 'Passed papers, answer sheets, answer cards or scrap paper to or from another candidate', 'SITTING', 'FIVE_YEARS', 'NONE', false, false, false, false, null, true, '人社部令第31号 第七条第（二）项'),
 (13, 'C7.3', 'CANDIDATE', 7, 3, 'SERIOUS', '持伪造证件参加考试', 'Sat the exam with a forged identity document', 'SITTING', 'FIVE_YEARS', 'NONE', false, false, false, false, null, true, '人社部令第31号 第七条第（三）项'),
 (14, 'C7.4', 'CANDIDATE', 7, 4, 'SERIOUS', '本人离开考场后、考试结束前传播试题及答案', 'Spread questions or answers after leaving the room and before the exam ended', 'SITTING', 'FIVE_YEARS', 'NONE', false, false, false, false, null, true, '人社部令第31号 第七条第（四）项'),
 (15, 'C7.5', 'CANDIDATE', 7, 5, 'SERIOUS', '使用禁止带入考场的通讯工具、规定以外的电子用品', 'Used a phone or another electronic device not allowed in the room', 'SITTING', 'FIVE_YEARS', 'NONE', false, false, false, false, null, true, '人社部令第31号 第七条第（五）项'),
 (16, 'C7.6', 'CANDIDATE', 7, 6, 'SERIOUS', '其他应给予当次全部科目考试成绩无效处理的严重违纪违规行为', 'Other serious misconduct for which every subject of this sitting is void', 'SITTING', 'FIVE_YEARS', 'NONE', false, false, false, false, null, true, '人社部令第31号 第七条第（六）项'),
 (17, 'C8.1', 'CANDIDATE', 8, 1, 'ESPECIALLY_SERIOUS', '串通作弊或参与有组织作弊', 'Colluded in cheating or took part in organised cheating', 'SITTING', 'LONG_TERM', 'NONE', false, false, false, false, null, true, '人社部令第31号 第八条第（一）项'),
 (18, 'C8.2', 'CANDIDATE', 8, 2, 'ESPECIALLY_SERIOUS', '代替他人或让他人代替自己参加考试', 'Sat the exam for someone else, or let someone else sit it for them', 'SITTING', 'LONG_TERM', 'NONE', false, false, false, false, null, true, '人社部令第31号 第八条第（二）项'),
 (19, 'C8.3', 'CANDIDATE', 8, 3, 'ESPECIALLY_SERIOUS', '其他情节特别严重、影响恶劣的违纪违规行为', 'Other especially serious misconduct with a grave effect', 'SITTING', 'LONG_TERM', 'NONE', false, false, false, false, null, true, '人社部令第31号 第八条第（三）项'),
 (20, 'C9.1', 'CANDIDATE', 9, 1, 'DISORDER', '故意扰乱考点、考场等考试工作场所秩序', 'Deliberately disturbed order at the site, in the room or at another exam workplace', 'NONE', 'NONE', 'NONE', true, false, false, true, '7,8', false, '人社部令第31号 第九条第（一）项'),
 (21, 'C9.2', 'CANDIDATE', 9, 2, 'DISORDER', '拒绝、妨碍考试工作人员履行管理职责', 'Refused or obstructed exam staff in their duties', 'NONE', 'NONE', 'NONE', true, false, false, true, '7,8', false, '人社部令第31号 第九条第（二）项'),
 (22, 'C9.3', 'CANDIDATE', 9, 3, 'DISORDER', '威胁、侮辱、诽谤、诬陷工作人员或其他应试人员', 'Threatened, insulted, slandered or falsely accused staff or other candidates', 'NONE', 'NONE', 'NONE', true, false, false, true, '7,8', false, '人社部令第31号 第九条第（三）项'),
 (23, 'C9.4', 'CANDIDATE', 9, 4, 'DISORDER', '其他扰乱考试管理秩序的行为', 'Other acts disturbing the management of the exam', 'NONE', 'NONE', 'NONE', true, false, false, true, '7,8', false, '人社部令第31号 第九条第（四）项'),
 (24, 'C10', 'CANDIDATE', 10, null, 'FRAUD', '提供虚假证明材料或以其他不正当手段取得资格证书或成绩证明', 'Obtained a certificate or a score proof with false documents or by other improper means', 'SITTING', 'FIVE_YEARS', 'NONE', false, true, false, false, null, true, '人社部令第31号 第十条（并按第七条处理）'),
 (25, 'C11.1', 'CANDIDATE', 11, 1, 'IDENTICAL_ANSWERS', '同一科目作答内容雷同，经阅卷专家组确认', 'Answers identical to another candidate''s in the same subject, confirmed by the marking expert panel', 'SUBJECT', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第十一条第一款'),
 (26, 'C11.2', 'CANDIDATE', 11, 2, 'IDENTICAL_ANSWERS', '作答内容雷同，并有其他相关证据证明违纪违规行为成立', 'Identical answers with other evidence that misconduct took place', 'SUBJECT', 'NONE', 'NONE', false, false, false, false, '7,8', true, '人社部令第31号 第十一条第二款'),
 (27, 'S13.1', 'STAFF', 13, 1, 'STAFF_GENERAL', '不严格掌握报名条件', 'Did not apply the registration conditions strictly', 'NONE', 'NONE', 'THIS_AND_NEXT_YEAR', false, false, false, false, null, false, '人社部令第31号 第十三条第（一）项'),
 (28, 'S13.2', 'STAFF', 13, 2, 'STAFF_GENERAL', '擅自提前考试开始时间、推迟结束时间或缩短考试时间', 'Started the exam early, ended it late or shortened it without authority', 'NONE', 'NONE', 'THIS_AND_NEXT_YEAR', false, false, false, false, null, false, '人社部令第31号 第十三条第（二）项'),
 (29, 'S13.3', 'STAFF', 13, 3, 'STAFF_GENERAL', '擅自为应试人员调换考场或座位', 'Moved a candidate to another room or seat without authority', 'NONE', 'NONE', 'THIS_AND_NEXT_YEAR', false, false, false, false, null, false, '人社部令第31号 第十三条第（三）项'),
 (30, 'S13.4', 'STAFF', 13, 4, 'STAFF_GENERAL', '提示或暗示应试人员答卷', 'Hinted at or suggested answers to candidates', 'NONE', 'NONE', 'THIS_AND_NEXT_YEAR', false, false, false, false, null, false, '人社部令第31号 第十三条第（四）项'),
 (31, 'S13.5', 'STAFF', 13, 5, 'STAFF_GENERAL', '未准确记录考场情况及违纪违规行为，并造成一定影响', 'Did not record what happened in the room or the misconduct accurately, with some effect', 'NONE', 'NONE', 'THIS_AND_NEXT_YEAR', false, false, false, false, null, false, '人社部令第31号 第十三条第（五）项'),
 (32, 'S13.6', 'STAFF', 13, 6, 'STAFF_GENERAL', '未认真履行职责，造成考场秩序混乱或所负责考场出现雷同试卷', 'Neglected duties so that the room fell into disorder or identical papers came from it', 'NONE', 'NONE', 'THIS_AND_NEXT_YEAR', false, false, false, false, null, false, '人社部令第31号 第十三条第（六）项'),
 (33, 'S13.7', 'STAFF', 13, 7, 'STAFF_GENERAL', '未执行回避制度', 'Did not recuse where the recusal rules required it', 'NONE', 'NONE', 'THIS_AND_NEXT_YEAR', false, false, false, false, null, false, '人社部令第31号 第十三条第（七）项'),
 (34, 'S13.8', 'STAFF', 13, 8, 'STAFF_GENERAL', '其他一般违纪违规行为', 'Other ordinary misconduct by exam staff', 'NONE', 'NONE', 'THIS_AND_NEXT_YEAR', false, false, false, false, null, false, '人社部令第31号 第十三条第（八）项'),
 (35, 'S14.1', 'STAFF', 14, 1, 'STAFF_SERIOUS', '因命（审）题（卷）发生错误，造成严重后果', 'Made errors in setting or reviewing papers with serious consequences', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（一）项'),
 (36, 'S14.2', 'STAFF', 14, 2, 'STAFF_SERIOUS', '以不正当手段协助他人取得考试资格或证书', 'Helped another obtain eligibility or a certificate by improper means', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（二）项'),
 (37, 'S14.3', 'STAFF', 14, 3, 'STAFF_SERIOUS', '因失职造成应试人员未能如期参加考试或使考试工作遭受重大损失', 'Through neglect kept candidates from sitting on time or caused the exam great loss', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（三）项'),
 (38, 'S14.4', 'STAFF', 14, 4, 'STAFF_SERIOUS', '擅自将试卷、答题纸、答题卡、草稿纸等带出考场或传给他人', 'Took papers, answer sheets, cards or scrap paper out of the room or passed them on without authority', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（四）项'),
 (39, 'S14.5', 'STAFF', 14, 5, 'STAFF_SERIOUS', '故意损坏试卷、答题纸、答题卡', 'Deliberately damaged papers, answer sheets or answer cards', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（五）项'),
 (40, 'S14.6', 'STAFF', 14, 6, 'STAFF_SERIOUS', '擅自更改、编造或虚报考试数据、信息', 'Altered, invented or falsely reported exam data or information', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（六）项'),
 (41, 'S14.7', 'STAFF', 14, 7, 'STAFF_SERIOUS', '泄露考务实施工作中应当保密的信息', 'Leaked information of the exam administration that must be kept secret', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（七）项'),
 (42, 'S14.8', 'STAFF', 14, 8, 'STAFF_SERIOUS', '在评阅卷工作中擅自更改评分标准或不按评分标准评卷', 'Changed the marking scheme or did not mark by it', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（八）项'),
 (43, 'S14.9', 'STAFF', 14, 9, 'STAFF_SERIOUS', '因评卷工作失职造成卷面成绩错误，后果严重', 'Through neglect in marking caused wrong scores with serious consequences', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（九）项'),
 (44, 'S14.10', 'STAFF', 14, 10, 'STAFF_SERIOUS', '指使或纵容他人作弊，或参与考场内外串通作弊', 'Instigated or tolerated cheating, or took part in collusion inside or outside the room', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（十）项'),
 (45, 'S14.11', 'STAFF', 14, 11, 'STAFF_SERIOUS', '监管不严，使考场出现大面积作弊现象', 'Supervised so loosely that cheating spread through the room', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（十一）项'),
 (46, 'S14.12', 'STAFF', 14, 12, 'STAFF_SERIOUS', '擅自拆启未开考试卷、答题纸等或考试后已密封的试卷、答题卡等', 'Opened sealed papers before the exam, or sealed answer material after it, without authority', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（十二）项'),
 (47, 'S14.13', 'STAFF', 14, 13, 'STAFF_SERIOUS', '利用考试工作之便以权谋私或打击报复应试人员', 'Used exam work for private gain or to retaliate against candidates', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（十三）项'),
 (48, 'S14.14', 'STAFF', 14, 14, 'STAFF_SERIOUS', '其他严重违纪违规行为', 'Other serious misconduct by exam staff', 'NONE', 'NONE', 'PERMANENT', false, false, false, false, null, true, '人社部令第31号 第十四条第（十四）项'),
 (49, 'N1', 'NONE', 0, 1, 'INCIDENT', '考场秩序受到干扰（无具体应试人员）', 'A disturbance with no particular candidate', 'NONE', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第十六条（如实记录考场情况）'),
 (50, 'N2', 'NONE', 0, 2, 'INCIDENT', '试卷、答题卡等考试材料问题', 'A problem with the papers or other exam material', 'NONE', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第十六条（如实记录考场情况）'),
 (51, 'N3', 'NONE', 0, 3, 'INCIDENT', '考试系统或设备故障', 'A failure of the exam system or equipment', 'NONE', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第十六条（如实记录考场情况）'),
 (52, 'N4', 'NONE', 0, 4, 'INCIDENT', '其他考场情况', 'Another event in the room', 'NONE', 'NONE', 'NONE', false, false, false, false, null, false, '人社部令第31号 第十六条（如实记录考场情况）')
) as seed(n, code, party, article, item, tier, zh, en, sv, rp, sb, rm, cv, rr, pr, esc, prov, src);
