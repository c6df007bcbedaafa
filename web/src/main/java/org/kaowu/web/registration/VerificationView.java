package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.plan.PlanFile;
import org.kaowu.registration.Eligibility;
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
import org.primefaces.PrimeFaces;
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
    /** The office accounts a task may be assigned to. */
    private List<SelectItem> verifierChoices = List.of();
    /** The facts of the task opened for checking, or null. */
    private Facts facts;
    /** A decision that harms the candidate, held until it is confirmed in the dialog. */
    private Pending pending;
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

    /** A decision waiting for its confirmation: which task, what, why, and the sentence the dialog asks. */
    public record Pending(long taskId, VerificationTask.Outcome outcome, String evidence, String question) implements Serializable {
        public String getQuestion() { return question; }
    }

    /** One label and value of the facts a verifier checks. */
    public record Fact(String label, String value) implements Serializable {
        public String getLabel() { return label; }
        public String getValue() { return value; }
    }

    /** The facts of one task as the dialog shows them. */
    public record Facts(long taskId, String title, List<Fact> candidate, List<Fact> committed) implements Serializable {
        public long getTaskId() { return taskId; }
        public String getTitle() { return title; }
        public List<Fact> getCandidate() { return candidate; }
        public List<Fact> getCommitted() { return committed; }
    }

    /** An archived record as the table shows it (the number masked by the core, dates in the page's language). */
    public record Archived(long id, String idNumber, String kind, String severity, String validFrom,
                           String validUntil, String reason, String sourceRef) implements Serializable {
        static Archived of(Verifications.RecordRow r) {
            String until = r.validUntil() == null ? FacesFeedback.text("integrityArchive.longTerm") : OfficeFormat.day(r.validUntil());
            if (r.endedOn() != null) {
                until = until + " " + FacesFeedback.text("integrity.endedOn", OfficeFormat.day(r.endedOn()));
            }
            return new Archived(r.id(), r.idNumber(), r.kind().name(), r.severity().name(), OfficeFormat.day(r.validFrom()),
                    until, r.reason(), source(r.sourceRef()));
        }

        /** "registration 7", as the core records where a record came from, in words of the page's language. */
        static String source(String ref) {
            if (ref == null) {
                return "";
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("registration (\\d+)").matcher(ref);
            if (m.matches()) {
                return FacesFeedback.text("integrity.source.registration", m.group(1));
            }
            java.util.regex.Matcher c = java.util.regex.Pattern.compile("case (\\d+)").matcher(ref);
            return c.matches() ? FacesFeedback.text("integrity.source.case", c.group(1)) : ref;
        }

        public long getId() { return id; }
        public String getIdNumber() { return idNumber; }
        public String getKind() { return kind; }
        public String getSeverity() { return severity; }
        public String getValidFrom() { return validFrom; }
        public String getValidUntil() { return validUntil; }
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
        verifierChoices = verifications.verifiers().stream()
                .map(v -> new SelectItem(v.username(), v.displayName() + " (" + v.username() + ")")).toList();
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
                    c.getSeed() == null ? "" : FacesFeedback.text("verification.seedUsed", c.getSeed().toString()));
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
                OfficeFormat.system(t.getNote(), "verification.exemptionNote"), t.getVerifier() == null ? "" : t.getVerifier(),
                t.getStatus().name(), t.getOutcome() == null ? "" : t.getOutcome().name(),
                OfficeFormat.system(t.getEvidence(), "verification.notCompletedInTime"),
                OfficeFormat.moment(t.getDueAt()), t.overdue(now), row.registrationStatus().name());
    }

    /** The client id of {@code field} in the tasks' row being acted on (actions run inside their row). */
    private static String rowField(String field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIData table = (UIData) faces.getViewRoot().findComponent("tasks-form:tasks");
        return table == null || table.getRowIndex() < 0 ? null : table.getClientId(faces) + ":" + table.getRowIndex() + ":" + field;
    }

    private static void refusedIn(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public void assign(long taskId) {
        String who = verifiers.get(taskId);
        if (who == null || who.isBlank()) {
            refusedIn(rowField("verifier"), FacesFeedback.text("verification.chooseVerifier"));
            return;
        }
        try {
            VerificationTask t = verifications.assign(taskId, who, account.name());
            FacesFeedback.info(FacesFeedback.text("verification.assigned", t.getRegistrationId(), who), "");
            verifiers.remove(taskId);
        } catch (DomainException e) {
            refusedIn("verifier".equals(e.field()) ? rowField("verifier") : null, e.message(FacesFeedback.locale()));
        }
    }

    /**
     * The decision on a task. One that harms the candidate (a false commitment: void and an integrity record; not
     * cooperating: void as giving up) is held and asked about in the confirmation dialog first.
     */
    public void decide(long taskId) {
        String outcome = outcomes.get(taskId);
        String why = evidence.get(taskId);
        boolean complete = true;
        if (outcome == null || outcome.isBlank()) {
            refusedIn(rowField("outcome"), FacesFeedback.text("verification.chooseOutcome"));
            complete = false;
        }
        if (why == null || why.isBlank()) {
            refusedIn(rowField("evidence"), FacesFeedback.text("verification.giveEvidence"));
            complete = false;
        }
        if (!complete) {
            return;
        }
        VerificationTask.Outcome o = VerificationTask.Outcome.valueOf(outcome);
        if (o == VerificationTask.Outcome.CONFIRMED) {
            save(taskId, o, why, rowField("evidence"));
            return;
        }
        Verifications.TaskRow row = verifications.taskRow(taskId);
        pending = new Pending(taskId, o, why, FacesFeedback.text("verification.confirm." + o.name(),
                row.task().getRegistrationId(), row.candidate()));
        PrimeFaces.current().ajax().addCallbackParam("confirm", true);
    }

    /** The held decision, confirmed in the dialog. */
    public void confirmDecision() {
        if (pending != null) {
            Pending p = pending;
            pending = null;
            save(p.taskId(), p.outcome(), p.evidence(), null);
        }
    }

    public void cancelDecision() {
        pending = null;
    }

    private void save(long taskId, VerificationTask.Outcome outcome, String why, String evidenceId) {
        try {
            verifications.decide(taskId, outcome, why, account.name());
            FacesFeedback.info(FacesFeedback.text("verification.decided." + outcome.name()), "");
            outcomes.remove(taskId);
            evidence.remove(taskId);
        } catch (DomainException e) {
            refusedIn("evidence".equals(e.field()) ? evidenceId : null, e.message(FacesFeedback.locale()));
        }
    }

    /** Opens the facts a verifier checks the task against. */
    public void openFacts(long taskId) {
        Verifications.Facts f = verifications.facts(taskId);
        var locale = FacesFeedback.locale();
        String yes = FacesFeedback.text("profile.fullTime.yes");
        String fullTime = f.fullTime() == null ? FacesFeedback.text("profile.fullTime.unknown")
                : f.fullTime() ? yes : FacesFeedback.text("profile.fullTime.no");
        List<Fact> candidate = List.of(
                new Fact(FacesFeedback.text("profile.realName"), f.realName()),
                new Fact(FacesFeedback.text("profile.idNumber"), f.idNumber()),
                new Fact(FacesFeedback.text("profile.mobile"), f.mobile() == null ? "" : f.mobile()),
                new Fact(FacesFeedback.text("profile.education"), Eligibility.education(f.education(), locale)),
                new Fact(FacesFeedback.text("profile.fullTime"), fullTime),
                new Fact(FacesFeedback.text("profile.school"), f.school()),
                new Fact(FacesFeedback.text("profile.major"), f.major()),
                new Fact(FacesFeedback.text("profile.graduationDate"), OfficeFormat.day(f.graduationDate())),
                new Fact(FacesFeedback.text("profile.certificate"), f.educationCertificate() == null ? "" : f.educationCertificate()),
                new Fact(FacesFeedback.text("profile.work"), OfficeFormat.work(f.work())));
        List<Fact> committed = new java.util.ArrayList<>(List.of(
                new Fact(FacesFeedback.text("plans.exam"), f.year() + " · " + f.examCode() + " " + (f.level() == null ? "" : f.level()) + " · " + f.area()),
                new Fact(FacesFeedback.text("verification.facts.major"), Eligibility.major(f.majorRelation(), locale)),
                new Fact(FacesFeedback.text("verification.facts.years"), FacesFeedback.text("verification.facts.yearsValue",
                        f.totalYears().toPlainString(), f.fieldYears().toPlainString()))));
        if (f.exemption() != null) {
            committed.add(new Fact(FacesFeedback.text("verification.facts.exemption"), f.exemption()
                    + (f.exemptionByAlternative() ? " " + FacesFeedback.text("verification.facts.alternative") : "")));
        }
        if (!OfficeFormat.english() && f.eligibility() != null) {
            committed.add(new Fact(FacesFeedback.text("verification.facts.verdict"), f.eligibility()));
        }
        committed.add(new Fact(FacesFeedback.text("verification.facts.signed"), f.signedAt() == null ? ""
                : FacesFeedback.text("verification.facts.signedValue", OfficeFormat.moment(f.signedAt()),
                f.noticeVersion() == null ? "" : f.noticeVersion())));
        facts = new Facts(taskId, FacesFeedback.text("verification.facts.title", f.registrationId()), candidate, List.copyOf(committed));
    }

    public void target() {
        if (selected == null || targetRegistration == null) {
            FacesFeedback.error("target-form:registration", FacesFeedback.core("registration.none"));
            return;
        }
        try {
            VerificationTask added = verifications.target(selected, targetRegistration, targetReason, targetNote, account.name());
            FacesFeedback.info(FacesFeedback.text("verification.targetAdded", added.getRegistrationId()), "");
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
    /** The outcomes a verifier may choose now (FALSE is the legacy outcome of tasks decided before V24, never chosen). */
    public VerificationTask.Outcome[] getOutcomeValues() {
        return new VerificationTask.Outcome[]{VerificationTask.Outcome.CONFIRMED, VerificationTask.Outcome.NOT_MET,
                VerificationTask.Outcome.FRAUD, VerificationTask.Outcome.UNABLE};
    }
    public String shown(Instant at) { return OfficeFormat.moment(at); }
    /** A campaign's name; the one the system names (an exam's targeted check) in the page's language. */
    public String campaignName(VerificationCampaign c) { return OfficeFormat.system(c.getName(), "verification.targetedName"); }
    public List<SelectItem> getVerifierChoices() { return verifierChoices; }
    public Facts getFacts() { return facts; }
    public Pending getPending() { return pending; }

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
