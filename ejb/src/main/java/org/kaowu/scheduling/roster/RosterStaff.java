package org.kaowu.scheduling.roster;

import java.util.Objects;
import java.util.Set;

/**
 * A member of the staff pool, as the solver sees it. No ID numbers in clear: relatives are matched by digest (the same
 * digest function the caller applies to candidates' ID numbers, e.g. an HMAC), never logged.
 *
 * @param id              the staff member's stable id (the persistence layer's)
 * @param employer        employer, normalised (trimmed, case-folded) the same way as the candidates' employers; null if none
 * @param sex             null when unknown
 * @param sittingsServed  experience: sittings served before (≥ {@link RosterPolicy#experiencedSittings()} is experienced)
 * @param homeArea        home area code (province, as in Areas), null if unknown
 * @param homeDistrict    home district code (finer than the area; compared with {@link RosterSite#district()}), null if unknown
 * @param roles           the roles this person may take
 * @param availableSessions the keys of the sessions ({@link RosterSession#key()}) this person is available in
 * @param relativeDigests digests of the ID numbers of declared relatives
 * @param registeredExams codes of the exams ({@link RosterSession#exam()}) this person is registered for this year
 * @param barred          barred from serving by a misconduct decision (fed by the conduct capability's query)
 */
public record RosterStaff(long id, String employer, Sex sex, int sittingsServed, String homeArea, String homeDistrict,
                          Set<StaffRole> roles, Set<String> availableSessions, Set<String> relativeDigests,
                          Set<String> registeredExams, boolean barred) {

    public RosterStaff {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        availableSessions = Set.copyOf(Objects.requireNonNull(availableSessions, "availableSessions"));
        relativeDigests = relativeDigests == null ? Set.of() : Set.copyOf(relativeDigests);
        registeredExams = registeredExams == null ? Set.of() : Set.copyOf(registeredExams);
        if (sittingsServed < 0) {
            throw new IllegalArgumentException("sittingsServed must not be negative");
        }
    }

    public boolean can(StaffRole role) {
        return roles.contains(role);
    }

    public boolean availableIn(String session) {
        return availableSessions.contains(session);
    }
}
