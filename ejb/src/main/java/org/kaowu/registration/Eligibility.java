package org.kaowu.registration;

import org.kaowu.shared.Localized;
import org.kaowu.shared.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Eligibility as data: an exam level's conditions are alternative {@link Rule}s; the candidate qualifies under any one
 * whose education and major they meet and whose years they have. The verdict says why in plain words, the moment the
 * candidate enters the data. Pure.
 */
public final class Eligibility {

    /**
     * One way to qualify: education at least {@code education}, major within {@code major}, years of work. A rule may
     * also need a qualification the candidate must already hold ({@code prerequisiteZh}/{@code En}: the candidate
     * promises it, the office checks it), and may count the years of a full-time (全日制) graduate from graduation only
     * ({@code fullTimeFromGraduation}, on the authority of {@code countingSource}).
     */
    public record Rule(EducationLevel education, MajorRelation major, int totalYears, int fieldYears, String field,
                       String source, String prerequisiteZh, String prerequisiteEn, boolean fullTimeFromGraduation,
                       String countingSource) implements Serializable {

        /** A rule that needs nothing but education, major and years, counting all work. */
        public Rule(EducationLevel education, MajorRelation major, int totalYears, int fieldYears, String field, String source) {
            this(education, major, totalYears, fieldYears, field, source, null, null, false, null);
        }

        public boolean hasPrerequisite() {
            return prerequisiteZh != null && !prerequisiteZh.isBlank();
        }
    }

    /**
     * What the candidate declares: all their work ({@code totalYears}, {@code fieldYears}), whether their degree was
     * full-time ({@code fullTime}: null when not stated) and when they graduated, and the years of work from that day on.
     */
    public record Facts(EducationLevel education, MajorRelation major, double totalYears, double fieldYears,
                        Boolean fullTime, LocalDate graduation, double totalSinceGraduation, double fieldSinceGraduation)
            implements Serializable {

        /** Facts without a graduation date: every year of work counts under every rule. */
        public Facts(EducationLevel education, MajorRelation major, double totalYears, double fieldYears) {
            this(education, major, totalYears, fieldYears, null, null, totalYears, fieldYears);
        }

        /**
         * Whether this rule counts only the years from graduation: it says so for full-time degrees, and the degree is
         * full-time or not stated (then it is taken as full-time, and the verdict says so).
         */
        public boolean fromGraduation(Rule r) {
            return r != null && r.fullTimeFromGraduation() && graduation != null && !Boolean.FALSE.equals(fullTime);
        }

        /** The years of work that count under this rule. */
        public double total(Rule r) {
            return fromGraduation(r) ? totalSinceGraduation : totalYears;
        }

        /** The years in the rule's field that count under this rule. */
        public double field(Rule r) {
            return fromGraduation(r) ? fieldSinceGraduation : fieldYears;
        }
    }

    /**
     * The facts from a profile's education and work: all the work to 31 December of the exam year, and the work from
     * the graduation date on (for the rules that count a full-time graduate's years from graduation).
     */
    public static Facts facts(EducationLevel education, MajorRelation major, Boolean fullTime, LocalDate graduation,
                              java.util.List<WorkPeriod> work, java.util.List<WorkPeriod> field, int year) {
        LocalDate until = LocalDate.of(year, 12, 31);
        return new Facts(education, major, WorkPeriod.years(work, until), WorkPeriod.years(field, until), fullTime,
                graduation, WorkPeriod.years(work, graduation, until), WorkPeriod.years(field, graduation, until));
    }

    /** The outcome and its explanation; {@code rule} is the rule met, or the nearest one missed (null if none). */
    public record Verdict(boolean eligible, boolean ruled, Rule rule, Localized explanation) implements Serializable {
    }

    private Eligibility() {
    }

    public static Verdict judge(List<Rule> rules, Facts facts) {
        if (rules.isEmpty()) {
            return new Verdict(true, false, null, Localized.of("eligibility.noRules"));
        }
        Optional<Rule> met = rules.stream().filter(r -> meets(r, facts))
                .min(Comparator.comparing(Rule::hasPrerequisite).thenComparing(Rule::totalYears));
        if (met.isPresent()) {
            Rule r = met.get();
            return new Verdict(true, true, r, both("eligibility.met", l -> new Object[]{condition(r, l), r.source(),
                    declared(facts, r, l), prerequisite(r, l), counting(facts, r, l)}));
        }
        List<Rule> open = rules.stream().filter(r -> facts.education().atLeast(r.education()) && facts.major().within(r.major())).toList();
        if (open.isEmpty()) {
            Rule lowest = rules.stream().filter(r -> facts.major().within(r.major()))
                    .min(Comparator.comparing(Rule::education)).orElse(null);
            if (lowest == null) {
                MajorRelation farthest = rules.stream().map(Rule::major).max(Comparator.naturalOrder()).orElseThrow();
                return new Verdict(false, true, null, both("eligibility.majorRefused",
                        l -> new Object[]{majors(farthest, l), major(facts.major(), l)}));
            }
            return new Verdict(false, true, lowest, both("eligibility.educationRefused",
                    l -> new Object[]{education(lowest.education(), l), education(facts.education(), l)}));
        }
        Rule nearest = open.stream().min(Comparator.comparingDouble(r -> shortfall(r, facts))).orElseThrow();
        double total = Math.max(0, nearest.totalYears() - facts.total(nearest));
        double field = Math.max(0, nearest.fieldYears() - facts.field(nearest));
        return new Verdict(false, true, nearest, both("eligibility.notYet", l -> new Object[]{condition(nearest, l),
                nearest.source(), declared(facts, nearest, l),
                (total > 0 ? Messages.text(l, "eligibility.missing.total", years(total)) : "")
                        + (total > 0 && field > 0 ? Messages.text(l, "eligibility.missing.and") : "")
                        + (field > 0 ? Messages.text(l, "eligibility.missing.field", nearest.field(), years(field)) : ""),
                counting(facts, nearest, l)}));
    }

    /** A message of the bundles in both languages, its arguments worded in each. */
    private static Localized both(String key, java.util.function.Function<Locale, Object[]> args) {
        return new Localized(Messages.text(Messages.CHINESE, key, args.apply(Messages.CHINESE)),
                Messages.text(Locale.ENGLISH, key, args.apply(Locale.ENGLISH)));
    }

    static boolean meets(Rule r, Facts f) {
        return f.education().atLeast(r.education()) && f.major().within(r.major())
                && f.total(r) >= r.totalYears() && f.field(r) >= r.fieldYears();
    }

    private static double shortfall(Rule r, Facts f) {
        return Math.max(0, r.totalYears() - f.total(r)) + Math.max(0, r.fieldYears() - f.field(r));
    }

    static String condition(Rule r, Locale locale) {
        String years = r.totalYears() == 0 && r.fieldYears() == 0 ? Messages.text(locale, "eligibility.condition.noYears")
                : r.totalYears() <= r.fieldYears()
                ? Messages.text(locale, "eligibility.condition.fieldYears", r.field(), Integer.toString(r.fieldYears()))
                : Messages.text(locale, "eligibility.condition.totalYears", Integer.toString(r.totalYears()), r.field(),
                Integer.toString(r.fieldYears()));
        String held = !r.hasPrerequisite() ? "" : Messages.text(locale, "eligibility.condition.held",
                "en".equals(locale.getLanguage()) && r.prerequisiteEn() != null ? r.prerequisiteEn() : r.prerequisiteZh());
        return Messages.text(locale, "eligibility.condition", education(r.education(), locale), majors(r.major(), locale),
                held, years);
    }

    private static String declared(Facts f, Rule r, Locale locale) {
        return Messages.text(locale, "eligibility.declared", education(f.education(), locale), major(f.major(), locale),
                years(f.total(r)), r.field(), years(f.field(r)));
    }

    /** A rule met that needs a qualification held: the candidate is told it is part of what they promise. */
    private static String prerequisite(Rule r, Locale locale) {
        if (!r.hasPrerequisite()) {
            return "";
        }
        boolean zh = locale.getLanguage().equals("zh");
        return (zh ? "" : " ") + Messages.text(locale, "eligibility.prerequisite",
                zh || r.prerequisiteEn() == null ? r.prerequisiteZh() : r.prerequisiteEn());
    }

    /**
     * How the years were counted, when it matters: under a rule that counts a full-time graduate's work from
     * graduation, said when work before graduation was left out or when the candidate did not say whether the degree
     * was full-time (then it is taken as full-time).
     */
    static String counting(Facts f, Rule r, Locale locale) {
        if (!f.fromGraduation(r)) {
            return "";
        }
        String source = r.countingSource() == null ? "" : r.countingSource();
        String space = locale.getLanguage().equals("zh") ? "" : " ";
        if (f.fullTime() == null) {
            return space + Messages.text(locale, "eligibility.counting.notStated", f.graduation().toString(), source);
        }
        if (f.totalSinceGraduation() < f.totalYears() || f.fieldSinceGraduation() < f.fieldYears()) {
            return space + Messages.text(locale, "eligibility.counting.fromGraduation", f.graduation().toString(), source,
                    years(f.totalYears() - f.totalSinceGraduation()));
        }
        return "";
    }

    public static String years(double y) {
        return y == Math.rint(y) ? Long.toString((long) y) : String.format(Locale.ROOT, "%.1f", y);
    }

    public static String education(EducationLevel e, Locale locale) {
        return Messages.text(locale, "eligibility.education." + e.name());
    }

    public static String major(MajorRelation m, Locale locale) {
        return Messages.text(locale, "eligibility.major." + m.name());
    }

    /** The majors a rule accepts, in words. */
    static String majors(MajorRelation farthest, Locale locale) {
        return Messages.text(locale, "eligibility.majors." + farthest.name());
    }
}
