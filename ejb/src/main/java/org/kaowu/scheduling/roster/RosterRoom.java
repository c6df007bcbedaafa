package org.kaowu.scheduling.roster;

import java.util.Objects;
import java.util.Set;

/**
 * A room in use in one session, with what recusal and the soft rules need to know about the candidates seated in it.
 *
 * @param roomId              the room's id (ExamRoom); the same room appears once per session it is used in
 * @param number              the room's number as shown (考场号)
 * @param session             the session's key ({@link RosterSession#key()})
 * @param candidates          how many candidates sit there
 * @param candidateEmployers  the candidates' employers, normalised like {@link RosterStaff#employer()}
 * @param candidateIdDigests  digests of the candidates' ID numbers (compared with {@link RosterStaff#relativeDigests()})
 * @param sexes               the sexes present among the candidates
 */
public record RosterRoom(long roomId, String number, String session, int candidates, Set<String> candidateEmployers,
                         Set<String> candidateIdDigests, Set<Sex> sexes) {

    public RosterRoom {
        Objects.requireNonNull(session, "session");
        candidateEmployers = candidateEmployers == null ? Set.of() : Set.copyOf(candidateEmployers);
        candidateIdDigests = candidateIdDigests == null ? Set.of() : Set.copyOf(candidateIdDigests);
        sexes = sexes == null ? Set.of() : Set.copyOf(sexes);
    }

    /** Candidates of both sexes sit here: a mixed-sex pair is wanted. */
    public boolean mixed() {
        return sexes.size() > 1;
    }
}
