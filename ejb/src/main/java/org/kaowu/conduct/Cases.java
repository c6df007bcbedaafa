package org.kaowu.conduct;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.kaowu.plan.Exam;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.CommitmentFraudFound;
import org.kaowu.registration.DocumentRules;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.Notifications;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationDocument;
import org.kaowu.registration.UploadRefused;
import org.kaowu.scheduling.staff.StaffMember;
import org.kaowu.scheduling.staff.StaffPool;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;
import org.kaowu.shared.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Misconduct cases (Order No. 31 Arts. 4, 16–19). Cases open and grow from three events, observed in the firing
 * transaction: a confirmed incident report about a candidate or staff member ({@link IncidentConfirmed}), a verifier's
 * fraud finding ({@link CommitmentFraudFound}, an Art. 10 case) and the marking centre's identical answers
 * ({@link IdenticalAnswersConfirmed}, an Art. 11 case per candidate and subject). The system proposes the most severe
 * rule of the reports ({@link CaseRules#propose}); the office may choose another only with a reason. Then the notice
 * of the proposed decision (served on the contact confirmed at registration and on the candidate's page), the
 * defence (before the deadline), the re-check of each point raised, the decision and its service, its effects (voided
 * scores, the integrity record, a certificate declared void, a staff bar), and appeals that uphold, quash or change
 * it. Every step is audited; every step that needs provincial competence (Art. 5) is refused to an office account
 * without it.
 */
@Stateless
public class Cases {

    public static final String NOT_FOUND = "conduct/case-not-found";
    public static final String WRONG_STATE = "conduct/case-state";
    public static final String REASON_REQUIRED = "conduct/reason-required";
    public static final String REFERRED = "conduct/referred-to-province";
    public static final String DEFENCE_LATE = "conduct/defence-late";
    public static final String DEFENCE_INVALID = "conduct/defence-invalid";
    public static final String DEFENCE_FILE = "conduct/defence-file";
    public static final String DEADLINE_RUNNING = "conduct/defence-period-running";
    public static final String POINTS_OPEN = "conduct/points-not-rechecked";
    public static final String APPEAL_LATE = "conduct/appeal-late";
    public static final String APPEAL_INVALID = "conduct/appeal-invalid";
    public static final String SERVICE_INVALID = "conduct/service-invalid";

    /** At most this many files with one defence. */
    public static final int MAX_FILES = 5;
    /** A decision's bar on staff is recorded under this name in staff_bar.decision. */
    static final String BAR_PREFIX = "CASE-";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthorityClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    RuleBook rules;

    @Inject
    IntegrityArchive archive;

    @Inject
    StaffPool staff;

    @Inject
    Notifications notifications;

    @Inject
    jakarta.enterprise.event.Event<CertificateVoidDeclared> certificateVoided;

    @Inject
    jakarta.enterprise.event.Event<CertificateVoidWithdrawn> certificateVoidWithdrawn;

    // ----- the events that open cases -----

    /** A confirmed incident report: gathered into the case of its person and sitting; one about nobody opens none. */
    public void incidentConfirmed(@Observes IncidentConfirmed e) {
        if (e.party() == Party.NONE || e.party() == null) {
            return;
        }
        MisconductRule rule = rules.require("ruleCode", e.ruleCode());
        String key;
        Long registration = null;
        Long member = null;
        String area = e.area();
        long exam = e.examId();
        int year = e.year();
        if (e.party() == Party.CANDIDATE) {
            Registration r = registration(e.registrationId());
            registration = r.getId();
            key = "R" + r.getId();
            area = r.getArea();
            exam = r.getExamId();
            year = r.getPlanYear();
        } else {
            if (e.staffMemberId() == null || em.find(StaffMember.class, e.staffMemberId()) == null) {
                throw DomainException.unprocessable(NOT_FOUND, "staffMemberId", "conduct.case.noPerson");
            }
            member = e.staffMemberId();
            key = "S" + member + ":" + e.examId() + ":" + e.year();
        }
        gather(key, e.party(), registration, member, exam, year, area == null ? "-" : area, rule, e.subject(),
                CaseReport.Source.INCIDENT, String.valueOf(e.reportId()), e.siteName(), e.roomNumber(), e.occurredAt(),
                e.description(), e.confirmedBy());
    }

    /** A verifier's fraud finding (Art. 10): an Art. 10 case (rule C10) for the registration. */
    public void commitmentFraudFound(@Observes CommitmentFraudFound e) {
        Registration r = registration(e.registrationId());
        MisconductRule rule = rules.require("ruleCode", "C10");
        gather("F" + r.getId(), Party.CANDIDATE, r.getId(), null, r.getExamId(), r.getPlanYear(), r.getArea(), rule,
                null, CaseReport.Source.FRAUD, String.valueOf(e.taskId()), null, null, null, e.evidence(), e.verifier());
    }

    /** The marking expert panel's identical answers (Art. 11): one case per candidate and subject (rule C11.1). */
    public void identicalAnswersConfirmed(@Observes IdenticalAnswersConfirmed e) {
        Registration r = registration(e.registrationId());
        MisconductRule rule = rules.require("ruleCode", "C11.1");
        gather("I" + r.getId() + ":" + e.subject(), Party.CANDIDATE, r.getId(), null, r.getExamId(), r.getPlanYear(),
                r.getArea(), rule, e.subject(), CaseReport.Source.IDENTICAL,
                e.panelReference() + ":" + e.otherRegistrationId(), null, null, null,
                e.evidence() == null || e.evidence().isBlank() ? e.panelReference() : e.evidence(), e.importedBy());
    }

    private Registration registration(Long id) {
        Registration r = id == null ? null : em.find(Registration.class, id);
        if (r == null) {
            throw DomainException.unprocessable(NOT_FOUND, "registrationId", "conduct.case.noPerson");
        }
        return r;
    }

    private void gather(String baseKey, Party party, Long registration, Long member, long exam, int year, String area,
                        MisconductRule rule, String subject, CaseReport.Source source, String ref, String site,
                        String room, Instant occurred, String description, String by) {
        Instant now = clock.now();
        MisconductCase c = openCase(baseKey);
        boolean created = false;
        if (c == null) {
            c = new MisconductCase(nextKey(baseKey), party, registration, member, exam, year, area, rule, subject, now);
            em.persist(c);
            em.flush();
            created = true;
        } else if (em.createNamedQuery("CaseReport.countBySource", Long.class).setParameter("case", c.getId())
                .setParameter("source", source).setParameter("ref", ref).getSingleResult() > 0) {
            return;
        }
        em.persist(new CaseReport(c.getId(), source, ref, rule, subject, site, room, occurred, description, by, now));
        em.flush();
        if (created) {
            audit.record(by, "conduct.case.open", "MisconductCase", String.valueOf(c.getId()), null,
                    source + " " + ref + " rule " + rule.getCode());
            return;
        }
        MisconductRule proposal = CaseRules.propose(reportRules(c.getId()));
        c.proposed(proposal, subject, now);
        if (c.getStatus() == CaseStatus.NOTIFIED) {
            // new facts after the notice: the notice must be served again (Art. 17), so the case is open again
            c.reopen(now);
        }
        audit.record(by, "conduct.case.report", "MisconductCase", String.valueOf(c.getId()), null,
                source + " " + ref + " rule " + rule.getCode() + ", proposed " + proposal.getCode());
    }

    /** The case of this person and sitting still being handled (OPEN or NOTIFIED), if any. */
    private MisconductCase openCase(String baseKey) {
        return em.createQuery("select c from MisconductCase c where (c.caseKey = :key or c.caseKey like :more)"
                        + " and c.status in (org.kaowu.conduct.CaseStatus.OPEN, org.kaowu.conduct.CaseStatus.NOTIFIED)"
                        + " order by c.id", MisconductCase.class)
                .setParameter("key", baseKey).setParameter("more", baseKey + "/%")
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    }

    /** The key for a new case: the base, or base/2, base/3 … after decided ones of the same person and sitting. */
    private String nextKey(String baseKey) {
        long n = em.createQuery("select count(c) from MisconductCase c where c.caseKey = :key or c.caseKey like :more",
                Long.class).setParameter("key", baseKey).setParameter("more", baseKey + "/%").getSingleResult();
        return n == 0 ? baseKey : baseKey + "/" + (n + 1);
    }

    private List<MisconductRule> reportRules(long caseId) {
        List<MisconductRule> out = new ArrayList<>();
        for (CaseReport r : em.createNamedQuery("CaseReport.findByCase", CaseReport.class).setParameter("case", caseId)
                .getResultList()) {
            out.add(rules.version(r.getRuleId()).orElseThrow());
        }
        return out;
    }

    // ----- competence (Art. 5) -----

    /** Whether the office account decides at provincial level (V26 office_scope). */
    public boolean provincial(String username) {
        List<?> rows = em.createNativeQuery("select provincial from office_scope where username = ?1")
                .setParameter(1, username).getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    /** Whether the case is referred to the provincial level for this office account (it may read, not decide). */
    public boolean referred(MisconductCase c, String actor) {
        return rule(c).isProvincial() && !provincial(actor);
    }

    private void competent(MisconductCase c, MisconductRule rule, String actor) {
        if (rule.isProvincial() && !provincial(actor)) {
            throw new DomainException(REFERRED, 403, "case", "conduct.case.referred", rule.getCode());
        }
    }

    // ----- the procedure -----

    private MisconductCase lock(long id) {
        MisconductCase c = em.find(MisconductCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new DomainException(NOT_FOUND, 404, "id", "conduct.case.notFound", id);
        }
        return c;
    }

    /** The case, for the office (404 when there is none). */
    public MisconductCase find(long id) {
        MisconductCase c = em.find(MisconductCase.class, id);
        if (c == null) {
            throw new DomainException(NOT_FOUND, 404, "id", "conduct.case.notFound", id);
        }
        return c;
    }

    MisconductRule rule(MisconductCase c) {
        return rules.version(c.getRuleId()).orElseThrow();
    }

    /**
     * The office chooses another rule than the one proposed (before the notice, or to serve a new notice): only with
     * a reason, audited as conduct.case.rule. Choosing the proposed rule again clears the change.
     */
    public MisconductCase chooseRule(long id, String code, String reason, String actor) {
        MisconductCase c = lock(id);
        if (c.getStatus() != CaseStatus.OPEN) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.case.notOpen");
        }
        MisconductRule chosen = rules.require("ruleCode", code);
        if (chosen.getParty() != c.getParty()) {
            throw DomainException.unprocessable(RuleBook.UNKNOWN_RULE, "ruleCode", "conduct.case.ruleParty", chosen.getCode());
        }
        String why = clean("reason", reason);
        boolean isProposal = chosen.getId() == c.getProposedRuleId();
        if (!isProposal && (why == null || why.isBlank())) {
            throw DomainException.unprocessable(REASON_REQUIRED, "reason", "conduct.case.reasonRequired");
        }
        competent(c, chosen, actor);
        MisconductRule before = rule(c);
        c.choose(chosen, isProposal ? null : CaseReport.cut(why, 1000), clock.now());
        audit.record(actor, "conduct.case.rule", "MisconductCase", String.valueOf(id), why,
                before.getCode() + " -> " + chosen.getCode());
        return c;
    }

    /**
     * Serves the notice of the proposed decision (Art. 17): facts (the office's words, or the reports'), reasons,
     * legal basis, the proposed sanction and the right to state a case and defend, with a deadline counted on the
     * authority clock. For a candidate it is delivered to the contact confirmed at registration and on their page
     * (with a notification); for staff the office names how and where it served it.
     */
    public MisconductCase serveNotice(long id, String facts, String method, String address, String actor) {
        MisconductCase c = lock(id);
        if (c.getStatus() != CaseStatus.OPEN) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.case.notOpen");
        }
        MisconductRule rule = rule(c);
        competent(c, rule, actor);
        String text = clean("facts", facts);
        if (text == null || text.isBlank()) {
            text = reportFacts(c.getId());
        }
        Instant now = clock.now();
        Instant deadline = CaseRules.defenceDeadline(now, CaseRules.configured().defenceDays());
        String[] service = service(c, method, address);
        c.notified(CaseReport.cut(text, 4000), now, actor, deadline, service[0], service[1]);
        if (c.getParty() == Party.CANDIDATE) {
            Registration r = em.find(Registration.class, c.getRegistrationId());
            notifications.notify(r, "conduct.notice", CaseReport.cut(rule.getSource(), 200),
                    CaseRules.lastDefenceDay(deadline).toString());
        }
        audit.record(actor, "conduct.case.notice", "MisconductCase", String.valueOf(id), null,
                "rule " + rule.getCode() + " v" + rule.getVersion() + ", deadline " + deadline + ", " + service[0]);
        return c;
    }

    /** How a document is served: online and to the candidate's contact; for staff, as the office names it. */
    private String[] service(MisconductCase c, String method, String address) {
        if (c.getParty() == Party.CANDIDATE) {
            Registration r = em.find(Registration.class, c.getRegistrationId());
            CandidateProfile p = em.find(CandidateProfile.class, r.getAccountId());
            String contact = p == null ? null : p.getEmail() != null && !p.getEmail().isBlank() ? p.getEmail() : p.getMobile();
            return new String[]{"ONLINE", contact == null ? "-" : contact};
        }
        String m = clean("method", method);
        String a = clean("address", address);
        if (m == null || m.isBlank() || a == null || a.isBlank() || !List.of("IN_PERSON", "POST", "ONLINE").contains(m)) {
            throw DomainException.unprocessable(SERVICE_INVALID, "address", "conduct.case.serviceRequired");
        }
        return new String[]{m, CaseReport.cut(a, 300)};
    }

    private String reportFacts(long caseId) {
        StringBuilder b = new StringBuilder();
        for (CaseReport r : em.createNamedQuery("CaseReport.findByCase", CaseReport.class).setParameter("case", caseId)
                .getResultList()) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(r.getRuleCode()).append("：").append(r.getDescription());
        }
        return b.toString();
    }

    /** A file sent with a defence: the name it had and its bytes. */
    public record Upload(String name, byte[] content) implements Serializable {
    }

    /** The candidate's own defence, online, before the deadline (a later one is refused naming the deadline). */
    public CaseDefence defend(long accountId, long caseId, String text, List<String> points, List<Upload> files,
                              String actor) {
        MisconductCase c = own(accountId, caseId);
        return defence(lock(c.getId()), text, points, files, actor, false);
    }

    /** A written defence the office records for a person without an account (staff), before the deadline. */
    public CaseDefence recordDefence(long caseId, String text, List<String> points, List<Upload> files, String actor) {
        return defence(lock(caseId), text, points, files, actor, true);
    }

    private CaseDefence defence(MisconductCase c, String text, List<String> points, List<Upload> files, String actor,
                                boolean byOffice) {
        if (c.getStatus() != CaseStatus.NOTIFIED) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.case.noNotice");
        }
        Instant now = clock.now();
        if (!now.isBefore(c.getDefenceDeadline())) {
            throw DomainException.unprocessable(DEFENCE_LATE, "text", "conduct.defence.late",
                    CaseRules.lastDefenceDay(c.getDefenceDeadline()).toString())
                    .with("deadline", c.getDefenceDeadline().toString());
        }
        String body = clean("text", text);
        if (body == null || body.isBlank() || body.length() > 8000) {
            throw DomainException.unprocessable(DEFENCE_INVALID, "text", "conduct.defence.text", 8000);
        }
        List<String> raised = new ArrayList<>();
        for (String p : points == null ? List.<String>of() : points) {
            String point = clean("points", p);
            if (point != null && !point.isBlank()) {
                if (point.length() > 2000) {
                    throw DomainException.unprocessable(DEFENCE_INVALID, "points", "conduct.defence.point", 2000);
                }
                raised.add(point);
            }
        }
        if (raised.size() > 20) {
            throw DomainException.unprocessable(DEFENCE_INVALID, "points", "conduct.defence.points", 20);
        }
        if (raised.isEmpty()) {
            raised.add(CaseReport.cut(body, 2000));
        }
        List<Upload> uploads = files == null ? List.of() : files;
        if (uploads.size() > MAX_FILES) {
            throw DomainException.unprocessable(DEFENCE_FILE, "files", "conduct.defence.files", MAX_FILES);
        }
        List<DocumentRules.Checked> checked = new ArrayList<>();
        for (Upload u : uploads) {
            try {
                checked.add(DocumentRules.check(u.content()));
            } catch (UploadRefused r) {
                throw DomainException.unprocessable(DEFENCE_FILE, "files", r.key(), r.args())
                        .with("file", u.name() == null ? "" : CaseReport.cut(u.name(), 200));
            }
        }
        CaseDefence d = new CaseDefence(c.getId(), body, now, actor, byOffice);
        em.persist(d);
        em.flush();
        for (int i = 0; i < checked.size(); i++) {
            em.persist(new CaseDefenceFile(d.getId(), fileName(uploads.get(i).name(), checked.get(i).contentType()),
                    checked.get(i).contentType(), checked.get(i).content(), now));
        }
        for (int i = 0; i < raised.size(); i++) {
            em.persist(new CasePoint(c.getId(), d.getId(), i + 1, raised.get(i)));
        }
        audit.record(actor, "conduct.case.defence", "MisconductCase", String.valueOf(c.getId()), null,
                raised.size() + " points, " + checked.size() + " files" + (byOffice ? ", recorded by the office" : ""));
        return d;
    }

    private static String fileName(String name, String type) {
        String clean = Texts.hidden(name) ? null : name;
        if (clean == null || clean.isBlank()) {
            return type.equals(DocumentRules.PDF) ? "defence.pdf" : "defence.jpg";
        }
        return CaseReport.cut(clean.replaceAll("[\\\\/\\r\\n\"]", "_"), 200);
    }

    /** The office's re-check of one point raised (Art. 17): its finding, audited. */
    public CasePoint recheck(long caseId, long pointId, String finding, String actor) {
        MisconductCase c = lock(caseId);
        if (c.getStatus() != CaseStatus.NOTIFIED) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.case.noNotice");
        }
        CasePoint p = em.find(CasePoint.class, pointId);
        if (p == null || p.getCaseId() != caseId) {
            throw new DomainException(NOT_FOUND, 404, "point", "conduct.case.noPoint", pointId);
        }
        String f = clean("finding", finding);
        if (f == null || f.isBlank() || f.length() > 4000) {
            throw DomainException.unprocessable(REASON_REQUIRED, "finding", "conduct.case.findingRequired");
        }
        p.check(f, actor, clock.now());
        audit.record(actor, "conduct.case.recheck", "MisconductCase", String.valueOf(caseId), f, "point " + pointId);
        return p;
    }

    /**
     * Issues the written decision: refused before the notice, while the defence period runs without a defence, or
     * while a point raised is not re-checked. Its effects are applied exactly once here; a candidate's decision is
     * served at once on their page and to their contact (staff: {@link #serveDecision}).
     */
    public MisconductCase decide(long id, String reasons, String actor) {
        MisconductCase c = lock(id);
        if (c.getStatus() != CaseStatus.NOTIFIED) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.case.noNotice");
        }
        MisconductRule rule = rule(c);
        competent(c, rule, actor);
        Instant now = clock.now();
        long defences = em.createQuery("select count(d) from CaseDefence d where d.caseId = :case", Long.class)
                .setParameter("case", id).getSingleResult();
        if (defences == 0 && now.isBefore(c.getDefenceDeadline())) {
            throw DomainException.conflict(DEADLINE_RUNNING, "status", "conduct.case.deadlineRunning",
                    CaseRules.lastDefenceDay(c.getDefenceDeadline()).toString());
        }
        long open = em.createQuery("select count(p) from CasePoint p where p.caseId = :case and p.finding is null",
                Long.class).setParameter("case", id).getSingleResult();
        if (open > 0) {
            throw DomainException.conflict(POINTS_OPEN, "points", "conduct.case.pointsOpen", open);
        }
        String why = clean("reasons", reasons);
        if (why == null || why.isBlank()) {
            throw DomainException.unprocessable(REASON_REQUIRED, "reasons", "conduct.case.reasonsRequired");
        }
        LocalDate today = clock.today();
        String subject = subjectVoided(c, rule);
        c.decided(CaseReport.cut(why, 4000), now, actor, today);
        apply(c, rule, subject, today, why, actor);
        audit.record(actor, "conduct.case.decide", "MisconductCase", String.valueOf(id), why,
                "rule " + rule.getCode() + " v" + rule.getVersion());
        if (c.getParty() == Party.CANDIDATE) {
            String[] service = service(c, null, null);
            c.served(service[0], service[1], now);
            notifications.notify(em.find(Registration.class, c.getRegistrationId()), "conduct.decision",
                    c.getNumber(), rule.getCode());
            audit.record(actor, "conduct.case.serve", "MisconductCase", String.valueOf(id), null, service[0]);
        }
        return c;
    }

    /** The subject an Art. 6 or 11 decision voids: the case's, else the registration's only one. */
    private String subjectVoided(MisconductCase c, MisconductRule rule) {
        if (rule.getScoreVoid() != ScoreVoid.SUBJECT || c.getParty() != Party.CANDIDATE) {
            return null;
        }
        if (c.getSubject() != null) {
            return c.getSubject();
        }
        List<String> subjects = em.find(Registration.class, c.getRegistrationId()).getSubjects();
        if (subjects.size() == 1) {
            return subjects.get(0);
        }
        throw DomainException.unprocessable(WRONG_STATE, "subject", "conduct.case.subjectUnknown");
    }

    /** Records how and where the written decision was served on a staff member (once). */
    public MisconductCase serveDecision(long id, String method, String address, String actor) {
        MisconductCase c = lock(id);
        if (c.getStatus() != CaseStatus.DECIDED) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.case.notDecided");
        }
        if (c.getDecisionServedAt() != null) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.case.served");
        }
        String[] service = service(c, method, address);
        c.served(service[0], service[1], clock.now());
        audit.record(actor, "conduct.case.serve", "MisconductCase", String.valueOf(id), null, service[0]);
        return c;
    }

    // ----- effects and their reversal -----

    private void apply(MisconductCase c, MisconductRule rule, String subject, LocalDate on, String reason, String actor) {
        Sanction s = rule.sanction();
        List<String> done = new ArrayList<>();
        if (c.getParty() == Party.CANDIDATE) {
            Registration r = em.find(Registration.class, c.getRegistrationId());
            if (s.scoreVoid() != ScoreVoid.NONE) {
                em.persist(new VoidedScore(r.getId(), s.scoreVoid() == ScoreVoid.SUBJECT ? subject : null, c.getId(), on));
                done.add("scores " + s.scoreVoid() + (subject == null ? "" : " " + subject));
            }
            if (s.certificateVoid()) {
                em.persist(new CertificateVoid(r.getId(), c.getId(), on));
                certificateVoided.fire(new CertificateVoidDeclared(r.getId(), c.getId(), CaseReport.cut(reason, 1000), actor));
                done.add("certificate void");
            }
            if (s.record() != RecordPeriod.NONE) {
                CandidateProfile p = em.find(CandidateProfile.class, r.getAccountId());
                long record = archive.record(p.getIdNumber(), r.getAccountId(), rule.getCode(), rule.getArticle(),
                        s.record(), on, CaseReport.cut(reason, 500), c.getId(), actor);
                c.recorded(record);
                done.add("integrity record " + s.record());
            }
        } else {
            StaffMember m = em.find(StaffMember.class, c.getStaffMemberId());
            if (s.staffBar() != StaffBarPeriod.NONE) {
                staff.bar(m.getIdNumber(), on, ConductRules.barEnd(s.staffBar(), on).orElse(null),
                        BAR_PREFIX + c.getId(), actor);
                done.add("staff bar " + s.staffBar());
            }
        }
        audit.record(actor, "conduct.case.effects", "MisconductCase", String.valueOf(c.getId()), null,
                done.isEmpty() ? "none" : String.join(", ", done));
    }

    private void reverse(MisconductCase c, AppealOutcome outcome, Sanction decided, LocalDate on, String reason,
                         String actor) {
        for (CaseRules.Step step : CaseRules.reversal(outcome, decided)) {
            switch (step) {
                case RESTORE_SCORES -> em.createNamedQuery("VoidedScore.findByCase", VoidedScore.class)
                        .setParameter("case", c.getId()).getResultStream().filter(v -> v.getRestoredOn() == null)
                        .forEach(v -> v.restore(on, CaseReport.cut(reason, 1000)));
                case END_RECORD -> {
                    archive.endForCase(c.getId(), on, CaseReport.cut(reason, 500), actor);
                    c.recorded(null);
                }
                case LIFT_BAR -> staff.lift(BAR_PREFIX + c.getId(), on, CaseReport.cut(reason, 1000), actor);
                case WITHDRAW_CERTIFICATE_VOID -> {
                    em.createNamedQuery("CertificateVoid.findByCase", CertificateVoid.class)
                            .setParameter("case", c.getId()).getResultStream().filter(v -> v.getWithdrawnOn() == null)
                            .forEach(v -> v.withdraw(on, CaseReport.cut(reason, 1000)));
                    certificateVoidWithdrawn.fire(new CertificateVoidWithdrawn(c.getId(), CaseReport.cut(reason, 1000), actor));
                }
                case APPLY_NEW_RULE -> { /* the caller applies the new rule's effects */ }
            }
        }
        audit.record(actor, "conduct.case.reverse", "MisconductCase", String.valueOf(c.getId()), reason,
                outcome + ": " + CaseRules.reversal(outcome, decided));
    }

    // ----- appeals (Arts. 18, 19) -----

    /** Records an appeal filed on {@code filedOn} (today if null), refused after its limit from the decision's service. */
    public CaseAppeal appeal(long id, AppealKind kind, LocalDate filedOn, String note, String actor) {
        MisconductCase c = lock(id);
        if (c.getStatus() != CaseStatus.DECIDED) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.case.notDecided");
        }
        if (c.getDecisionServedAt() == null) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.case.notServed");
        }
        if (kind == null || !CaseRules.appealOpenTo(kind, c.getParty())) {
            throw DomainException.unprocessable(APPEAL_INVALID, "kind", "conduct.appeal.kind");
        }
        LocalDate today = clock.today();
        LocalDate filed = filedOn == null ? today : filedOn;
        LocalDate served = LocalDate.ofInstant(c.getDecisionServedAt(), AuthorityClock.ZONE);
        if (filed.isAfter(today) || filed.isBefore(served)) {
            throw DomainException.unprocessable(APPEAL_INVALID, "filedOn", "conduct.appeal.filedOn", served.toString());
        }
        LocalDate limit = CaseRules.appealLimit(kind, served, CaseRules.configured());
        if (filed.isAfter(limit)) {
            throw DomainException.unprocessable(APPEAL_LATE, "filedOn", "conduct.appeal.late", limit.toString())
                    .with("limit", limit.toString());
        }
        String text = clean("note", note);
        if (text == null || text.isBlank()) {
            throw DomainException.unprocessable(APPEAL_INVALID, "note", "conduct.appeal.note");
        }
        CaseAppeal a = new CaseAppeal(id, kind, filed, limit, actor, CaseReport.cut(text, 2000));
        em.persist(a);
        audit.record(actor, "conduct.case.appeal", "MisconductCase", String.valueOf(id), text, kind + " filed " + filed);
        return a;
    }

    /**
     * An appeal's outcome: UPHELD changes nothing; QUASHED reverses every effect (scores restored, record ended, bar
     * lifted, certificate void withdrawn) and the case is quashed; CHANGED reverses them and applies the new rule's.
     */
    public CaseAppeal settle(long id, long appealId, AppealOutcome outcome, String ruleCode, String reason, String actor) {
        MisconductCase c = lock(id);
        CaseAppeal a = em.find(CaseAppeal.class, appealId);
        if (a == null || a.getCaseId() != id) {
            throw new DomainException(NOT_FOUND, 404, "appeal", "conduct.appeal.notFound", appealId);
        }
        if (a.getOutcome() != null || c.getStatus() != CaseStatus.DECIDED) {
            throw DomainException.conflict(WRONG_STATE, "status", "conduct.appeal.settled");
        }
        if (outcome == null) {
            throw DomainException.unprocessable(APPEAL_INVALID, "outcome", "conduct.appeal.outcome");
        }
        String why = clean("reason", reason);
        if (why == null || why.isBlank()) {
            throw DomainException.unprocessable(REASON_REQUIRED, "reason", "conduct.case.reasonRequired");
        }
        MisconductRule decided = rule(c);
        MisconductRule next = null;
        if (outcome == AppealOutcome.CHANGED) {
            next = rules.require("ruleCode", ruleCode);
            if (next.getParty() != c.getParty() || next.getId().equals(decided.getId())) {
                throw DomainException.unprocessable(RuleBook.UNKNOWN_RULE, "ruleCode", "conduct.case.ruleParty", next.getCode());
            }
        }
        LocalDate today = clock.today();
        Instant now = clock.now();
        a.settle(outcome, next == null ? null : next.getId(), today, CaseReport.cut(why, 2000), actor);
        reverse(c, outcome, decided.sanction(), today, why, actor);
        if (outcome == AppealOutcome.QUASHED) {
            c.quashed(now);
        } else if (outcome == AppealOutcome.CHANGED) {
            c.changedOnAppeal(next, CaseReport.cut(why, 1000), now);
            apply(c, next, subjectVoided(c, next), today, why, actor);
        }
        audit.record(actor, "conduct.case.appealOutcome", "MisconductCase", String.valueOf(id), why,
                a.getKind() + " " + outcome + (next == null ? "" : " -> " + next.getCode()));
        return a;
    }

    // ----- reading -----

    /** The office's filters: status, article, exam, area (each optional). */
    public record Filter(CaseStatus status, Integer article, Long examId, String area) implements Serializable {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** A case as the office's list shows it: the person's name and masked number only. */
    public record Row(long id, String number, Party party, CaseStatus status, String ruleCode, int article,
                      long examId, String exam, int year, String area, String name, String maskedIdNumber,
                      Instant createdAt, Instant defenceDeadline, boolean provincial) implements Serializable {
    }

    private static final Map<String, String> SORTS = Map.of("id", "c.id", "createdAt", "c.createdAt",
            "status", "c.status", "area", "c.area", "article", "r.article");

    /** One page of cases for the office, newest first unless sorted otherwise (the database counts and pages). */
    public Page<Row> search(Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.none() : filter;
        StringBuilder where = new StringBuilder(" from MisconductCase c, MisconductRule r where r.id = c.ruleId");
        Map<String, Object> params = new HashMap<>();
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.article() != null) {
            where.append(" and r.article = :article");
            params.put("article", f.article());
        }
        if (f.examId() != null) {
            where.append(" and c.examId = :exam");
            params.put("exam", f.examId());
        }
        if (f.area() != null && !f.area().isBlank()) {
            where.append(" and c.area = :area");
            params.put("area", f.area().trim());
        }
        String order = page.orderBy(SORTS, "c.createdAt desc, c.id desc");
        TypedQuery<MisconductCase> rows = em.createQuery("select c" + where + order, MisconductCase.class);
        TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(rows, count, page).map(this::row);
    }

    /** The cases of one candidate (their own registrations), newest first. */
    public List<Row> mine(long accountId) {
        List<Long> registrations = em.createQuery("select r.id from Registration r where r.accountId = :account", Long.class)
                .setParameter("account", accountId).getResultList();
        if (registrations.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("MisconductCase.findByRegistrations", MisconductCase.class)
                .setParameter("registrations", registrations).getResultList().stream().map(this::row).toList();
    }

    /** One of the candidate's own cases: another's is a 404, as if it did not exist. */
    public MisconductCase own(long accountId, long caseId) {
        MisconductCase c = em.find(MisconductCase.class, caseId);
        if (c == null || c.getParty() != Party.CANDIDATE
                || em.find(Registration.class, c.getRegistrationId()).getAccountId() != accountId) {
            throw new DomainException(NOT_FOUND, 404, "id", "conduct.case.notFound", caseId);
        }
        return c;
    }

    Row row(MisconductCase c) {
        MisconductRule rule = rule(c);
        String name;
        String masked;
        String exam = examTitle(c);
        if (c.getParty() == Party.CANDIDATE) {
            Registration r = em.find(Registration.class, c.getRegistrationId());
            CandidateProfile p = em.find(CandidateProfile.class, r.getAccountId());
            name = p == null ? "-" : p.getRealName();
            masked = p == null ? "-" : p.getMaskedIdNumber();
        } else {
            StaffMember m = em.find(StaffMember.class, c.getStaffMemberId());
            name = m == null ? "-" : m.getName();
            masked = m == null ? "-" : m.getMaskedIdNumber();
        }
        return new Row(c.getId(), c.getNumber(), c.getParty(), c.getStatus(), rule.getCode(), rule.getArticle(),
                c.getExamId(), exam, c.getPlanYear(), c.getArea(), name, masked, c.getCreatedAt(),
                c.getDefenceDeadline(), rule.isProvincial());
    }

    String examTitle(MisconductCase c) {
        Exam e = em.find(Exam.class, c.getExamId());
        if (e == null) {
            return "-";
        }
        String level = c.getParty() == Party.CANDIDATE ? em.find(Registration.class, c.getRegistrationId()).getLevel() : null;
        return e.title(level);
    }

    /** A defence file as listed (no bytes). */
    public record FileRow(long id, long defenceId, String fileName, String contentType, int size, Instant uploadedAt)
            implements Serializable {
    }

    /** Everything a case page shows. */
    public record Detail(MisconductCase c, Row row, MisconductRule rule, MisconductRule proposed,
                         List<CaseReport> reports, List<CaseDefence> defences, List<FileRow> files,
                         List<CasePoint> points, List<VoidedScore> voidedScores, List<CertificateVoid> certificateVoids,
                         List<CaseAppeal> appeals, LocalDate lastDefenceDay, boolean barred) {
    }

    public Detail detail(long id) {
        return detail(find(id));
    }

    public Detail detail(MisconductCase c) {
        long id = c.getId();
        boolean barred = c.getParty() == Party.STAFF && em.createQuery(
                "select count(b) from StaffBar b where b.decision = :d and b.liftedOn is null", Long.class)
                .setParameter("d", BAR_PREFIX + id).getSingleResult() > 0;
        return new Detail(c, row(c), rule(c), rules.version(c.getProposedRuleId()).orElseThrow(),
                em.createNamedQuery("CaseReport.findByCase", CaseReport.class).setParameter("case", id).getResultList(),
                em.createNamedQuery("CaseDefence.findByCase", CaseDefence.class).setParameter("case", id).getResultList(),
                em.createNamedQuery("CaseDefenceFile.findByCase", FileRow.class).setParameter("case", id).getResultList(),
                em.createNamedQuery("CasePoint.findByCase", CasePoint.class).setParameter("case", id).getResultList(),
                em.createNamedQuery("VoidedScore.findByCase", VoidedScore.class).setParameter("case", id).getResultList(),
                em.createNamedQuery("CertificateVoid.findByCase", CertificateVoid.class).setParameter("case", id).getResultList(),
                em.createNamedQuery("CaseAppeal.findByCase", CaseAppeal.class).setParameter("case", id).getResultList(),
                c.getDefenceDeadline() == null ? null : CaseRules.lastDefenceDay(c.getDefenceDeadline()), barred);
    }

    /** A defence file's bytes, for the office or (through {@link #own}) the candidate who sent it. */
    public Optional<CaseDefenceFile> file(long caseId, long fileId) {
        CaseDefenceFile f = em.find(CaseDefenceFile.class, fileId);
        if (f == null) {
            return Optional.empty();
        }
        CaseDefence d = em.find(CaseDefence.class, f.getDefenceId());
        return d != null && d.getCaseId() == caseId ? Optional.of(f) : Optional.empty();
    }

    /** The scores of a registration voided and not restored: what the certification capability reads. */
    public List<VoidedScore> voidedScores(long registrationId) {
        return em.createNamedQuery("VoidedScore.findInForce", VoidedScore.class)
                .setParameter("registration", registrationId).getResultList();
    }

    /** The person's full identity number, for the written decision (never listed). */
    public String idNumber(MisconductCase c) {
        if (c.getParty() == Party.CANDIDATE) {
            Registration r = em.find(Registration.class, c.getRegistrationId());
            CandidateProfile p = em.find(CandidateProfile.class, r.getAccountId());
            return p == null ? "-" : p.getIdNumber();
        }
        StaffMember m = em.find(StaffMember.class, c.getStaffMemberId());
        return m == null ? "-" : IdNumbers.normalize(m.getIdNumber());
    }

    /** A text as stored: trimmed; one with invisible or direction-changing characters is refused at its field. */
    private static String clean(String field, String s) {
        if (s == null) {
            return null;
        }
        if (Texts.hiddenMultiline(s)) {
            throw DomainException.unprocessable("conduct/hidden-characters", field, "conduct.text.hidden");
        }
        return s.strip();
    }

    static int maxFileBytes() {
        return RegistrationDocument.MAX_BYTES;
    }
}
