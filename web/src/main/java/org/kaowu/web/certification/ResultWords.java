package org.kaowu.web.certification;

import org.kaowu.web.FacesFeedback;

import java.math.BigDecimal;

/** How the results pages say a subject's outcome and a mark, in the page's language. */
final class ResultWords {

    private ResultWords() {
    }

    /** Void (a decision), absent, passed or not passed. */
    static String outcome(boolean voided, boolean absent, boolean passed) {
        if (voided) {
            return FacesFeedback.text("results.outcome.voided");
        }
        if (absent) {
            return FacesFeedback.text("results.outcome.absent");
        }
        return FacesFeedback.text(passed ? "results.outcome.passed" : "results.outcome.failed");
    }

    /** A mark as written ("72.5", "140"), or a dash for none. */
    static String plain(BigDecimal d) {
        return d == null ? "—" : d.stripTrailingZeros().toPlainString();
    }
}
