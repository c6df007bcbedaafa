package org.kaowu.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.kaowu.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Request bodies that are files (photos, documents, plan and bank files): read from the stream, never more than the
 * endpoint's limit and one byte, so that a 30 MB upload costs at most the limit in memory and is answered
 * {@code 413 urn:kaowu:problem:too-large} naming the limit (a declared {@code Content-Length} over the limit is refused
 * before anything is read). A content type the endpoint does not take is answered {@code 415} naming the ones it does.
 * The server's own cap on request bodies ({@code max-post-size}, configure-server.cli) is above every limit here, so
 * that these answers, not a cut connection, are what a client sees.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The body, at most {@code limit} bytes; more is a 413 problem naming the limit. */
    public static byte[] read(InputStream body, HttpHeaders headers, int limit, String field) {
        String declared = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    throw tooLarge(limit, field);
                }
            } catch (NumberFormatException ignored) {
                // Read and count instead.
            }
        }
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(limit, field);
            }
            return bytes;
        } catch (IOException e) {
            if (e.getClass().getName().contains("RequestTooBig")) {
                throw tooLarge(limit, field);
            }
            throw DomainException.badInput("bad-request", field, "upload.unreadable");
        }
    }

    /**
     * Refuses a body whose declared type is none of {@code accepted} (a missing type is taken as a file); the answer
     * names the types taken.
     */
    public static void accept(HttpHeaders headers, String field, String... accepted) {
        MediaType type = headers.getMediaType();
        if (type == null) {
            return;
        }
        String given = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (Arrays.stream(accepted).noneMatch(given::equals)) {
            throw new DomainException("unsupported-media-type", 415, field, "upload.mediaType", given,
                    Arrays.stream(accepted).collect(Collectors.joining(", ")))
                    .with("accepted", String.join(", ", accepted));
        }
    }

    /** The type of an Excel workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * A spreadsheet import's body (plans, venues, staff): CSV, plain text, XLSX or untyped bytes, at most {@code limit}
     * bytes; anything else is a 415, more a 413, both on the field {@code file}.
     */
    public static byte[] spreadsheet(InputStream body, HttpHeaders headers, int limit) {
        accept(headers, "file", "text/csv", MediaType.TEXT_PLAIN, XLSX, MediaType.APPLICATION_OCTET_STREAM);
        return read(body, headers, limit, "file");
    }

    /** A 413 problem that names the limit, in words and in bytes ({@code maxBytes}). */
    public static DomainException tooLarge(int limit, String field) {
        return new DomainException("too-large", 413, field, "upload.tooLarge", shown(limit)).with("maxBytes", limit);
    }

    /** "500 KB", "2 MB". */
    static String shown(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / 1024 / 1024 + " MB" : bytes / 1024 + " KB";
    }
}
