package org.kaowu.api.registration;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.kaowu.api.Paging;
import org.kaowu.api.Problems;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.util.Locale;

/**
 * What the office's resources share: who calls (for the audit trail) and in which language. Each resource still
 * declares its own {@code @Path("office")}, {@code @Produces} and {@code @RolesAllowed(OFFICE)}, with full sub-paths:
 * RESTEasy merges the methods of classes with the same path into one tree. Personal data reach these resources
 * already masked by the core, except the proof under review.
 */
abstract class OfficeEndpoint {

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    String actor() {
        return security.getUserPrincipal().getName();
    }

    Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    HttpHeaders headers() {
        return headers;
    }

    /** A page of rows as the answer's body, with its total and links (see {@link Paging}). */
    Response paged(java.util.List<?> body, Page<?> page, PageRequest request) {
        return Paging.ok(body, page, request, uri);
    }
}
