package org.kaowu.certification.documents;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The signed certificate checked by programs that are not ours: poppler's {@code pdfsig} (the signature) and
 * {@code pdffonts} (the embedded font), from Debian's poppler-utils. Skipped where they are not installed, unless
 * {@code -Dkaowu.require.pdfsig=true} (CI's {@code .ci/run} sets it, and installs them), where their absence fails.
 */
class PdfsigToolTest {

    static final String REQUIRE = "kaowu.require.pdfsig";

    @BeforeAll
    static void tools() {
        boolean present = installed("pdfsig") && installed("pdffonts");
        if (Boolean.getBoolean(REQUIRE)) {
            assertTrue(present, "pdfsig and pdffonts (Debian's poppler-utils) are required by -D" + REQUIRE
                    + ": apt-get install poppler-utils");
        }
        assumeTrue(present, "pdfsig/pdffonts not installed (poppler-utils): skipped");
    }

    static boolean installed(String tool) {
        try {
            return run(List.of(tool, "-v")).exit() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish");
            }
            return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void pdfsigSaysTheSignatureIsValidAndAOneByteEditMakesItInvalid() throws Exception {
        byte[] signed = PdfSignaturesTest.signedCertificate(CertificateFixtures.key());
        Path file = CertificateFixtures.temp("certificate-", signed);
        Result ok = run(List.of("pdfsig", file.toString()));
        assertTrue(ok.output().contains("Signature Validation: Signature is Valid."), ok.output());
        assertTrue(ok.output().contains("adbe.pkcs7.detached"), ok.output());
        assertTrue(ok.output().contains("SHA-256") || ok.output().contains("SHA256"), ok.output());
        assertTrue(ok.output().contains("Total document signed"), "the signature covers the whole file: "
                + ok.output());

        byte[] edited = signed.clone();
        edited[PdfSignaturesTest.editableOffset(edited)] ^= 0x01;
        Result bad = run(List.of("pdfsig", CertificateFixtures.temp("edited-", edited).toString()));
        assertFalse(bad.output().contains("Signature is Valid."), bad.output());
        assertTrue(bad.output().contains("Digest Mismatch") || bad.output().contains("Signature is Invalid"),
                bad.output());
    }

    @Test
    void pdffontsSaysEveryFontIsEmbedded() throws Exception {
        byte[] signed = PdfSignaturesTest.signedCertificate(CertificateFixtures.key());
        Result fonts = run(List.of("pdffonts", CertificateFixtures.temp("fonts-", signed).toString()));
        assertEquals(0, fonts.exit(), fonts.output());
        List<String> rows = fonts.output().lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertFalse(rows.isEmpty(), fonts.output());
        for (String row : rows) {
            // columns: name, type (may hold a space), encoding, emb, sub, uni, object, ID: emb is the 5th from the right
            String[] cols = row.trim().split("\\s+");
            assertEquals("yes", cols[cols.length - 5], "embedded: " + row);
        }
        assertTrue(fonts.output().contains("NotoSansSC"), fonts.output());
    }
}
