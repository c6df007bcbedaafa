package org.kaowu.certification;

import org.kaowu.scheduling.AreaCodes;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Localized;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How certificate numbers (证书编号) and management numbers (管理号) are written: a template of parts in braces and
 * fixed text, in the style of {@code scheduling.TicketNumberTemplate}. A part is {@code {name}} or
 * {@code {name:width}}; each is written in exactly its width, padded on the left with zeros, and a value longer than
 * its width is refused, never cut. The parts:
 * <ul>
 * <li>{@code year}: the year of approval, width 4, or 2 for its last two digits (the convention of the 职业资格证书
 *     code, "取核发年份的后两位");</li>
 * <li>{@code area}: the GB/T 2260 province code of the issuing exam area ({@link AreaCodes}), always 2;</li>
 * <li>{@code qualification}: the catalogue code without punctuation (P-A-14 → PA14) or a short code the office
 *     configures ({@link #qualificationCode}), default width 4;</li>
 * <li>{@code level}: a level code ({@link #levelCode}, or configured), default width 1;</li>
 * <li>{@code serial}: the only part that changes within one batch, default width 6, required.</li>
 * </ul>
 * Fixed text: ASCII letters (written in capitals), digits and hyphens, not at either end. Every number a template
 * gives has 4 to 40 characters of capitals, digits and inner hyphens, as {@code CertificateContent} requires.
 * <p>
 * Uniqueness: two numbers of one template differ exactly when their {@link Series#scope() scope} (everything but the
 * serial) or their serial differ; issuance keeps one serial sequence per scope.
 * <p>
 * Defaults ({@link #DEFAULT_NUMBER}, {@link #DEFAULT_MANAGEMENT}): plausible, not official. No public text found gives
 * the structure of the ministry's certificate or management numbers for professional qualification certificates; the
 * shapes found for other certificates (the 16-digit 职业资格证书 code: year, province, issuer, level, serial; provincial
 * special-operations certificates: area, kind, year, six-digit serial) all lead with year and area and end with a
 * zero-padded serial, and so do these. Pure: no state, thread-safe.
 */
public final class CertificateNumberFormat {

    /** Certificate number: approval year, area, qualification, level, 6-digit serial (e.g. 202611PA141000001). */
    public static final String DEFAULT_NUMBER = "{year}{area}{qualification}{level}{serial:6}";
    /** Management number: approval year, area, 8-digit serial: the area's register of the year (2026110000001). */
    public static final String DEFAULT_MANAGEMENT = "{year}{area}{serial:8}";
    /** The longest template text taken. */
    public static final int MAX_TEMPLATE = 100;
    /** The shortest and longest number a template may give (CertificateContent's number pattern). */
    public static final int MIN_NUMBER = 4;
    public static final int MAX_NUMBER = 40;
    /** The widest part. */
    public static final int MAX_WIDTH = 12;

    /** Problem type of a template refused. */
    public static final String INVALID_FORMAT = "invalid-certificate-number-format";
    /** Problem type of a part that cannot be written (a code too long, a serial that does not fit). */
    public static final String INVALID_NUMBER = "invalid-certificate-number";

    /** Level names → default level codes ({@link #levelCode}). */
    private static final Map<String, String> LEVELS = Map.ofEntries(Map.entry("一级", "1"), Map.entry("二级", "2"),
            Map.entry("三级", "3"), Map.entry("四级", "4"), Map.entry("五级", "5"), Map.entry("初级", "1"),
            Map.entry("中级", "2"), Map.entry("高级", "3"), Map.entry("正高级", "4"));

    /** Which number a template writes: the field it is configured in. */
    public enum Which {
        NUMBER("certificateNumberFormat"), MANAGEMENT("managementNumberFormat");

        private final String field;

        Which(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        Localized label() {
            return Localized.of("certificate.format.which." + name());
        }
    }

    /** The parts a template may name. */
    public enum Part {
        YEAR(4), AREA(2), QUALIFICATION(4), LEVEL(1), SERIAL(6);

        private final int defaultWidth;

        Part(int defaultWidth) {
            this.defaultWidth = defaultWidth;
        }

        public int defaultWidth() {
            return defaultWidth;
        }

        public String token() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String placeholder() {
            return "{" + token() + "}";
        }
    }

    /**
     * What one certificate's number is made of, besides the serial: the approval year, the exam area (its name, as
     * {@code registration.Areas} writes it, or its two-digit code), the qualification code and the level code.
     */
    public record NumberParts(int year, String area, String qualificationCode, String levelCode) {
    }

    private record Piece(Part part, int width, String text) {
    }

    private final Which which;
    private final String template;
    private final List<Piece> pieces;
    private final int length;

    private CertificateNumberFormat(Which which, String template, List<Piece> pieces, int length) {
        this.which = which;
        this.template = template;
        this.pieces = List.copyOf(pieces);
        this.length = length;
    }

    /** The default format of {@code which}. */
    public static CertificateNumberFormat standard(Which which) {
        return parse(which == Which.NUMBER ? DEFAULT_NUMBER : DEFAULT_MANAGEMENT, which);
    }

    /**
     * Reads a template.
     *
     * @throws DomainException ({@value #INVALID_FORMAT}, 400, field {@link Which#field()}) naming what is wrong and
     *                         where
     */
    public static CertificateNumberFormat parse(String template, Which which) {
        String t = template == null ? "" : template.strip();
        if (t.isEmpty()) {
            throw bad(which, "certificate.format.empty", which.label(),
                    which == Which.NUMBER ? DEFAULT_NUMBER : DEFAULT_MANAGEMENT);
        }
        if (t.length() > MAX_TEMPLATE) {
            throw bad(which, "certificate.format.tooLong", which.label(), MAX_TEMPLATE);
        }
        List<Piece> pieces = new ArrayList<>();
        Set<Part> seen = EnumSet.noneOf(Part.class);
        int length = 0;
        int i = 0;
        while (i < t.length()) {
            char ch = t.charAt(i);
            if (ch == '}') {
                throw bad(which, "certificate.format.unopened", which.label(), i + 1);
            }
            if (ch != '{') {
                int end = i;
                while (end < t.length() && t.charAt(end) != '{' && t.charAt(end) != '}') {
                    char c = t.charAt(end);
                    if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-')) {
                        throw bad(which, "certificate.format.text", which.label(), String.valueOf(c), end + 1);
                    }
                    end++;
                }
                String text = t.substring(i, end).toUpperCase(Locale.ROOT);
                pieces.add(new Piece(null, text.length(), text));
                length += text.length();
                i = end;
                continue;
            }
            int close = t.indexOf('}', i + 1);
            int reopen = t.indexOf('{', i + 1);
            if (close < 0 || reopen >= 0 && reopen < close) {
                throw bad(which, "certificate.format.unclosed", which.label(), i + 1);
            }
            String inside = t.substring(i + 1, close);
            int colon = inside.indexOf(':');
            String name = (colon < 0 ? inside : inside.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
            Part part = null;
            for (Part p : Part.values()) {
                if (p.token().equals(name)) {
                    part = p;
                }
            }
            if (part == null) {
                throw bad(which, "certificate.format.unknownPart", which.label(), name, "year, area, qualification,"
                        + " level, serial");
            }
            if (!seen.add(part)) {
                throw bad(which, "certificate.format.repeated", which.label(), part.placeholder());
            }
            int width = part.defaultWidth();
            if (colon >= 0) {
                String w = inside.substring(colon + 1).strip();
                width = w.matches("[0-9]{1,2}") ? Integer.parseInt(w) : -1;
                String allowed = switch (part) {
                    case YEAR -> width == 2 || width == 4 ? null : "2, 4";
                    case AREA -> width == 2 ? null : "2";
                    default -> width >= 1 && width <= MAX_WIDTH ? null : "1–" + MAX_WIDTH;
                };
                if (allowed != null) {
                    throw bad(which, "certificate.format.width", which.label(), part.placeholder(), w, allowed);
                }
            }
            pieces.add(new Piece(part, width, null));
            length += width;
            i = close + 1;
        }
        if (!seen.contains(Part.SERIAL)) {
            throw bad(which, "certificate.format.noSerial", which.label());
        }
        if (pieces.get(0).part() == null && pieces.get(0).text().startsWith("-")
                || pieces.get(pieces.size() - 1).part() == null && pieces.get(pieces.size() - 1).text().endsWith("-")) {
            throw bad(which, "certificate.format.hyphenAtEnd", which.label());
        }
        if (length < MIN_NUMBER || length > MAX_NUMBER) {
            throw bad(which, "certificate.format.length", which.label(), length, MIN_NUMBER, MAX_NUMBER);
        }
        return new CertificateNumberFormat(which, t, pieces, length);
    }

    private static DomainException bad(Which which, String key, Object... args) {
        return DomainException.badInput(INVALID_FORMAT, which.field(), key, args);
    }

    /**
     * The numbers of one batch scope: every part but the serial checked and written once.
     *
     * @throws DomainException ({@value #INVALID_NUMBER}, 422, field the part's name) when a part the template names is
     *                         missing, holds other than letters and digits, or is longer than its width, or the area
     *                         is not one of the 32
     */
    public Series series(NumberParts parts) {
        String[] written = new String[pieces.size()];
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            if (p.part() == null) {
                written[k] = p.text();
            } else if (p.part() != Part.SERIAL) {
                written[k] = write(p, value(p, parts));
            }
        }
        return new Series(written);
    }

    /** One number: {@code series(parts).format(serial)}. */
    public String format(NumberParts parts, long serial) {
        return series(parts).format(serial);
    }

    private String value(Piece p, NumberParts parts) {
        return switch (p.part()) {
            case YEAR -> {
                if (parts.year() < 1000 || parts.year() > 9999) {
                    throw DomainException.unprocessable(INVALID_NUMBER, "year", "certificate.part.year", parts.year());
                }
                String y = Integer.toString(parts.year());
                yield p.width() == 2 ? y.substring(2) : y;
            }
            case AREA -> areaCode(parts.area());
            case QUALIFICATION -> parts.qualificationCode();
            case LEVEL -> parts.levelCode();
            case SERIAL -> throw new IllegalStateException();
        };
    }

    private String write(Piece p, String raw) {
        String v = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
            throw DomainException.unprocessable(INVALID_NUMBER, p.part().token(), "certificate.part.invalid",
                    which.label(), p.part().placeholder(), v);
        }
        if (v.length() > p.width()) {
            throw DomainException.unprocessable(INVALID_NUMBER, p.part().token(), "certificate.part.tooLong",
                    which.label(), p.part().placeholder(), v, p.width());
        }
        return "0".repeat(p.width() - v.length()) + v;
    }

    private static String areaCode(String area) {
        String a = area == null ? "" : area.strip();
        String code = AreaCodes.ALL.get(a);
        if (code == null && AreaCodes.ALL.containsValue(a)) {
            code = a;
        }
        if (code == null) {
            throw DomainException.unprocessable(INVALID_NUMBER, "area", "certificate.part.area", a);
        }
        return code;
    }

    /** The numbers of one scope (year, area, qualification and level fixed): only the serial changes. */
    public final class Series {
        private final String[] written;

        private Series(String[] written) {
            this.written = written;
        }

        /** The number with its serial left as {@code {serial}}: the key of this scope's serial sequence. */
        public String scope() {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < pieces.size(); k++) {
                b.append(pieces.get(k).part() == Part.SERIAL ? Part.SERIAL.placeholder() : written[k]);
            }
            return b.toString();
        }

        /** The largest serial that fits. */
        public long maxSerial() {
            return maxSerialOf(serialWidth());
        }

        /**
         * The number with this serial.
         *
         * @throws DomainException ({@value #INVALID_NUMBER}, 422, field serial) when the serial is below 1 or needs
         *                         more digits than the template gives it (naming the width: widen {@code {serial:N}}
         *                         for the next batch)
         */
        public String format(long serial) {
            int width = serialWidth();
            if (serial < 1) {
                throw DomainException.unprocessable(INVALID_NUMBER, "serial", "certificate.serial.invalid", serial);
            }
            if (serial > maxSerialOf(width)) {
                throw DomainException.unprocessable(INVALID_NUMBER, "serial", "certificate.serial.full",
                        which.label(), Long.toString(serial), width, scope());
            }
            StringBuilder b = new StringBuilder(length);
            for (int k = 0; k < pieces.size(); k++) {
                if (pieces.get(k).part() == Part.SERIAL) {
                    String s = Long.toString(serial);
                    b.append("0".repeat(width - s.length())).append(s);
                } else {
                    b.append(written[k]);
                }
            }
            return b.toString();
        }
    }

    private int serialWidth() {
        return pieces.stream().filter(p -> p.part() == Part.SERIAL).findFirst().orElseThrow().width();
    }

    private static long maxSerialOf(int width) {
        return BigInteger.TEN.pow(width).subtract(BigInteger.ONE).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    /**
     * The qualification part: the office's short code when it configured one, else the catalogue code without its
     * punctuation (P-A-14 → PA14, R-04 → R04), in capitals.
     */
    public static String qualificationCode(String catalogueCode, String shortCode) {
        String s = shortCode != null && !shortCode.isBlank() ? shortCode : catalogueCode;
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A level's code unless the office configures its own: 一级 … 五级 → 1 … 5; 初级, 中级, 高级, 正高级 → 1 … 4 (one
     * qualification uses one of the two series, and the qualification is part of the number); no level → 0; any
     * other level → null (the office must configure a code).
     */
    public static String levelCode(String level) {
        if (level == null || level.isBlank()) {
            return "0";
        }
        return LEVELS.get(level.strip());
    }

    /** Which number this format writes. */
    public Which which() {
        return which;
    }

    /** The template's text, as parsed (trimmed). */
    public String template() {
        return template;
    }

    /** The length of every number this format writes. */
    public int length() {
        return length;
    }

    @Override
    public String toString() {
        return template;
    }
}
