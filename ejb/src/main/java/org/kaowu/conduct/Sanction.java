package org.kaowu.conduct;

import java.util.List;

/**
 * What a rule does to the person, as the regulation gives it: the scores voided, the integrity record, the staff bar,
 * removal from the room (Art. 9), a certificate or score proof declared void (Art. 10), and the articles a serious
 * case escalates to (Arts. 9, 11). Order No. 31 has no exam ban, so neither has this.
 */
public record Sanction(ScoreVoid scoreVoid, RecordPeriod record, StaffBarPeriod staffBar, boolean removal,
                       boolean certificateVoid, boolean policeReferral, List<Integer> escalatesTo) {

    public Sanction {
        escalatesTo = List.copyOf(escalatesTo);
    }

    /** Whether it does anything to the person at all (an incident without a person does not). */
    public boolean affectsPerson() {
        return scoreVoid != ScoreVoid.NONE || record != RecordPeriod.NONE || staffBar != StaffBarPeriod.NONE
                || removal || certificateVoid;
    }
}
