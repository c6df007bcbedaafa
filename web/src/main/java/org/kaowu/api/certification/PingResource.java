package org.kaowu.api.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/public/ping} → {@code {"ok":true}}: the trivial JAX-RS endpoint that the public verification
 * benchmark ({@code bench/verify.sh}, docs/performance.md) measures in the same run as its baseline — the server's
 * cost of a request through the same filters and JAX-RS with no work behind it. It tells nothing and changes nothing.
 */
@Path("public/ping")
@PermitAll
public class PingResource {

    private static final String OK = "{\"ok\":true}";

    @GET
    public Response ping() {
        return Response.ok(OK, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
