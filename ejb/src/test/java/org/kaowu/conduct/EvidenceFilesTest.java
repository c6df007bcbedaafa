package org.kaowu.conduct;

import org.junit.jupiter.api.Test;
import org.kaowu.shared.DomainException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evidence and signatures are typed by their bytes; a PNG's size is checked before it is decoded. */
class EvidenceFilesTest {

    private static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    @Test
    void aPngIsWrittenAgainWithoutWhatFollowsIt() throws IOException {
        byte[] clean = png(40, 20);
        byte[] tail = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        byte[] withTail = Arrays.copyOf(clean, clean.length + tail.length);
        System.arraycopy(tail, 0, withTail, clean.length, tail.length);
        EvidenceFiles.Checked c = EvidenceFiles.check(withTail, "evidence");
        assertEquals(EvidenceFiles.PNG, c.contentType());
        assertTrue(new String(c.content(), StandardCharsets.ISO_8859_1).indexOf("<script>") < 0);
        BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(c.content()));
        assertEquals(40, back.getWidth());
    }

    @Test
    void aJpegIsAcceptedByItsContentWhateverItIsCalled() throws IOException {
        assertEquals("image/jpeg", EvidenceFiles.check(jpeg(64, 48), "evidence").contentType());
    }

    @Test
    void anExecutableOrTextIsRefused() {
        byte[] exe = ("MZ" + "x".repeat(200)).getBytes(StandardCharsets.ISO_8859_1);
        DomainException e = assertThrows(DomainException.class, () -> EvidenceFiles.check(exe, "evidence"));
        assertEquals("invalid-evidence", e.type());
        assertEquals(422, e.status());
        assertThrows(DomainException.class, () -> EvidenceFiles.check(new byte[0], "evidence"));
    }

    @Test
    void aPngClaimingHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = png(10, 10);
        ByteBuffer.wrap(bomb, 16, 8).putInt(100_000).putInt(100_000); // IHDR width, height (CRC now wrong too)
        DomainException e = assertThrows(DomainException.class, () -> EvidenceFiles.check(bomb, "evidence"));
        assertEquals("conduct.evidence.pixels", e.key());
    }

    @Test
    void aSignatureMustBeAPng() throws IOException {
        byte[] p = png(300, 100);
        assertArrayEquals(EvidenceFiles.signature(p), EvidenceFiles.signature(EvidenceFiles.signature(p)));
        DomainException e = assertThrows(DomainException.class, () -> EvidenceFiles.signature(jpeg(30, 10)));
        assertEquals("invalid-signature", e.type());
        assertThrows(DomainException.class, () -> EvidenceFiles.signature(png(2000, 100)));
    }
}
