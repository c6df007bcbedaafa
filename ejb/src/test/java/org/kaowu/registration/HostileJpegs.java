package org.kaowu.registration;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Real JPEGs and the hostile variants of them that uploads have carried. */
final class HostileJpegs {

    private HostileJpegs() {
    }

    /** A real photo-like JPEG (a gradient, so the scan data is not trivial). */
    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.WHITE, width, height, new Color(30, 80, 160)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(width / 4, height / 5, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The file cut off before its end (no EOI, scan data missing). */
    static byte[] truncated(byte[] jpeg) {
        return Arrays.copyOf(jpeg, jpeg.length * 2 / 3);
    }

    /** The frame header (SOF0) claims another size than the scan data holds. */
    static byte[] withDeclaredSize(byte[] jpeg, int width, int height) {
        byte[] b = jpeg.clone();
        int sof = segment(b, 0xC0);
        b[sof + 5] = (byte) (height >> 8);
        b[sof + 6] = (byte) height;
        b[sof + 7] = (byte) (width >> 8);
        b[sof + 8] = (byte) width;
        return b;
    }

    /** An HTML page after the image's end marker. */
    static byte[] withHtmlTail(byte[] jpeg) {
        byte[] tail = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] b = Arrays.copyOf(jpeg, jpeg.length + tail.length);
        System.arraycopy(tail, 0, b, jpeg.length, tail.length);
        return b;
    }

    /** An EXIF APP1 segment with a GPS position (39°54'N 116°23'E), after the JFIF APP0 segment as cameras write it. */
    static byte[] withGps(byte[] jpeg) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        // TIFF header, big-endian; IFD0 at 8 with one entry: GPSInfo (0x8825) → the GPS IFD at 26.
        write(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8);
        write(tiff, 0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0);
        // GPS IFD: GPSLatitudeRef "N", GPSLatitude (3 rationals at 80), GPSLongitudeRef "E", GPSLongitude (at 104).
        write(tiff, 0, 4);
        write(tiff, 0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0);
        write(tiff, 0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 80);
        write(tiff, 0, 3, 0, 2, 0, 0, 0, 2, 'E', 0, 0, 0);
        write(tiff, 0, 4, 0, 5, 0, 0, 0, 3, 0, 0, 0, 104);
        write(tiff, 0, 0, 0, 0);
        write(tiff, 0, 0, 0, 39, 0, 0, 0, 1, 0, 0, 0, 54, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1);
        write(tiff, 0, 0, 0, 116, 0, 0, 0, 1, 0, 0, 0, 23, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1);
        byte[] payload = tiff.toByteArray();
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        int length = 2 + 6 + payload.length;
        write(app1, 0xFF, 0xE1, length >> 8, length & 0xFF, 'E', 'x', 'i', 'f', 0, 0);
        app1.writeBytes(payload);
        int afterApp0 = 2 + 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterApp0);
        out.writeBytes(app1.toByteArray());
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    /** Whether the file has a segment with this marker (0xE1: APP1, EXIF) before its scan data. */
    static boolean hasSegment(byte[] jpeg, int marker) {
        return segment(jpeg, marker) >= 0;
    }

    /** The offset of the first segment with this marker before the scan data, or -1. */
    static int segment(byte[] b, int marker) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int m = b[i + 1] & 0xFF;
            if (m == marker) {
                return i;
            }
            if (m == 0xDA) {
                return -1;
            }
            i += 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
        }
        return -1;
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static void write(ByteArrayOutputStream out, int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }
}
