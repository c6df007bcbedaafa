package org.kaowu.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.certification.Certificates;
import org.kaowu.certification.IssuanceFaults;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

/**
 * The test server's issuance fault hook (404 anywhere else): {@code POST /api/admin/test/certificates/fault}
 * {@code {"exam","chunkSize","crashAtChunk"}} arms {@link IssuanceFaults} for the exam's next batch;
 * {@code POST …/runs/{id}/resume} takes a cut-off batch up as the job's recovery does after a crash;
 * {@code POST …/disarm} ends the hook.
 */
@Path("admin/test/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class TestCertificateFaultResource {

    @EJB
    private Certificates certificates;

    @POST
    @Path("fault")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response arm(JsonObject body) {
        testServer();
        try {
            long exam = ((JsonNumber) body.get("exam")).longValueExact();
            int size = ((JsonNumber) body.get("chunkSize")).intValueExact();
            int crash = ((JsonNumber) body.get("crashAtChunk")).intValueExact();
            IssuanceFaults.arm(exam, size, crash);
        } catch (ClassCastException | NullPointerException | ArithmeticException | IllegalArgumentException e) {
            throw DomainException.badInput("invalid-fault", "body", "api.param.string");
        }
        return Response.ok(Json.createObjectBuilder().add("armed", true).build()).build();
    }

    @POST
    @Path("disarm")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response disarm() {
        testServer();
        IssuanceFaults.disarm();
        return Response.noContent().build();
    }

    @POST
    @Path("runs/{id}/resume")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response resume(@PathParam("id") long id) {
        testServer();
        certificates.resume(id);
        return Response.accepted().build();
    }

    private static void testServer() {
        if (!AuthorityClock.adjustable()) {
            throw new NotFoundException();
        }
    }
}
