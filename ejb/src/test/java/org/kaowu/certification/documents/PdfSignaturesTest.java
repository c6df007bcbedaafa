package org.kaowu.certification.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The authority's detached CMS signature on a certificate, checked in Java (BouncyCastle and PDFBox). */
class PdfSignaturesTest {

    static byte[] signed;

    @BeforeAll
    static void sign() {
        signed = signedCertificate(CertificateFixtures.key());
    }

    static byte[] signedCertificate(AuthorityKey key) {
        byte[] pdf = CertificatePdf.render(CertificateFixtures.content(), CertificateFixtures.font());
        return PdfSignatures.sign(pdf, key, CertificateFixtures.NOW, "电子证书签发 Certificate issued");
    }

    /** An offset inside the first signed byte range: the binary comment on the PDF's second line. */
    static int editableOffset(byte[] pdf) {
        int lineEnd = 0;
        while (pdf[lineEnd] != '\n') {
            lineEnd++;
        }
        assertEquals('%', pdf[lineEnd + 1], "the second line is the binary comment");
        return lineEnd + 2;
    }

    @Test
    void theSignatureIsADetachedPkcs7OverTheWholeFileAndVerifies() throws Exception {
        PdfSignatures.Verification v = PdfSignatures.verify(signed, CertificateFixtures.key().certificate());
        assertTrue(v.valid(), v.problem());
        assertEquals(CertificateFixtures.key().certificate(), v.signer());
        assertEquals(CertificateFixtures.NOW, v.signingTime(), "the signing time is the authority clock's");
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            assertEquals("Adobe.PPKLite", sig.getFilter());
            assertEquals("adbe.pkcs7.detached", sig.getSubFilter());
            int[] range = sig.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(signed.length, range[2] + range[3]);
            assertEquals(1, doc.getNumberOfPages(), "still one page");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("欧阳文静"), "the certificate is intact under the signature");
        }
    }

    @Test
    void anyOneByteEditOrAnAppendedUpdateBreaksIt() {
        byte[] edited = signed.clone();
        edited[editableOffset(edited)] ^= 0x01;
        PdfSignatures.Verification v = PdfSignatures.verify(edited, CertificateFixtures.key().certificate());
        assertFalse(v.valid());
        assertTrue(v.problem().contains("changed"), v.problem());

        // a name changed in the page content: the same length, so the file still reads
        byte[] renamed = replaceOnce(signed, "/Creator".getBytes(StandardCharsets.ISO_8859_1),
                "/Creatos".getBytes(StandardCharsets.ISO_8859_1));
        assertFalse(PdfSignatures.verify(renamed, null).valid());

        byte[] appended = Arrays.copyOf(signed, signed.length + 9);
        System.arraycopy("\n%%EOF\n\n\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 9);
        PdfSignatures.Verification a = PdfSignatures.verify(appended, null);
        assertFalse(a.valid());
        assertTrue(a.problem().contains("whole document"), a.problem());
    }

    @Test
    void anotherKeyOrNoSignatureIsRefused() throws Exception {
        AuthorityKey other = AuthorityKeys.demo(Files.createTempDirectory("kaowu-other"), CertificateFixtures.NOW);
        PdfSignatures.Verification v = PdfSignatures.verify(signedCertificate(other),
                CertificateFixtures.key().certificate());
        assertFalse(v.valid());
        assertTrue(v.problem().contains("another key"), v.problem());
        PdfSignatures.Verification unsigned = PdfSignatures.verify(
                CertificatePdf.render(CertificateFixtures.content(), CertificateFixtures.font()), null);
        assertFalse(unsigned.valid());
        assertEquals("the document is not signed", unsigned.problem());
        assertFalse(PdfSignatures.verify("not a pdf".getBytes(StandardCharsets.US_ASCII), null).valid());
    }

    static byte[] replaceOnce(byte[] in, byte[] from, byte[] to) {
        outer:
        for (int i = 0; i + from.length <= in.length; i++) {
            for (int j = 0; j < from.length; j++) {
                if (in[i + j] != from[j]) {
                    continue outer;
                }
            }
            byte[] out = in.clone();
            System.arraycopy(to, 0, out, i, to.length);
            return out;
        }
        throw new AssertionError("not found");
    }
}
