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
import org.kaowu.web.FacesFeedback;

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

    private List<VerificationCampaign> campaigns = List.of();
    private Long selected;
    private List<Task> tasks = List.of();
    private final Map<Long, String> verifiers = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> evidence = new HashMap<>();

    private Long targetRegistration;
    private VerificationTask.Reason targetReason = VerificationTask.Reason.REPORTED;
    private String targetNote;

    private String integrityQuery;
    private List<String[]> records = List.of();

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
        campaigns = verifications.campaigns();
        if (!campaigns.isEmpty()) {
            select(campaigns.get(0).getId());
        }
        records = archive(null);
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
            campaigns = verifications.campaigns();
            select(c.getId());
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("name", "campaign-form:name", "percent", "campaign-form:percent",
                    "deadline", "campaign-form:deadline", "mode", "campaign-form:mode"));
        }
    }

    public void select(long id) {
        selected = id;
        Instant now = clock.now();
        tasks = verifications.taskRows(id).stream().map(t -> task(t, now)).toList();
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
            select(selected);
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
            select(selected);
            records = archive(integrityQuery);
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
            campaigns = verifications.campaigns();
            select(selected);
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("registration", "target-form:registration", "note", "target-form:note",
                    "reason", "target-form:reason"));
        }
    }

    public void search() {
        records = archive(integrityQuery);
    }

    private List<String[]> archive(String query) {
        var list = query == null || query.isBlank() ? verifications.recentIntegrityRecords()
                : verifications.integrityRecords(IdNumbers.normalize(query));
        return list.stream().map(r -> new String[]{r.idNumber(), r.kind().name(), r.severity().name(),
                r.validFrom() + " ～ " + r.validUntil(), r.reason(), r.sourceRef() == null ? "" : r.sourceRef()}).toList();
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
    public List<VerificationCampaign> getCampaigns() { return campaigns; }
    public Long getSelected() { return selected; }
    public List<Task> getTasks() { return tasks; }
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
    public List<String[]> getRecords() { return records; }
}
