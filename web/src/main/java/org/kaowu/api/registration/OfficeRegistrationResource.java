package org.kaowu.api.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.kaowu.api.JsonFields;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.platform.security.Role;
import org.kaowu.plan.PlanFile;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.IdentityCase;
import org.kaowu.registration.IntegrityRecord;
import org.kaowu.registration.OfficeRegistrations;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationDocument;
import org.kaowu.registration.Registrations;
import org.kaowu.registration.VerificationCampaign;
import org.kaowu.registration.VerificationTask;
import org.kaowu.registration.Verifications;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The office's registration work: the proof review queue (the one place with unmasked personal data), payments,
 * the bank's reconciliation file, identity cases, verification campaigns and tasks, the integrity archive, statistics.
 */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class OfficeRegistrationResource {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @EJB
    private OfficeRegistrations office;

    @EJB
    private Registrations registrations;

    @EJB
    private Verifications verifications;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    public record Document(long id, String fileName, String contentType, int size, Instant uploadedAt) {
    }

    /** A proof registration under review, with the candidate's data in full: reviewers need it. */
    public record Review(RegistrationResource.View registration, String realName, String idType, String idNumber,
                         String birthDate, String sex, String mobile, String education, String school, String major,
                         String graduationDate, String educationCertificate, List<ProfileResource.Work> work,
                         List<Document> documents) {
    }

    public record IdentityCaseView(long id, String idNumberMasked, long firstAccount, long secondAccount, String status,
                                   Instant openedAt) {
    }

    public record TaskView(long id, long registrationId, String candidate, String idNumberMasked, String reason,
                           String note, String verifier, String status, String outcome, String evidence, Instant dueAt,
                           boolean overdue, String registrationStatus) {
    }

    public record CampaignView(long id, long examId, String name, String mode, Integer samplePercent, Long seed,
                               int population, int drawn, Instant deadline, String createdBy, Instant createdAt) {
        static CampaignView of(VerificationCampaign c) {
            return new CampaignView(c.getId(), c.getExamId(), c.getName(), c.getMode().name(), c.getSamplePercent(),
                    c.getSeed(), c.getPopulation(), c.getDrawn(), c.getDeadline(), c.getCreatedBy(), c.getCreatedAt());
        }
    }

    public record RecordView(long id, String idNumberMasked, String kind, String severity, String validFrom,
                             String validUntil, String reason, String sourceRef) {
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    @GET
    @Path("registrations/review")
    public List<Review> queue(@QueryParam("year") String year, @QueryParam("exam") String exam) {
        Long examId = exam == null || exam.isBlank() ? null
                : registrations.exam(Params.range("year", year, 2000, 2100, 0, locale()), exam).getId();
        return office.reviewQueue(examId).stream().map(r -> review(r.registration(), r.profile())).toList();
    }

    /**
     * One registration. Its candidate's data in full only while it is proof under review (the reviewer needs it);
     * otherwise masked, as in every other list.
     */
    @GET
    @Path("registrations/{id}")
    public Review registration(@PathParam("id") long id) {
        Registration r = office.registration(id);
        Review full = review(r, office.profile(r.getAccountId()));
        boolean underReview = r.getPath() == org.kaowu.registration.RegistrationPath.PROOF
                && (r.getStatus() == org.kaowu.registration.RegistrationStatus.PENDING_REVIEW
                || r.getStatus() == org.kaowu.registration.RegistrationStatus.MORE_REQUESTED);
        return underReview ? full : new Review(full.registration(), IdNumbers.maskName(full.realName()), full.idType(),
                IdNumbers.mask(full.idNumber()), null, null, IdNumbers.maskMobile(full.mobile()), full.education(), full.school(),
                full.major(), full.graduationDate(), null, full.work(), full.documents());
    }

    private Review review(Registration r, CandidateProfile p) {
        List<Document> docs = registrations.documentInfo(r.getId()).stream()
                .map(d -> new Document(d.id(), d.fileName(), d.contentType(), d.size(), d.uploadedAt())).toList();
        ProfileResource.Profile v = ProfileResource.view(p, false, null);
        return new Review(RegistrationResource.View.of(r), v.realName(), v.idType(), v.idNumber(), v.birthDate(), v.sex(),
                v.mobile(), v.education(), v.school(), v.major(), v.graduationDate(), v.educationCertificate(), v.work(), docs);
    }

    @GET
    @Path("registrations/{id}/documents/{doc}")
    @Produces({"application/pdf", "image/jpeg"})
    public Response document(@PathParam("id") long id, @PathParam("doc") long doc) {
        RegistrationDocument d = registrations.document(id, doc);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        // Always a download, never rendered by the browser in the application's origin.
        return Response.ok(d.getContent(), d.getContentType()).cacheControl(noStore)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "attachment; filename=\"document-" + d.getId()
                        + (d.getContentType().equals("application/pdf") ? ".pdf" : ".jpg") + "\"").build();
    }

    /** {@code {"decision": "APPROVE" | "REJECT" | "ASK_MORE", "note": "…"}}; a note is required unless approving. */
    @POST
    @Path("registrations/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationResource.View review(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        OfficeRegistrations.Decision decision = f.enumValue("decision", OfficeRegistrations.Decision.class);
        if (decision == null) {
            throw DomainException.badInput("invalid-review", "decision", "registration.review.decision");
        }
        return RegistrationResource.View.of(office.review(id, decision, f.text("note"), actor()));
    }

    @POST
    @Path("registrations/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationResource.View pay(@PathParam("id") long id, JsonObject body) {
        return RegistrationResource.View.of(office.confirmPayment(id, JsonFields.of(body, locale()).text("reference"), actor()));
    }

    /** The bank's reconciliation file (CSV {@code payment_ref,amount,paid_at,bank_txn}); answers each line's outcome. */
    @POST
    @Path("payments/reconcile")
    public List<OfficeRegistrations.ReconciledLine> reconcile(java.io.InputStream body) {
        org.kaowu.api.Uploads.accept(headers, "file", "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM);
        byte[] file = org.kaowu.api.Uploads.read(body, headers, OfficeRegistrations.MAX_BANK_FILE_BYTES, "file");
        return office.reconcile(file, actor());
    }

    @GET
    @Path("identity-cases")
    public List<IdentityCaseView> identityCases() {
        return office.openIdentityCases().stream().map(c -> new IdentityCaseView(c.getId(), IdNumbers.mask(c.getIdNumber()),
                c.getFirstAccount(), c.getSecondAccount(), c.getStatus().name(), c.getOpenedAt())).toList();
    }

    /** {@code {"owner": accountId, "note": "…"}}. */
    @POST
    @Path("identity-cases/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public IdentityCaseView resolve(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        Integer owner = f.integer("owner");
        IdentityCase c = office.resolveIdentity(id, owner == null ? -1 : owner, f.text("note"), actor());
        return new IdentityCaseView(c.getId(), IdNumbers.mask(c.getIdNumber()), c.getFirstAccount(), c.getSecondAccount(),
                c.getStatus().name(), c.getOpenedAt());
    }

    @GET
    @Path("statistics")
    public List<OfficeRegistrations.Count> statistics(@QueryParam("year") String year) {
        return office.statistics(Params.range("year", year, 2000, 2100, clock.today().getYear(), locale()));
    }

    /**
     * The same counts as a CSV file for a spreadsheet (UTF-8 with BOM; headings in the caller's language; any cell a
     * spreadsheet would run as a formula is neutralised).
     */
    @GET
    @Path("statistics.csv")
    @Produces("text/csv")
    public Response statisticsCsv(@QueryParam("year") String year) {
        int y = Params.range("year", year, 2000, 2100, clock.today().getYear(), locale());
        Locale l = locale();
        org.kaowu.shared.CsvExport csv = new org.kaowu.shared.CsvExport().row(
                org.kaowu.shared.Messages.text(l, "export.statistics.year"), org.kaowu.shared.Messages.text(l, "export.statistics.exam"),
                org.kaowu.shared.Messages.text(l, "export.statistics.area"), org.kaowu.shared.Messages.text(l, "export.statistics.path"),
                org.kaowu.shared.Messages.text(l, "export.statistics.status"), org.kaowu.shared.Messages.text(l, "export.statistics.count"));
        for (OfficeRegistrations.Count c : office.statistics(y)) {
            csv.row(c.year(), c.exam(), c.area(), org.kaowu.shared.Messages.text(l, "export.path." + c.path()),
                    org.kaowu.shared.Messages.text(l, "export.status." + c.status()), c.count());
        }
        return Response.ok(csv.toString(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"registrations-" + y + ".csv\"").build();
    }

    /**
     * A campaign over an exam's commitments: {@code {"year", "examCode", "name", "mode": "ALL" | "SAMPLE",
     * "percent", "seed" (optional: drawn at random and recorded), "deadline" (optional: the exam's verification deadline)}}.
     */
    @POST
    @Path("verification/campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response campaign(JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        Integer year = f.integer("year");
        long examId = registrations.exam(year == null ? 0 : year, f.text("examCode")).getId();
        String deadline = f.text("deadline");
        Instant due = deadline == null ? null : PlanFile.moment(deadline, true);
        if (deadline != null && due == null) {
            throw Params.bad("deadline", deadline, org.kaowu.shared.Messages.text(locale(), "plan.row.badMoment", deadline));
        }
        String seed = f.text("seed");
        Long seedValue;
        try {
            seedValue = seed == null ? null : Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw Params.bad("seed", seed, org.kaowu.shared.Messages.text(locale(), "api.param.range", Long.MIN_VALUE, Long.MAX_VALUE));
        }
        VerificationCampaign c = verifications.create(examId, f.text("name"),
                f.enumValue("mode", VerificationCampaign.Mode.class), f.integer("percent"), seedValue, due, actor());
        return Response.status(Response.Status.CREATED).entity(CampaignView.of(c)).build();
    }

    @GET
    @Path("verification/campaigns")
    public List<CampaignView> campaigns() {
        return verifications.campaigns().stream().map(CampaignView::of).toList();
    }

    /** The campaign's tasks, names and numbers masked, overdue ones marked. */
    @GET
    @Path("verification/campaigns/{id}/tasks")
    public List<TaskView> tasks(@PathParam("id") long id) {
        verifications.campaign(id);
        Instant now = clock.now();
        return verifications.taskRows(id).stream().map(t -> task(t, now)).toList();
    }

    private TaskView task(Verifications.TaskRow row, Instant now) {
        VerificationTask t = row.task();
        return new TaskView(t.getId(), t.getRegistrationId(), row.candidate(), row.idNumber(), t.getReason().name(),
                t.getNote(), t.getVerifier(), t.getStatus().name(), t.getOutcome() == null ? null : t.getOutcome().name(),
                t.getEvidence(), t.getDueAt(), t.overdue(now), row.registrationStatus().name());
    }

    private TaskView task(VerificationTask t) {
        return task(verifications.taskRow(t.getId()), clock.now());
    }

    /** {@code {"registrationId", "reason": "FLAGGED" | "REPORTED" | "BORDERLINE", "note"}}. */
    @POST
    @Path("verification/campaigns/{id}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response target(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        Integer registration = f.integer("registrationId");
        VerificationTask t = verifications.target(id, registration == null ? -1 : registration,
                f.enumValue("reason", VerificationTask.Reason.class), f.text("note"), actor());
        return Response.status(Response.Status.CREATED).entity(task(t)).build();
    }

    @POST
    @Path("verification/tasks/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView assign(@PathParam("id") long id, JsonObject body) {
        return task(verifications.assign(id, JsonFields.of(body, locale()).text("verifier"), actor()));
    }

    /** {@code {"outcome": "CONFIRMED" | "FALSE" | "UNABLE", "evidence": "…"}}. */
    @POST
    @Path("verification/tasks/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView decide(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        return task(verifications.decide(id, f.enumValue("outcome", VerificationTask.Outcome.class), f.text("evidence"), actor()));
    }

    /** The most recent records of the integrity archive (numbers masked). */
    @GET
    @Path("integrity")
    public List<RecordView> integrity() {
        return records(verifications.recentIntegrityRecords());
    }

    /** One person's records: {@code {"idNumber": "…"}} in the body, so that no number lands in a URL or an access log. */
    @POST
    @Path("integrity/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RecordView> integrity(JsonObject body) {
        String idNumber = JsonFields.of(body, locale()).text("idNumber");
        if (idNumber == null) {
            throw DomainException.badInput("invalid-search", "idNumber", "profile.id.length");
        }
        return records(verifications.integrityRecords(IdNumbers.normalize(idNumber)));
    }

    private static List<RecordView> records(List<IntegrityRecord> records) {
        return records.stream().map(r -> new RecordView(r.getId(), IdNumbers.mask(r.getIdNumber()), r.getKind().name(),
                r.getSeverity().name(), r.getValidFrom().toString(), r.getValidUntil().toString(), r.getReason(),
                r.getSourceRef())).toList();
    }
}
