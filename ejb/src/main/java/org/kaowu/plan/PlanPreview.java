package org.kaowu.plan;

import java.io.Serializable;
import java.util.List;

/** What importing a plan file would store: every problem (then nothing is stored), or a summary of each exam. */
public record PlanPreview(List<PlanProblem> problems, List<ExamSummary> exams) implements Serializable {

    public record ExamSummary(String code, String catalogueName, String catalogueCode, String catalogueEdition,
                              String subItem, List<String> levels, int subjects, int sessions, List<String> areas)
            implements Serializable {
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
