package org.kaowu.scheduling;

/**
 * Seats missing for a run: in an area (siteId null) or at a site, for a group, and of which kind (accessible or not).
 */
public record SeatShortfall(String area, Long siteId, String group, boolean accessible, int missingSeats) {
}
