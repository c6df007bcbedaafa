package org.kaowu.certification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaowu.certification.CertificateNumberFormat.NumberParts;
import org.kaowu.certification.CertificateNumberFormat.Series;
import org.kaowu.certification.CertificateNumberFormat.Which;
import org.kaowu.certification.documents.CertificateContent;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Certificate and management numbers: the defaults, widths never cut, malformed templates, the content's pattern. */
class CertificateNumberFormatTest {

    private static final NumberParts BEIJING_YJ = new NumberParts(2026, "北京市",
            CertificateNumberFormat.qualificationCode("P-A-14", null), CertificateNumberFormat.levelCode("一级"));

    private static String text(DomainException e, Locale locale) {
        return Messages.text(locale, e.key(), e.args());
    }

    @Test
    void theDefaultsLeadWithYearAndAreaAndEndWithTheSerial() {
        CertificateNumberFormat number = CertificateNumberFormat.standard(Which.NUMBER);
        assertEquals("202611PA141000001", number.format(BEIJING_YJ, 1));
        assertEquals(17, number.length());
        CertificateNumberFormat management = CertificateNumberFormat.standard(Which.MANAGEMENT);
        assertEquals("20264400000123", management.format(new NumberParts(2026, "广东省", "PA14", "1"), 123));
        assertEquals("202611PA141000123", number.format(new NumberParts(2026, "11", "PA14", "1"), 123),
                "the area by its code works as by its name");
    }

    @Test
    void onlyTheSerialChangesWithinAScopeAndEveryNumberIsDistinct() {
        Series s = CertificateNumberFormat.parse("JZ-{year:2}{area}-{serial:4}", Which.NUMBER).series(BEIJING_YJ);
        assertEquals("JZ-2611-{serial}", s.scope());
        assertEquals(9999, s.maxSerial());
        Set<String> seen = new HashSet<>();
        for (long i = 1; i <= s.maxSerial(); i++) {
            assertTrue(seen.add(s.format(i)));
        }
        assertEquals("JZ-2611-0042", s.format(42));
        assertEquals("JZ-2611-9999", s.format(9999));
    }

    @Test
    void aSerialThatDoesNotFitIsRefusedNamingTheWidthNeverCut() {
        Series s = CertificateNumberFormat.standard(Which.NUMBER).series(BEIJING_YJ);
        assertEquals("202611PA141999999", s.format(999_999));
        DomainException e = assertThrows(DomainException.class, () -> s.format(1_000_000));
        assertEquals(CertificateNumberFormat.INVALID_NUMBER, e.type());
        assertEquals(422, e.status());
        assertEquals("serial", e.field());
        assertEquals("证书编号的流水号 1000000 超出格式给流水号的6位（编号范围 202611PA141{serial}）：请在格式中加宽流水号（serial:N）后再发证。",
                text(e, Messages.CHINESE));
        assertTrue(text(e, Locale.ENGLISH).contains("does not fit in the 6 digits"));
        assertEquals("certificate.serial.invalid", assertThrows(DomainException.class, () -> s.format(0)).key());
    }

    @Test
    void aPartLongerThanItsWidthOrUnwritableIsNamed() {
        CertificateNumberFormat f = CertificateNumberFormat.standard(Which.NUMBER);
        DomainException longCode = assertThrows(DomainException.class,
                () -> f.series(new NumberParts(2026, "北京市", "PA140", "1")));
        assertEquals("qualification", longCode.field());
        assertEquals("The {qualification} part of the certificate number, \"PA140\", is longer than the 4 characters the"
                + " format gives it: widen that part in the format or shorten the code.", text(longCode, Locale.ENGLISH));
        assertEquals("level", assertThrows(DomainException.class,
                () -> f.series(new NumberParts(2026, "北京市", "PA14", null))).field());
        assertEquals("level", assertThrows(DomainException.class,
                () -> f.series(new NumberParts(2026, "北京市", "PA14", "一"))).field());
        DomainException area = assertThrows(DomainException.class,
                () -> f.series(new NumberParts(2026, "火星", "PA14", "1")));
        assertEquals("area", area.field());
        assertTrue(text(area, Messages.CHINESE).startsWith("“火星”不是32个考区之一"));
        assertEquals("certificate.part.year", assertThrows(DomainException.class,
                () -> f.series(new NumberParts(26, "北京市", "PA14", "1"))).key());
        assertEquals("202611R041000005", CertificateNumberFormat.parse("{year}{area}{qualification:3}{level}{serial:6}",
                Which.NUMBER).format(new NumberParts(2026, "北京市", CertificateNumberFormat.qualificationCode("R-04",
                null), "1"), 5));
    }

    @Test
    void theQualificationAndLevelCodes() {
        assertEquals("PA14", CertificateNumberFormat.qualificationCode("P-A-14", null));
        assertEquals("JZS", CertificateNumberFormat.qualificationCode("P-A-14", " jz-s "));
        assertEquals("1", CertificateNumberFormat.levelCode("一级"));
        assertEquals("2", CertificateNumberFormat.levelCode("中级"));
        assertEquals("0", CertificateNumberFormat.levelCode(null));
        assertNull(CertificateNumberFormat.levelCode("高级技师"), "not derivable: the office sets a code");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{year}{area}{qualification}{level}|certificate.format.noSerial",
            "{year}{serial|certificate.format.unclosed",
            "{year}{ser{ial}|certificate.format.unclosed",
            "{year}}{serial}|certificate.format.unopened",
            "{year}{month}{serial}|certificate.format.unknownPart",
            "{serial}{serial}|certificate.format.repeated",
            "{year:3}{serial}|certificate.format.width",
            "{area:4}{serial}|certificate.format.width",
            "{serial:0}|certificate.format.width",
            "{serial:13}|certificate.format.width",
            "{serial:x}|certificate.format.width",
            "证{year}{serial}|certificate.format.text",
            "ZS {year}{serial}|certificate.format.text",
            "-{year}{serial}|certificate.format.hyphenAtEnd",
            "{year}{serial}-|certificate.format.hyphenAtEnd",
            "{serial:3}|certificate.format.length",
            "{year}{area}{qualification:12}{level:12}{serial:12}|certificate.format.length",
    })
    void malformedTemplatesAreRefusedWithTheReason(String template, String key) {
        DomainException e = assertThrows(DomainException.class, () -> CertificateNumberFormat.parse(template,
                Which.MANAGEMENT));
        assertEquals(key, e.key());
        assertEquals(CertificateNumberFormat.INVALID_FORMAT, e.type());
        assertEquals(400, e.status());
        assertEquals("managementNumberFormat", e.field());
        assertTrue(text(e, Messages.CHINESE).contains("管理号"), text(e, Messages.CHINESE));
        assertTrue(text(e, Locale.ENGLISH).contains("management number"), text(e, Locale.ENGLISH));
    }

    @Test
    void emptyAndOverlongTemplatesAreRefused() {
        DomainException empty = assertThrows(DomainException.class, () -> CertificateNumberFormat.parse(" ", Which.NUMBER));
        assertEquals("请填写证书编号的格式，例如 " + CertificateNumberFormat.DEFAULT_NUMBER + "。", text(empty, Messages.CHINESE));
        assertEquals("certificate.format.tooLong", assertThrows(DomainException.class,
                () -> CertificateNumberFormat.parse("A".repeat(101) + "{serial}", Which.NUMBER)).key());
        assertEquals("certificate.format.empty", assertThrows(DomainException.class,
                () -> CertificateNumberFormat.parse(null, Which.NUMBER)).key());
    }

    @Test
    void fixedTextIsWrittenInCapitalsAndEveryNumberFitsTheCertificate() {
        CertificateNumberFormat f = CertificateNumberFormat.parse("gl-{year}-{area}{serial:8}", Which.MANAGEMENT);
        assertEquals("GL-2026-1100000001", f.format(BEIJING_YJ, 1));
        String code = CertificateContent.newVerificationCode(new SecureRandom());
        LocalDate day = LocalDate.of(2027, 3, 15);
        for (String template : new String[]{CertificateNumberFormat.DEFAULT_NUMBER, "{serial:1}ABC",
                "A-{year:2}-{area}-{qualification:12}-{level:2}-{serial:12}", "{year}{area}{qualification}{level}"
                + "{serial:12}"}) {
            CertificateNumberFormat t = CertificateNumberFormat.parse(template, Which.NUMBER);
            Series s = t.series(BEIJING_YJ);
            for (long serial : new long[]{1, s.maxSerial()}) {
                String n = s.format(serial);
                assertEquals(t.length(), n.length());
                new CertificateContent(n, f.format(BEIJING_YJ, serial % 99_999_999 + 1), code, "张三",
                        "11010519491231002X", null, new CertificateContent.Qualification("建造师", null, "一级", 1), day,
                        "人力资源社会保障部", day, day.plusDays(89), "https://kaowu.example.cn/public/verify?code=" + code,
                        0, "https://kaowu.example.cn/api/status/1");
            }
        }
    }
}
