package org.kaowu.registration;

import org.kaowu.shared.Localized;

import java.io.Serializable;
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

    /** One way to qualify: education at least {@code education}, major within {@code major}, years of work. */
    public record Rule(EducationLevel education, MajorRelation major, int totalYears, int fieldYears, String field,
                       String source) implements Serializable {
    }

    /** What the candidate declares. */
    public record Facts(EducationLevel education, MajorRelation major, double totalYears, double fieldYears)
            implements Serializable {
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
                .min(Comparator.comparing(Rule::totalYears));
        if (met.isPresent()) {
            Rule r = met.get();
            return new Verdict(true, true, r, new Localized(
                    "符合报考条件：" + condition(r, Locale.CHINESE) + "（" + r.source() + "）。您填报" + declared(facts, r, Locale.CHINESE) + "。",
                    "Eligible: " + condition(r, Locale.ENGLISH) + " (" + r.source() + "). You declared " + declared(facts, r, Locale.ENGLISH) + "."));
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
        double total = Math.max(0, nearest.totalYears() - facts.totalYears());
        double field = Math.max(0, nearest.fieldYears() - facts.fieldYears());
        return new Verdict(false, true, nearest, new Localized(
                "暂不符合报考条件：" + condition(nearest, Locale.CHINESE) + "（" + nearest.source() + "）。您填报" + declared(facts, nearest, Locale.CHINESE)
                        + "，还差" + (total > 0 ? "工作年限" + years(total) + "年" : "") + (total > 0 && field > 0 ? "、" : "")
                        + (field > 0 ? nearest.field() + "年限" + years(field) + "年" : "") + "。",
                "Not yet eligible: " + condition(nearest, Locale.ENGLISH) + " (" + nearest.source() + "). You declared " + declared(facts, nearest, Locale.ENGLISH)
                        + "; missing " + (total > 0 ? years(total) + " years of work" : "") + (total > 0 && field > 0 ? " and " : "")
                        + (field > 0 ? years(field) + " years in " + nearest.field() : "") + "."));
    }

    static boolean meets(Rule r, Facts f) {
        return f.education().atLeast(r.education()) && f.major().within(r.major())
                && f.totalYears() >= r.totalYears() && f.fieldYears() >= r.fieldYears();
    }

    private static double shortfall(Rule r, Facts f) {
        return Math.max(0, r.totalYears() - f.totalYears()) + Math.max(0, r.fieldYears() - f.fieldYears());
    }

    static String condition(Rule r, Locale locale) {
        boolean zh = locale.getLanguage().equals("zh");
        String years = r.totalYears() == 0 && r.fieldYears() == 0 ? (zh ? "，不限工作年限" : ", no years of work required")
                : zh ? "，工作满" + r.totalYears() + "年，其中" + r.field() + "满" + r.fieldYears() + "年"
                : ", " + r.totalYears() + " years of work, " + r.fieldYears() + " of them in " + r.field();
        return zh ? education(r.education(), locale) + "及以上学历（" + majors(r.major(), locale) + "）" + years
                : education(r.education(), locale) + " or higher (" + majors(r.major(), locale) + ")" + years;
    }

    private static String declared(Facts f, Rule r, Locale locale) {
        return locale.getLanguage().equals("zh")
                ? education(f.education(), locale) + "、" + major(f.major(), locale) + "，工作" + years(f.totalYears()) + "年，其中" + r.field() + years(f.fieldYears()) + "年"
                : education(f.education(), locale) + ", " + major(f.major(), locale) + ", " + years(f.totalYears()) + " years of work, "
                + years(f.fieldYears()) + " in " + r.field();
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
