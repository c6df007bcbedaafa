package org.kaowu.scheduling.roster;

/** A person's sex as the roster needs it (mixed-sex pairs). */
public enum Sex {
    MALE, FEMALE;

    /**
     * From the forms the application stores: 'M'/'F' (as derived from the resident identity number), '男'/'女', or
     * null (unknown: never counts towards a mixed pair).
     */
    public static Sex of(Character c) {
        if (c == null) {
            return null;
        }
        return switch (Character.toUpperCase(c)) {
            case 'M', '男', '1' -> MALE;
            case 'F', '女', '2' -> FEMALE;
            default -> null;
        };
    }
}
