package org.kaowu.shared;

import jakarta.persistence.TypedQuery;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** One page of a list and how many rows the whole list has (counted by the database). */
public record Page<T>(List<T> rows, long total) implements Serializable {

    public Page {
        rows = List.copyOf(rows);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(rows.stream().<R>map(f).toList(), total);
    }

    /**
     * Runs the page's query (its first row and size set here) and the count query; the count is skipped when the
     * first page already holds every row.
     */
    public static <T> Page<T> of(TypedQuery<T> rows, TypedQuery<Long> count, PageRequest page) {
        List<T> found = page.isCountOnly() ? List.of()
                : rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, total(page, found.size(), count::getSingleResult));
    }

    /** The total: what the first page holds if it is not full, otherwise what the database counts. */
    static long total(PageRequest page, int fetched, LongSupplier counter) {
        if (!page.isCountOnly() && page.offset() == 0 && fetched < page.size()) {
            return fetched;
        }
        return counter.getAsLong();
    }
}
