package org.kaowu.scheduling;

import org.kaowu.registration.Areas;
import org.kaowu.shared.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a site's and a room's particulars, pure: each check answers every problem it finds, named by the
 * venues file's column (which is also the edit forms' field name).
 */
public final class VenueRules {

    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_CONTACT = 100;
    public static final int MAX_PHONE = 40;
    public static final int MAX_ROOM_NUMBER = 20;
    public static final int MIN_FLOOR = -5;
    public static final int MAX_FLOOR = 200;
    public static final int MAX_SIDE = 40;
    public static final int MAX_CELLS = 400;
    public static final int MAX_MACHINE = 99_999;
    public static final int MAX_DAYS = 60;
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0," + (MAX_CODE - 1) + "}");
    private static final Pattern ROOM_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0," + (MAX_ROOM_NUMBER - 1) + "}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5," + MAX_PHONE + "}");

    private VenueRules() {
    }

    /** Every problem of a site's particulars (line 0). */
    public static List<VenueProblem> checkSite(VenueData.Site s) {
        List<VenueProblem> out = new ArrayList<>();
        if (s.area() == null || !Areas.ALL.contains(s.area())) {
            out.add(new VenueProblem(0, "area", "venue.area", s.area() == null ? "" : s.area()));
        }
        if (s.code() == null || !CODE.matcher(s.code()).matches()) {
            out.add(new VenueProblem(0, "site_code", "venue.code", s.code() == null ? "" : s.code(), MAX_CODE));
        }
        text(s.name(), "site_name", MAX_NAME, true, out);
        text(s.address(), "address", MAX_ADDRESS, true, out);
        text(s.contactPerson(), "contact", MAX_CONTACT, false, out);
        if (s.contactPhone() != null && !PHONE.matcher(s.contactPhone()).matches()) {
            out.add(new VenueProblem(0, "phone", "venue.phone", s.contactPhone()));
        }
        if (!s.hostsPaper() && !s.hostsComputer()) {
            out.add(new VenueProblem(0, "site_kinds", "venue.siteKinds"));
        }
        return out;
    }

    /** Every problem of a room's particulars on their own (line 0). */
    public static List<VenueProblem> checkRoom(VenueData.Room r) {
        List<VenueProblem> out = new ArrayList<>();
        if (r.number() == null || !ROOM_NUMBER.matcher(r.number()).matches()) {
            out.add(new VenueProblem(0, "room_number", "venue.roomNumber", r.number() == null ? "" : r.number(),
                    MAX_ROOM_NUMBER));
        }
        if (r.floor() < MIN_FLOOR || r.floor() > MAX_FLOOR) {
            out.add(new VenueProblem(0, "floor", "venue.range", r.floor(), MIN_FLOOR, MAX_FLOOR));
        }
        if (r.kind() == null) {
            out.add(new VenueProblem(0, "kind", "venue.kind", ""));
        }
        if (r.pattern() == null) {
            out.add(new VenueProblem(0, "pattern", "venue.pattern", ""));
        }
        boolean gridOk = true;
        if (r.rows() < 1 || r.rows() > MAX_SIDE) {
            out.add(new VenueProblem(0, "rows", "venue.range", r.rows(), 1, MAX_SIDE));
            gridOk = false;
        }
        if (r.columns() < 1 || r.columns() > MAX_SIDE) {
            out.add(new VenueProblem(0, "columns", "venue.range", r.columns(), 1, MAX_SIDE));
            gridOk = false;
        }
        if (gridOk && r.rows() * r.columns() > MAX_CELLS) {
            out.add(new VenueProblem(0, "columns", "venue.gridTooLarge", r.rows(), r.columns(), MAX_CELLS));
            gridOk = false;
        }
        if (r.capacity() < 1) {
            out.add(new VenueProblem(0, "capacity", "venue.range", r.capacity(), 1, MAX_CELLS));
        } else if (gridOk && r.capacity() > r.rows() * r.columns()) {
            out.add(new VenueProblem(0, "capacity", "venue.capacityGrid", r.capacity(), r.rows(), r.columns(),
                    r.rows() * r.columns()));
        } else if (r.capacity() > MAX_CELLS) {
            out.add(new VenueProblem(0, "capacity", "venue.range", r.capacity(), 1, MAX_CELLS));
        }
        if (r.kind() == RoomKind.COMPUTER) {
            if (r.firstMachine() == null) {
                out.add(new VenueProblem(0, "first_machine", "venue.firstMachine.required"));
            } else if (r.firstMachine() < 1 || r.firstMachine() > MAX_MACHINE) {
                out.add(new VenueProblem(0, "first_machine", "venue.range", r.firstMachine(), 1, MAX_MACHINE));
            }
        } else if (r.kind() == RoomKind.PAPER && r.firstMachine() != null) {
            out.add(new VenueProblem(0, "first_machine", "venue.firstMachine.paper"));
        }
        if (r.days().size() > MAX_DAYS) {
            out.add(new VenueProblem(0, "days", "venue.days.tooMany", r.days().size(), MAX_DAYS));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (LocalDate d : r.days()) {
            if (d == null || d.isBefore(FIRST_DAY) || d.isAfter(LAST_DAY)) {
                out.add(new VenueProblem(0, "days", "venue.day.range", String.valueOf(d)));
            } else if (!seen.add(d)) {
                out.add(new VenueProblem(0, "days", "venue.day.twice", d.toString()));
            }
        }
        return out;
    }

    /** A room's problems together with whether its site hosts its kind. */
    public static List<VenueProblem> checkRoomIn(VenueData.Site site, VenueData.Room r) {
        List<VenueProblem> out = checkRoom(r);
        if (r.kind() != null && !(r.kind() == RoomKind.PAPER ? site.hostsPaper() : site.hostsComputer())) {
            out.add(new VenueProblem(0, "kind", "venue.kindNotHosted", r.kind().name(), site.code()));
        }
        return out;
    }

    private static void text(String value, String field, int max, boolean required, List<VenueProblem> out) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new VenueProblem(0, field, "venue.required"));
            }
            return;
        }
        if (value.length() > max) {
            out.add(new VenueProblem(0, field, "venue.tooLong", max, value.length()));
        } else if (Texts.hidden(value)) {
            out.add(new VenueProblem(0, field, "text.hidden"));
        } else if (!Texts.spreadsheetSafe(value).equals(value)) {
            // A name that a spreadsheet would run as a formula is not a name: refused, never stored.
            out.add(new VenueProblem(0, field, "venue.formula", value.length() > 40 ? value.substring(0, 40) + "…" : value));
        }
    }
}
