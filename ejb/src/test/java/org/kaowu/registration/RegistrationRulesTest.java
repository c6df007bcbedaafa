package org.kaowu.registration;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identity numbers, photos, work years, eligibility and the commitment notice. */
class RegistrationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void theGb11643CheckDigitBirthDateAndSexAreRead() {
        assertEquals(Optional.empty(), IdNumbers.check(IdType.RESIDENT_ID, "11010519491231002X", TODAY));
        assertEquals(LocalDate.of(1949, 12, 31), IdNumbers.birthDate("11010519491231002X"));
        assertEquals('F', IdNumbers.sex("11010519491231002X"));
        assertEquals(Optional.of(IdNumbers.Problem.CHECK_DIGIT), IdNumbers.check(IdType.RESIDENT_ID, "110105194912310021", TODAY));
        assertEquals(Optional.of(IdNumbers.Problem.BIRTH_DATE), IdNumbers.check(IdType.RESIDENT_ID, "110105194902300027", TODAY));
        assertEquals(Optional.of(IdNumbers.Problem.LENGTH), IdNumbers.check(IdType.RESIDENT_ID, "11010519491231002", TODAY));
        assertEquals(Optional.of(IdNumbers.Problem.CHARACTERS), IdNumbers.check(IdType.RESIDENT_ID, "1101051949123100ZX", TODAY));
        assertEquals(Optional.of(IdNumbers.Problem.REGION), IdNumbers.check(IdType.RESIDENT_ID, "00010519491231002X", TODAY));
        assertEquals("11010519491231002X", IdNumbers.normalize(" 11010519491231002x\u3000"));
        // A space inside and full-width digits are refused alike, with one message (issue 9, item 9).
        assertEquals(Optional.of(IdNumbers.Problem.CHARACTERS),
                IdNumbers.check(IdType.RESIDENT_ID, IdNumbers.normalize("310104 197204224184"), TODAY));
        assertEquals(Optional.of(IdNumbers.Problem.CHARACTERS),
                IdNumbers.check(IdType.RESIDENT_ID, IdNumbers.normalize("３１０１０４１９７２０４２２４１８４"), TODAY));
        assertEquals(Optional.empty(), IdNumbers.check(IdType.HK_MACAO_PERMIT, "H12345678", TODAY));
        assertEquals(Optional.of(IdNumbers.Problem.SHAPE), IdNumbers.check(IdType.PASSPORT, "E<script>", TODAY));
    }

    @Test
    void numbersAreMaskedInLists() {
        assertEquals("1101**********002X", IdNumbers.mask("11010519491231002X"));
        assertEquals("138****5678", IdNumbers.maskMobile("13812345678"));
    }

    static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void photosAreJpegPortraitWithinSizeAndPixelLimits() throws Exception {
        assertEquals(new PhotoRules.Checked(358, 441), PhotoRules.check(jpeg(358, 441)));
        assertEquals("profile.photo.pixels", assertThrows(UploadRefused.class, () -> PhotoRules.check(jpeg(441, 358))).key());
        assertEquals("profile.photo.pixels", assertThrows(UploadRefused.class, () -> PhotoRules.check(jpeg(100, 140))).key());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(358, 441, BufferedImage.TYPE_INT_RGB), "png", png);
        assertEquals("profile.photo.notJpeg", assertThrows(UploadRefused.class, () -> PhotoRules.check(png.toByteArray())).key());
        byte[] truncated = java.util.Arrays.copyOf(jpeg(358, 441), 40);
        assertEquals("profile.photo.notJpeg", assertThrows(UploadRefused.class, () -> PhotoRules.check(truncated)).key());
        assertEquals("profile.photo.tooLarge", assertThrows(UploadRefused.class,
                () -> PhotoRules.check(new byte[PhotoRules.MAX_BYTES + 1])).key());
    }

    @Test
    void workYearsCountOverlapsOnceUpToTheCutOff() {
        List<WorkPeriod> work = List.of(
                new WorkPeriod("甲公司", LocalDate.of(2018, 7, 1), LocalDate.of(2021, 6, 30), "施工管理"),
                new WorkPeriod("乙公司", LocalDate.of(2021, 1, 1), null, "施工管理"));
        assertEquals(8.5, WorkPeriod.years(work, LocalDate.of(2026, 12, 31)));
        assertEquals(8.4, WorkPeriod.years(work, LocalDate.of(2026, 12, 29)), "rounded down, never up");
        assertEquals(0.0, WorkPeriod.years(List.of(), LocalDate.of(2026, 12, 31)));
    }

    static final List<Eligibility.Rule> FIRE = List.of(
            new Eligibility.Rule(EducationLevel.BACHELOR, MajorRelation.SAME, 4, 3, "消防安全技术", "第十五条（三）"),
            new Eligibility.Rule(EducationLevel.BACHELOR, MajorRelation.RELATED, 5, 4, "消防安全技术", "第十五条（三）"),
            new Eligibility.Rule(EducationLevel.BACHELOR, MajorRelation.OTHER, 6, 5, "消防安全技术", "其他专业"));

    @Test
    void eligibilityIsExplainedInPlainWords() {
        Eligibility.Verdict ok = Eligibility.judge(FIRE, new Eligibility.Facts(EducationLevel.MASTER, MajorRelation.RELATED, 5.2, 4.0));
        assertTrue(ok.eligible());
        assertTrue(ok.explanation().zh().startsWith("符合报考条件：大学本科及以上学历（本专业或相关专业），工作满5年，其中消防安全技术满4年"),
                ok.explanation().zh());
        Eligibility.Verdict shortBy = Eligibility.judge(FIRE, new Eligibility.Facts(EducationLevel.BACHELOR, MajorRelation.OTHER, 5.5, 3.0));
        assertFalse(shortBy.eligible());
        assertTrue(shortBy.explanation().zh().contains("还差工作年限0.5年、消防安全技术年限2年"), shortBy.explanation().zh());
        Eligibility.Verdict tooLow = Eligibility.judge(FIRE, new Eligibility.Facts(EducationLevel.COLLEGE, MajorRelation.SAME, 9, 9));
        assertEquals("不符合报考条件：本考试要求大学本科及以上学历，您填报的是大学专科。", tooLow.explanation().zh());
        List<Eligibility.Rule> builder = List.of(new Eligibility.Rule(EducationLevel.BACHELOR, MajorRelation.RELATED, 4, 3, "施工管理", "（二）"));
        Eligibility.Verdict major = Eligibility.judge(builder, new Eligibility.Facts(EducationLevel.BACHELOR, MajorRelation.OTHER, 9, 9));
        assertTrue(major.explanation().zh().contains("本考试要求本专业或相关专业"), major.explanation().zh());
        assertTrue(major.explanation().en().startsWith("Not eligible"), major.explanation().en());
    }

    @Test
    void theNoticeNamesWhatItWaivesAndItsDigestFollowsItsText() {
        CommitmentNotice a = CommitmentNotice.of(2026, "注册消防工程师", "一级", "某省人事考试中心", FIRE);
        assertTrue(a.text().contains("国办发〔2020〕42号"));
        assertTrue(a.text().contains("人力资源社会保障部令第31号"));
        assertTrue(a.text().contains("撤回"));
        assertTrue(a.text().contains("工作满4年，其中消防安全技术满3年"));
        assertEquals(64, a.sha256().length());
        assertEquals(a, CommitmentNotice.of(2026, "注册消防工程师", "一级", "某省人事考试中心", FIRE));
        assertNotEquals(a.sha256(), CommitmentNotice.of(2027, "注册消防工程师", "一级", "某省人事考试中心", FIRE).sha256());
    }

    @Test
    void anExemptionClaimedIsNamedInTheNoticeWithTheConditionClaimed() {
        CommitmentNotice plain = CommitmentNotice.of(2026, "一级建造师", "一级", "某省人事考试中心", FIRE);
        ExemptionRule.Exemption senior = new ExemptionRule.Exemption("SENIOR_15Y", "从事建设项目施工管理工作满20年",
                "20 years of construction management", 0, List.of("建设工程经济", "建设工程项目管理"), "国人部发〔2004〕16号",
                "受聘担任工程或工程经济类高级专业技术职务", "a senior title", 20);
        assertSame(plain, plain.claiming(null, false));
        CommitmentNotice byYears = plain.claiming(senior, false);
        CommitmentNotice byTitle = plain.claiming(senior, true);
        assertTrue(byYears.text().startsWith(plain.text()), "the notice read is the start of the notice signed");
        assertTrue(byYears.text().contains("本人申请免试《建设工程经济》《建设工程项目管理》，并承诺符合免试条件：从事建设项目施工管理工作满20年（国人部发〔2004〕16号）"));
        assertTrue(byTitle.text().contains("并承诺符合免试条件：受聘担任工程或工程经济类高级专业技术职务"));
        assertNotEquals(byYears.sha256(), byTitle.sha256());
        assertNotEquals(plain.sha256(), byYears.sha256());
        ExemptionRule.Exemption noAlternative = new ExemptionRule.Exemption("ADDED_SPECIALTY", "已取得证书", "holds it", 0,
                List.of("经济基础知识"), "人社部发〔2020〕1号", null, null);
        assertEquals(plain.claiming(noAlternative, false).text(), plain.claiming(noAlternative, true).text(),
                "without an alternative the rule's own condition is claimed");
    }

    // ---- Eligibility per the regulations (issue 9, items 13-17): the rows V12 seeds, read from the migration itself.

    /** The rows a migration inserts into a table, column by column (strings, integers, booleans, nulls). */
    static List<java.util.Map<String, Object>> inserted(String migration, String table) throws IOException {
        String sql;
        try (java.io.InputStream in = RegistrationRulesTest.class.getResourceAsStream("/db/migration/" + migration)) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
        String head = "insert into " + table + " (";
        for (int at = sql.indexOf(head); at >= 0; at = sql.indexOf(head, at + 1)) {
            int colsEnd = sql.indexOf(')', at);
            List<String> cols = java.util.Arrays.stream(sql.substring(at + head.length(), colsEnd).split(",")).map(String::strip).toList();
            int i = sql.indexOf('(', sql.indexOf("values", colsEnd)) + 1;
            List<Object> values = new java.util.ArrayList<>();
            StringBuilder token = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (; ; i++) {
                char c = sql.charAt(i);
                if (quoted) {
                    if (c == '\'' && sql.charAt(i + 1) == '\'') {
                        token.append('\'');
                        i++;
                    } else if (c == '\'') {
                        quoted = false;
                    } else {
                        token.append(c);
                    }
                } else if (c == '\'') {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',' || c == ')') {
                    String t = token.toString().strip();
                    values.add(wasQuoted ? token.toString() : t.equals("null") ? null : t.equals("true") || t.equals("false")
                            ? (Object) Boolean.valueOf(t) : (Object) Integer.valueOf(t));
                    token.setLength(0);
                    wasQuoted = false;
                    if (c == ')') {
                        break;
                    }
                } else if (!Character.isWhitespace(c) || token.length() > 0) {
                    token.append(c);
                }
            }
            assertEquals(cols.size(), values.size(), "columns and values of " + table);
            java.util.Map<String, Object> row = new java.util.HashMap<>();
            for (int k = 0; k < cols.size(); k++) {
                row.put(cols.get(k), values.get(k));
            }
            rows.add(row);
        }
        return rows;
    }

    static final String V12 = "V12__eligibility_per_regulations.sql";

    /** The level's rules as V12 seeds them, in id order. */
    static List<Eligibility.Rule> seeded(String code, String level) throws IOException {
        return inserted(V12, "eligibility_rule").stream()
                .filter(r -> r.get("catalogue_code").equals(code) && r.get("level").equals(level))
                .sorted(java.util.Comparator.comparing(r -> (Integer) r.get("id")))
                .map(r -> new Eligibility.Rule(EducationLevel.valueOf((String) r.get("education_level")),
                        MajorRelation.valueOf((String) r.get("major_relation")), (Integer) r.get("total_years"),
                        (Integer) r.get("field_years"), (String) r.get("field_zh"), (String) r.get("source"),
                        (String) r.get("prerequisite_zh"), (String) r.get("prerequisite_en"),
                        (Boolean) r.get("full_time_from_graduation"), (String) r.get("counting_source"))).toList();
    }

    static ExemptionRule.Exemption exemption(String code) throws IOException {
        java.util.Map<String, Object> r = inserted(V12, "exemption_rule").stream().filter(x -> x.get("code").equals(code))
                .findFirst().orElseThrow();
        return new ExemptionRule.Exemption(code, (String) r.get("condition_zh"), (String) r.get("condition_en"),
                (Integer) r.get("min_total_years"), List.of(((String) r.get("exempt_subjects")).split("/")), (String) r.get("source"),
                (String) r.get("alternative_zh"), (String) r.get("alternative_en"), (Integer) r.get("min_field_years"));
    }

    static Eligibility.Facts declared(EducationLevel e, MajorRelation m, double total, double field) {
        return new Eligibility.Facts(e, m, total, field);
    }

    @Test
    void aFirstClassConstructorNeedsTheFieldYearsOf2022AndNoTotal() throws IOException {
        List<Eligibility.Rule> yj = seeded("P-A-14", "一级");
        assertEquals(List.of(EducationLevel.COLLEGE, EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTOR),
                yj.stream().map(Eligibility.Rule::education).toList(), "no row of its own for a second bachelor's degree");
        assertEquals(List.of(4, 3, 2, 1), yj.stream().map(Eligibility.Rule::fieldYears).toList());
        assertTrue(yj.stream().allMatch(r -> r.totalYears() == r.fieldYears()), "no separate total");
        assertTrue(yj.stream().allMatch(r -> r.source().startsWith("人社部发〔2022〕8号")), yj.toString());
        // 2021: 本科 4 years in all, 3 in the field; 2022: 3 in the field are enough.
        Eligibility.Verdict bachelor = Eligibility.judge(yj, declared(EducationLevel.BACHELOR, MajorRelation.RELATED, 3, 3));
        assertTrue(bachelor.eligible(), bachelor.explanation().zh());
        assertTrue(bachelor.explanation().zh().contains("从事建设工程项目施工管理工作满3年"), bachelor.explanation().zh());
        // 2021: 硕士 2 years in all, 1 in the field; 2022: 2 in the field.
        Eligibility.Verdict master = Eligibility.judge(yj, declared(EducationLevel.MASTER, MajorRelation.RELATED, 5, 1.5));
        assertFalse(master.eligible(), master.explanation().zh());
        assertTrue(master.explanation().zh().contains("还差建设工程项目施工管理工作年限0.5年"), master.explanation().zh());
        assertTrue(Eligibility.judge(yj, declared(EducationLevel.SECOND_BACHELOR, MajorRelation.RELATED, 3, 3)).eligible(),
                "a second bachelor's degree is at least a bachelor's");
    }

    @Test
    void theConstructorExemptionNeedsThe2003CertificateAndTwentyYearsInTheField() throws IOException {
        ExemptionRule.Exemption e = exemption("SENIOR_15Y");
        assertTrue(e.conditionZh().contains("2003年12月31日前") && e.conditionZh().contains("一级项目经理资质证书")
                && e.conditionZh().contains("满20年"), e.conditionZh());
        assertTrue(e.alternativeZh().contains("2003年12月31日前") && e.alternativeZh().contains("高级专业技术职务"), e.alternativeZh());
        assertEquals(20, e.minFieldYears());
        Eligibility.Rule bachelor = seeded("P-A-14", "一级").get(1);
        assertFalse(e.yearsMet(declared(EducationLevel.BACHELOR, MajorRelation.RELATED, 25, 15), bachelor),
                "fifteen years, or twenty years of other work, are not enough");
        assertFalse(e.yearsMet(declared(EducationLevel.BACHELOR, MajorRelation.RELATED, 25, 19.9), bachelor));
        assertTrue(e.yearsMet(declared(EducationLevel.BACHELOR, MajorRelation.RELATED, 20, 20), bachelor));
        CommitmentNotice n = CommitmentNotice.of(2026, "一级建造师", "一级", "某省人事考试中心", seeded("P-A-14", "一级"));
        assertTrue(n.claiming(e, false).text().contains("从事建设项目施工管理工作满20年"), n.claiming(e, false).text());
        assertTrue(n.claiming(e, true).text().contains("《建筑业企业一级项目经理资质证书》，并受聘担任工程或工程经济类高级专业技术职务"));
        assertFalse(n.text().contains("第二学士学位"), n.text());
        assertTrue(n.text().contains("工作年限计算至2026年12月31日；全日制学历毕业前的工作经历不计入工作年限（全日制学历的工作年限自毕业之日起计算"), n.text());
        assertEquals("2026.3", n.version(), "the template's wording changed");
    }

    @Test
    void aFireEngineerCitesThe56DocumentItsClausesAndDoctorsNeedTwoAndThreeYears() throws IOException {
        List<Eligibility.Rule> xf = seeded("P-A-25", "一级");
        assertTrue(xf.stream().allMatch(r -> r.source().startsWith("人社部发〔2012〕56号") && !r.source().contains("公消")), xf.toString());
        java.util.function.BiFunction<EducationLevel, MajorRelation, Eligibility.Rule> rule = (e, m) ->
                xf.stream().filter(r -> r.education() == e && r.major() == m).findFirst().orElseThrow();
        assertTrue(rule.apply(EducationLevel.COLLEGE, MajorRelation.RELATED).source().endsWith("（一）"));
        assertTrue(rule.apply(EducationLevel.BACHELOR, MajorRelation.SAME).source().endsWith("（二）"));
        assertTrue(rule.apply(EducationLevel.SECOND_BACHELOR, MajorRelation.RELATED).source().endsWith("（三）"));
        assertTrue(rule.apply(EducationLevel.MASTER, MajorRelation.SAME).source().endsWith("（四）"));
        assertTrue(rule.apply(EducationLevel.DOCTOR, MajorRelation.RELATED).source().endsWith("（五）"));
        assertTrue(rule.apply(EducationLevel.DOCTOR, MajorRelation.OTHER).source().contains("（六）"));
        assertEquals(2, rule.apply(EducationLevel.DOCTOR, MajorRelation.RELATED).fieldYears());
        assertEquals(3, rule.apply(EducationLevel.DOCTOR, MajorRelation.OTHER).fieldYears());
        assertFalse(Eligibility.judge(xf, declared(EducationLevel.DOCTOR, MajorRelation.RELATED, 9, 1.5)).eligible(),
                "a doctor of a related major needs 2 years of fire-safety work");
        assertFalse(Eligibility.judge(xf, declared(EducationLevel.DOCTOR, MajorRelation.OTHER, 9, 2.5)).eligible(),
                "a doctor of another major needs 3");
        assertTrue(Eligibility.judge(xf, declared(EducationLevel.DOCTOR, MajorRelation.OTHER, 3, 3)).eligible());
        assertTrue(exemption("SENIOR_OR_REGISTERED").source().equals("人社部发〔2012〕56号《注册消防工程师资格考试实施办法》第六条"));
    }

    @Test
    void anIntermediateEconomistMayQualifyOnHighSchoolAJuniorQualificationAndTenYears() throws IOException {
        List<Eligibility.Rule> jj = seeded("P-L-07", "中级");
        assertTrue(jj.stream().allMatch(r -> r.source().startsWith("人社部规〔2020〕1号")), jj.toString());
        Eligibility.Verdict ten = Eligibility.judge(jj, declared(EducationLevel.HIGH_SCHOOL, MajorRelation.OTHER, 10, 10));
        assertTrue(ten.eligible(), ten.explanation().zh());
        assertTrue(ten.explanation().zh().contains("且已取得初级经济专业技术资格") && ten.explanation().zh().contains("导游资格")
                && ten.explanation().zh().contains("银行业专业人员初级职业资格"), ten.explanation().zh());
        assertTrue(ten.explanation().en().contains("tour guide"), ten.explanation().en());
        Eligibility.Verdict nine = Eligibility.judge(jj, declared(EducationLevel.HIGH_SCHOOL, MajorRelation.OTHER, 9, 9));
        assertFalse(nine.eligible());
        assertTrue(nine.explanation().zh().contains("还差"), nine.explanation().zh());
        Eligibility.Verdict college = Eligibility.judge(jj, declared(EducationLevel.COLLEGE, MajorRelation.OTHER, 12, 12));
        assertFalse(college.explanation().zh().contains("导游"), "a rule that needs no qualification held is preferred");
        assertTrue(CommitmentNotice.of(2026, "经济专业技术资格", "中级", "某省人事考试中心", jj).text().contains("拍卖师"));
    }

    @Test
    void theAddedSpecialtyExemptionHasNoSourceAndIsWithdrawnNotDeleted() throws IOException {
        java.util.Map<String, Object> added = inserted(V12, "exemption_rule").stream()
                .filter(x -> x.get("code").equals("ADDED_SPECIALTY")).findFirst().orElseThrow();
        assertTrue(added.get("withdrawn") instanceof String w && !w.isBlank(), "kept for the registrations that claimed it, but withdrawn");
        assertTrue(inserted(V12, "exemption_rule").stream().filter(x -> !x.get("code").equals("ADDED_SPECIALTY"))
                .allMatch(x -> x.get("withdrawn") == null));
    }

    @Test
    void aFullTimeGraduatesYearsCountFromGraduationWhereTheRuleSaysSo() throws IOException {
        List<WorkPeriod> work = List.of(new WorkPeriod("某设计院", LocalDate.of(2010, 7, 1), LocalDate.of(2012, 6, 30), "消防安全技术"),
                new WorkPeriod("某消防技术服务公司", LocalDate.of(2012, 7, 1), LocalDate.of(2016, 6, 30), "消防安全技术"));
        assertEquals(4.0, WorkPeriod.years(work, LocalDate.of(2012, 7, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(6.0, WorkPeriod.years(work, LocalDate.of(2026, 12, 31)));
        List<Eligibility.Rule> xf = seeded("P-A-25", "一级");
        assertTrue(xf.stream().allMatch(r -> r.fullTimeFromGraduation() && r.countingSource() != null), "data, with its source");
        // A bachelor of the exam's own major, graduated full-time on 2012-07-01: 6 years of work, 4 after graduating.
        Eligibility.Facts fullTime = Eligibility.facts(EducationLevel.BACHELOR, MajorRelation.SAME, true,
                LocalDate.of(2012, 7, 1), work, work, 2026);
        Eligibility.Verdict v = Eligibility.judge(xf, fullTime);
        assertTrue(v.eligible(), v.explanation().zh());
        assertTrue(v.explanation().zh().contains("工作4年，其中消防安全技术工作4年"), v.explanation().zh());
        assertTrue(v.explanation().zh().contains("全日制学历毕业之日（2012-07-01）前的工作经历不计入工作年限"), v.explanation().zh());
        assertTrue(v.explanation().en().contains("Work before graduating from full-time study (2012-07-01) does not count"), v.explanation().en());
        // The same, needing 5 years in the field (another major): short by what was before graduation.
        Eligibility.Facts other = Eligibility.facts(EducationLevel.BACHELOR, MajorRelation.OTHER, true, LocalDate.of(2012, 7, 1), work, work, 2026);
        Eligibility.Verdict shortBy = Eligibility.judge(xf, other);
        assertFalse(shortBy.eligible(), "before: all 6 years of work counted for everyone");
        assertTrue(shortBy.explanation().zh().contains("不计入工作年限"), shortBy.explanation().zh());
        Eligibility.Facts partTime = Eligibility.facts(EducationLevel.BACHELOR, MajorRelation.OTHER, false, LocalDate.of(2012, 7, 1), work, work, 2026);
        Eligibility.Verdict counted = Eligibility.judge(xf, partTime);
        assertTrue(counted.eligible(), "part-time study: the work before graduating counts");
        assertFalse(counted.explanation().zh().contains("不计入"), counted.explanation().zh());
        Eligibility.Facts unsaid = Eligibility.facts(EducationLevel.BACHELOR, MajorRelation.RELATED, null, LocalDate.of(2012, 7, 1), work, work, 2026);
        assertTrue(Eligibility.judge(xf, unsaid).explanation().zh().contains("您未在个人资料中填报学历是否为全日制，已按全日制计算"));
        // A rule that does not count from graduation counts everything.
        Eligibility.Rule plain = new Eligibility.Rule(EducationLevel.BACHELOR, MajorRelation.OTHER, 5, 5, "消防安全技术工作", "x");
        assertTrue(Eligibility.judge(List.of(plain), fullTime).eligible());
    }

    @Test
    void theSamplePlansFireEngineerScoresRollOverThreeYears() throws IOException {
        try (java.io.InputStream in = getClass().getResourceAsStream("/org/kaowu/plan/samples/plan-2023.csv")) {
            var plan = org.kaowu.plan.PlanFile.parse(in.readAllBytes()).plan();
            var xf = plan.exams().stream().filter(e -> e.code().equals("YJXF")).findFirst().orElseThrow();
            assertTrue(xf.subjects().stream().allMatch(s -> Integer.valueOf(3).equals(s.rollingYears())), xf.subjects().toString());
        }
    }
}
