package org.kaowu.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kaowu.platform.delivery.LoggingSmsGateway;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.AuthorityClock;

import java.util.List;

/**
 * {@code GET /api/admin/test/sms}: the last text messages the logging SMS gateway "sent", newest first, for tests
 * that need a reset code. It exists only on a test server (started with {@code -Dkaowu.clock.adjustable=true}, like
 * the movable clock); anywhere else it is a 404, and the gateway keeps nothing to show.
 */
@Path("admin/test/sms")
@Produces(MediaType.APPLICATION_JSON)
public class TestOutboxResource {

    @Inject
    private LoggingSmsGateway gateway;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public List<LoggingSmsGateway.Sent> recent() {
        if (!AuthorityClock.adjustable()) {
            throw new NotFoundException();
        }
        return gateway.recent();
    }
}
