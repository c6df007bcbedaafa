package org.kaowu.scheduling;

import org.kaowu.shared.DomainException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How ticket numbers (准考证号) are written: a template of parts in braces and fixed text, e.g. the default
 * {@value #DEFAULT}. A part is {@code {name}} or {@code {name:width}}; each part is written in exactly its width,
 * padded on the left with zeros, and a value longer than its width is refused (never cut). The parts and their default
 * widths: {@code year} 4, {@code area} 2 (the GB/T 2260 code from {@link AreaCodes}), {@code exam} 3, {@code site} 3,
 * {@code room} 3, {@code seat} 3; so the default gives 18 digits when the codes are digits. Fixed text may be ASCII
 * letters, digits and hyphens. A template must name {@code site}, {@code room} and {@code seat} (room numbers repeat
 * from site to site; seats from room to room), else two candidates of one exam and area could get the same number.
 * Pure: no state, thread-safe.
 */
public final class TicketNumberTemplate {

    /** The template used unless the office sets its own. */
    public static final String DEFAULT = "{year}{area}{exam}{site}{room}{seat}";
    /** The longest template text taken. */
    public static final int MAX_TEMPLATE = 100;
    /** The longest ticket number a template may give. */
    public static final int MAX_NUMBER = 32;
    /** The widest part. */
    public static final int MAX_WIDTH = 12;

    private static final String TYPE = "invalid-ticket-template";
    private static final String FIELD = "ticketTemplate";

    /** The parts a template may name, with their default widths. */
    public enum Part {
        YEAR(4), AREA(2), EXAM(3), SITE(3), ROOM(3), SEAT(3);

        private final int defaultWidth;

        Part(int defaultWidth) {
            this.defaultWidth = defaultWidth;
        }

        public int defaultWidth() {
            return defaultWidth;
        }

        /** The name written in a template, e.g. "seat". */
        public String token() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The part as written in a template, e.g. "{seat}" (how messages name it). */
        public String placeholder() {
            return "{" + token() + "}";
        }
    }

    private record Piece(Part part, int width, String text) {
    }

    private final String template;
    private final List<Piece> pieces;
    private final int length;

    private TicketNumberTemplate(String template, List<Piece> pieces, int length) {
        this.template = template;
        this.pieces = List.copyOf(pieces);
        this.length = length;
    }

    /** The default template, parsed. */
    public static TicketNumberTemplate standard() {
        return parse(DEFAULT);
    }

    /**
     * Reads a template.
     *
     * @throws DomainException (invalid-ticket-template, 400, field ticketTemplate) naming what is wrong: empty, too
     *                         long, a brace not closed or not opened, an unknown part, a bad width, a part named twice,
     *                         fixed text other than letters, digits and hyphens, a number longer than {@value #MAX_NUMBER},
     *                         or a template that cannot be unique (no site, room or seat)
     */
    public static TicketNumberTemplate parse(String template) {
        String t = template == null ? "" : template.strip();
        if (t.isEmpty()) {
            throw DomainException.badInput(TYPE, FIELD, "ticket.template.empty", DEFAULT);
        }
        if (t.length() > MAX_TEMPLATE) {
            throw DomainException.badInput(TYPE, FIELD, "ticket.template.tooLong", MAX_TEMPLATE);
        }
        List<Piece> pieces = new ArrayList<>();
        Set<Part> seen = EnumSet.noneOf(Part.class);
        int length = 0;
        int i = 0;
        while (i < t.length()) {
            char ch = t.charAt(i);
            if (ch == '{') {
                int close = t.indexOf('}', i + 1);
                int reopen = t.indexOf('{', i + 1);
                if (close < 0 || (reopen >= 0 && reopen < close)) {
                    throw DomainException.badInput(TYPE, FIELD, "ticket.template.unclosed", i + 1);
                }
                String inside = t.substring(i + 1, close);
                int colon = inside.indexOf(':');
                String name = (colon < 0 ? inside : inside.substring(0, colon)).strip();
                Part part = partNamed(name);
                if (part == null) {
                    throw DomainException.badInput(TYPE, FIELD, "ticket.template.unknownPart", name, partList());
                }
                if (!seen.add(part)) {
                    throw DomainException.badInput(TYPE, FIELD, "ticket.template.repeated", part.placeholder());
                }
                int width = part.defaultWidth();
                if (colon >= 0) {
                    String w = inside.substring(colon + 1).strip();
                    int min = part == Part.AREA ? 2 : 1;
                    width = w.matches("[0-9]{1,2}") ? Integer.parseInt(w) : -1;
                    if (width < min || width > MAX_WIDTH) {
                        throw DomainException.badInput(TYPE, FIELD, "ticket.template.width", part.placeholder(), w, min,
                                MAX_WIDTH);
                    }
                }
                pieces.add(new Piece(part, width, null));
                length += width;
                i = close + 1;
            } else if (ch == '}') {
                throw DomainException.badInput(TYPE, FIELD, "ticket.template.unopened", i + 1);
            } else {
                int end = i;
                while (end < t.length() && t.charAt(end) != '{' && t.charAt(end) != '}') {
                    char c = t.charAt(end);
                    if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-')) {
                        throw DomainException.badInput(TYPE, FIELD, "ticket.template.text", String.valueOf(c), end + 1);
                    }
                    end++;
                }
                pieces.add(new Piece(null, end - i, t.substring(i, end)));
                length += end - i;
                i = end;
            }
        }
        if (!seen.containsAll(EnumSet.of(Part.SITE, Part.ROOM, Part.SEAT))) {
            throw DomainException.badInput(TYPE, FIELD, "ticket.template.notUnique");
        }
        if (length > MAX_NUMBER) {
            throw DomainException.badInput(TYPE, FIELD, "ticket.template.numberTooLong", length, MAX_NUMBER);
        }
        return new TicketNumberTemplate(t, pieces, length);
    }

    private static Part partNamed(String name) {
        for (Part p : Part.values()) {
            if (p.token().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private static String partList() {
        StringBuilder b = new StringBuilder();
        for (Part p : Part.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(p.token());
        }
        return b.toString();
    }

    /**
     * Writes one ticket number.
     *
     * @throws DomainException (invalid-ticket-number, 422, field the part's name) when a part is missing, holds other
     *                         than letters and digits, is longer than its width, or the area is not one of the 32
     */
    public String format(TicketParts parts) {
        StringBuilder out = new StringBuilder(length);
        for (Piece p : pieces) {
            if (p.part == null) {
                out.append(p.text);
                continue;
            }
            String value = switch (p.part) {
                case YEAR -> parts.year() < 0 ? null : Integer.toString(parts.year());
                case AREA -> AreaCodes.code(parts.area());
                case EXAM -> parts.examCode();
                case SITE -> parts.siteCode();
                case ROOM -> parts.roomNumber();
                case SEAT -> parts.seatNumber() < 1 ? null : Integer.toString(parts.seatNumber());
            };
            value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                throw DomainException.unprocessable("invalid-ticket-number", p.part.token(), "ticket.part.invalid",
                        p.part.placeholder(), value);
            }
            if (value.length() > p.width) {
                throw DomainException.unprocessable("invalid-ticket-number", p.part.token(), "ticket.part.tooLong",
                        p.part.placeholder(), value, p.width);
            }
            out.append("0".repeat(p.width - value.length())).append(value);
        }
        return out.toString();
    }

    /** The template's text, as parsed (trimmed). */
    public String template() {
        return template;
    }

    /** The length of every number this template writes. */
    public int length() {
        return length;
    }

    @Override
    public String toString() {
        return template;
    }
}
