package org.kaowu.api.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.platform.security.Account;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.Messages;

/** Candidates sign up here as on the sign-up page; anyone signed in can ask who they are. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @EJB
    private Accounts accounts;

    @Context
    private HttpHeaders headers;

    public record Me(String username, String displayName, String role) {
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response signUp(JsonObject request) {
        if (request == null) {
            throw Params.bad("body", "", Messages.text(Problems.locale(headers.getAcceptableLanguages()), "api.param.json"));
        }
        String password = string(request, "password");
        String username = accounts.signUpCandidate(string(request, "contact"), string(request, "displayName"),
                password == null ? new char[0] : password.toCharArray());
        Account a = accounts.find(username).orElseThrow();
        return Response.created(UriBuilder.fromPath("/api/me").build())
                .entity(new Me(a.getUsername(), a.getDisplayName(), a.getRole().name())).build();
    }

    private static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    /**
     * {@code POST /api/me/password {"current","password"}}: the caller changes their own password (the way out of a
     * temporary password an ADMIN set). 204, or 400 naming the field.
     */
    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CANDIDATE_NAME, Role.OFFICE_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public Response changePassword(JsonObject request, @Context SecurityContext security) {
        if (request == null) {
            throw Params.bad("body", "", Messages.text(Problems.locale(headers.getAcceptableLanguages()), "api.param.json"));
        }
        String current = string(request, "current");
        String password = string(request, "password");
        accounts.changePassword(security.getUserPrincipal().getName(), current == null ? new char[0] : current.toCharArray(),
                password == null ? new char[0] : password.toCharArray());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @RolesAllowed({Role.CANDIDATE_NAME, Role.OFFICE_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public Me me(@Context SecurityContext security) {
        Account a = accounts.find(security.getUserPrincipal().getName()).orElseThrow();
        return new Me(a.getUsername(), a.getDisplayName(), a.getRole().name());
    }
}
