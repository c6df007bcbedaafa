package org.kaowu.registration;

/**
 * The ID photo on the admission ticket: JPEG only (by its bytes, not its name), at most {@link #MAX_BYTES}, between
 * 295×413 (a one-inch photo at 300 dpi) and 1200×1600 pixels, portrait. The size is read from the header and checked
 * before anything is decoded; then the whole image is decoded (a truncated or corrupt file is refused) and written
 * again as a fresh JPEG, which is what is stored and shown: no EXIF (GPS position), nothing after the image.
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

    /** A photo that passed and the fresh JPEG to store in its place. */
    public record Clean(Checked size, byte[] jpeg) {
    }

    private PhotoRules() {
    }

    /** Checks the photo (decoding it); its size. */
    public static Checked check(byte[] bytes) throws UploadRefused {
        return clean(bytes).size();
    }

    /** Checks the photo and writes it again: what to store. */
    public static Clean clean(byte[] bytes) throws UploadRefused {
        if (bytes == null || bytes.length == 0) {
            throw new UploadRefused("profile.photo.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UploadRefused("profile.photo.tooLarge", MAX_BYTES / 1024, bytes.length / 1024);
        }
        if (!JpegImage.startsLikeJpeg(bytes)) {
            throw new UploadRefused("profile.photo.notJpeg");
        }
        int[] size;
        try {
            size = JpegImage.header(bytes);
        } catch (JpegImage.UploadRefused r) {
            throw new UploadRefused("profile.photo.notJpeg");
        }
        int width = size[0];
        int height = size[1];
        if (width < MIN_WIDTH || height < MIN_HEIGHT || width > MAX_WIDTH || height > MAX_HEIGHT || width >= height) {
            throw new UploadRefused("profile.photo.pixels", width, height, MIN_WIDTH, MIN_HEIGHT, MAX_WIDTH, MAX_HEIGHT);
        }
        JpegImage.Clean clean;
        try {
            clean = JpegImage.reencode(bytes, new JpegImage.Bounds(MAX_HEIGHT, (long) MAX_WIDTH * MAX_HEIGHT), MAX_HEIGHT);
        } catch (JpegImage.UploadRefused r) {
            throw switch (r.reason()) {
                case NOT_JPEG -> new UploadRefused("profile.photo.notJpeg");
                case PIXELS -> new UploadRefused("profile.photo.pixels", r.width(), r.height(), MIN_WIDTH, MIN_HEIGHT, MAX_WIDTH, MAX_HEIGHT);
                case BUSY -> new UploadRefused("upload.busy");
                case CORRUPT -> new UploadRefused("profile.photo.corrupt");
            };
        }
        return new Clean(new Checked(clean.width(), clean.height()), clean.bytes());
    }
}
