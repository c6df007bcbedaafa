package org.kaowu.api.conduct;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.kaowu.api.Paging;
import org.kaowu.api.Problems;
import org.kaowu.conduct.IntegrityArchive;
import org.kaowu.shared.PageRequest;

/**
 * The records the office chose to publish and still in force ({@code /api/public/integrity}), for anyone: names and
 * ID numbers masked, the article and rule, the period. Nothing else of the record (no reason, no case, no account).
 */
@Path("public/integrity")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicIntegrityResource {

    @EJB
    private IntegrityArchive archive;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    public Response published(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, Problems.locale(headers.getAcceptableLanguages()));
        var found = archive.published(request);
        return Paging.ok(found.rows(), found, request, uri);
    }
}
