package org.kaowu.scheduling.roster;

import java.util.List;
import java.util.Objects;

/**
 * A site (考点) and its rooms in use, over all the sessions to staff. The solver works site by site: a site is the unit
 * it partitions large instances into.
 *
 * @param siteId   the site's id (ExamSite)
 * @param code     the site's code as shown
 * @param area     the area code (Areas)
 * @param district the district code (finer than the area), null if unknown
 * @param rooms    its rooms in use, one entry per room and session
 */
public record RosterSite(long siteId, String code, String area, String district, List<RosterRoom> rooms) {

    public RosterSite {
        Objects.requireNonNull(area, "area");
        rooms = List.copyOf(rooms);
    }
}
