package org.kaowu.scheduling;

/**
 * Seats missing for a run: in an area (siteId null) or at a site, for a group, and of which kind (accessible or not).
 * <p>
 * {@link SeatPlanner#plan} names the area only (siteId null): candidates are not bound to a site before allocation.
 * {@link SeatPlanner#reseat} names the site the candidates had to leave.
 *
 * @param employer null when seats are simply missing; otherwise the seats would suffice, but the candidates of this
 *                 employer (normalised, as given) cannot all be kept apart from each other in the rooms left for their
 *                 group, and {@code missingSeats} counts those of them left without a seat (more rooms are needed to
 *                 spread them). Added after the first five components; the five-argument constructor keeps working.
 */
public record SeatShortfall(String area, Long siteId, String group, boolean accessible, int missingSeats,
                            String employer) {

    /** Seats missing, whatever the employers (the common case). */
    public SeatShortfall(String area, Long siteId, String group, boolean accessible, int missingSeats) {
        this(area, siteId, group, accessible, missingSeats, null);
    }

    /** Whether this is a separation problem (same-employer neighbours) rather than a plain lack of seats. */
    public boolean separation() {
        return employer != null;
    }
}
