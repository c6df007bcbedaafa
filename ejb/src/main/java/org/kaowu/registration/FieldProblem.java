package org.kaowu.registration;

import org.kaowu.shared.LocatedProblem;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** One thing wrong with what a candidate entered: the field (e.g. {@code work[1].from}) and a message key. */
public record FieldProblem(String field, String key, List<Object> args) implements LocatedProblem, Serializable {

    public FieldProblem(String field, String key, Object... args) {
        this(field, key, Arrays.asList(args));
    }

    @Override
    public int line() {
        return 0;
    }
}
