package org.kaowu.conduct;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The pure rules of a case (unit-tested without a server): which rule the system proposes (the most severe among
 * the reports), the defence deadline, the appeal limits, and what an appeal's outcome reverses.
 */
public final class CaseRules {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CaseRules() {
    }

    /**
     * How severe a sanction is, as a number to compare: the integrity record first (long-term over five years),
     * then the staff bar (permanent over this year and next), a certificate declared void, the scores voided
     * (the sitting over one subject), removal from the room, and the article last.
     */
    public static long severity(Sanction s, int article) {
        long v = 0;
        v = v * 3 + switch (s.record()) { case LONG_TERM -> 2; case FIVE_YEARS -> 1; case NONE -> 0; };
        v = v * 3 + switch (s.staffBar()) { case PERMANENT -> 2; case THIS_AND_NEXT_YEAR -> 1; case NONE -> 0; };
        v = v * 2 + (s.certificateVoid() ? 1 : 0);
        v = v * 3 + switch (s.scoreVoid()) { case SITTING -> 2; case SUBJECT -> 1; case NONE -> 0; };
        v = v * 2 + (s.removal() ? 1 : 0);
        return v * 100 + article;
    }

    /** The most severe of the rules (the first of equals): what the system proposes for a case. */
    public static <T> T mostSevere(List<T> rules, Function<T, Sanction> sanction, ToIntFunction<T> article) {
        T best = null;
        long bestSeverity = Long.MIN_VALUE;
        for (T r : rules) {
            long s = severity(sanction.apply(r), article.applyAsInt(r));
            if (best == null || s > bestSeverity) {
                best = r;
                bestSeverity = s;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no rules");
        }
        return best;
    }

    /** The most severe of the rules a case's reports name. */
    public static MisconductRule propose(List<MisconductRule> rules) {
        return mostSevere(rules, MisconductRule::sanction, MisconductRule::getArticle);
    }

    /**
     * The moment the defence period ends: midnight (Beijing time) after the {@code days}-th day counted from the
     * day after the notice was served. A defence is taken strictly before it.
     */
    public static Instant defenceDeadline(Instant servedAt, int days) {
        return LocalDate.ofInstant(servedAt, ZONE).plusDays(days + 1L).atStartOfDay(ZONE).toInstant();
    }

    /** The last day of the defence period, as the notice and the refusal name it. */
    public static LocalDate lastDefenceDay(Instant deadline) {
        return LocalDate.ofInstant(deadline, ZONE).minusDays(1);
    }

    /** The limits of appeals, counted from the day the decision was served (configurable; see {@link #configured}). */
    public record Limits(int defenceDays, int reviewDays, int litigationMonths, int staffReviewDays) {
        public static final Limits DEFAULT = new Limits(10, 60, 6, 30);
    }

    /**
     * The limits from system properties {@code kaowu.conduct.defenceDays} (10), {@code kaowu.conduct.reviewDays}
     * (60), {@code kaowu.conduct.litigationMonths} (6) and {@code kaowu.conduct.staffReviewDays} (30).
     */
    public static Limits configured() {
        return new Limits(Integer.getInteger("kaowu.conduct.defenceDays", Limits.DEFAULT.defenceDays()),
                Integer.getInteger("kaowu.conduct.reviewDays", Limits.DEFAULT.reviewDays()),
                Integer.getInteger("kaowu.conduct.litigationMonths", Limits.DEFAULT.litigationMonths()),
                Integer.getInteger("kaowu.conduct.staffReviewDays", Limits.DEFAULT.staffReviewDays()));
    }

    /** The last day an appeal of this kind may be filed, for a decision served on {@code servedOn}. */
    public static LocalDate appealLimit(AppealKind kind, LocalDate servedOn, Limits limits) {
        return switch (kind) {
            case REVIEW -> servedOn.plusDays(limits.reviewDays());
            case LITIGATION -> servedOn.plusMonths(limits.litigationMonths());
            case STAFF_REVIEW -> servedOn.plusDays(limits.staffReviewDays());
        };
    }

    /** Whether an appeal's kind is open to the party (candidates: review and litigation; staff: their review). */
    public static boolean appealOpenTo(AppealKind kind, Party party) {
        return party == Party.STAFF ? kind == AppealKind.STAFF_REVIEW : kind != AppealKind.STAFF_REVIEW;
    }

    /** One step of carrying out an appeal's outcome. */
    public enum Step { RESTORE_SCORES, END_RECORD, LIFT_BAR, WITHDRAW_CERTIFICATE_VOID, APPLY_NEW_RULE }

    /**
     * What an outcome does to a decision's effects: UPHELD nothing; QUASHED reverses each effect the decided
     * sanction had; CHANGED reverses them and then applies the new rule's.
     */
    public static List<Step> reversal(AppealOutcome outcome, Sanction decided) {
        List<Step> steps = new ArrayList<>();
        if (outcome == AppealOutcome.UPHELD) {
            return steps;
        }
        if (decided.scoreVoid() != ScoreVoid.NONE) {
            steps.add(Step.RESTORE_SCORES);
        }
        if (decided.record() != RecordPeriod.NONE) {
            steps.add(Step.END_RECORD);
        }
        if (decided.staffBar() != StaffBarPeriod.NONE) {
            steps.add(Step.LIFT_BAR);
        }
        if (decided.certificateVoid()) {
            steps.add(Step.WITHDRAW_CERTIFICATE_VOID);
        }
        if (outcome == AppealOutcome.CHANGED) {
            steps.add(Step.APPLY_NEW_RULE);
        }
        return steps;
    }
}
