package org.kaowu.web.conduct;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.conduct.AppealKind;
import org.kaowu.conduct.AppealOutcome;
import org.kaowu.conduct.CaseAppeal;
import org.kaowu.conduct.CaseDefence;
import org.kaowu.conduct.CasePoint;
import org.kaowu.conduct.CaseReport;
import org.kaowu.conduct.CaseStatus;
import org.kaowu.conduct.Cases;
import org.kaowu.conduct.CertificateVoid;
import org.kaowu.conduct.DecisionDocuments;
import org.kaowu.conduct.MisconductCase;
import org.kaowu.conduct.Party;
import org.kaowu.conduct.VoidedScore;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.registration.CurrentAccount;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One misconduct case for the office (office/case?id=): the reports, the proposed sanction and a change with its
 * reason, the notice, the defences with their files, the re-check of each point, the decision (PDF) and its service,
 * the effects and the appeals with their outcomes. A provincial case is read-only for an office account without
 * provincial competence ("referred to the provincial level").
 */
@Named
@ViewScoped
public class OfficeCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Cases cases;

    @Inject
    private CurrentAccount account;

    private Long id;
    private boolean found;
    private Cases.Row row;
    private MisconductCase theCase;
    private CaseText rule;
    private CaseText proposed;
    private boolean referred;
    private boolean barred;
    private LocalDate lastDay;
    private List<CaseReport> reports = List.of();
    private List<CaseDefence> defences = List.of();
    private List<Cases.FileRow> files = List.of();
    private List<CasePoint> points = List.of();
    private List<VoidedScore> voided = List.of();
    private List<CertificateVoid> certificateVoids = List.of();
    private List<CaseAppeal> appeals = List.of();

    private String ruleCode;
    private String ruleReason;
    private String facts;
    private String method;
    private String address;
    private String defenceText;
    private Long pointId;
    private String finding;
    private String reasons;
    private String appealKind;
    private LocalDate filedOn;
    private String appealNote;
    private Long appealId;
    private String outcome;
    private String outcomeRule;
    private String outcomeReason;

    public void load() {
        found = false;
        if (id == null) {
            return;
        }
        try {
            Cases.Detail d = cases.detail(id);
            theCase = d.c();
            row = d.row();
            rule = CaseText.of(d.rule(), DecisionDocuments.sanction(FacesFeedback.locale(), d.rule().sanction(), d.c()));
            proposed = CaseText.of(d.proposed(), DecisionDocuments.sanction(FacesFeedback.locale(), d.proposed().sanction(), d.c()));
            referred = cases.referred(theCase, account.name());
            barred = d.barred();
            lastDay = d.lastDefenceDay();
            reports = d.reports();
            defences = d.defences();
            files = d.files();
            points = d.points();
            voided = d.voidedScores();
            certificateVoids = d.certificateVoids();
            appeals = d.appeals();
            found = true;
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    private boolean run(Runnable step, String done, Map<String, String> fields) {
        try {
            step.run();
            FacesFeedback.info(FacesFeedback.text(done), null);
            load();
            return true;
        } catch (DomainException e) {
            FacesFeedback.refused(e, fields);
            return false;
        }
    }

    public void chooseRule() {
        run(() -> cases.chooseRule(id, ruleCode, ruleReason, account.name()), "case.done.rule",
                Map.of("ruleCode", "rule-form:ruleCode", "reason", "rule-form:ruleReason", "case", "rule-form:ruleCode"));
    }

    public void notice() {
        run(() -> cases.serveNotice(id, facts, method, address, account.name()), "case.done.notice",
                Map.of("facts", "notice-form:facts", "address", "notice-form:address", "method", "notice-form:method",
                        "case", "notice-form:facts", "status", "notice-form:facts"));
    }

    public void recordDefence() {
        if (run(() -> cases.recordDefence(id, defenceText, lines(defenceText), List.of(), account.name()),
                "case.done.defence", Map.of("text", "defence-form:defenceText", "status", "defence-form:defenceText"))) {
            defenceText = null;
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .limit(20).toList();
    }

    public void recheck(long point) {
        pointId = point;
        if (run(() -> cases.recheck(id, point, finding, account.name()), "case.done.recheck",
                Map.of("finding", "points-form:finding", "status", "points-form:finding", "point", "points-form:finding"))) {
            finding = null;
        }
    }

    public void decide() {
        run(() -> cases.decide(id, reasons, account.name()), "case.done.decision",
                Map.of("reasons", "decision-form:reasons", "status", "decision-form:reasons", "points", "decision-form:reasons",
                        "case", "decision-form:reasons", "subject", "decision-form:reasons"));
    }

    public void serve() {
        run(() -> cases.serveDecision(id, method, address, account.name()), "case.done.service",
                Map.of("address", "service-form:serviceAddress", "status", "service-form:serviceAddress"));
    }

    public void appeal() {
        AppealKind kind = appealKind == null || appealKind.isBlank() ? null : AppealKind.valueOf(appealKind);
        run(() -> cases.appeal(id, kind, filedOn, appealNote, account.name()), "case.done.appeal",
                Map.of("kind", "appeal-form:kind", "filedOn", "appeal-form:filedOn", "note", "appeal-form:note",
                        "status", "appeal-form:note"));
    }

    public void settle() {
        AppealOutcome o = outcome == null || outcome.isBlank() ? null : AppealOutcome.valueOf(outcome);
        run(() -> cases.settle(id, appealId == null ? -1 : appealId, o, outcomeRule, outcomeReason, account.name()),
                "case.done.outcome", Map.of("outcome", "outcome-form:outcome", "ruleCode", "outcome-form:outcomeRule",
                        "reason", "outcome-form:outcomeReason", "status", "outcome-form:outcome", "appeal", "outcome-form:appealId"));
    }

    public List<String> filesOf(long defence) {
        return files.stream().filter(f -> f.defenceId() == defence).map(f -> f.id() + "|" + f.fileName()).toList();
    }

    public String moment(java.time.Instant at) {
        return CaseFormat.moment(at);
    }

    public String day(LocalDate d) {
        return CaseFormat.day(d);
    }

    public boolean isOpen() { return found && theCase.getStatus() == CaseStatus.OPEN; }
    public boolean isNotified() { return found && theCase.getStatus() == CaseStatus.NOTIFIED; }
    public boolean isDecided() { return found && theCase.getStatus() == CaseStatus.DECIDED; }
    public boolean isStaff() { return found && theCase.getParty() == Party.STAFF; }
    public boolean isHasDecision() { return found && theCase.getDecidedAt() != null; }
    public List<String> getAppealKinds() {
        return isStaff() ? List.of(AppealKind.STAFF_REVIEW.name()) : List.of(AppealKind.REVIEW.name(), AppealKind.LITIGATION.name());
    }
    public List<String> getOutcomes() { return Arrays.stream(AppealOutcome.values()).map(Enum::name).toList(); }
    public List<CaseAppeal> getOpenAppeals() { return appeals.stream().filter(a -> a.getOutcome() == null).toList(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public Cases.Row getRow() { return row; }
    public MisconductCase getTheCase() { return theCase; }
    public CaseText getRule() { return rule; }
    public CaseText getProposed() { return proposed; }
    public boolean isReferred() { return referred; }
    public boolean isBarred() { return barred; }
    public String getLastDay() { return CaseFormat.day(lastDay); }
    public List<CaseReport> getReports() { return reports; }
    public List<CaseDefence> getDefences() { return defences; }
    public List<CasePoint> getPoints() { return points; }
    public List<VoidedScore> getVoided() { return voided; }
    public List<CertificateVoid> getCertificateVoids() { return certificateVoids; }
    public List<CaseAppeal> getAppeals() { return appeals; }
    public String getRuleCode() { return ruleCode; }
    public void setRuleCode(String v) { this.ruleCode = v; }
    public String getRuleReason() { return ruleReason; }
    public void setRuleReason(String v) { this.ruleReason = v; }
    public String getFacts() { return facts; }
    public void setFacts(String v) { this.facts = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { this.method = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { this.address = v; }
    public String getDefenceText() { return defenceText; }
    public void setDefenceText(String v) { this.defenceText = v; }
    public Long getPointId() { return pointId; }
    public String getFinding() { return finding; }
    public void setFinding(String v) { this.finding = v; }
    public String getReasons() { return reasons; }
    public void setReasons(String v) { this.reasons = v; }
    public String getAppealKind() { return appealKind; }
    public void setAppealKind(String v) { this.appealKind = v; }
    public LocalDate getFiledOn() { return filedOn; }
    public void setFiledOn(LocalDate v) { this.filedOn = v; }
    public String getAppealNote() { return appealNote; }
    public void setAppealNote(String v) { this.appealNote = v; }
    public Long getAppealId() { return appealId; }
    public void setAppealId(Long v) { this.appealId = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { this.outcome = v; }
    public String getOutcomeRule() { return outcomeRule; }
    public void setOutcomeRule(String v) { this.outcomeRule = v; }
    public String getOutcomeReason() { return outcomeReason; }
    public void setOutcomeReason(String v) { this.outcomeReason = v; }
}
