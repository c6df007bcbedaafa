package org.kaowu.registration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A proof document (a degree certificate, a letter from the employer) as it may be stored and shown to a reviewer:
 * a PDF or a JPEG by its bytes, at most {@link RegistrationDocument#MAX_BYTES}.
 * <ul>
 * <li>A JPEG's size is read from its header and checked before decoding (at most {@link #MAX_SIDE} pixels a side and
 * {@link #MAX_MEGAPIXELS} megapixels); it is decoded in full (truncated or corrupt data is refused) and written again as
 * a fresh JPEG, at most {@link #MAX_OUTPUT_SIDE} pixels a side: no EXIF (GPS position), nothing after the image.</li>
 * <li>A PDF must start with a version ({@code %PDF-1.7}), be read whole by Apache PDFBox within
 * {@link #PDF_MEMORY} bytes of memory, not be encrypted and have at least one page. It is stored as uploaded; it is
 * always sent back as an attachment, never shown inline.</li>
 * </ul>
 */
public final class DocumentRules {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final int MAX_SIDE = 8_000;
    public static final int MAX_MEGAPIXELS = 30;
    public static final int MAX_OUTPUT_SIDE = 4_000;
    public static final long PDF_MEMORY = 32L * 1024 * 1024;
    private static final Pattern PDF_HEADER = Pattern.compile("%PDF-[12]\\.\\d[\\r\\n\\s%]");

    /** A document that passed: what it is and the bytes to store. */
    public record Checked(String contentType, byte[] content) {
    }

    private DocumentRules() {
    }

    public static Checked check(byte[] bytes) throws UploadRefused {
        String type = RegistrationDocument.type(bytes);
        if (bytes == null || bytes.length == 0 || bytes.length > RegistrationDocument.MAX_BYTES || type == null) {
            throw new UploadRefused("registration.document.invalid", RegistrationDocument.MAX_BYTES / 1024 / 1024);
        }
        return type.equals(PDF) ? new Checked(PDF, pdf(bytes)) : new Checked(JPEG, jpeg(bytes));
    }

    private static byte[] jpeg(byte[] bytes) throws UploadRefused {
        try {
            return JpegImage.reencode(bytes, new JpegImage.Bounds(MAX_SIDE, MAX_MEGAPIXELS * 1_000_000L), MAX_OUTPUT_SIDE)
                    .bytes();
        } catch (JpegImage.UploadRefused r) {
            throw switch (r.reason()) {
                case NOT_JPEG -> new UploadRefused("registration.document.invalid", RegistrationDocument.MAX_BYTES / 1024 / 1024);
                case PIXELS -> new UploadRefused("registration.document.pixels", r.width(), r.height(), MAX_SIDE, MAX_MEGAPIXELS);
                case BUSY -> new UploadRefused("upload.busy");
                case CORRUPT -> new UploadRefused("registration.document.corruptJpeg");
            };
        }
    }

    private static byte[] pdf(byte[] bytes) throws UploadRefused {
        String head = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1);
        if (!PDF_HEADER.matcher(head).lookingAt()) {
            throw new UploadRefused("registration.document.badPdf");
        }
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY).streamCache)) {
            if (document.isEncrypted()) {
                throw new UploadRefused("registration.document.encrypted");
            }
            if (document.getNumberOfPages() < 1) {
                throw new UploadRefused("registration.document.noPages");
            }
            document.getPage(0).getMediaBox();
            return bytes;
        } catch (InvalidPasswordException e) {
            throw new UploadRefused("registration.document.encrypted");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UploadRefused("registration.document.badPdf");
        }
    }
}
