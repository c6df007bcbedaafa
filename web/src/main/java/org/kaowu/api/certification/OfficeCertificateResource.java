package org.kaowu.api.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.Downloads;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Problems;
import org.kaowu.certification.Certificate;
import org.kaowu.certification.CertificateStatusChange;
import org.kaowu.certification.Certificates;
import org.kaowu.certification.IssuanceRules;
import org.kaowu.certification.IssuanceRun;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The office's certificates: {@code POST /api/office/certificates/exams/{exam}/runs} starts an issuance batch (202;
 * 422 {@code certificates-not-due} before the CERTIFICATES phase, 409 {@code issuance-running});
 * {@code GET …/exams/{exam}/runs} and {@code GET …/runs/{id}} its progress and counts;
 * {@code GET …/exams/{exam}/verdicts?decision=ISSUE|WAIT|REFUSE} the gate's answer per sitting with every reason in the
 * reader's language (at most 200 rows); {@code GET /api/office/certificates?number=} one certificate by number;
 * {@code GET …/{id}} with its status history; {@code POST …/{id}/revocation} and {@code …/{id}/reinstatement}
 * {@code {"reason"}} (422 {@code reason-required}; 409 {@code certificate-revoked} / {@code certificate-not-revoked});
 * {@code GET …/{id}/certificate.pdf} the signed PDF.
 */
@Path("office/certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class OfficeCertificateResource {

    @EJB
    private Certificates certificates;

    @Inject
    private AuthorityClock clock;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    public record Run(long id, long exam, String state, String startedBy, Instant createdAt, Instant finishedAt,
                      int candidates, int done, int percent, int issued, int waiting, int refused, String failure) {
        static Run of(IssuanceRun r) {
            return new Run(r.getId(), r.getExamId(), r.getState().name(), r.getStartedBy(), r.getCreatedAt(),
                    r.getFinishedAt(), r.getCandidates(), r.getDone(), r.percent(), r.getIssued(), r.getWaiting(),
                    r.getRefused(), r.getFailure());
        }
    }

    public record Verdict(long registration, String name, String idNumber, String decision, List<String> codes,
                          List<String> reasons, Long certificate, String number, String status) {
    }

    public record Change(Instant at, String status, String source, Long reference, String reason, String actor) {
        static Change of(CertificateStatusChange c) {
            return new Change(c.getChangedAt(), c.getStatus().name(), c.getSource().name(), c.getReference(),
                    c.getReason(), c.getActor());
        }
    }

    public record Detail(CertificateJson certificate, List<Change> history) {
    }

    @POST
    @Path("exams/{exam}/runs")
    public Response start(@PathParam("exam") long exam) {
        return Response.accepted(Run.of(certificates.start(exam, actor()))).build();
    }

    @GET
    @Path("exams/{exam}/runs")
    public List<Run> runs(@PathParam("exam") long exam) {
        return certificates.runs(exam).stream().map(Run::of).toList();
    }

    @GET
    @Path("runs/{id}")
    public Run run(@PathParam("id") long id) {
        return Run.of(certificates.run(id));
    }

    @GET
    @Path("exams/{exam}/verdicts")
    public List<Verdict> verdicts(@PathParam("exam") long exam, @QueryParam("decision") String decision) {
        Locale locale = locale();
        IssuanceRules.Decision only = null;
        if (decision != null && !decision.isBlank()) {
            try {
                only = IssuanceRules.Decision.valueOf(decision.strip());
            } catch (IllegalArgumentException e) {
                throw DomainException.badInput("invalid-decision", "decision", "certificate.badDecision", decision);
            }
        }
        return certificates.verdicts(exam, only, 200).stream().map(v -> {
            IssuanceRules.Verdict now = v.certificateId() != null ? null : certificates.gate(v.registrationId());
            return new Verdict(v.registrationId(), v.name(), v.idNumber(), v.decision().name(),
                    List.of(v.codes().isEmpty() ? new String[0] : v.codes().split(",")),
                    now == null ? List.of() : now.explain(locale), v.certificateId(), v.number(),
                    v.status() == null ? null : v.status().name());
        }).toList();
    }

    @GET
    public Detail byNumber(@QueryParam("number") String number) {
        Certificate c = certificates.byNumber(number);
        return detail(c);
    }

    @GET
    @Path("{id}")
    public Detail detail(@PathParam("id") long id) {
        return detail(certificates.certificate(id));
    }

    private Detail detail(Certificate c) {
        return new Detail(CertificateJson.of(c, clock.today()),
                certificates.history(c.getId()).stream().map(Change::of).toList());
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail revoke(@PathParam("id") long id, JsonObject body) {
        certificates.revoke(id, JsonFields.of(body, locale()).text("reason"), actor());
        return detail(id);
    }

    @POST
    @Path("{id}/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail reinstate(@PathParam("id") long id, JsonObject body) {
        certificates.reinstate(id, JsonFields.of(body, locale()).text("reason"), actor());
        return detail(id);
    }

    @GET
    @Path("{id}/certificate.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        Certificate c = certificates.certificate(id);
        return Response.ok(certificates.pdf(c), "application/pdf")
                .header("Content-Disposition", Downloads.attachment(c.getNumber(), ".pdf", "certificate.pdf"))
                .header("Cache-Control", "no-store").build();
    }
}
