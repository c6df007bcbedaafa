package org.kaowu.api.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.platform.security.Role;
import org.kaowu.scheduling.staff.Rosters;

import java.util.List;

/** The signed-in staff member's own duties in current rosters: nothing of anyone else's but their partners' names. */
@Path("supervisor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SUPERVISOR_NAME)
public class SupervisorResource {

    @EJB
    private Rosters rosters;

    @Context
    private SecurityContext security;

    @GET
    @Path("duties")
    public List<Rosters.MyDuty> duties() {
        return rosters.dutiesOf(security.getUserPrincipal().getName());
    }
}
