package org.kaowu.api.conduct;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.Downloads;
import org.kaowu.api.Problems;
import org.kaowu.api.Uploads;
import org.kaowu.conduct.IncidentAddendum;
import org.kaowu.conduct.IncidentAttestation;
import org.kaowu.conduct.IncidentEvidence;
import org.kaowu.conduct.IncidentReport;
import org.kaowu.conduct.IncidentReports;
import org.kaowu.conduct.MisconductRule;
import org.kaowu.conduct.Party;
import org.kaowu.conduct.RuleBook;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Incident reports of the exam day under {@code /api/supervisor}: a supervisor's rooms, seated candidates (ID numbers
 * masked) and session staff for one of their duties; the rules for a party; reports (POST idempotent by
 * {@code idempotencyKey}: 201 the first time, 200 with the same report after), one's own list and those awaiting one's
 * confirmation, one report (its reporter, the site's site head, the office), an edit before confirmation (409 after),
 * confirm, addenda, evidence (raw bytes, typed by content; served as attachments to those who may read the report).
 */
@Path("supervisor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SUPERVISOR_NAME)
public class IncidentReportResource {

    @EJB
    private IncidentReports reports;

    @EJB
    private RuleBook rules;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    private String me() {
        return security.getUserPrincipal().getName();
    }

    private boolean office() {
        return security.isUserInRole(Role.OFFICE_NAME);
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    /** The rooms a duty may report from. */
    @GET
    @Path("duties/{duty}/rooms")
    public List<IncidentReports.RoomChoice> rooms(@PathParam("duty") long duty) {
        return reports.rooms(me(), duty);
    }

    /** Candidates seated in a room on the duty's day, by ticket number, seat number or name ({@code q}). */
    @GET
    @Path("duties/{duty}/candidates")
    public List<IncidentReports.SeatedCandidate> candidates(@PathParam("duty") long duty, @QueryParam("room") Long room,
                                                            @QueryParam("q") String q) {
        return reports.candidates(me(), duty, room, q);
    }

    /** A seated candidate's photo thumbnail (only for a room the duty may report from). */
    @GET
    @Path("duties/{duty}/candidates/{registration}/photo")
    @Produces("image/jpeg")
    public Response photo(@PathParam("duty") long duty, @PathParam("registration") long registration) {
        return Response.ok(reports.photo(me(), duty, registration), "image/jpeg").cacheControl(noStore())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The staff serving the duty's session at its site. */
    @GET
    @Path("duties/{duty}/staff")
    public List<IncidentReports.SessionStaff> staff(@PathParam("duty") long duty) {
        return reports.sessionStaff(me(), duty);
    }

    /** The rules in force for a party, by article and item, in the reader's language. */
    @GET
    @Path("rules")
    public List<JsonObject> rules(@QueryParam("party") String party) {
        Party p;
        try {
            p = party == null || party.isBlank() ? Party.CANDIDATE : Party.valueOf(party.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("bad-request", "party", "conduct.report.required");
        }
        Locale l = locale();
        List<JsonObject> out = new ArrayList<>();
        for (MisconductRule r : rules.current(p)) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("code", r.getCode()).add("article", r.getArticle())
                    .add("behaviour", r.behaviour(l)).add("reminderRequired", r.isReminderRequired());
            if (r.getItem() != null) {
                b.add("item", r.getItem());
            }
            out.add(b.build());
        }
        return out;
    }

    /**
     * Files a report: {@code {"idempotencyKey", "duty", "room", "party", "registration", "staffMember", "rule",
     * "occurredAt" (ISO instant or offset time), "place", "description", "reminded", "signature" (PNG, base64),
     * "refusedToSign", "evidenceDestroyed", "attesters": [{"username", "password"}]}}. 201 the first time, 200 with
     * the first report for a repeat of its key.
     */
    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JsonObject body) {
        if (body == null) {
            throw DomainException.badInput("bad-request", null, "conduct.report.required");
        }
        List<IncidentReports.Attester> attesters = new ArrayList<>();
        JsonValue a = body.get("attesters");
        if (a != null && a.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : a.asJsonArray()) {
                if (v.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject o = v.asJsonObject();
                    String pw = str(o, "password");
                    attesters.add(new IncidentReports.Attester(str(o, "username"), pw == null ? null : pw.toCharArray()));
                }
            }
        }
        byte[] signature = null;
        String sig = str(body, "signature");
        if (sig != null && !sig.isBlank()) {
            String data = sig.startsWith("data:") ? sig.substring(sig.indexOf(',') + 1) : sig;
            if (data.length() > 420_000) {
                throw DomainException.unprocessable("invalid-signature", "signature", "conduct.signature.invalid");
            }
            try {
                signature = Base64.getDecoder().decode(data.trim());
            } catch (IllegalArgumentException e) {
                throw DomainException.unprocessable("invalid-signature", "signature", "conduct.signature.invalid");
            }
        }
        Party party;
        try {
            String p = str(body, "party");
            party = p == null || p.isBlank() ? Party.CANDIDATE : Party.valueOf(p.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.unprocessable("invalid-report", "party", "conduct.report.required");
        }
        IncidentReports.Submission s = new IncidentReports.Submission(str(body, "idempotencyKey"),
                number(body, "duty"), number(body, "room"), party, number(body, "registration"),
                number(body, "staffMember"), str(body, "rule"), instant(body, "occurredAt"), str(body, "place"),
                str(body, "description"), flag(body, "reminded"), signature, flag(body, "refusedToSign"),
                flag(body, "evidenceDestroyed"), attesters);
        IncidentReports.Submitted done = reports.submit(me(), s, request.getRemoteAddr());
        return Response.status(done.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(view(done.report(), false)).build();
    }

    /** My reports, and those awaiting my confirmation as site head. */
    @GET
    @Path("reports")
    public JsonObject list() {
        JsonArrayBuilder mine = Json.createArrayBuilder();
        reports.mine(me()).forEach(r -> mine.add(row(r)));
        JsonArrayBuilder awaiting = Json.createArrayBuilder();
        reports.awaitingConfirmation(me()).forEach(r -> awaiting.add(row(r)));
        return Json.createObjectBuilder().add("mine", mine).add("awaitingConfirmation", awaiting).build();
    }

    @GET
    @Path("reports/{id}")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_NAME})
    public JsonObject one(@PathParam("id") long id) {
        return view(reports.read(me(), office(), id), true);
    }

    /** {@code {"place", "description"}}: the reporter's correction before confirmation; 409 after. */
    @PUT
    @Path("reports/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject edit(@PathParam("id") long id, JsonObject body) {
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        return view(reports.edit(me(), id, str(b, "place"), str(b, "description")), true);
    }

    @POST
    @Path("reports/{id}/confirm")
    public JsonObject confirm(@PathParam("id") long id) {
        return view(reports.confirm(me(), id), true);
    }

    /** {@code {"text"}}: an addendum by the reporter or the site head. */
    @POST
    @Path("reports/{id}/addenda")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addendum(@PathParam("id") long id, JsonObject body) {
        IncidentAddendum a = reports.addendum(me(), id, body == null ? null : str(body, "text"));
        return Response.status(Response.Status.CREATED).entity(addendum(a)).build();
    }

    /** Adds evidence (the bytes as the body; {@code name} the file's name): JPEG, PNG or PDF, typed by content. */
    @POST
    @Path("reports/{id}/evidence")
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public Response evidence(@PathParam("id") long id, @QueryParam("name") String name, java.io.InputStream body) {
        Uploads.accept(headers, "evidence", "image/jpeg", "image/png", "application/pdf",
                MediaType.APPLICATION_OCTET_STREAM);
        byte[] content = Uploads.read(body, headers, IncidentEvidence.MAX_BYTES, "evidence");
        IncidentEvidence e = reports.addEvidence(me(), id, name, content);
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", e.getId())
                .add("fileName", e.getFileName()).add("contentType", e.getContentType()).add("size", e.getSize())
                .build()).build();
    }

    /** One evidence file, always as an attachment, to the office, the reporter and the site's site head only. */
    @GET
    @Path("reports/{id}/evidence/{evidence}")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_NAME})
    public Response evidenceFile(@PathParam("id") long id, @PathParam("evidence") long evidence) {
        IncidentEvidence e = reports.evidenceFile(me(), office(), id, evidence);
        String ext = switch (e.getContentType()) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".pdf";
        };
        return Response.ok(e.getContent(), e.getContentType()).cacheControl(noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", Downloads.attachment(e.getFileName(), ext, "evidence-" + e.getId()))
                .build();
    }

    /** The signature drawn on screen, to those who may read the report. */
    @GET
    @Path("reports/{id}/signature")
    @Produces("image/png")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_NAME})
    public Response signature(@PathParam("id") long id) {
        IncidentReport r = reports.read(me(), office(), id);
        if (r.getSignature() == null) {
            throw new DomainException("no-signature", 404, null, "conduct.report.notFound");
        }
        return Response.ok(r.getSignature(), "image/png").cacheControl(noStore())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        c.setPrivate(true);
        return c;
    }

    private static JsonObject row(IncidentReports.Row r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("rule", r.ruleCode())
                .add("article", r.article()).add("party", r.party().name()).add("siteName", r.siteName())
                .add("session", r.session()).add("occurredAt", r.occurredAt().toString())
                .add("status", r.status().name()).add("reporter", r.reporter());
        if (r.personName() != null) {
            b.add("personName", r.personName());
        }
        if (r.roomNumber() != null) {
            b.add("roomNumber", r.roomNumber());
        }
        return b.build();
    }

    private JsonObject addendum(IncidentAddendum a) {
        return Json.createObjectBuilder().add("id", a.getId()).add("text", a.getBody()).add("by", a.getAddedBy())
                .add("at", a.getAddedAt().toString()).build();
    }

    private JsonObject view(IncidentReport r, boolean details) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.getId())
                .add("idempotencyKey", r.getIdempotencyKey()).add("status", r.getStatus().name())
                .add("reporter", r.getReporter()).add("examId", r.getExamId()).add("year", r.getYear())
                .add("area", r.getArea()).add("siteName", r.getSiteName()).add("session", r.getSession())
                .add("party", r.getParty().name()).add("rule", r.getRuleCode()).add("article", r.getArticle())
                .add("occurredAt", r.getOccurredAt().toString()).add("place", r.getPlace())
                .add("description", r.getDescription()).add("reminded", r.isReminded())
                .add("signed", r.isSigned()).add("refusedToSign", r.isRefusedToSign())
                .add("evidenceDestroyed", r.isEvidenceDestroyed()).add("createdAt", r.getCreatedAt().toString());
        if (r.getRoomNumber() != null) {
            b.add("roomNumber", r.getRoomNumber());
        }
        if (r.getRegistrationId() != null) {
            b.add("registration", r.getRegistrationId());
        }
        if (r.getStaffMemberId() != null) {
            b.add("staffMember", r.getStaffMemberId());
        }
        if (r.getPersonName() != null) {
            b.add("personName", r.getPersonName());
        }
        if (r.getTicketNumber() != null) {
            b.add("ticketNumber", r.getTicketNumber());
        }
        if (r.getSeatNumber() != null) {
            b.add("seatNumber", r.getSeatNumber());
        }
        if (r.getSubject() != null) {
            b.add("subject", r.getSubject());
        }
        if (r.getConfirmedBy() != null) {
            b.add("confirmedBy", r.getConfirmedBy()).add("confirmedAt", r.getConfirmedAt().toString());
        }
        if (details) {
            JsonArrayBuilder att = Json.createArrayBuilder();
            for (IncidentAttestation x : reports.attestations(r.getId())) {
                att.add(Json.createObjectBuilder().add("staffName", x.getStaffName()).add("account", x.getAccount())
                        .add("at", x.getAttestedAt().toString()));
            }
            JsonArrayBuilder ev = Json.createArrayBuilder();
            for (IncidentReports.EvidenceInfo e : reports.evidence(r.getId())) {
                ev.add(Json.createObjectBuilder().add("id", e.id()).add("fileName", e.fileName())
                        .add("contentType", e.contentType()).add("size", e.size()));
            }
            JsonArrayBuilder add = Json.createArrayBuilder();
            reports.addenda(r.getId()).forEach(x -> add.add(addendum(x)));
            b.add("attestations", att).add("evidence", ev).add("addenda", add)
                    .add("mayConfirm", reports.mayConfirm(me(), r));
        }
        return b.build();
    }

    private static String str(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static boolean flag(JsonObject o, String name) {
        return o.get(name) == JsonValue.TRUE;
    }

    private static Long number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        if (v instanceof JsonString s && s.getString().matches("\\d{1,18}")) {
            return Long.parseLong(s.getString());
        }
        throw DomainException.unprocessable("invalid-report", name, "conduct.report.required");
    }

    private static Instant instant(JsonObject o, String name) {
        String s = str(o, name);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(s.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s.trim());
            } catch (DateTimeParseException e2) {
                throw DomainException.unprocessable("invalid-report", name, "conduct.report.timeRequired");
            }
        }
    }
}
