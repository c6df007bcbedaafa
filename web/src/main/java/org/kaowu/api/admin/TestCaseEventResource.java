package org.kaowu.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Problems;
import org.kaowu.conduct.IdenticalAnswersConfirmed;
import org.kaowu.conduct.IncidentConfirmed;
import org.kaowu.conduct.Party;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.CommitmentFraudFound;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

/**
 * The conduct events, fired by hand on a test server only (started with {@code -Dkaowu.clock.adjustable=true};
 * anywhere else every path here is a 404), so case tests need not file reports through the supervisor pages:
 * {@code POST /api/admin/test/conduct/incident} {@code {"reportId","party","registrationId"|"staffMemberId","examId",
 * "year","area","subject","ruleCode","description"}}, {@code …/fraud} {@code {"registrationId","taskId","evidence"}},
 * {@code …/identical} {@code {"registrationId","otherRegistrationId","subject","panelReference"}}. Each is fired in
 * one transaction, as the real ones are. {@code …/office-account} {@code {"username","password"}} makes an OFFICE
 * account without provincial competence.
 */
@Path("admin/test/conduct")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
public class TestCaseEventResource {

    @Inject
    private Event<IncidentConfirmed> incidents;

    @Inject
    private Event<CommitmentFraudFound> frauds;

    @Inject
    private Event<IdenticalAnswersConfirmed> identical;

    @Inject
    private AuthorityClock clock;

    @POST
    @Path("incident")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response incident(JsonObject body) {
        testServer();
        JsonFields f = JsonFields.of(body, Problems.locale(java.util.List.of()));
        Party party = f.enumValue("party", Party.class);
        incidents.fire(new IncidentConfirmed(number(body, "reportId"), party, optional(body, "registrationId"),
                optional(body, "staffMemberId"), number(body, "examId"), f.integer("year") == null ? 0 : f.integer("year"),
                f.text("area"), f.text("site"), f.text("room"), f.text("subject"), f.text("ruleCode"), clock.now(),
                f.text("description"), "site-head-test"));
        return Response.ok(Json.createObjectBuilder().add("fired", true).build()).build();
    }

    @POST
    @Path("fraud")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response fraud(JsonObject body) {
        testServer();
        frauds.fire(new CommitmentFraudFound(number(body, "registrationId"), number(body, "taskId"),
                body.getString("evidence", "-"), "verifier-test"));
        return Response.ok(Json.createObjectBuilder().add("fired", true).build()).build();
    }

    @POST
    @Path("identical")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response identical(JsonObject body) {
        testServer();
        identical.fire(new IdenticalAnswersConfirmed(number(body, "registrationId"), number(body, "otherRegistrationId"),
                body.getString("subject", "01"), body.getString("panelReference", "P-1"), body.getString("evidence", ""),
                "import-test"));
        return Response.ok(Json.createObjectBuilder().add("fired", true).build()).build();
    }

    @Inject
    private org.kaowu.platform.security.Accounts accounts;

    /** An OFFICE account without provincial competence (not in office_scope), for the tests of Art. 5. */
    @POST
    @Path("office-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response officeAccount(JsonObject body) {
        testServer();
        String created = accounts.createStaff(body.getString("username", ""), "市级考务机构",
                org.kaowu.platform.security.Role.OFFICE, body.getString("password", "").toCharArray(), "admin");
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("username", created).build())
                .build();
    }

    private static long number(JsonObject body, String name) {
        Long v = optional(body, name);
        if (v == null) {
            throw DomainException.badInput("invalid-event", name, "api.param.string");
        }
        return v;
    }

    private static Long optional(JsonObject body, String name) {
        return body.get(name) instanceof jakarta.json.JsonNumber n ? n.longValue() : null;
    }

    private static void testServer() {
        if (!AuthorityClock.adjustable()) {
            throw new NotFoundException();
        }
    }
}
