package org.kaowu.scheduling.staff;

import org.kaowu.registration.Areas;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.IdType;
import org.kaowu.scheduling.roster.StaffRole;
import org.kaowu.shared.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a staff member's particulars, pure: every problem found, named by the staff file's column (also the
 * edit form's field name). Identity numbers are resident identity numbers (GB 11643, check digit verified); the sex is
 * read from the number, and a sex given beside it must agree. Problems never repeat an identity number.
 */
public final class StaffRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMPLOYER = 200;
    public static final int MAX_DISTRICT = 100;
    public static final int MAX_SITTINGS = 999;
    public static final int MAX_RELATIVES = 20;
    public static final int MAX_AVAILABILITY = 60;
    private static final Pattern ACCOUNT = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    private static final Pattern AVAILABLE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?: (AM|PM))?");

    private StaffRules() {
    }

    /** Every problem of the particulars (line 0); {@code today} bounds the birth date inside identity numbers. */
    public static List<StaffProblem> check(StaffData d, LocalDate today) {
        List<StaffProblem> out = new ArrayList<>();
        String number = IdNumbers.normalize(d.idNumber());
        if (number.isEmpty()) {
            out.add(new StaffProblem(0, "id_number", "venue.required"));
        } else {
            IdNumbers.check(IdType.RESIDENT_ID, number, today)
                    .ifPresent(p -> out.add(new StaffProblem(0, "id_number", p.key)));
        }
        text(d.name(), "name", MAX_NAME, true, out);
        text(d.employer(), "employer", MAX_EMPLOYER, true, out);
        text(d.district(), "district", MAX_DISTRICT, false, out);
        if (d.sex() != null && d.sex() != 'M' && d.sex() != 'F') {
            out.add(new StaffProblem(0, "sex", "staff.sex", String.valueOf(d.sex())));
        } else if (d.sex() != null && out.stream().noneMatch(p -> "id_number".equals(p.field()))
                && IdNumbers.sex(number) != d.sex()) {
            out.add(new StaffProblem(0, "sex", "profile.id.sexMismatch"));
        }
        if (d.sittings() < 0 || d.sittings() > MAX_SITTINGS) {
            out.add(new StaffProblem(0, "sittings", "venue.range", d.sittings(), 0, MAX_SITTINGS));
        }
        if (d.area() == null || !Areas.ALL.contains(d.area())) {
            out.add(new StaffProblem(0, "area", "venue.area", d.area() == null ? "" : d.area()));
        }
        if (d.roles().isEmpty()) {
            out.add(new StaffProblem(0, "roles", "staff.roles.none"));
        }
        if (d.relatives().size() > MAX_RELATIVES) {
            out.add(new StaffProblem(0, "relatives", "staff.relatives.tooMany", d.relatives().size(), MAX_RELATIVES));
        }
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (String raw : d.relatives()) {
            position++;
            String r = IdNumbers.normalize(raw);
            Optional<IdNumbers.Problem> p = IdNumbers.check(IdType.RESIDENT_ID, r, today);
            if (p.isPresent()) {
                out.add(new StaffProblem(0, "relatives", "staff.relatives.bad", position));
            } else if (r.equals(number)) {
                out.add(new StaffProblem(0, "relatives", "staff.relatives.self", position));
            } else if (!seen.add(r)) {
                out.add(new StaffProblem(0, "relatives", "staff.relatives.twice", position));
            }
        }
        if (d.availability().size() > MAX_AVAILABILITY) {
            out.add(new StaffProblem(0, "availability", "staff.availability.tooMany", d.availability().size(),
                    MAX_AVAILABILITY));
        }
        Set<String> days = new HashSet<>();
        for (String a : d.availability()) {
            if (parseAvailability(a) == null) {
                out.add(new StaffProblem(0, "availability", "staff.availability.bad", shorten(a)));
            } else if (!days.add(a)) {
                out.add(new StaffProblem(0, "availability", "staff.availability.twice", a));
            }
        }
        if (d.account() != null && !ACCOUNT.matcher(d.account()).matches()) {
            out.add(new StaffProblem(0, "account", "staff.account.bad", shorten(d.account())));
        }
        return out;
    }

    /** A role from the file's words: the English name or 监考 / 主考 / 考点负责人 / 巡考; null when unknown. */
    public static StaffRole role(String word) {
        return switch (word.strip().toUpperCase(Locale.ROOT)) {
            case "INVIGILATOR", "监考", "监考员" -> StaffRole.INVIGILATOR;
            case "CHIEF_EXAMINER", "主考" -> StaffRole.CHIEF_EXAMINER;
            case "SITE_HEAD", "考点负责人" -> StaffRole.SITE_HEAD;
            case "INSPECTOR", "巡考" -> StaffRole.INSPECTOR;
            default -> null;
        };
    }

    /** A sex from the file's words: M/F, 男/女; null when unknown or empty. */
    public static Character sex(String word) {
        return switch (word.strip().toUpperCase(Locale.ROOT)) {
            case "M", "男", "MALE" -> 'M';
            case "F", "女", "FEMALE" -> 'F';
            default -> null;
        };
    }

    /** A day with an optional half ("AM": sessions starting before noon, "PM": from noon); null when unreadable. */
    public record Available(LocalDate day, String half) {
        /** Whether a session on {@code day} starting at {@code start} falls in this availability. */
        public boolean covers(LocalDate sessionDay, java.time.LocalTime start) {
            if (!day.equals(sessionDay)) {
                return false;
            }
            return half == null || ("AM".equals(half) == start.isBefore(java.time.LocalTime.NOON));
        }
    }

    public static Available parseAvailability(String text) {
        if (text == null) {
            return null;
        }
        var m = AVAILABLE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1));
            if (day.getYear() < 2000 || day.getYear() > 2099) {
                return null;
            }
            return new Available(day, m.group(2));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void text(String value, String field, int max, boolean required, List<StaffProblem> out) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new StaffProblem(0, field, "venue.required"));
            }
            return;
        }
        if (value.length() > max) {
            out.add(new StaffProblem(0, field, "venue.tooLong", max, value.length()));
        } else if (Texts.hidden(value)) {
            out.add(new StaffProblem(0, field, "text.hidden"));
        } else if (!Texts.spreadsheetSafe(value).equals(value)) {
            out.add(new StaffProblem(0, field, "venue.formula", shorten(value)));
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
