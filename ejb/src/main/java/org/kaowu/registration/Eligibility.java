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
            return new Verdict(true, false, null, new Localized(
                    "本考试级别的报考条件没有录入系统，请提交证明材料，由考务机构审核。",
                    "The conditions of this exam level are not in the system: submit proof for the office to review."));
        }
        Optional<Rule> met = rules.stream().filter(r -> meets(r, facts))
                .min(Comparator.comparing(Rule::hasPrerequisite).thenComparing(Rule::totalYears));
        if (met.isPresent()) {
            Rule r = met.get();
            return new Verdict(true, true, r, new Localized(
                    "符合报考条件：" + condition(r, Locale.CHINESE) + "（" + r.source() + "）。您填报" + declared(facts, r, Locale.CHINESE) + "。"
                            + prerequisite(r, Locale.CHINESE) + counting(facts, r, Locale.CHINESE),
                    "Eligible: " + condition(r, Locale.ENGLISH) + " (" + r.source() + "). You declared " + declared(facts, r, Locale.ENGLISH) + "."
                            + prerequisite(r, Locale.ENGLISH) + counting(facts, r, Locale.ENGLISH)));
        }
        List<Rule> open = rules.stream().filter(r -> facts.education().atLeast(r.education()) && facts.major().within(r.major())).toList();
        if (open.isEmpty()) {
            Rule lowest = rules.stream().filter(r -> facts.major().within(r.major()))
                    .min(Comparator.comparing(Rule::education)).orElse(null);
            if (lowest == null) {
                MajorRelation farthest = rules.stream().map(Rule::major).max(Comparator.naturalOrder()).orElseThrow();
                return new Verdict(false, true, null, new Localized(
                        "不符合报考条件：本考试要求" + majors(farthest, Locale.CHINESE) + "，您填报的是" + major(facts.major(), Locale.CHINESE) + "。",
                        "Not eligible: this exam requires " + majors(farthest, Locale.ENGLISH) + "; you declared " + major(facts.major(), Locale.ENGLISH) + "."));
            }
            return new Verdict(false, true, lowest, new Localized(
                    "不符合报考条件：本考试要求" + education(lowest.education(), Locale.CHINESE) + "及以上学历，您填报的是" + education(facts.education(), Locale.CHINESE) + "。",
                    "Not eligible: this exam requires " + education(lowest.education(), Locale.ENGLISH) + " or higher; you declared " + education(facts.education(), Locale.ENGLISH) + "."));
        }
        Rule nearest = open.stream().min(Comparator.comparingDouble(r -> shortfall(r, facts))).orElseThrow();
        double total = Math.max(0, nearest.totalYears() - facts.total(nearest));
        double field = Math.max(0, nearest.fieldYears() - facts.field(nearest));
        return new Verdict(false, true, nearest, new Localized(
                "暂不符合报考条件：" + condition(nearest, Locale.CHINESE) + "（" + nearest.source() + "）。您填报" + declared(facts, nearest, Locale.CHINESE)
                        + "，还差" + (total > 0 ? "工作年限" + years(total) + "年" : "") + (total > 0 && field > 0 ? "、" : "")
                        + (field > 0 ? nearest.field() + "年限" + years(field) + "年" : "") + "。" + counting(facts, nearest, Locale.CHINESE),
                "Not yet eligible: " + condition(nearest, Locale.ENGLISH) + " (" + nearest.source() + "). You declared " + declared(facts, nearest, Locale.ENGLISH)
                        + "; missing " + (total > 0 ? years(total) + " years of work" : "") + (total > 0 && field > 0 ? " and " : "")
                        + (field > 0 ? years(field) + " years in " + nearest.field() : "") + "." + counting(facts, nearest, Locale.ENGLISH)));
    }

    static boolean meets(Rule r, Facts f) {
        return f.education().atLeast(r.education()) && f.major().within(r.major())
                && f.total(r) >= r.totalYears() && f.field(r) >= r.fieldYears();
    }

    private static double shortfall(Rule r, Facts f) {
        return Math.max(0, r.totalYears() - f.total(r)) + Math.max(0, r.fieldYears() - f.field(r));
    }

    static String condition(Rule r, Locale locale) {
        boolean zh = locale.getLanguage().equals("zh");
        String years = r.totalYears() == 0 && r.fieldYears() == 0 ? (zh ? "，不限工作年限" : ", no years of work required")
                : r.totalYears() <= r.fieldYears() ? (zh ? "，从事" + r.field() + "满" + r.fieldYears() + "年"
                : ", " + r.fieldYears() + " years in " + r.field())
                : zh ? "，工作满" + r.totalYears() + "年，其中" + r.field() + "满" + r.fieldYears() + "年"
                : ", " + r.totalYears() + " years of work, " + r.fieldYears() + " of them in " + r.field();
        String held = !r.hasPrerequisite() ? "" : zh ? "，且已取得" + r.prerequisiteZh()
                : ", holding " + (r.prerequisiteEn() == null ? r.prerequisiteZh() : r.prerequisiteEn());
        return zh ? education(r.education(), locale) + "及以上学历（" + majors(r.major(), locale) + "）" + held + years
                : education(r.education(), locale) + " or higher (" + majors(r.major(), locale) + ")" + held + years;
    }

    private static String declared(Facts f, Rule r, Locale locale) {
        return locale.getLanguage().equals("zh")
                ? education(f.education(), locale) + "、" + major(f.major(), locale) + "，工作" + years(f.total(r)) + "年，其中" + r.field() + years(f.field(r)) + "年"
                : education(f.education(), locale) + ", " + major(f.major(), locale) + ", " + years(f.total(r)) + " years of work, "
                + years(f.field(r)) + " in " + r.field();
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
        boolean zh = locale.getLanguage().equals("zh");
        return switch (e) {
            case HIGH_SCHOOL -> zh ? "高中（中专）" : "senior secondary";
            case COLLEGE -> zh ? "大学专科" : "junior college";
            case BACHELOR -> zh ? "大学本科" : "bachelor's degree";
            case SECOND_BACHELOR -> zh ? "第二学士学位或研究生班" : "second bachelor's degree or graduate class";
            case MASTER -> zh ? "硕士" : "master's degree";
            case DOCTOR -> zh ? "博士" : "doctorate";
        };
    }

    public static String major(MajorRelation m, Locale locale) {
        boolean zh = locale.getLanguage().equals("zh");
        return switch (m) {
            case SAME -> zh ? "本专业" : "the exam's own major";
            case RELATED -> zh ? "相关专业" : "a related major";
            case OTHER -> zh ? "其他专业" : "another major";
        };
    }

    /** The majors a rule accepts, in words. */
    static String majors(MajorRelation farthest, Locale locale) {
        boolean zh = locale.getLanguage().equals("zh");
        return switch (farthest) {
            case SAME -> zh ? "本专业" : "the exam's own major";
            case RELATED -> zh ? "本专业或相关专业" : "the exam's own or a related major";
            case OTHER -> zh ? "专业不限" : "any major";
        };
    }
}
