package org.kaowu.registration;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A JPEG from outside, made safe to store and to show: its size is read from the header and checked before anything
 * is decoded (a header claiming 20000×20000 costs nothing), then it is decoded in full (truncated or corrupt data,
 * which the decoder only warns about, is refused) and written again as a fresh baseline JPEG. What is stored is that new
 * file: no EXIF (GPS position, camera serial), no comments, no thumbnails, nothing after the image.
 * <p>
 * Decoding takes memory in proportion to the pixels, so at most a few images are decoded at once on a node.
 */
final class JpegImage {

    /** The new file and its pixel size. */
    record Clean(int width, int height, byte[] bytes) {
    }

    /** Why a file was refused. */
    static final class UploadRefused extends Exception {
        enum Reason { NOT_JPEG, CORRUPT, PIXELS, BUSY }

        private final Reason reason;
        private final int width;
        private final int height;

        UploadRefused(Reason reason, int width, int height) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.width = width;
            this.height = height;
        }

        Reason reason() {
            return reason;
        }

        int width() {
            return width;
        }

        int height() {
            return height;
        }
    }

    /** The bounds an image must keep, checked on the header. */
    record Bounds(int maxSide, long maxPixels) {
    }

    static final float QUALITY = 0.9f;
    private static final Semaphore DECODING = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    private JpegImage() {
    }

    static boolean startsLikeJpeg(byte[] b) {
        return b != null && b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    /** The width and height the header declares, without decoding. */
    static int[] header(byte[] bytes) throws UploadRefused {
        if (!startsLikeJpeg(bytes)) {
            throw new UploadRefused(UploadRefused.Reason.NOT_JPEG, 0, 0);
        }
        ImageReader reader = reader();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return new int[]{reader.getWidth(0), reader.getHeight(0)};
        } catch (IOException | RuntimeException e) {
            throw new UploadRefused(UploadRefused.Reason.NOT_JPEG, 0, 0);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Checks the header against the bounds, decodes the whole image (refusing any warning: a missing end marker,
     * corrupt data) and writes it again. {@code maxOutputSide} scales a larger image down while decoding (by whole
     * subsampling steps), so memory stays in proportion to what is kept.
     */
    static Clean reencode(byte[] bytes, Bounds bounds, int maxOutputSide) throws UploadRefused {
        int[] size = header(bytes);
        int width = size[0];
        int height = size[1];
        if (width <= 0 || height <= 0 || width > bounds.maxSide() || height > bounds.maxSide()
                || (long) width * height > bounds.maxPixels()) {
            throw new UploadRefused(UploadRefused.Reason.PIXELS, width, height);
        }
        if (!hasEndMarker(bytes)) {
            throw new UploadRefused(UploadRefused.Reason.CORRUPT, width, height);
        }
        try {
            if (!DECODING.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new UploadRefused(UploadRefused.Reason.BUSY, width, height);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UploadRefused(UploadRefused.Reason.BUSY, width, height);
        }
        try {
            BufferedImage image = decode(bytes, width, height, maxOutputSide);
            return new Clean(image.getWidth(), image.getHeight(), encode(image));
        } finally {
            DECODING.release();
        }
    }

    private static BufferedImage decode(byte[] bytes, int width, int height, int maxOutputSide) throws UploadRefused {
        ImageReader reader = reader();
        List<String> warnings = new ArrayList<>();
        IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener(listener);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, (Math.max(width, height) + maxOutputSide - 1) / maxOutputSide);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty() || image == null) {
                throw new UploadRefused(UploadRefused.Reason.CORRUPT, width, height);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new UploadRefused(UploadRefused.Reason.CORRUPT, width, height);
        } finally {
            reader.dispose();
        }
    }

    private static byte[] encode(BufferedImage decoded) throws UploadRefused {
        BufferedImage image = decoded;
        int type = decoded.getType();
        if (type != BufferedImage.TYPE_3BYTE_BGR && type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_BYTE_GRAY) {
            image = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.drawImage(decoded, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no JPEG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException | RuntimeException e) {
            throw new UploadRefused(UploadRefused.Reason.CORRUPT, decoded.getWidth(), decoded.getHeight());
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * A complete JPEG ends with the EOI marker (FF D9); the decoder makes up a missing one and only warns. Trailing
     * bytes after it (an HTML page, a ZIP) are allowed here, since the file is written again without them.
     */
    static boolean hasEndMarker(byte[] bytes) {
        for (int i = bytes.length - 2; i >= 2; i--) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static ImageReader reader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            throw new IllegalStateException("no JPEG reader");
        }
        return readers.next();
    }
}
