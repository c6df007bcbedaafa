package org.kaowu.scheduling.staff;

import org.kaowu.shared.DomainException;
import org.kaowu.shared.LocatedProblem;
import org.kaowu.shared.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a staff member's particulars: the file line (0 when not from a file), the column or form
 * field, and a message key with its arguments. Never carries an identity number.
 */
public record StaffProblem(int line, String field, String key, List<Object> args)
        implements Serializable, LocatedProblem {

    /** The problem type of refused staff particulars. */
    public static final String TYPE = "invalid-staff";

    /** A 422 {@code invalid-staff} naming the count, with every problem listed (extension {@code problems}). */
    public static DomainException invalid(List<StaffProblem> problems) {
        DomainException e = DomainException.unprocessable(TYPE, problems.get(0).field(), "staff.invalid",
                problems.size());
        e.with("problems", new ArrayList<>(problems));
        return e;
    }

    public StaffProblem(int line, String field, String key, Object... args) {
        this(line, field, key, Arrays.asList(args));
    }

    /** "第3行「身份证号码」(id_number)：…" / "Line 3, column "ID number" (id_number): …" in the reader's language. */
    @Override
    public String describe(Locale locale) {
        String text = Messages.text(locale, key, args.toArray());
        if (field != null && !field.isBlank()) {
            String label = Messages.text(locale, "staff.column." + field);
            if (label.startsWith("staff.column.")) {
                label = field;
            }
            return line > 0 ? Messages.text(locale, "venue.problem.lineColumn", line, label, field, text)
                    : Messages.text(locale, "venue.problem.column", label, text);
        }
        return line > 0 ? Messages.text(locale, "venue.problem.line", line, text) : text;
    }

    public StaffProblem at(int fileLine) {
        return new StaffProblem(fileLine, field, key, args);
    }
}
