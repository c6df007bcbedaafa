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
        assertEquals("11010519491231002X", IdNumbers.normalize(" 110105 19491231002x "));
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
        assertEquals("profile.photo.pixels", assertThrows(PhotoRules.Refused.class, () -> PhotoRules.check(jpeg(441, 358))).key());
        assertEquals("profile.photo.pixels", assertThrows(PhotoRules.Refused.class, () -> PhotoRules.check(jpeg(100, 140))).key());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(358, 441, BufferedImage.TYPE_INT_RGB), "png", png);
        assertEquals("profile.photo.notJpeg", assertThrows(PhotoRules.Refused.class, () -> PhotoRules.check(png.toByteArray())).key());
        byte[] truncated = java.util.Arrays.copyOf(jpeg(358, 441), 40);
        assertEquals("profile.photo.notJpeg", assertThrows(PhotoRules.Refused.class, () -> PhotoRules.check(truncated)).key());
        assertEquals("profile.photo.tooLarge", assertThrows(PhotoRules.Refused.class,
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
        ExemptionRule.Exemption senior = new ExemptionRule.Exemption("SENIOR_15Y", "从事建设项目施工管理工作满15年",
                "15 years of construction management", 15, List.of("建设工程经济", "建设工程项目管理"), "人发〔2002〕111号 第十一条",
                "受聘担任工程或工程经济类高级专业技术职务", "a senior title");
        assertSame(plain, plain.claiming(null, false));
        CommitmentNotice byYears = plain.claiming(senior, false);
        CommitmentNotice byTitle = plain.claiming(senior, true);
        assertTrue(byYears.text().startsWith(plain.text()), "the notice read is the start of the notice signed");
        assertTrue(byYears.text().contains("本人申请免试《建设工程经济》《建设工程项目管理》，并承诺符合免试条件：从事建设项目施工管理工作满15年（人发〔2002〕111号 第十一条）"));
        assertTrue(byTitle.text().contains("并承诺符合免试条件：受聘担任工程或工程经济类高级专业技术职务"));
        assertNotEquals(byYears.sha256(), byTitle.sha256());
        assertNotEquals(plain.sha256(), byYears.sha256());
        ExemptionRule.Exemption noAlternative = new ExemptionRule.Exemption("ADDED_SPECIALTY", "已取得证书", "holds it", 0,
                List.of("经济基础知识"), "人社部发〔2020〕1号", null, null);
        assertEquals(plain.claiming(noAlternative, false).text(), plain.claiming(noAlternative, true).text(),
                "without an alternative the rule's own condition is claimed");
    }
}
