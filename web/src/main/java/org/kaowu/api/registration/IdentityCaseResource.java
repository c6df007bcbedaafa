package org.kaowu.api.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kaowu.api.JsonFields;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.OfficeRegistrations;

import java.time.Instant;
import java.util.List;

/** One identity number claimed by two accounts: the open cases (numbers masked by the core) and the decision. */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class IdentityCaseResource extends OfficeEndpoint {

    @EJB
    private OfficeRegistrations office;

    public record IdentityCaseView(long id, String idNumberMasked, long firstAccount, long secondAccount, String status,
                                   Instant openedAt) {
        static IdentityCaseView of(OfficeRegistrations.CaseRow c) {
            return new IdentityCaseView(c.id(), c.idNumber(), c.firstAccount(), c.secondAccount(), c.status().name(),
                    c.openedAt());
        }
    }

    /** {@code {"owner": accountId, "note": "…"}}. */
    @POST
    @Path("identity-cases/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public IdentityCaseView resolve(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        Integer owner = f.integer("owner");
        return IdentityCaseView.of(OfficeRegistrations.CaseRow.of(
                office.resolveIdentity(id, owner == null ? -1 : owner, f.text("note"), actor())));
    }

    @GET
    @Path("identity-cases")
    public List<IdentityCaseView> identityCases() {
        return office.openIdentityCases().stream().map(IdentityCaseView::of).toList();
    }
}
