package org.kaowu.scheduling;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a venues file would do: every problem (then nothing is stored), or each site of the file with
 * whether it is new, changed or unchanged, and the counts. Rooms already stored but not in the file are kept.
 */
public record VenuePreview(List<VenueProblem> problems, List<SiteChange> sites) implements Serializable {

    public enum Change { NEW, CHANGED, UNCHANGED }

    /** One site of the file: its code, name, area, rooms and seats (spare rooms excepted) in the file, and its change. */
    public record SiteChange(String code, String name, String area, int rooms, int seats, int spareRooms,
                             int newRooms, int changedRooms, Change change) implements Serializable {
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public long count(Change change) {
        return sites.stream().filter(s -> s.change() == change).count();
    }

    public long newSites() { return count(Change.NEW); }
    public long changedSites() { return count(Change.CHANGED); }
    public long unchangedSites() { return count(Change.UNCHANGED); }
    public int rooms() { return sites.stream().mapToInt(SiteChange::rooms).sum(); }
}
