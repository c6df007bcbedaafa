package org.kaowu.api.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.Downloads;
import org.kaowu.api.Problems;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.scheduling.documents.TicketPdf;
import org.kaowu.scheduling.documents.Tickets;
import org.kaowu.shared.DomainException;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Admission tickets (准考证): the candidate downloads the PDF of their own registration inside the area's ticket window
 * (checked on the server: outside it a 409 problem saying when it opens or that it closed); staff at the door check a
 * ticket's QR token ({@code POST /api/tickets/check}): a valid one answers whom it admits and where, with the photo;
 * a forged, altered, expired, voided or replaced one is a 422 problem saying what to do.
 */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    @EJB
    private Tickets tickets;

    @EJB
    private Accounts accounts;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    public record Session(LocalDate date, String start, String end, String subject) {
    }

    public record Seat(LocalDate day, String site, String address, String room, int seat) {
    }

    /** A valid ticket at the door; {@code photo} a {@code data:image/jpeg;base64,…} URI (null: no photo on file). */
    public record Admitted(long registration, String name, String maskedIdNumber, String ticketNumber, String exam,
                           int year, String area, List<Session> sessions, List<Seat> seats, String photo) {
    }

    /** The ticket PDF of the candidate's registration {@code id} (404 for anyone else's). */
    @GET
    @Path("{id}")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Response ticket(@PathParam("id") String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new DomainException("no-such-registration", 404, "id", "registration.none");
        }
        long account = accounts.find(security.getUserPrincipal().getName()).orElseThrow().getId();
        Tickets.Ticket t = tickets.download(account, Long.parseLong(id), locale());
        return Response.ok(t.pdf(), "application/pdf")
                .header("Content-Disposition", Downloads.attachment(t.fileName(), ".pdf", "ticket.pdf"))
                .header("Cache-Control", "no-store").build();
    }

    /** {@code {"token": "K1.…"}}: the check at the door. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_NAME})
    public Admitted check(JsonObject body) {
        String token = body != null && body.get("token") instanceof JsonString s ? s.getString() : null;
        if (token == null || token.isBlank()) {
            throw DomainException.badInput("ticket-invalid", "token", "ticket.check.empty");
        }
        return json(tickets.check(token, security.getUserPrincipal().getName()));
    }

    static Admitted json(Tickets.Admitted a) {
        return new Admitted(a.registrationId(), a.name(), a.maskedIdNumber(), a.ticketNumber(), a.exam(), a.year(),
                a.area(), a.sessions().stream().map(TicketResource::session).toList(),
                a.seats().stream().map(s -> new Seat(s.day(), s.site(), s.address(), s.room(), s.seat())).toList(),
                a.photo() == null ? null : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(a.photo()));
    }

    private static Session session(TicketPdf.Session s) {
        return new Session(s.date(), s.start().toString(), s.end().toString(), s.subject());
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }
}
