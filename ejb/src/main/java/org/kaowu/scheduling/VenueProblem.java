package org.kaowu.scheduling;

import org.kaowu.shared.LocatedProblem;
import org.kaowu.shared.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with venue particulars: the file line (0 when not from a file), the column or form field, and a
 * message key with its arguments.
 */
public record VenueProblem(int line, String field, String key, List<Object> args)
        implements Serializable, LocatedProblem {

    /** The problem type of refused venue particulars. */
    public static final String TYPE = "invalid-venue";

    /** A 422 {@code invalid-venue} naming the count, with every problem listed (extension {@code problems}). */
    public static org.kaowu.shared.DomainException invalid(List<VenueProblem> problems) {
        org.kaowu.shared.DomainException e = org.kaowu.shared.DomainException.unprocessable(TYPE,
                problems.get(0).field(), "venue.invalid", problems.size());
        e.with("problems", new java.util.ArrayList<>(problems));
        return e;
    }

    public VenueProblem(int line, String field, String key, Object... args) {
        this(line, field, key, Arrays.asList(args));
    }

    /** "第3行「考点代码」(site_code)：…" / "Line 3, column "Site code" (site_code): …" in the reader's language. */
    @Override
    public String describe(Locale locale) {
        String text = Messages.text(locale, key, args.toArray());
        if (field != null && !field.isBlank()) {
            String label = Messages.text(locale, "venue.column." + field);
            if (label.startsWith("venue.column.")) {
                label = field;
            }
            return line > 0 ? Messages.text(locale, "venue.problem.lineColumn", line, label, field, text)
                    : Messages.text(locale, "venue.problem.column", label, text);
        }
        return line > 0 ? Messages.text(locale, "venue.problem.line", line, text) : text;
    }

    public VenueProblem at(int fileLine) {
        return new VenueProblem(fileLine, field, key, args);
    }
}
