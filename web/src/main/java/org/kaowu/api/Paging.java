package org.kaowu.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.util.Locale;

/**
 * Paged lists in the API: {@code page} (from 0) and {@code size} (1–200, 50 unless asked) from the query; the answer's
 * body stays what it was (the rows), the whole list's length goes in {@code X-Total-Count}, and {@code Link} names the
 * next and previous pages.
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;
    public static final String TOTAL = "X-Total-Count";

    private Paging() {
    }

    public static PageRequest request(String page, String size, Locale locale) {
        int s = Params.range("size", size, 1, PageRequest.MAX_SIZE, DEFAULT_SIZE, locale);
        int p = Params.range("page", page, 0, Integer.MAX_VALUE / s, 0, locale);
        return PageRequest.page(p, s);
    }

    /** 200 with {@code body}, the total and the links of {@code page}. */
    public static Response ok(Object body, Page<?> page, PageRequest request, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(body).header(TOTAL, page.total());
        if (request.hasNext(page.total())) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("page", request.page() + 1)
                    .replaceQueryParam("size", request.size()).build(), "next");
        }
        if (request.hasPrevious()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("page", request.page() - 1)
                    .replaceQueryParam("size", request.size()).build(), "prev");
        }
        return answer.build();
    }
}
