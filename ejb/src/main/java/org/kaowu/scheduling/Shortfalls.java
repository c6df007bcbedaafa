package org.kaowu.scheduling;

import java.util.ArrayList;
import java.util.List;

/**
 * A failed run's shortfall as stored in {@code allocation_run.shortfall}: one line per area or site, group and kind,
 * fields separated by tabs (area, site code, site name, group, accessible, missing seats, employer; site code and
 * name empty for the whole area, employer empty unless candidates of one employer cannot be kept apart). Read back into {@link SeatAllocator.Missing} and put into words in the reader's language by the
 * page and the API. At most {@link #MAX} characters: lines that do not fit are summed into one last line.
 */
final class Shortfalls {

    static final int MAX = 8000;

    private Shortfalls() {
    }

    static String encode(List<SeatAllocator.Missing> missing) {
        StringBuilder out = new StringBuilder();
        int left = 0;
        int leftSeats = 0;
        for (SeatAllocator.Missing m : missing) {
            String line = String.join("\t", clean(m.area()), clean(m.siteCode()), clean(m.siteName()), clean(m.group()),
                    Boolean.toString(m.accessible()), Integer.toString(m.missingSeats()), clean(m.employer())) + "\n";
            if (left == 0 && out.length() + line.length() <= MAX - 200) {
                out.append(line);
            } else {
                left++;
                leftSeats += m.missingSeats();
            }
        }
        if (left > 0) {
            out.append(String.join("\t", clean(missing.get(0).area()), "", "", "…", "false",
                    Integer.toString(leftSeats), "")).append('\n');
        }
        return out.toString();
    }

    static List<SeatAllocator.Missing> decode(String stored) {
        List<SeatAllocator.Missing> out = new ArrayList<>();
        if (stored == null) {
            return out;
        }
        for (String line : stored.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 7) {
                out.add(new SeatAllocator.Missing(f[0], f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2],
                        f[3], Boolean.parseBoolean(f[4]), Integer.parseInt(f[5]), f[6].isEmpty() ? null : f[6]));
            }
        }
        return out;
    }

    /** Seats missing in all, for the audit trail. */
    static String summary(String stored) {
        return decode(stored).stream().mapToInt(SeatAllocator.Missing::missingSeats).sum() + " seat(s) missing";
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
