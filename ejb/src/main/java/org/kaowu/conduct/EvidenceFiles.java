package org.kaowu.conduct;

import org.kaowu.registration.DocumentRules;
import org.kaowu.registration.UploadRefused;
import org.kaowu.shared.DomainException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Evidence and signatures typed by their content, never their name: JPEG and PDF as the proof documents are checked
 * ({@link DocumentRules}: a JPEG's size read from its header first, decoded in full and written again; a PDF loaded
 * under a memory limit), PNG by its signature and header (at most {@link #PNG_MAX_SIDE} pixels a side, checked before
 * decoding), decoded in full and written again (no text chunks, nothing after the image). Anything else is a 422.
 */
public final class EvidenceFiles {

    public static final String PNG = "image/png";
    public static final int PNG_MAX_SIDE = 4_000;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};

    /** A file that passed: its type and the bytes to store. */
    public record Checked(String contentType, byte[] content) {
    }

    private EvidenceFiles() {
    }

    /** Evidence: a JPEG, PNG or PDF; 422 invalid-evidence (naming why) otherwise. */
    public static Checked check(byte[] bytes, String field) {
        if (isPng(bytes)) {
            return new Checked(PNG, png(bytes, PNG_MAX_SIDE, field));
        }
        try {
            DocumentRules.Checked c = DocumentRules.check(bytes);
            return new Checked(c.contentType(), c.content());
        } catch (UploadRefused refused) {
            if (refused.key().equals("upload.busy")) {
                throw new DomainException("busy", 503, field, refused.key());
            }
            if (refused.key().equals("registration.document.invalid")) {
                throw DomainException.unprocessable("invalid-evidence", field, "conduct.evidence.invalid",
                        IncidentEvidence.MAX_BYTES / 1024 / 1024);
            }
            throw DomainException.unprocessable("invalid-evidence", field, refused.key(), refused.args());
        }
    }

    /** A signature drawn on screen: a PNG only, at most 1,200 × 600 pixels. */
    public static byte[] signature(byte[] bytes) {
        if (!isPng(bytes)) {
            throw DomainException.unprocessable("invalid-signature", "signature", "conduct.signature.invalid");
        }
        return png(bytes, 1_200, "signature");
    }

    static boolean isPng(byte[] bytes) {
        return bytes != null && bytes.length > 33 && Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8);
    }

    private static byte[] png(byte[] bytes, int maxSide, String field) {
        String type = field.equals("signature") ? "invalid-signature" : "invalid-evidence";
        String key = field.equals("signature") ? "conduct.signature.invalid" : "conduct.evidence.corrupt";
        ByteBuffer header = ByteBuffer.wrap(bytes, 8, 16);
        int length = header.getInt();
        int chunk = header.getInt();
        if (length != 13 || chunk != 0x49484452) { // IHDR first
            throw DomainException.unprocessable(type, field, key);
        }
        long width = Integer.toUnsignedLong(header.getInt());
        long height = Integer.toUnsignedLong(header.getInt());
        if (width == 0 || height == 0 || width > maxSide || height > maxSide) {
            throw DomainException.unprocessable(type, field, "conduct.evidence.pixels", width, height, maxSide);
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw DomainException.unprocessable(type, field, key);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw DomainException.unprocessable(type, field, key);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.unprocessable(type, field, key);
        }
    }
}
