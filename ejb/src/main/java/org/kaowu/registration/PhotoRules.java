package org.kaowu.registration;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * The ID photo on the admission ticket: JPEG only (by its bytes, not its name), at most {@link #MAX_BYTES}, between
 * 295×413 (a one-inch photo at 300 dpi) and 1200×1600 pixels, portrait. The size is read from the header alone:
 * a hostile file is never decoded.
 */
public final class PhotoRules {

    public static final int MAX_BYTES = 500 * 1024;
    public static final int MIN_WIDTH = 295;
    public static final int MIN_HEIGHT = 413;
    public static final int MAX_WIDTH = 1200;
    public static final int MAX_HEIGHT = 1600;

    /** A photo that passed: its pixel size. */
    public record Checked(int width, int height) {
    }

    /** A refusal: the message key and its arguments. */
    public static final class Refused extends Exception {
        private final String key;
        private final transient Object[] args;

        Refused(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args;
        }
    }

    private PhotoRules() {
    }

    public static Checked check(byte[] bytes) throws Refused {
        if (bytes == null || bytes.length == 0) {
            throw new Refused("profile.photo.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("profile.photo.tooLarge", MAX_BYTES / 1024, bytes.length / 1024);
        }
        if (bytes.length < 4 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8 || (bytes[2] & 0xFF) != 0xFF) {
            throw new Refused("profile.photo.notJpeg");
        }
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            if (in == null || !readers.hasNext()) {
                throw new Refused("profile.photo.notJpeg");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("profile.photo.notJpeg");
        }
        if (width < MIN_WIDTH || height < MIN_HEIGHT || width > MAX_WIDTH || height > MAX_HEIGHT || width >= height) {
            throw new Refused("profile.photo.pixels", width, height, MIN_WIDTH, MIN_HEIGHT, MAX_WIDTH, MAX_HEIGHT);
        }
        return new Checked(width, height);
    }
}
