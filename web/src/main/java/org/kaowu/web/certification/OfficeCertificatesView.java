package org.kaowu.web.certification;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.certification.Certificate;
import org.kaowu.certification.CertificateStatusChange;
import org.kaowu.certification.Certificates;
import org.kaowu.certification.IssuanceRules;
import org.kaowu.certification.IssuanceRun;
import org.kaowu.certification.Results;
import org.kaowu.registration.IdNumbers;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.registration.CurrentAccount;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * office/certificates (证书发放): per exam held, the issuance batch (started here; the service refuses before the
 * exam's CERTIFICATES phase and while one runs) with its progress, polled while it is queued or running, and its
 * counts; the last batch's verdicts, filtered by decision, each with the reasons the gate gives <b>now</b> (weighed
 * again for the rows shown, in the reader's language, not the text stored by the batch); and a certificate found by
 * its number: its facts, its status history, its revocation with a reason and, when revoked, its reinstatement.
 */
@Named
@ViewScoped
public class OfficeCertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The verdicts read for one exam and filter (shown 20 a page). */
    static final int MAX_VERDICTS = 500;

    @EJB
    private Certificates certificates;

    @EJB
    private Results results;

    @Inject
    private CurrentAccount account;

    private List<Results.ExamChoice> exams = List.of();
    private Long exam;
    private IssuanceRun run;
    private IssuanceRules.Decision decision;
    private List<Certificates.VerdictRow> verdicts = List.of();
    /** The gate's reasons now, per sitting, weighed once per page visit and list (only for the rows shown). */
    private final Map<Long, List<String>> reasons = new HashMap<>();

    private String number;
    private Certificate certificate;
    private List<CertificateStatusChange> history = List.of();
    private String revokeReason;
    private String reinstateReason;

    /** The page's view action: the exams, the one asked for ({@code ?exam=}) or the newest, its batch. */
    public void load() {
        exams = results.exams();
        if (exam != null && exams.stream().noneMatch(e -> e.id() == exam)) {
            exam = null;
        }
        if (exam == null && !exams.isEmpty()) {
            exam = exams.get(0).id();
        }
        choose();
    }

    /** Another exam: its latest batch and verdicts. */
    public void choose() {
        run = null;
        if (exam != null) {
            List<IssuanceRun> runs = certificates.runs(exam);
            run = runs.isEmpty() ? null : runs.get(0);
        }
        verdicts();
    }

    private void verdicts() {
        reasons.clear();
        verdicts = exam == null ? List.of() : certificates.verdicts(exam, decision, MAX_VERDICTS);
    }

    /** Starts a batch; the service's refusal (too early, one running) is said at the top of the page. */
    public void start() {
        if (exam == null) {
            return;
        }
        try {
            run = certificates.start(exam, account.name());
            FacesFeedback.info(FacesFeedback.text("officeCertificates.started"), "");
        } catch (DomainException e) {
            FacesFeedback.error(null, e.message(FacesFeedback.locale()));
        }
    }

    /** The poll: the batch's progress; once it has ended, its verdicts. */
    public void poll() {
        if (run == null) {
            return;
        }
        boolean was = run.active();
        run = certificates.run(run.getId());
        if (was && !run.active()) {
            verdicts();
        }
    }

    public void filter() {
        verdicts();
    }

    /** Whether the page polls: the batch shown is queued or running. */
    public boolean isActive() {
        return run != null && run.active();
    }

    // ----- one certificate -----

    public void find() {
        if (number == null || number.isBlank()) {
            certificate = null;
            FacesFeedback.error("search-form:number", FacesFeedback.text("officeCertificates.numberRequired"));
            return;
        }
        try {
            show(certificates.byNumber(number));
        } catch (DomainException e) {
            certificate = null;
            FacesFeedback.error("search-form:number", e.message(FacesFeedback.locale()));
        }
    }

    /** Opens the certificate of a verdict row. */
    public void open(long id) {
        show(certificates.certificate(id));
        number = certificate.getNumber();
    }

    private void show(Certificate c) {
        certificate = c;
        history = certificates.history(c.getId());
        revokeReason = null;
        reinstateReason = null;
    }

    public void revoke() {
        try {
            Certificate c = certificates.revoke(certificate.getId(), revokeReason, account.name());
            FacesFeedback.info(FacesFeedback.text("officeCertificates.revoked"), c.getNumber());
            show(c);
            refreshRow(c);
        } catch (DomainException e) {
            refused(e, "revoke-form:revoke-reason");
        }
    }

    public void reinstate() {
        try {
            Certificate c = certificates.reinstate(certificate.getId(), reinstateReason, account.name());
            FacesFeedback.info(FacesFeedback.text("officeCertificates.reinstated"), c.getNumber());
            show(c);
            refreshRow(c);
        } catch (DomainException e) {
            refused(e, "reinstate-form:reinstate-reason");
        }
    }

    /** A missing reason beside its field; anything else (already revoked by someone else, say) at the top. */
    private void refused(DomainException e, String reasonField) {
        String text = e.message(FacesFeedback.locale());
        FacesFeedback.error("reason".equals(e.field()) ? reasonField : null, text);
        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        if (!"reason".equals(e.field()) && certificate != null) {
            show(certificates.certificate(certificate.getId()));
        }
    }

    private void refreshRow(Certificate c) {
        if (verdicts.stream().anyMatch(v -> v.registrationId() == c.getRegistrationId())) {
            verdicts();
        }
    }

    // ----- words -----

    /** The reasons the gate gives now for a sitting of the list (none for one issued). */
    public List<String> reasons(Certificates.VerdictRow r) {
        if (r.certificateId() != null) {
            return List.of();
        }
        return reasons.computeIfAbsent(r.registrationId(), id -> {
            try {
                List<String> now = certificates.gate(id).explain(FacesFeedback.locale());
                return now.isEmpty() ? List.of(FacesFeedback.text("officeCertificates.reasons.none")) : now;
            } catch (DomainException e) {
                return List.of(e.message(FacesFeedback.locale()));
            }
        });
    }

    public String decisionText(IssuanceRules.Decision d) {
        return d == null ? "" : FacesFeedback.text("officeCertificates.decision." + d.name());
    }

    public IssuanceRules.Decision[] getDecisions() {
        return IssuanceRules.Decision.values();
    }

    public String state() {
        return run == null ? "" : FacesFeedback.text("officeCertificates.state." + run.getState().name());
    }

    /** Why a batch failed, in the reader's language (the service stores a message key). */
    public String failure() {
        return run == null || run.getFailure() == null ? "" : Messages.text(FacesFeedback.locale(), run.getFailure());
    }

    /** Who started the batch: the calendar's edge, or the office account. */
    public String startedBy() {
        return run == null ? "" : IssuanceRun.BY_EDGE.equals(run.getStartedBy())
                ? FacesFeedback.text("officeCertificates.byEdge") : run.getStartedBy();
    }

    public String phase() {
        return exams.stream().filter(e -> exam != null && e.id() == exam).findFirst()
                .map(e -> FacesFeedback.text("phase." + e.phase().name())).orElse("");
    }

    public String status(Certificate c) {
        return c == null ? "" : c.valid() ? CertificateWords.status(c.getStatus())
                : FacesFeedback.text("certificates.revokedOn", CertificateWords.moment(c.getRevokedAt()));
    }

    public String status(Certificate.Status s) {
        return CertificateWords.status(s);
    }

    public String source(Certificate.Source s) {
        return CertificateWords.source(s);
    }

    public String reason(CertificateStatusChange ch) {
        return CertificateWords.reason(ch.getSource(), ch.getReason());
    }

    public String revocationReason() {
        return certificate == null ? "" : CertificateWords.reason(certificate.getRevocationSource(), certificate.getRevokedReason());
    }

    public String maskedId() {
        return certificate == null ? "" : IdNumbers.mask(certificate.getIdNumber());
    }

    public String day(LocalDate d) {
        return CertificateWords.day(d);
    }

    public String moment(Instant at) {
        return CertificateWords.moment(at);
    }

    public List<Results.ExamChoice> getExams() { return exams; }
    public Long getExam() { return exam; }
    public void setExam(Long exam) { this.exam = exam; }
    public IssuanceRun getRun() { return run; }
    public IssuanceRules.Decision getDecision() { return decision; }
    public void setDecision(IssuanceRules.Decision decision) { this.decision = decision; }
    public List<Certificates.VerdictRow> getVerdicts() { return verdicts; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Certificate getCertificate() { return certificate; }
    public List<CertificateStatusChange> getHistory() { return history; }
    public String getRevokeReason() { return revokeReason; }
    public void setRevokeReason(String revokeReason) { this.revokeReason = revokeReason; }
    public String getReinstateReason() { return reinstateReason; }
    public void setReinstateReason(String reinstateReason) { this.reinstateReason = reinstateReason; }
}
