package org.kaowu.certification.documents;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.certification.documents.CertificateFixtures.CODE;
import static org.kaowu.certification.documents.CertificateFixtures.LIST;
import static org.kaowu.certification.documents.CertificateFixtures.PUBLIC;

/** A certificate's content is checked when made: each bad field refused with its name, never its value. */
class CertificateContentTest {

    private static final CertificateContent.Qualification Q =
            new CertificateContent.Qualification("一级建造师", "建筑工程", "一级", 2);
    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);
    private static final String URL = PUBLIC + "/public/verify?code=" + CODE;

    private static void refused(String field, Supplier<CertificateContent> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::get);
        assertTrue(e.getMessage().startsWith(field), "the message names " + field + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("11010519491231002X"), "the message never quotes the identity number");
    }

    @Test
    void aWellFormedCertificateKeepsItsFieldsAndAPhotoCopy() {
        CertificateContent c = CertificateFixtures.content();
        assertEquals("JZ2027110000123", c.number());
        assertEquals("1101**********002X", c.maskedIdNumber());
        assertEquals("一级建造师 · 建筑工程 · 一级", c.qualification().line());
        assertEquals("一级建造师", new CertificateContent.Qualification(" 一级建造师 ", " ", null, 2).line());
        byte[] photo = c.photo();
        photo[10] ^= 1;
        assertNotSame(photo, c.photo());
        assertFalse(java.util.Arrays.equals(photo, c.photo()), "the record keeps its own copy of the photo");
        CertificateContent without = new CertificateContent("JZ2027110000123", "GL-1", CODE, "张三", "11010519491231002X",
                null, Q, DAY, "人社部", DAY, DAY, URL, 0, LIST);
        assertEquals(null, without.photo(), "a photo is optional");
    }

    @Test
    void eachBadFieldIsRefusedByName() {
        refused("number", () -> new CertificateContent("jz 2027", "GL-1", CODE, "张三", "11010519491231002X", null, Q,
                DAY, "人社部", DAY, DAY, URL, 0, LIST));
        refused("managementNumber", () -> new CertificateContent("JZ2027", null, CODE, "张三", "11010519491231002X",
                null, Q, DAY, "人社部", DAY, DAY, URL, 0, LIST));
        refused("verificationCode", () -> new CertificateContent("JZ2027", "GL-1", "7K3Q9ZD2MXH4TPWI", "张三",
                "11010519491231002X", null, Q, DAY, "人社部", DAY, DAY, URL, 0, LIST));
        refused("verificationCode", () -> new CertificateContent("7K3Q9ZD2MXH4TPWA", "GL-1", CODE, "张三",
                "11010519491231002X", null, Q, DAY, "人社部", DAY, DAY, URL, 0, LIST));
        refused("holderName", () -> new CertificateContent("JZ2027", "GL-1", CODE, " ", "11010519491231002X", null, Q,
                DAY, "人社部", DAY, DAY, URL, 0, LIST));
        refused("holderName", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张\u202E三", "11010519491231002X",
                null, Q, DAY, "人社部", DAY, DAY, URL, 0, LIST));
        refused("idNumber", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "110105 1949", null, Q, DAY,
                "人社部", DAY, DAY, URL, 0, LIST));
        refused("photo", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                "GIF89a".getBytes(), Q, DAY, "人社部", DAY, DAY, URL, 0, LIST));
        refused("qualification", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                null, null, DAY, "人社部", DAY, DAY, URL, 0, LIST));
        refused("qualification.editionId", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三",
                "11010519491231002X", null, new CertificateContent.Qualification("一级建造师", null, null, 0), DAY,
                "人社部", DAY, DAY, URL, 0, LIST));
        refused("approvalDate", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                null, Q, null, "人社部", DAY, DAY, URL, 0, LIST));
        refused("issuingAuthority", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                null, Q, DAY, "", DAY, DAY, URL, 0, LIST));
        refused("annotationUntil", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                null, Q, DAY, "人社部", DAY, DAY.minusDays(1), URL, 0, LIST));
        refused("annotationFrom", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                null, Q, DAY, "人社部", DAY.minusDays(1), DAY, URL, 0, LIST));
        refused("verificationUrl", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                null, Q, DAY, "人社部", DAY, DAY, "javascript:alert(1)//" + CODE, 0, LIST));
        refused("verificationUrl", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                null, Q, DAY, "人社部", DAY, DAY, PUBLIC + "/public/verify?code=0000000000000000", 0, LIST));
        refused("statusListIndex", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                null, Q, DAY, "人社部", DAY, DAY, URL, -1, LIST));
        refused("statusListUrl", () -> new CertificateContent("JZ2027", "GL-1", CODE, "张三", "11010519491231002X",
                null, Q, DAY, "人社部", DAY, DAY, URL, 0, "/api/status/1"));
    }

    @Test
    void verificationCodesAreRandomUnambiguousAndReadBackAsTyped() {
        Set<String> seen = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            String code = CertificateContent.newVerificationCode(random);
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{16}"), code);
            assertTrue(seen.add(code), "no code twice in 10,000");
        }
        assertEquals(CODE, CertificateContent.normalizeCode("7k3q 9zd2-mxh4 tpwa"));
        assertEquals("0111", CertificateContent.normalizeCode("oIl1"));
        assertEquals("7K3Q 9ZD2 MXH4 TPWA", CertificatePdf.grouped(CODE));
    }
}
