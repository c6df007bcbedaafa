package org.kaowu.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code Content-Disposition} of a file sent back as a download under the name it was uploaded with: always an
 * attachment; the name cleaned of paths, quotes, control and format characters; an ASCII {@code filename} for old
 * clients and the exact name as {@code filename*} (RFC 6266 / RFC 5987, UTF-8, percent-encoded).
 */
public final class Downloads {

    private static final int MAX_NAME = 150;
    private static final String HEX = "0123456789ABCDEF";

    private Downloads() {
    }

    /** A sample file the import pages offer, as an attachment named {@code filename} (ASCII). */
    public static jakarta.ws.rs.core.Response sample(byte[] content, String type, String filename) {
        return jakarta.ws.rs.core.Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…}, the name ending in {@code extension} (e.g. ".pdf"). */
    public static String attachment(String name, String extension, String fallback) {
        String clean = sanitized(name);
        if (clean.isEmpty()) {
            clean = fallback;
        }
        String lower = clean.toLowerCase(Locale.ROOT);
        boolean jpeg = extension.equals(".jpg") && (lower.endsWith(".jpg") || lower.endsWith(".jpeg"));
        if (!lower.endsWith(extension) && !jpeg) {
            clean = clean + extension;
        }
        return "attachment; filename=\"" + ascii(clean) + "\"; filename*=UTF-8''" + encoded(clean);
    }

    /** No path, no quotes or backslashes, no control, format or separator characters that could end the header. */
    static String sanitized(String name) {
        if (name == null) {
            return "";
        }
        String n = name.replaceAll(".*[/\\\\]", "");
        StringBuilder out = new StringBuilder();
        n.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED;
            if (invisible || cp == '"' || cp == ';' || cp == '\\' || cp == '<' || cp == '>' || cp == '*' || cp == '?'
                    || cp == ':' || cp == '|') {
                return;
            }
            out.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
        });
        String s = out.toString().strip().replaceAll(" {2,}", " ");
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        if (s.codePointCount(0, s.length()) > MAX_NAME) {
            s = s.substring(s.offsetByCodePoints(0, s.codePointCount(0, s.length()) - MAX_NAME));
        }
        return s.strip();
    }

    /** The name for clients that read only {@code filename}: printable ASCII, anything else as '_'. */
    static String ascii(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> out.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' && cp != '%' ? (char) cp : '_'));
        return out.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-char as is, every other byte of the UTF-8 form as %XX. */
    static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }
}
