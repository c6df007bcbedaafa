package org.kaowu.shared;

import java.util.regex.Pattern;

/**
 * The one rule for the ways to reach a person, used where an account signs up and where a profile is saved: a
 * mainland mobile number, or an e-mail address. Pure; callers trim (and may lower-case) before asking.
 */
public final class Contacts {

    /** The longest e-mail address taken. */
    public static final int MAX_EMAIL = 200;

    /** A mainland mobile number: eleven ASCII digits, {@code 1} then {@code 3}–{@code 9}. */
    public static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /**
     * An e-mail address: a local part of 1–64 characters, then a domain of dot-separated, non-empty labels of letters,
     * digits and hyphens, ending in a top-level label of 2–20 letters, with at most 190 characters before it.
     */
    public static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@"
            + "(?=[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,20}\\z)[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,20}");

    private Contacts() {
    }

    public static boolean isMobile(String s) {
        return s != null && MOBILE.matcher(s).matches();
    }

    /** An address of at most {@link #MAX_EMAIL} characters that {@link #EMAIL} matches. */
    public static boolean isEmail(String s) {
        return s != null && s.length() <= MAX_EMAIL && EMAIL.matcher(s).matches();
    }
}
