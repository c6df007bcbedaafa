package org.kaowu.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kaowu.platform.persistence.SchemaInfo;
import org.kaowu.platform.security.Role;

import java.util.List;

/** For the operator: the migrations this deployment carries and whether each has run. */
@Path("admin/schema")
@Produces(MediaType.APPLICATION_JSON)
public class SchemaResource {

    @EJB
    private SchemaInfo schema;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public List<SchemaInfo.Migration> migrations() {
        return schema.migrations();
    }
}
