package org.kaowu.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.platform.security.Role;
import org.kaowu.scheduling.SeatAllocator;
import org.kaowu.scheduling.SeatingFaults;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

/**
 * The seating fault hook, on a test server only (started with {@code -Dkaowu.clock.adjustable=true}; anywhere else
 * every path here is a 404): {@code POST /api/admin/test/seating/fault} {@code {"exam","area","chunkSize","crashAtChunk"}}
 * makes the next run of that exam and area write chunks of that size and die in the given chunk's transaction
 * ({@link SeatingFaults}); {@code POST …/runs/{id}/resume} takes a cut-off run up as the job's recovery does after a
 * crash; {@code POST …/disarm} ends the hook.
 */
@Path("admin/test/seating")
@Produces(MediaType.APPLICATION_JSON)
public class TestSeatingFaultResource {

    @EJB
    private SeatAllocator allocator;

    @POST
    @Path("fault")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response arm(JsonObject body) {
        testServer();
        try {
            long exam = ((JsonNumber) body.get("exam")).longValueExact();
            String area = ((JsonString) body.get("area")).getString();
            int size = ((JsonNumber) body.get("chunkSize")).intValueExact();
            int crash = ((JsonNumber) body.get("crashAtChunk")).intValueExact();
            SeatingFaults.arm(exam, area, size, crash);
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
        SeatingFaults.disarm();
        return Response.noContent().build();
    }

    @POST
    @Path("runs/{id}/resume")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response resume(@PathParam("id") long id) {
        testServer();
        allocator.resume(id);
        return Response.accepted().build();
    }

    private static void testServer() {
        if (!AuthorityClock.adjustable()) {
            throw new NotFoundException();
        }
    }
}
