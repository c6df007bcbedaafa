package org.kaowu.registration;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.registration.HostileJpegs.*;

/** A photo is decoded within bounds and stored as a fresh JPEG: what the header claims is never enough. */
class PhotoRulesTest {

    @Test
    void aRealPhotoIsWrittenAgainAtItsSize() throws Exception {
        PhotoRules.Clean clean = PhotoRules.clean(jpeg(358, 441));
        assertEquals(new PhotoRules.Checked(358, 441), clean.size());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(clean.jpeg()));
        assertEquals(358, stored.getWidth());
        assertEquals(441, stored.getHeight());
        assertArrayEquals(new byte[]{(byte) 0xFF, (byte) 0xD8}, java.util.Arrays.copyOf(clean.jpeg(), 2));
    }

    @Test
    void aTruncatedJpegIsRefused() throws Exception {
        assertEquals("profile.photo.corrupt",
                assertThrows(UploadRefused.class, () -> PhotoRules.clean(truncated(jpeg(358, 441)))).key());
    }

    @Test
    void aHeaderThatLiesAboutTheSizeIsRefused() throws Exception {
        byte[] lying = withDeclaredSize(jpeg(358, 441), 900, 1500);
        assertEquals("profile.photo.corrupt", assertThrows(UploadRefused.class, () -> PhotoRules.clean(lying)).key());
    }

    @Test
    void anHtmlTailIsNotStored() throws Exception {
        PhotoRules.Clean clean = PhotoRules.clean(withHtmlTail(jpeg(358, 441)));
        assertFalse(contains(clean.jpeg(), "<script"), "nothing after the image survives");
        assertEquals(0xD9, clean.jpeg()[clean.jpeg().length - 1] & 0xFF, "the stored file ends with its EOI marker");
    }

    @Test
    void exifWithAGpsPositionIsNotStored() throws Exception {
        byte[] gps = withGps(jpeg(358, 441));
        assertTrue(hasSegment(gps, 0xE1) && contains(gps, "Exif"), "the upload carries EXIF");
        PhotoRules.Clean clean = PhotoRules.clean(gps);
        assertFalse(hasSegment(clean.jpeg(), 0xE1), "no APP1 segment in what is stored");
        assertFalse(contains(clean.jpeg(), "Exif"));
        assertEquals(new PhotoRules.Checked(358, 441), clean.size());
    }

    @Test
    void aHugeDeclaredSizeIsRefusedFromTheHeaderWithoutDecoding() throws Exception {
        byte[] huge = withDeclaredSize(jpeg(358, 441), 20_000, 20_000);
        UploadRefused r = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(UploadRefused.class, () -> PhotoRules.clean(huge)));
        assertEquals("profile.photo.pixels", r.key());
        assertEquals(20_000, r.args()[0]);
    }

    @Test
    void notAJpegAndTooLargeAreRefusedAsBefore() throws Exception {
        assertEquals("profile.photo.notJpeg", assertThrows(UploadRefused.class,
                () -> PhotoRules.clean("<html><script>alert(1)</script>".getBytes())).key());
        assertEquals("profile.photo.tooLarge", assertThrows(UploadRefused.class,
                () -> PhotoRules.clean(new byte[PhotoRules.MAX_BYTES + 1])).key());
        assertEquals("profile.photo.pixels", assertThrows(UploadRefused.class,
                () -> PhotoRules.clean(jpeg(441, 358))).key());
    }
}
