package org.kaowu.scheduling.roster;

import java.util.Objects;

/**
 * What a roster must staff, and how the soft constraints weigh.
 *
 * @param invigilatorsPerRoom  invigilators per room and session (default 2)
 * @param chiefExaminersPerSite chief examiners per site and session (default 1)
 * @param siteHeadsPerSite     site heads per site and session (default 1; 0 when the caller appoints them elsewhere)
 * @param roomsPerInspector    one inspector per this many rooms of a site in a session, rounded up (default 10)
 * @param reservesPerSite      reserve invigilators per site and session (default 1)
 * @param experiencedSittings  sittings served from which a person counts as experienced (default 3)
 * @param weights              soft weights
 */
public record RosterPolicy(int invigilatorsPerRoom, int chiefExaminersPerSite, int siteHeadsPerSite,
                           int roomsPerInspector, int reservesPerSite, int experiencedSittings, RosterWeights weights) {

    public static final RosterPolicy DEFAULT = new RosterPolicy(2, 1, 1, 10, 1, 3, RosterWeights.DEFAULT);

    public RosterPolicy {
        if (invigilatorsPerRoom < 1 || invigilatorsPerRoom > 10) {
            throw new IllegalArgumentException("invigilatorsPerRoom must be between 1 and 10");
        }
        if (chiefExaminersPerSite < 0 || chiefExaminersPerSite > 5 || siteHeadsPerSite < 0 || siteHeadsPerSite > 5) {
            throw new IllegalArgumentException("chiefExaminersPerSite and siteHeadsPerSite must be between 0 and 5");
        }
        if (roomsPerInspector < 0) {
            throw new IllegalArgumentException("roomsPerInspector must not be negative (0: no inspectors)");
        }
        if (reservesPerSite < 0 || reservesPerSite > 50) {
            throw new IllegalArgumentException("reservesPerSite must be between 0 and 50");
        }
        if (experiencedSittings < 0) {
            throw new IllegalArgumentException("experiencedSittings must not be negative");
        }
        Objects.requireNonNull(weights, "weights");
    }
}
