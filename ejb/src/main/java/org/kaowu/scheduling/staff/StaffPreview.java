package org.kaowu.scheduling.staff;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a staff file would do: every problem (then nothing is stored), or the counts of new, changed and
 * unchanged people. People already stored but not in the file are kept.
 */
public record StaffPreview(List<StaffProblem> problems, int newStaff, int changedStaff, int unchangedStaff)
        implements Serializable {

    public boolean ok() {
        return problems.isEmpty();
    }

    public int total() {
        return newStaff + changedStaff + unchangedStaff;
    }
}
