package org.kaowu.shared;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list: where it starts, how many rows (at most {@link #MAX_SIZE}; 0 asks for the count alone), and
 * optionally the field to sort on. The field is only ever looked up in the listing's own whitelist (a fixed map from
 * field names to JPQL paths): nothing a caller sends reaches a query as text.
 */
public record PageRequest(int offset, int size, String sort, boolean descending) implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size);
        }
    }

    /** Rows {@code offset} to {@code offset + size - 1}, in the listing's own order. */
    public static PageRequest of(int offset, int size) {
        return new PageRequest(offset, size, null, false);
    }

    /** Page {@code page} (from 0) of {@code size} rows. */
    public static PageRequest page(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page " + page);
        }
        return of(Math.toIntExact((long) page * size), size);
    }

    /** No rows: only how many there are. */
    public static PageRequest countOnly() {
        return of(0, 0);
    }

    public PageRequest sorted(String field, boolean desc) {
        return new PageRequest(offset, size, field, desc);
    }

    public boolean isCountOnly() {
        return size == 0;
    }

    /** The page number (from 0) this request starts on. */
    public int page() {
        return size == 0 ? 0 : offset / size;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext(long total) {
        return size > 0 && (long) offset + size < total;
    }

    /**
     * The JPQL {@code order by} clause: the whitelisted path of the requested field first (if the whitelist has it;
     * any other field is ignored), then the listing's own order, which ends on a unique key so that pages never
     * overlap.
     */
    public String orderBy(Map<String, String> whitelist, String fallback) {
        String path = sort == null ? null : whitelist.get(sort);
        return " order by " + (path == null ? "" : path + (descending ? " desc" : " asc") + ", ") + fallback;
    }
}
