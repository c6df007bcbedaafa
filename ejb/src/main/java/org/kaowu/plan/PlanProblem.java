package org.kaowu.plan;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** One thing wrong with a plan: where (file line, or 0), which field, and a message key with its arguments. */
public record PlanProblem(int line, String field, String key, List<Object> args)
        implements Serializable, org.kaowu.shared.LocatedProblem {
    public PlanProblem(int line, String field, String key, Object... args) {
        this(line, field, key, Arrays.asList(args));
    }
}
