package org.kaowu.api.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.api.Uploads;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.Eligibility;
import org.kaowu.registration.MajorRelation;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationPath;
import org.kaowu.registration.RegistrationRequest;
import org.kaowu.registration.Registrations;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A candidate's registrations: the notice to sign, the eligibility check, the submission (idempotent), the list. */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@jakarta.enterprise.context.ApplicationScoped
public class RegistrationResource {

    @EJB
    private Registrations registrations;

    @EJB
    private org.kaowu.registration.RegistrationDesk desk;

    @EJB
    private org.kaowu.registration.CommitmentWithdrawals withdrawals;

    @EJB
    private org.kaowu.registration.RegistrationDocuments documents;

    @EJB
    private Accounts accounts;

    @EJB
    private org.kaowu.registration.Notifications notifications;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    public record View(long id, int year, String examCode, String level, String area, List<String> subjects, String path,
                       String status, String eligibility, String noticeVersion, String noticeSha256, Instant signedAt,
                       boolean identityPending, java.math.BigDecimal fee, String payment, String paymentRef,
                       Instant commitmentWithdrawnAt, String reviewNote, String voidReason, String exemption,
                       boolean exemptionAlternative, Instant createdAt) {
        public static View of(Registration r) {
            return new View(r.getId(), r.getPlanYear(), r.getExamCode(), r.getLevel(), r.getArea(), r.getSubjects(),
                    r.getPath().name(), r.getStatus().name(), r.getEligibility(), r.getNoticeVersion(), r.getNoticeSha256(),
                    r.getSignedAt(), r.isIdentityPending(), r.getFee(), r.getPayment().name(), r.getPaymentRef(),
                    r.getCommitmentWithdrawnAt(), r.getReviewNote(), r.getVoidReason(), r.getExemption(),
                    r.isExemptionByAlternative(), r.getCreatedAt());
        }
    }

    public record NoticeView(String title, String body, Instant at) {
    }

    public record Notice(String version, String sha256, String text, List<Exemption> exemptions) {
    }

    /** An exemption of the level; {@code alternative}: its other condition, which needs no years of work (or null). */
    public record Exemption(String code, String condition, int minTotalYears, int minFieldYears, List<String> exemptSubjects,
                            String source, String alternative) {
    }

    public record Verdict(boolean eligible, String explanation) {
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    private long me() {
        return ProfileResource.accountId(accounts, security, request);
    }

    @GET
    @RolesAllowed(Role.CANDIDATE_NAME)
    public List<View> mine() {
        return registrations.of(me()).stream().map(View::of).toList();
    }

    /**
     * The notice generated for an exam level: the text to read, and the digest to sign. With {@code exemption} (and
     * {@code alternative=true} to claim its alternative condition) the notice names the exemption claimed.
     */
    @GET
    @Path("notice")
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Notice notice(@QueryParam("year") String year, @QueryParam("exam") String exam, @QueryParam("level") String level,
                         @QueryParam("exemption") String exemption, @QueryParam("alternative") String alternative) {
        var target = registrations.target(Params.range("year", year, 2000, 2100, 0, locale()), exam, level);
        var notice = target.notice(exemption, "true".equalsIgnoreCase(alternative));
        boolean english = "en".equals(locale().getLanguage());
        return new Notice(notice.version(), notice.sha256(), notice.text(),
                target.exemptions().stream().map(e -> new Exemption(e.code(), e.condition(false, english), e.minTotalYears(),
                        e.minFieldYears(), e.exemptSubjects(), e.source(), e.hasAlternative() ? e.condition(true, english) : null)).toList());
    }

    /** The eligibility verdict on the facts in the body, in plain words; nothing is stored. */
    @POST
    @Path("eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Verdict eligibility(JsonObject body) {
        Eligibility.Verdict v = registrations.judge(me(), read(body));
        return new Verdict(v.eligible(), v.explanation().in(locale()));
    }

    /**
     * Registers the candidate. With an {@code Idempotency-Key} header a repeated submission answers 200 with the
     * registration the first one made; a new one answers 201.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Response register(JsonObject body, @HeaderParam("Idempotency-Key") String key,
                             @HeaderParam("User-Agent") String userAgent) {
        Registrations.Outcome outcome = desk.register(me(), read(body), key, request.getRemoteAddr(), userAgent);
        return Response.status(outcome.replay() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("registrations/" + outcome.registration().getId()))
                .entity(View.of(outcome.registration())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.CANDIDATE_NAME)
    public View one(@jakarta.ws.rs.PathParam("id") long id) {
        return View.of(registrations.own(me(), id));
    }

    /** Withdraws the commitment (before payment and the deadline): the registration moves to proof. */
    @POST
    @Path("{id}/withdraw-commitment")
    @RolesAllowed(Role.CANDIDATE_NAME)
    public View withdraw(@jakarta.ws.rs.PathParam("id") long id) {
        return View.of(withdrawals.withdraw(me(), id, security.getUserPrincipal().getName()));
    }

    /**
     * Adds a proof document (PDF or JPEG, the bytes as the body, at most {@link org.kaowu.registration.RegistrationDocument#MAX_BYTES}, more
     * is a 413; {@code name} the file's name). Another content type is a 415 naming the two.
     */
    @POST
    @Path("{id}/documents")
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Response document(@jakarta.ws.rs.PathParam("id") long id, @QueryParam("name") String name, java.io.InputStream body) {
        Uploads.accept(headers, "document", "application/pdf", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM);
        byte[] content = Uploads.read(body, headers, org.kaowu.registration.RegistrationDocument.MAX_BYTES, "document");
        var d = documents.add(me(), id, name, content, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(jakarta.json.Json.createObjectBuilder()
                .add("id", d.getId()).add("fileName", d.getFileName()).add("contentType", d.getContentType())
                .add("size", d.getSize()).build()).build();
    }

    /** One of the candidate's proof documents as listed: the name it was uploaded with, its type, size and arrival. */
    public record DocumentView(long id, String fileName, String contentType, int size, java.time.Instant uploadedAt) {
    }

    /** The proof documents of one of the candidate's own registrations, oldest first. */
    @GET
    @Path("{id}/documents")
    @RolesAllowed(Role.CANDIDATE_NAME)
    public List<DocumentView> documents(@jakarta.ws.rs.PathParam("id") long id) {
        return documents.mine(me(), id).stream()
                .map(d -> new DocumentView(d.id(), d.fileName(), d.contentType(), d.size(), d.uploadedAt())).toList();
    }

    /** Takes a proof document back while the office has not decided on the registration (409 documents-closed after). */
    @jakarta.ws.rs.DELETE
    @Path("{id}/documents/{doc}")
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Response removeDocument(@jakarta.ws.rs.PathParam("id") long id, @jakarta.ws.rs.PathParam("doc") long doc) {
        documents.remove(me(), id, doc, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    /** What the office has told the candidate (reviews, verification outcomes, identity decisions). */
    @GET
    @Path("notifications")
    @RolesAllowed(Role.CANDIDATE_NAME)
    public List<NoticeView> notifications() {
        return notifications.of(me()).stream().map(n -> new NoticeView(n.title(locale()), n.body(locale()), n.getCreatedAt())).toList();
    }

    private RegistrationRequest read(JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        Integer year = f.integer("year");
        return new RegistrationRequest(year == null ? 0 : year, f.text("examCode"), f.text("level"), f.text("area"),
                f.texts("subjects"), f.enumValue("path", RegistrationPath.class), f.enumValue("major", MajorRelation.class),
                f.integers("fieldWork"), f.text("noticeSha256"), f.text("exemption"), f.flag("exemptionAlternative"));
    }
}
