package org.kaowu.api.certification;

import org.kaowu.certification.ResultRules;
import org.kaowu.certification.Results;

import java.util.List;
import java.util.Locale;

/**
 * A standing as the API writes it: the qualification, whether every subject is passed (and in which window), the
 * passes that count (until which exam year), the subjects missing and by when, the passes lost (voided or expired),
 * the exempt subjects, the rolling period and its source, and the whole explained in sentences in the caller's language.
 */
public record StandingJson(String catalogueCode, String subItem, String level, String title, boolean passedAll,
                           Integer windowFrom, Integer windowTo, int nextYear, List<String> required, List<String> waived,
                           List<ResultRules.Pass> passes, List<String> missing, Integer deadlineYear,
                           List<ResultRules.LostPass> lost, int periodYears, String periodSource,
                           List<String> explanation) {

    public static StandingJson of(Results.Standing s, Locale locale) {
        ResultRules.Standing r = s.rules();
        return new StandingJson(s.catalogueCode(), s.subItem(), s.level(), s.title(), r.passedAll(), r.windowFrom(),
                r.windowTo(), r.nextYear(), r.required(), r.waived(), r.passes(), r.missing(), r.deadlineYear(), r.lost(),
                r.period().years(), r.period().source(), r.explain(locale));
    }
}
