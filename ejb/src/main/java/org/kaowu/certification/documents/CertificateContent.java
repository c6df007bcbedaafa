package org.kaowu.certification.documents;

import org.kaowu.shared.Texts;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * What one certificate (证书) says, the same in its PDF and its Verifiable Credential: the certificate number (its
 * structured format is issuance's), the management number (管理号), a random verification code that is not derived
 * from either number (so that trying sequential numbers finds nothing), the holder's name and identity number, the
 * photo (the stored JPEG, optional), the qualification as checked against the catalogue edition in force, the approval
 * date, the issuing authority, the annotation (加注) validity period, the public verification page the QR code opens,
 * and the certificate's place in the status list.
 * <p>
 * Checked on construction: a value that cannot be printed or signed as it is refused with an
 * {@link IllegalArgumentException} naming the field and what it must be, never quoting the value (it may be personal
 * data).
 */
public record CertificateContent(String number, String managementNumber, String verificationCode, String holderName,
                                 String idNumber, byte[] photo, Qualification qualification, LocalDate approvalDate,
                                 String issuingAuthority, LocalDate annotationFrom, LocalDate annotationUntil,
                                 String verificationUrl, int statusListIndex, String statusListUrl) {

    /** The alphabet of verification codes: Crockford's Base32 (no I, L, O, U: nothing to misread). */
    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** 16 characters of 5 bits: 80 random bits. */
    public static final int CODE_LENGTH = 16;
    private static final Pattern CODE = Pattern.compile("[" + CODE_ALPHABET + "]{" + CODE_LENGTH + "}");
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Z][0-9A-Z-]{2,38}[0-9A-Z]");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Z]{5,18}");
    private static final int MAX_PHOTO = 2 << 20;

    /**
     * The qualification as the catalogue check gave it: the entry's name, the sub-item and level (null where the entry
     * has none) and the id of the catalogue edition it was checked against.
     */
    public record Qualification(String entryName, String subItem, String level, long editionId) {
        public Qualification {
            entryName = text("qualification.entryName", entryName, 100, true);
            subItem = text("qualification.subItem", subItem, 100, false);
            level = text("qualification.level", level, 40, false);
            if (editionId <= 0) {
                throw new IllegalArgumentException("qualification.editionId must be the id of the catalogue edition"
                        + " the qualification was checked against (a positive number)");
            }
        }

        /** Entry, sub-item and level as one line: 一级建造师 · 建筑工程 · 一级. */
        public String line() {
            StringBuilder b = new StringBuilder(entryName);
            if (subItem != null) {
                b.append(" · ").append(subItem);
            }
            if (level != null) {
                b.append(" · ").append(level);
            }
            return b.toString();
        }
    }

    public CertificateContent {
        number = pattern("number", number, NUMBER, "4 to 40 capital letters, digits and inner hyphens");
        managementNumber = pattern("managementNumber", managementNumber, NUMBER,
                "4 to 40 capital letters, digits and inner hyphens");
        verificationCode = pattern("verificationCode", verificationCode, CODE,
                CODE_LENGTH + " characters of Crockford's Base32 (see newVerificationCode)");
        if (verificationCode.equals(number) || verificationCode.equals(managementNumber)) {
            throw new IllegalArgumentException("verificationCode must be random, not the certificate or management"
                    + " number");
        }
        holderName = text("holderName", holderName, 64, true);
        idNumber = pattern("idNumber", idNumber, ID_NUMBER, "the holder's identity document number as stored (5 to 18"
                + " capital letters and digits)");
        if (photo != null) {
            if (photo.length < 4 || (photo[0] & 0xFF) != 0xFF || (photo[1] & 0xFF) != 0xD8 || (photo[2] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("photo must be the stored JPEG (it does not start as a JPEG) or null");
            }
            if (photo.length > MAX_PHOTO) {
                throw new IllegalArgumentException("photo must be at most " + MAX_PHOTO + " bytes");
            }
            photo = photo.clone();
        }
        if (qualification == null) {
            throw new IllegalArgumentException("qualification is required: the catalogue entry, sub-item, level and"
                    + " edition as checked");
        }
        if (approvalDate == null) {
            throw new IllegalArgumentException("approvalDate is required");
        }
        issuingAuthority = text("issuingAuthority", issuingAuthority, 100, true);
        if (annotationFrom == null || annotationUntil == null) {
            throw new IllegalArgumentException("annotationFrom and annotationUntil are required: the annotation (加注)"
                    + " validity period");
        }
        if (annotationUntil.isBefore(annotationFrom)) {
            throw new IllegalArgumentException("annotationUntil must not be before annotationFrom");
        }
        if (annotationFrom.isBefore(approvalDate)) {
            throw new IllegalArgumentException("annotationFrom must not be before approvalDate");
        }
        verificationUrl = url("verificationUrl", verificationUrl);
        if (!verificationUrl.contains(verificationCode)) {
            throw new IllegalArgumentException("verificationUrl must name this certificate's verification code (e.g."
                    + " {publicUrl}/public/verify?code=…), so that the QR code opens this certificate");
        }
        if (statusListIndex < 0) {
            throw new IllegalArgumentException("statusListIndex must be 0 or more (see StatusIndexes)");
        }
        statusListUrl = url("statusListUrl", statusListUrl);
    }

    /** The photo (a copy), or null. */
    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    /** A fresh verification code: {@link #CODE_LENGTH} characters drawn from {@code random} (use a SecureRandom). */
    public static String newVerificationCode(RandomGenerator random) {
        char[] c = new char[CODE_LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length()));
        }
        return new String(c);
    }

    /** A code as people type it: upper case, without spaces and hyphens, O read as 0 and I, L as 1 (Crockford). */
    public static String normalizeCode(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (char ch : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (ch) {
                case ' ', '-' -> {
                }
                case 'O' -> b.append('0');
                case 'I', 'L' -> b.append('1');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** The identity number as every list shows it (first four and last four characters). */
    public String maskedIdNumber() {
        return org.kaowu.registration.IdNumbers.mask(idNumber);
    }

    private static String pattern(String field, String value, Pattern shape, String what) {
        if (value == null || !shape.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + what);
        }
        return value;
    }

    private static String text(String field, String value, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        if (v.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters");
        }
        if (Texts.hidden(v)) {
            throw new IllegalArgumentException(field + " holds an invisible or control character: remove it");
        }
        return v;
    }

    private static String url(String field, String value) {
        try {
            URI u = new URI(value == null ? "" : value);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!u.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null) {
                throw new IllegalArgumentException(field + " must be an absolute http(s) address, e.g."
                        + " https://kaowu.example.cn/…");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid address: " + e.getReason());
        }
    }
}
