package org.kaowu.registration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identity document numbers: the GB 11643-1999 citizen identity number (18 characters, ISO 7064 MOD 11-2 check
 * digit, birth date and sex inside it) and the shapes of the other documents. Pure; never logs a number.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern RESIDENT = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");
    private static final Pattern HK_MACAO = Pattern.compile("[HM]\\d{8}(\\d{2})?");
    private static final Pattern TAIWAN = Pattern.compile("\\d{8}|\\d{10}");

    /** Why a number is refused: a message key. */
    public enum Problem {
        LENGTH("profile.id.length"), CHARACTERS("profile.id.characters"), REGION("profile.id.region"),
        BIRTH_DATE("profile.id.birthDate"), CHECK_DIGIT("profile.id.checkDigit"), SHAPE("profile.id.shape");

        public final String key;

        Problem(String key) {
            this.key = key;
        }
    }

    private IdNumbers() {
    }

    /** Upper case, no spaces: how a number is stored and compared. */
    public static String normalize(String raw) {
        // Only the ends are trimmed: a space, a full-width digit or any other character inside the number is refused
        // (with one message), never silently rewritten into a number the candidate did not type.
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the (normalized) number, or empty when it is well formed for its type. */
    public static Optional<Problem> check(IdType type, String number, LocalDate today) {
        switch (type) {
            case RESIDENT_ID -> {
                if (!number.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == 'X')) {
                    return Optional.of(Problem.CHARACTERS);
                }
                if (number.length() != 18) {
                    return Optional.of(Problem.LENGTH);
                }
                if (!RESIDENT.matcher(number).matches()) {
                    return Optional.of(Problem.CHARACTERS);
                }
                int region = Integer.parseInt(number.substring(0, 2));
                if (region < 11 || region > 91) {
                    return Optional.of(Problem.REGION);
                }
                LocalDate birth = birthDate(number);
                if (birth == null || birth.isAfter(today) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
                    return Optional.of(Problem.BIRTH_DATE);
                }
                if (checkDigit(number) != number.charAt(17)) {
                    return Optional.of(Problem.CHECK_DIGIT);
                }
                return Optional.empty();
            }
            case PASSPORT -> {
                return PASSPORT.matcher(number).matches() ? Optional.empty() : Optional.of(Problem.SHAPE);
            }
            case HK_MACAO_PERMIT -> {
                return HK_MACAO.matcher(number).matches() ? Optional.empty() : Optional.of(Problem.SHAPE);
            }
            case TAIWAN_PERMIT -> {
                return TAIWAN.matcher(number).matches() ? Optional.empty() : Optional.of(Problem.SHAPE);
            }
            default -> throw new IllegalArgumentException(type.name());
        }
    }

    /** The check digit the first 17 digits call for. */
    public static char checkDigit(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date inside a resident identity number, or null when those digits are no date. */
    public static LocalDate birthDate(String number) {
        try {
            return LocalDate.parse(number.substring(6, 14), BIRTH);
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** 'M' or 'F': the 17th digit is odd for men. */
    public static char sex(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? 'M' : 'F';
    }

    /** For lists: the first four and last four characters, the rest hidden (110105**********23). */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        if (number.length() <= 8) {
            return number.charAt(0) + "*".repeat(number.length() - 1);
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    /** For lists: the family name, the rest hidden (张**). */
    public static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }

    /** For lists: the first character of the name and the domain (z***@example.cn); empty for none. */
    public static String maskEmail(String email) {
        if (email == null || email.isEmpty()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return email.charAt(0) + "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** For lists: 138****5678. */
    public static String maskMobile(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return mobile == null ? "" : "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
    }
}
