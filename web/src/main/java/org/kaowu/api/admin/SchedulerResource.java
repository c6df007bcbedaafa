package org.kaowu.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kaowu.platform.scheduling.Scheduling;
import org.kaowu.platform.security.Role;

/**
 * For maintenance: put this node's scheduler on standby and start it again. Triggers that fall due meanwhile misfire
 * and fire when it starts (on any node of the cluster that is running).
 */
@Path("admin/scheduler")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulerResource {

    @EJB
    private Scheduling scheduling;

    @jakarta.inject.Inject
    private org.kaowu.shared.AuthorityClock clock;

    public record State(boolean running, String node) {
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public State state() {
        return new State(scheduling.running(), scheduling.node());
    }

    @POST
    @Path("standby")
    @RolesAllowed(Role.ADMIN_NAME)
    public State standby() {
        scheduling.standby();
        return state();
    }

    @POST
    @Path("start")
    @RolesAllowed(Role.ADMIN_NAME)
    public State start() {
        scheduling.resume();
        // What fell due meanwhile fires now (the clock may also have been moved on a test server); answered when done.
        scheduling.fireDue(clock.now());
        scheduling.awaitIdle(clock.now(), java.time.Duration.ofSeconds(60));
        return state();
    }
}
