package org.kaowu.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A plan's exams as plain data: what a plan file holds and what the timeline rules reason about. */
public record PlanData(List<ExamData> exams) implements Serializable {

    public record ExamData(int line, String code, String qualification, String subItem, List<String> levels,
                           List<SubjectData> subjects, List<SessionData> sessions, Timeline timeline,
                           Map<String, Timeline> areaTimelines) implements Serializable {
    }

    /** A subject of a level; {@code fee} is what a candidate pays to sit it (yuan), null when free. */
    public record SubjectData(String level, String code, String name, int durationMinutes, BigDecimal fullMarks,
                              BigDecimal passMark, Integer rollingYears, BigDecimal fee) implements Serializable {
        public SubjectData(String level, String code, String name, int durationMinutes, BigDecimal fullMarks,
                           BigDecimal passMark, Integer rollingYears) {
            this(level, code, name, durationMinutes, fullMarks, passMark, rollingYears, null);
        }
    }

    public record SessionData(int line, String level, String subjectCode, LocalDate date, LocalTime start,
                              LocalTime end, SessionMode mode) implements Serializable {
    }
}
