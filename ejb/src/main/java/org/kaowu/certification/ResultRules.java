package org.kaowu.certification;

import org.kaowu.shared.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Accumulation of passed subjects across sittings (滚动管理), pure.
 * <p>
 * A candidate's sittings are their registrations for the same catalogue entry, sub-item and level in different exam
 * years (the plan's year). A subject is passed in a sitting when the candidate was not absent and the score reaches
 * the pass mark fixed for that exam; a score voided by a decision (one subject, or the whole sitting), or a sitting
 * whose registration is void, counts for nothing. Subjects are matched across years by name, as exemptions name them
 * (plans give codes of their own). The subjects to pass are the level's subjects less those the candidate's exemption
 * waives; the period is the rolling period of the candidate's category ({@link Period}; none: one sitting).
 * <p>
 * <b>The window.</b> With a period of N exam years, a pass of exam year y counts in the exam years y … y+N−1 and no
 * later ("在连续的N个考试年度内通过全部应试科目"): the candidate has passed when, for some exam year L in which they sat,
 * every subject to pass has a pass in L−N+1 … L. The window then runs from the earliest year whose pass is used to L.
 * Until then, for the next exam year R (the year after the latest sitting, or the year asked about if later), the
 * passes still usable are those of years R−N+1 … R; the subjects missing must be passed by the exam year in which the
 * earliest usable pass runs out (its year + N − 1), else that pass expires and the window starts again from the next
 * pass still inside it. Counted in calendar exam years: a year without an exam still counts as a year.
 */
public final class ResultRules {

    private ResultRules() {
    }

    /** The rolling period of a category: {@code years} consecutive exam years, and where that is written. */
    public record Period(int years, String source) implements Serializable {
        public Period {
            if (years < 1) {
                throw new IllegalArgumentException("years " + years);
            }
        }

        /** No rolling period: every subject in one sitting. */
        public static Period oneSitting() {
            return new Period(1, null);
        }

        public boolean rolling() {
            return years > 1;
        }
    }

    /** One subject of a sitting as scored: the pass mark fixed for that exam; {@code voided}: a decision voided it. */
    public record SubjectResult(String code, String name, BigDecimal score, boolean absent, BigDecimal passMark,
                                boolean voided) implements Serializable {
        public boolean passed() {
            return !absent && score != null && passMark != null && score.compareTo(passMark) >= 0;
        }
    }

    /** One sitting: a registration of the exam year; {@code voided}: the registration or its whole sitting is void. */
    public record Sitting(long registrationId, int year, boolean voided, List<SubjectResult> subjects)
            implements Serializable {
    }

    /** A pass that counts: the subject, its exam year and sitting, the score, and the last exam year it counts in. */
    public record Pass(String subject, int year, long registrationId, BigDecimal score, int lastYear)
            implements Serializable {
    }

    /** Why a pass does not count. */
    public enum Lost {
        VOIDED_SUBJECT, VOIDED_SITTING, EXPIRED
    }

    /** A pass that does not count, and why. */
    public record LostPass(String subject, int year, long registrationId, Lost why) implements Serializable {
    }

    /**
     * Where the candidate stands. {@code passedAll}: every subject to pass is passed inside one window
     * ({@code windowFrom} … {@code windowTo}); else {@code passes} are those still usable in {@code nextYear},
     * {@code missing} the subjects still to pass and {@code deadlineYear} the exam year by which (null: no pass is
     * waiting to expire). {@code lost}: passes voided or expired.
     */
    public record Standing(boolean passedAll, Integer windowFrom, Integer windowTo, int nextYear, List<String> required,
                           List<String> waived, List<Pass> passes, List<String> missing, Integer deadlineYear,
                           List<LostPass> lost, Period period, boolean sat) implements Serializable {

        /** The standing explained in sentences, in the reader's language (subject names as the plan writes them). */
        public List<String> explain(Locale locale) {
            List<String> lines = new ArrayList<>();
            if (!sat) {
                lines.add(Messages.text(locale, "results.standing.none"));
            } else if (passedAll) {
                lines.add(windowFrom.equals(windowTo) ? Messages.text(locale, "results.standing.passedOnce", windowTo)
                        : Messages.text(locale, "results.standing.passed", windowFrom, windowTo));
            } else if (deadlineYear != null) {
                lines.add(Messages.text(locale, "results.standing.missingBy", String.join("、", missing), deadlineYear));
            } else {
                lines.add(Messages.text(locale, "results.standing.missing", String.join("、", missing)));
            }
            for (Pass p : passes) {
                lines.add(passedAll ? Messages.text(locale, "results.standing.passUsed", p.subject(), p.year(), p.score())
                        : Messages.text(locale, "results.standing.pass", p.subject(), p.year(), p.score(), p.lastYear()));
            }
            for (LostPass l : lost) {
                lines.add(Messages.text(locale, "results.standing.lost." + l.why().name(), l.subject(), l.year(),
                        period.years()));
            }
            if (!waived.isEmpty()) {
                lines.add(Messages.text(locale, "results.standing.waived", String.join("、", waived)));
            }
            lines.add(period.rolling()
                    ? Messages.text(locale, "results.standing.period", period.years(), period.source())
                    : Messages.text(locale, "results.standing.oneSitting"));
            return lines;
        }
    }

    /**
     * The standing over {@code sittings} (any order; only published results belong here) for the subjects
     * {@code required}, with {@code waived} shown as exempt, under {@code period}, as seen in exam year
     * {@code asOfYear}.
     */
    public static Standing standing(List<String> required, List<String> waived, Period period, List<Sitting> sittings,
                                    int asOfYear) {
        Objects.requireNonNull(period);
        int n = period.years();
        List<Sitting> byYear = sittings.stream().sorted(Comparator.comparingInt(Sitting::year)
                .thenComparingLong(Sitting::registrationId)).toList();
        List<Pass> valid = new ArrayList<>();
        List<LostPass> lost = new ArrayList<>();
        for (Sitting s : byYear) {
            for (SubjectResult r : s.subjects()) {
                if (!required.contains(r.name()) || !r.passed()) {
                    continue;
                }
                if (s.voided()) {
                    lost.add(new LostPass(r.name(), s.year(), s.registrationId(), Lost.VOIDED_SITTING));
                } else if (r.voided()) {
                    lost.add(new LostPass(r.name(), s.year(), s.registrationId(), Lost.VOIDED_SUBJECT));
                } else {
                    valid.add(new Pass(r.name(), s.year(), s.registrationId(), r.score(), s.year() + n - 1));
                }
            }
        }
        boolean sat = !byYear.isEmpty();
        int latest = byYear.isEmpty() ? asOfYear - 1 : byYear.get(byYear.size() - 1).year();
        for (Sitting s : byYear) {
            int to = s.year();
            Map<String, Pass> used = latestPasses(valid, to - n + 1, to);
            if (!required.isEmpty() && used.keySet().containsAll(required)) {
                List<Pass> passes = required.stream().map(used::get).toList();
                int from = passes.stream().mapToInt(Pass::year).min().orElse(to);
                return new Standing(true, from, to, Math.max(latest + 1, asOfYear), required, waived, passes, List.of(),
                        null, lost, period, true);
            }
        }
        int next = Math.max(latest + 1, asOfYear);
        Map<String, Pass> usable = latestPasses(valid, next - n + 1, next);
        List<Pass> passes = required.stream().filter(usable::containsKey).map(usable::get).toList();
        List<String> missing = required.stream().filter(s -> !usable.containsKey(s)).toList();
        Integer deadline = passes.stream().map(Pass::lastYear).min(Integer::compare).orElse(null);
        for (String subject : required) {
            if (usable.containsKey(subject)) {
                continue;
            }
            valid.stream().filter(p -> p.subject().equals(subject)).max(Comparator.comparingInt(Pass::year))
                    .ifPresent(p -> lost.add(new LostPass(subject, p.year(), p.registrationId(), Lost.EXPIRED)));
        }
        lost.sort(Comparator.comparingInt(LostPass::year).thenComparing(LostPass::subject));
        return new Standing(false, null, null, next, required, waived, passes, missing, deadline, lost, period, sat);
    }

    /** Per subject, the latest pass of the exam years {@code from} … {@code to}. */
    private static Map<String, Pass> latestPasses(List<Pass> valid, int from, int to) {
        Map<String, Pass> m = new LinkedHashMap<>();
        for (Pass p : valid) {
            if (p.year() >= from && p.year() <= to) {
                m.merge(p.subject(), p, (a, b) -> b.year() >= a.year() ? b : a);
            }
        }
        return m;
    }

    /**
     * The rolling period of a category among the rows of an exam level: the row for {@code exempted} subjects, else
     * one sitting.
     */
    public static Period period(Map<Integer, Period> rows, int exempted) {
        Period p = rows.get(exempted);
        return p == null ? Period.oneSitting() : p;
    }

    /** How an import row's absent flag is written: 是/否, yes/no, y/n, true/false, 1/0; blank is no; null: unreadable. */
    public static Boolean absentFlag(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "否", "no", "n", "false", "0" -> Boolean.FALSE;
            case "是", "缺考", "yes", "y", "true", "1" -> Boolean.TRUE;
            default -> null;
        };
    }
}
