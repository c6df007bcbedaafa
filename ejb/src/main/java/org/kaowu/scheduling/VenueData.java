package org.kaowu.scheduling;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A site's and a room's particulars as typed or read from a venues file, before {@link VenueRules} checks them. */
public final class VenueData {

    private VenueData() {
    }

    /** A site: its area (a provincial exam area), national code, name, address, contact and what it hosts. */
    public record Site(String area, String code, String name, String address, String contactPerson,
                       String contactPhone, boolean accessible, boolean hostsPaper, boolean hostsComputer)
            implements Serializable {
    }

    /**
     * A room: number within its site, floor, kind, seats used of its rows × columns grid, numbering pattern,
     * accessible, spare (备用考场), first machine number (computer rooms only) and the days it is lent (none: every day).
     */
    public record Room(String number, int floor, RoomKind kind, int capacity, int rows, int columns,
                       SeatPattern pattern, boolean accessible, boolean spare, Integer firstMachine, List<LocalDate> days)
            implements Serializable {
        public Room {
            days = days == null ? List.of() : List.copyOf(days);
        }
    }

    /** One site of a file with its rooms, and the file line where the site first appears. */
    public record SiteWithRooms(int line, Site site, List<Room> rooms) implements Serializable {
        public SiteWithRooms {
            rooms = List.copyOf(rooms);
        }
    }
}
