package org.kaowu.registration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.kaowu.registration.HostileJpegs.*;

/** A proof document is what it says it is by its structure, not its first bytes. */
class DocumentRulesTest {

    static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(50, 50, 200, 100);
                    content.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aRealPdfIsStoredAsUploaded() throws Exception {
        byte[] pdf = pdf(2);
        DocumentRules.Checked checked = DocumentRules.check(pdf);
        assertEquals("application/pdf", checked.contentType());
        assertArrayEquals(pdf, checked.content());
    }

    @Test
    void htmlBehindAPdfSignatureIsRefused() {
        for (String fake : new String[]{"%PDF-<html><script>alert(document.cookie)</script></html>",
                "%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"}) {
            assertEquals("registration.document.badPdf", assertThrows(UploadRefused.class,
                    () -> DocumentRules.check(fake.getBytes(StandardCharsets.ISO_8859_1))).key(), fake);
        }
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        byte[] encrypted;
        try (PDDocument document = Loader.loadPDF(pdf(1))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            encrypted = out.toByteArray();
        }
        assertEquals("registration.document.encrypted",
                assertThrows(UploadRefused.class, () -> DocumentRules.check(encrypted)).key());
        byte[] withUserPassword;
        try (PDDocument document = Loader.loadPDF(pdf(1))) {
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            withUserPassword = out.toByteArray();
        }
        assertEquals("registration.document.encrypted",
                assertThrows(UploadRefused.class, () -> DocumentRules.check(withUserPassword)).key());
    }

    @Test
    void aPdfWithoutPagesIsRefused() throws Exception {
        assertEquals("registration.document.noPages",
                assertThrows(UploadRefused.class, () -> DocumentRules.check(pdf(0))).key());
    }

    @Test
    void aJpegIsStoredAsWrittenAgainWithoutExifOrTail() throws Exception {
        byte[] hostile = withHtmlTail(withGps(jpeg(800, 1100)));
        DocumentRules.Checked checked = DocumentRules.check(hostile);
        assertEquals("image/jpeg", checked.contentType());
        assertFalse(hasSegment(checked.content(), 0xE1), "no EXIF segment");
        assertFalse(contains(checked.content(), "Exif"));
        assertFalse(contains(checked.content(), "<script"));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(checked.content()));
        assertEquals(800, stored.getWidth());
        assertEquals(1100, stored.getHeight());
    }

    @Test
    void aTruncatedOrLyingJpegIsRefused() throws Exception {
        assertEquals("registration.document.corruptJpeg", assertThrows(UploadRefused.class,
                () -> DocumentRules.check(truncated(jpeg(800, 1100)))).key());
        assertEquals("registration.document.corruptJpeg", assertThrows(UploadRefused.class,
                () -> DocumentRules.check(withDeclaredSize(jpeg(800, 1100), 2400, 3300))).key());
    }

    @Test
    void aJpegClaiming20000By20000IsRefusedFromItsHeader() throws Exception {
        byte[] huge = withDeclaredSize(jpeg(358, 441), 20_000, 20_000);
        UploadRefused r = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(UploadRefused.class, () -> DocumentRules.check(huge)));
        assertEquals("registration.document.pixels", r.key());
        assertEquals(20_000, r.args()[0]);
    }

    @Test
    void aLargeScanIsScaledDownWhileDecoding() throws Exception {
        DocumentRules.Checked checked = DocumentRules.check(jpeg(4800, 6000));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(checked.content()));
        assertEquals(2400, stored.getWidth());
        assertEquals(3000, stored.getHeight());
    }
}
