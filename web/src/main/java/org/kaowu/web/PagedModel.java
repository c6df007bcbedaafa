package org.kaowu.web;

import jakarta.el.ValueExpression;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PrimeFaces lazy model over a core listing: each page and its count come from the database, sorted there on the
 * column's field (the core looks the field up in its own whitelist). Rows are keyed by {@code key}.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A core listing: one page for a request. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest page);
    }

    /** A row's key. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public PagedModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, loader.load(PageRequest.countOnly()).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest request = PageRequest.of(Math.max(0, first), Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)));
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                .min(Comparator.comparingInt(SortMeta::getPriority)).orElse(null);
        if (sort != null) {
            request = request.sorted(field(sort), sort.getOrder() == SortOrder.DESCENDING);
        }
        Page<T> page = loader.load(request);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    /** The column's field, or the property its sortBy expression names ({@code #{r.exam}} → {@code exam}). */
    static String field(SortMeta sort) {
        if (sort.getField() != null && !sort.getField().isBlank()) {
            return sort.getField();
        }
        ValueExpression ve = sort.getSortBy();
        return ve == null ? null : property(ve.getExpressionString());
    }

    static String property(String expression) {
        if (expression == null) {
            return null;
        }
        String e = expression.strip();
        if (e.startsWith("#{") && e.endsWith("}")) {
            e = e.substring(2, e.length() - 1).strip();
        }
        int dot = e.lastIndexOf('.');
        return dot < 0 ? e : e.substring(dot + 1);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
    }
}
