package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.plan.PlanFile;
import org.kaowu.plan.TimelineRules;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.Registrations;
import org.kaowu.registration.VerificationCampaign;
import org.kaowu.registration.VerificationTask;
import org.kaowu.registration.Verifications;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verification of commitments: campaigns (all, or a seeded random sample) over an exam, targeted cases, the tasks
 * with their verifiers, deadlines and outcomes (names and numbers masked), and the integrity archive.
 */
@Named
@ViewScoped
public class VerificationView implements Serializable {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private Verifications verifications;

    @EJB
    private Registrations registrations;

    @Inject
    private CurrentAccount account;

    private List<SelectItem> exams = List.of();
    private Long examId;
    private String name;
    private VerificationCampaign.Mode mode = VerificationCampaign.Mode.SAMPLE;
    private Integer percent = 10;
    private String seed;
    private String deadline;

    /** The campaigns, a page at a time (newest first unless sorted on a column). */
    private final LazyDataModel<VerificationCampaign> campaigns = new PagedModel<>(
            page -> verifications.campaigns(page), VerificationCampaign::getId);
    private boolean anyCampaign;
    private Long selected;
    /** The selected campaign's tasks, a page at a time. */
    private final LazyDataModel<Task> tasks = new PagedModel<>(page -> selected == null ? new Page<Task>(List.of(), 0)
            : verifications.taskRows(selected, page).map(t -> task(t, clock.now())), Task::id);
    private final Map<Long, String> verifiers = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> evidence = new HashMap<>();

    private Long targetRegistration;
    private VerificationTask.Reason targetReason = VerificationTask.Reason.REPORTED;
    private String targetNote;

    private String integrityQuery;
    /** The number the archive is narrowed to (normalized), or null for the whole archive. */
    private String archiveNumber;
    /** The integrity archive (or one number's records), a page at a time, newest first unless sorted on a column. */
    private final LazyDataModel<Archived> records = new PagedModel<>(
            page -> verifications.integrityRecords(archiveNumber, page).map(Archived::of), Archived::id);

    /** An archived record as the table shows it (the number masked by the core). */
    public record Archived(long id, String idNumber, String kind, String severity, java.time.LocalDate validFrom,
                           java.time.LocalDate validUntil, String reason, String sourceRef) implements Serializable {
        static Archived of(Verifications.RecordRow r) {
            return new Archived(r.id(), r.idNumber(), r.kind().name(), r.severity().name(), r.validFrom(), r.validUntil(),
                    r.reason(), r.sourceRef() == null ? "" : r.sourceRef());
        }

        public long getId() { return id; }
        public String getIdNumber() { return idNumber; }
        public String getKind() { return kind; }
        public String getSeverity() { return severity; }
        public java.time.LocalDate getValidFrom() { return validFrom; }
        public java.time.LocalDate getValidUntil() { return validUntil; }
        public String getReason() { return reason; }
        public String getSourceRef() { return sourceRef; }
    }

    public record Task(long id, long registrationId, String candidate, String idNumber, String reason, String note,
                       String verifier, String status, String outcome, String evidence, String due, boolean overdue,
                       String registrationStatus) implements Serializable {
        public long getId() { return id; }
        public long getRegistrationId() { return registrationId; }
        public String getCandidate() { return candidate; }
        public String getIdNumber() { return idNumber; }
        public String getReason() { return reason; }
        public String getNote() { return note; }
        public String getVerifier() { return verifier; }
        public String getStatus() { return status; }
        public String getOutcome() { return outcome; }
        public String getEvidence() { return evidence; }
        public String getDue() { return due; }
        public boolean isOverdue() { return overdue; }
        public boolean isOpen() { return "OPEN".equals(status); }
        public String getRegistrationStatus() { return registrationStatus; }
    }

    @PostConstruct
    void init() {
        exams = registrations.publishedExams().stream().map(e -> new SelectItem(e.getId(),
                e.getPlan().getYear() + " · " + e.getCode() + " · " + e.getCatalogueName() + " " + String.join("/", e.getLevels())))
                .toList();
        verifications.campaigns(PageRequest.of(0, 1)).rows().stream().findFirst().ifPresent(c -> {
            anyCampaign = true;
            select(c.getId());
        });
    }

    public void create() {
        Instant due = null;
        if (deadline != null && !deadline.isBlank()) {
            due = PlanFile.moment(deadline, true);
            if (due == null) {
                FacesFeedback.error("campaign-form:deadline", FacesFeedback.core("plan.row.badMoment", deadline));
                return;
            }
        }
        Long seedValue = null;
        if (seed != null && !seed.isBlank()) {
            try {
                seedValue = Long.parseLong(seed.strip());
            } catch (NumberFormatException e) {
                FacesFeedback.error("campaign-form:seed", FacesFeedback.text("verification.seedNumber"));
                return;
            }
        }
        if (examId == null) {
            FacesFeedback.error("campaign-form:exam", FacesFeedback.text("register.chooseExam"));
            return;
        }
        try {
            VerificationCampaign c = verifications.create(examId, name, mode, percent, seedValue, due, account.name());
            FacesFeedback.info(FacesFeedback.text("verification.created", c.getDrawn(), c.getPopulation()),
                    c.getSeed() == null ? "" : "seed " + c.getSeed());
            anyCampaign = true;
            select(c.getId());
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("name", "campaign-form:name", "percent", "campaign-form:percent",
                    "deadline", "campaign-form:deadline", "mode", "campaign-form:mode"));
        }
    }

    public void select(long id) {
        selected = id;
    }

    private static Task task(Verifications.TaskRow row, Instant now) {
        VerificationTask t = row.task();
        return new Task(t.getId(), t.getRegistrationId(), row.candidate(), row.idNumber(), t.getReason().name(),
                t.getNote() == null ? "" : t.getNote(), t.getVerifier() == null ? "" : t.getVerifier(), t.getStatus().name(),
                t.getOutcome() == null ? "" : t.getOutcome().name(), t.getEvidence() == null ? "" : t.getEvidence(),
                TimelineRules.shown(t.getDueAt()), t.overdue(now), row.registrationStatus().name());
    }

    public void assign(long taskId) {
        try {
            verifications.assign(taskId, verifiers.get(taskId), account.name());
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    public void decide(long taskId) {
        String outcome = outcomes.get(taskId);
        try {
            verifications.decide(taskId, outcome == null || outcome.isBlank() ? null : VerificationTask.Outcome.valueOf(outcome),
                    evidence.get(taskId), account.name());
            FacesFeedback.info(FacesFeedback.text("verification.decided." + outcome), "");
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    public void target() {
        if (selected == null || targetRegistration == null) {
            FacesFeedback.error("target-form:registration", FacesFeedback.core("registration.none"));
            return;
        }
        try {
            verifications.target(selected, targetRegistration, targetReason, targetNote, account.name());
            targetRegistration = null;
            targetNote = null;
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("registration", "target-form:registration", "note", "target-form:note",
                    "reason", "target-form:reason"));
        }
    }

    public void search() {
        archiveNumber = integrityQuery == null || integrityQuery.isBlank() ? null : IdNumbers.normalize(integrityQuery);
    }

    public VerificationCampaign.Mode[] getModes() {
        return new VerificationCampaign.Mode[]{VerificationCampaign.Mode.ALL, VerificationCampaign.Mode.SAMPLE};
    }
    public List<VerificationTask.Reason> getTargetReasons() {
        return List.of(VerificationTask.Reason.FLAGGED, VerificationTask.Reason.REPORTED, VerificationTask.Reason.BORDERLINE);
    }
    public VerificationTask.Outcome[] getOutcomeValues() { return VerificationTask.Outcome.values(); }
    public String shown(Instant at) { return TimelineRules.shown(at); }

    public List<SelectItem> getExams() { return exams; }
    public Long getExamId() { return examId; }
    public void setExamId(Long examId) { this.examId = examId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public VerificationCampaign.Mode getMode() { return mode; }
    public void setMode(VerificationCampaign.Mode mode) { this.mode = mode; }
    public Integer getPercent() { return percent; }
    public void setPercent(Integer percent) { this.percent = percent; }
    public String getSeed() { return seed; }
    public void setSeed(String seed) { this.seed = seed; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public LazyDataModel<VerificationCampaign> getCampaigns() { return campaigns; }
    public boolean isAnyCampaign() { return anyCampaign; }
    public Long getSelected() { return selected; }
    public LazyDataModel<Task> getTasks() { return tasks; }
    public Map<Long, String> getVerifiers() { return verifiers; }
    public Map<Long, String> getOutcomes() { return outcomes; }
    public Map<Long, String> getEvidence() { return evidence; }
    public Long getTargetRegistration() { return targetRegistration; }
    public void setTargetRegistration(Long targetRegistration) { this.targetRegistration = targetRegistration; }
    public VerificationTask.Reason getTargetReason() { return targetReason; }
    public void setTargetReason(VerificationTask.Reason targetReason) { this.targetReason = targetReason; }
    public String getTargetNote() { return targetNote; }
    public void setTargetNote(String targetNote) { this.targetNote = targetNote; }
    public String getIntegrityQuery() { return integrityQuery; }
    public void setIntegrityQuery(String integrityQuery) { this.integrityQuery = integrityQuery; }
    public LazyDataModel<Archived> getRecords() { return records; }
}
