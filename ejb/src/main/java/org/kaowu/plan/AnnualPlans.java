package org.kaowu.plan;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.catalogue.CatalogueCheck;
import org.kaowu.catalogue.CatalogueSnapshot;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Texts;
import org.kaowu.shared.Localized;
import org.kaowu.shared.Messages;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The office's work on annual plans: import (previewed, all-or-nothing, every exam checked against the catalogue),
 * publish (which starts the automatic calendar) and changes to a published plan (with a reason, audited, rescheduled).
 */
@Stateless
public class AnnualPlans {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogueCheck catalogue;

    @EJB
    private PlanCalendar calendar;

    @EJB
    private AuditTrail audit;

    public Optional<AnnualPlan> find(int year) {
        return em.createNamedQuery("AnnualPlan.findByYear", AnnualPlan.class).setParameter("year", year)
                .getResultStream().findFirst();
    }

    /** A line per plan with its number of exams, newest year first (counted by the database: no exam is loaded). */
    public record Summary(int year, String title, String authority, PlanStatus status, int exams) {
    }

    public List<Summary> summaries() {
        return em.createQuery("select new org.kaowu.plan.AnnualPlans$Summary(p.year, p.title, p.authority, p.status,"
                + " cast(size(p.exams) as integer)) from AnnualPlan p order by p.year desc", Summary.class).getResultList();
    }

    public List<AnnualPlan> all() {
        return em.createNamedQuery("AnnualPlan.findAll", AnnualPlan.class).getResultList();
    }

    /** The plan with its exams, subjects, sessions and windows loaded (in batches), or a 404-style refusal. */
    public AnnualPlan plan(int year) {
        AnnualPlan plan = find(year).orElseThrow(() -> new DomainException("no-such-plan", 404, "year", "plan.noSuchPlan"));
        plan.getExams().forEach(e -> {
            e.timeline();
            e.subjectData();
            e.sessionData();
        });
        return plan;
    }

    /** What the calendar's job runs may be sorted on; their own order is the latest first. */
    private static final Map<String, String> RUN_SORT = Map.of("id", "r.id", "exam", "e.code", "edge", "r.edge",
            "due", "r.scheduledFor", "fired", "r.firedAt", "outcome", "r.outcome", "phase", "r.phaseAfter");

    /** One page of what the calendar did for the plan's exams (latest first unless sorted otherwise). */
    public Page<JobRun> runs(int year, PageRequest page) {
        String where = " from JobRun r, Exam e where e.id = r.examId and e.plan.year = :year";
        return Page.of(em.createQuery("select r" + where + page.orderBy(RUN_SORT, "r.firedAt desc, r.id desc"), JobRun.class)
                        .setParameter("year", year),
                em.createQuery("select count(r)" + where, Long.class).setParameter("year", year), page);
    }

    /** The file read once: every problem, or each exam with the catalogue entry it was checked against. */
    private record Checked(List<PlanProblem> problems, List<PlanData.ExamData> exams,
                           List<CatalogueSnapshot.Match> matches) {
    }

    private Checked check(int year, byte[] file) {
        PlanFile.Result parsed = PlanFile.parse(file);
        if (!parsed.ok()) {
            return new Checked(parsed.problems(), List.of(), List.of());
        }
        List<PlanProblem> problems = new ArrayList<>();
        List<CatalogueSnapshot.Match> matches = new ArrayList<>();
        for (PlanData.ExamData exam : parsed.plan().exams()) {
            problems.addAll(ExamRules.hiddenText(exam, exam.line()));
            matches.add(checked(exam, problems));
            int examYear = exam.timeline().examStart().atZone(AuthorityClock.ZONE).getYear();
            if (examYear != year) {
                problems.add(new PlanProblem(exam.line(), "exam_start", "plan.exam.offCatalogue", exam.code(),
                        Localized.of("plan.exam.notInYear", Integer.toString(year))));
            }
        }
        return new Checked(problems, parsed.plan().exams(), matches);
    }

    /** Everything wrong with the file, including exams off the catalogue; stores nothing. */
    public PlanPreview preview(int year, byte[] file) {
        Checked checked = check(year, file);
        if (!checked.problems().isEmpty()) {
            return new PlanPreview(checked.problems(), List.of());
        }
        List<PlanPreview.ExamSummary> summaries = new ArrayList<>();
        for (int i = 0; i < checked.exams().size(); i++) {
            PlanData.ExamData exam = checked.exams().get(i);
            CatalogueSnapshot.Match match = checked.matches().get(i);
            summaries.add(new PlanPreview.ExamSummary(exam.code(), match.entry().nameZh(), match.entry().code(),
                    match.edition().code(), match.subItem(), exam.levels(), exam.subjects().size(),
                    exam.sessions().size(), List.copyOf(exam.areaTimelines().keySet())));
        }
        return new PlanPreview(List.of(), summaries);
    }

    /**
     * Imports the file as the year's draft plan (creating it, or replacing a draft's exams). A published plan is not
     * replaced: it changes through {@link #reschedule}.
     */
    public AnnualPlan importPlan(int year, String title, String authority, byte[] file, String actor) {
        requireHeading(year, title, authority);
        Checked checked = check(year, file);
        if (!checked.problems().isEmpty()) {
            throw invalid(checked.problems());
        }
        AnnualPlan plan = find(year).orElse(null);
        Instant now = clock.now();
        if (plan == null) {
            plan = new AnnualPlan(year, title.strip(), authority.strip(), now, actor);
            em.persist(plan);
        } else if (plan.getStatus() != PlanStatus.DRAFT) {
            throw DomainException.conflict("plan-published", "year", "plan.notDraft");
        } else {
            plan.retitle(title.strip(), authority.strip());
        }
        List<Exam> exams = new ArrayList<>();
        for (int i = 0; i < checked.exams().size(); i++) {
            CatalogueSnapshot.Match m = checked.matches().get(i);
            exams.add(new Exam(plan, i, checked.exams().get(i), m.edition().code(), m.entry().code(),
                    m.entry().nameZh(), now));
        }
        plan.replaceExams(exams);
        em.flush();
        audit.record(actor, "plan.import", "AnnualPlan", Integer.toString(year), null,
                exams.size() + " exams: " + String.join(", ", exams.stream().map(Exam::getCode).toList()));
        return plan;
    }

    /** Publishes the draft: from now on its calendar runs by itself. */
    public AnnualPlan publish(int year, String actor) {
        AnnualPlan plan = plan(year);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw DomainException.conflict("plan-published", "year", "plan.notDraft");
        }
        if (plan.getExams().isEmpty()) {
            throw DomainException.conflict("plan-empty", "year", "plan.noExams");
        }
        Instant now = clock.now();
        plan.publish(now, actor);
        for (Exam exam : plan.getExams()) {
            exam.settlePhase(now);
            calendar.schedule(exam);
        }
        audit.record(actor, "plan.publish", "AnnualPlan", Integer.toString(year), null, plan.getExams().size() + " exams");
        return plan;
    }

    /**
     * Changes an exam's national windows. On a draft this is plain editing. On a published plan (a postponement, say)
     * it needs a reason, is audited with the old and new dates, and every trigger of the exam is rescheduled and its
     * phase settled at once.
     */
    public Exam reschedule(int year, String examCode, Timeline windows, String reason, String actor) {
        return reschedule(year, examCode, "", windows, reason, actor);
    }

    /**
     * The same for one area's own windows ({@code area} blank: the national ones). An area's windows move no phase
     * and no trigger: they govern that area's registration and tickets.
     */
    public Exam reschedule(int year, String examCode, String area, Timeline windows, String reason, String actor) {
        String where = area == null ? "" : area.strip();
        if (where.length() > 40 || where.chars().anyMatch(ch -> ch == '<' || ch == '>')) {
            throw DomainException.badInput("invalid-plan", "area", "plan.row.area");
        }
        AnnualPlan plan = plan(year);
        boolean published = plan.getStatus() == PlanStatus.PUBLISHED;
        if (published && (reason == null || reason.isBlank())) {
            throw DomainException.badInput("invalid-plan", "reason", "plan.reasonRequired");
        }
        if (Texts.hiddenMultiline(reason)) {
            throw DomainException.badInput("invalid-plan", "reason", "text.hidden");
        }
        if (plan.getStatus() == PlanStatus.ARCHIVED) {
            throw DomainException.conflict("plan-archived", "year", "plan.archived");
        }
        Exam exam = exam(plan, examCode);
        List<PlanProblem> problems = new ArrayList<>(TimelineRules.check(windows, 0, where));
        if (problems.isEmpty() && where.isEmpty()) {
            problems.addAll(TimelineRules.checkSessions(windows, exam.sessionData()));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        Timeline before = exam.timeline(where);
        exam.reschedule(where, windows);
        if (where.isEmpty()) {
            exam.settlePhase(clock.now());
            if (published) {
                calendar.schedule(exam);
            }
        }
        StringBuilder changes = new StringBuilder();
        before.moments().forEach((edge, at) -> {
            Instant now = windows.moments().get(edge);
            if (!at.equals(now)) {
                changes.append(changes.length() == 0 ? "" : "; ").append(edge).append(' ')
                        .append(TimelineRules.shown(at)).append(" → ").append(TimelineRules.shown(now));
            }
        });
        audit.record(actor, published ? "plan.reschedule" : "plan.edit", "Exam",
                year + "/" + examCode + (where.isEmpty() ? "" : "/" + where),
                reason == null || reason.isBlank() ? null : reason.strip(), changes.toString());
        return exam;
    }

    /** An empty draft for the year, to be filled in the editor (or by an import). */
    public AnnualPlan createDraft(int year, String title, String authority, String actor) {
        requireHeading(year, title, authority);
        if (find(year).isPresent()) {
            throw DomainException.conflict("plan-exists", "year", "plan.yearTaken", year);
        }
        AnnualPlan plan = new AnnualPlan(year, title.strip(), authority.strip(), clock.now(), actor);
        em.persist(plan);
        em.flush();
        audit.record(actor, "plan.create", "AnnualPlan", Integer.toString(year), null, title.strip());
        return plan;
    }

    /**
     * Saves one exam from the editor. In a draft: adds it ({@code originalCode} null) or replaces it wholly, checked
     * against the catalogue like an imported one. In a published plan: the exam keeps its code, qualification and
     * levels; its windows, subjects and sessions change with a reason, audited with what changed, and its triggers
     * are rescheduled. Nothing is stored unless every rule holds.
     */
    public Exam saveExam(int year, String originalCode, PlanData.ExamData data, String reason, String actor) {
        AnnualPlan plan = plan(year);
        if (plan.getStatus() == PlanStatus.ARCHIVED) {
            throw DomainException.conflict("plan-archived", "year", "plan.archived");
        }
        boolean published = plan.getStatus() == PlanStatus.PUBLISHED;
        Exam exam = originalCode == null ? null : exam(plan, originalCode);
        if (published && exam == null) {
            throw DomainException.conflict("plan-published", "code", "plan.exam.publishedAdd");
        }
        if (published && (reason == null || reason.isBlank())) {
            throw DomainException.badInput("invalid-plan", "reason", "plan.reasonRequired");
        }
        if (Texts.hiddenMultiline(reason)) {
            throw DomainException.badInput("invalid-plan", "reason", "text.hidden");
        }
        List<PlanProblem> problems = new ArrayList<>(ExamRules.check(data));
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        if (published && (!exam.getCode().equals(data.code()) || !exam.getQualification().equals(data.qualification())
                || !java.util.Objects.equals(exam.getSubItem(), data.subItem()) || !exam.getLevels().equals(data.levels()))) {
            throw DomainException.conflict("plan-published", "code", "plan.exam.identityFixed");
        }
        Exam other = plan.getExams().stream().filter(e -> e.getCode().equals(data.code())).findFirst().orElse(null);
        if (other != null && other != exam) {
            throw DomainException.conflict("exam-code-taken", "code", "plan.exam.codeTaken", data.code());
        }
        Instant now = clock.now();
        if (published) {
            String before = describe(exam.timeline(), exam.subjectData(), exam.sessionData());
            exam.replaceSittings(data);
            exam.reschedule("", data.timeline());
            exam.settlePhase(now);
            calendar.schedule(exam);
            audit.record(actor, "plan.reschedule", "Exam", year + "/" + exam.getCode(), reason.strip(),
                    before + " → " + describe(data.timeline(), data.subjects(), data.sessions()));
            return exam;
        }
        CatalogueSnapshot.Match match = checked(data, problems);
        if (match == null) {
            throw invalid(problems);
        }
        int examYear = data.timeline().examStart().atZone(AuthorityClock.ZONE).getYear();
        if (examYear != year) {
            throw invalid(List.of(new PlanProblem(0, "examStart", "plan.exam.offCatalogue", data.code(),
                    Localized.of("plan.exam.notInYear", Integer.toString(year)))));
        }
        if (exam == null) {
            exam = new Exam(plan, plan.getExams().stream().mapToInt(Exam::getPosition).max().orElse(-1) + 1, data,
                    match.edition().code(), match.entry().code(), match.entry().nameZh(), now);
            plan.addExam(exam);
        } else {
            exam.redefine(data, match.edition().code(), match.entry().code(), match.entry().nameZh(), now);
        }
        em.flush();
        audit.record(actor, originalCode == null ? "plan.exam.add" : "plan.edit", "Exam", year + "/" + data.code(),
                reason == null || reason.isBlank() ? null : reason.strip(),
                describe(data.timeline(), data.subjects(), data.sessions()));
        return exam;
    }

    /** Takes an exam out of a draft (a published plan keeps its exams). */
    public void removeExam(int year, String code, String actor) {
        AnnualPlan plan = plan(year);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw DomainException.conflict("plan-published", "code", "plan.exam.publishedAdd");
        }
        plan.removeExam(exam(plan, code));
        em.flush();
        audit.record(actor, "plan.exam.remove", "Exam", year + "/" + code, null, null);
    }

    /** A published plan whose every exam has run its course (certificates due) is archived: read-only from then on. */
    public AnnualPlan archive(int year, String actor) {
        AnnualPlan plan = plan(year);
        if (plan.getStatus() != PlanStatus.PUBLISHED) {
            throw DomainException.conflict("plan-not-published", "year", "plan.notPublished");
        }
        Instant now = clock.now();
        ArchiveReadiness readiness = archiveReadiness(plan, now);
        if (!readiness.allowed()) {
            throw DomainException.conflict("plan-not-over", "year", "plan.archive.notOverNamed", readiness.running().size(),
                    String.join("、", readiness.running()),
                    TimelineRules.moment("certificatesFrom", readiness.from()));
        }
        plan.getExams().forEach(e -> e.settlePhase(now));
        plan.archive(now, actor);
        audit.record(actor, "plan.archive", "AnnualPlan", Integer.toString(year), null, plan.getExams().size() + " exams");
        return plan;
    }

    /**
     * Whether a published plan may be archived now: every exam has reached certificates. Otherwise the exams still
     * running (named as people name them) and the moment the last of them reaches certificates.
     */
    public record ArchiveReadiness(boolean allowed, List<String> running, Instant from) {
    }

    public ArchiveReadiness archiveReadiness(AnnualPlan plan, Instant now) {
        List<Exam> running = plan.getExams().stream().filter(e -> e.timeline().phaseAt(now) != ExamPhase.CERTIFICATES).toList();
        Instant from = running.stream().map(e -> e.timeline().certificatesFrom()).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new ArchiveReadiness(running.isEmpty(), running.stream().map(e -> e.title(null)).toList(), from);
    }

    private static Exam exam(AnnualPlan plan, String code) {
        return plan.getExams().stream().filter(e -> e.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam"));
    }

    /** An exam's calendar in one line, for the audit trail. */
    private static String describe(Timeline t, List<PlanData.SubjectData> subjects, List<PlanData.SessionData> sessions) {
        StringBuilder b = new StringBuilder(TimelineRules.shown(t.examStart())).append('~').append(TimelineRules.shown(t.examEnd()))
                .append(" [");
        for (PlanData.SessionData s : sessions) {
            b.append(s.level() == null ? "" : s.level() + " ").append(s.subjectCode()).append(' ').append(s.date())
                    .append(' ').append(s.start()).append('-').append(s.end()).append("; ");
        }
        return b.append("] ").append(subjects.size()).append(" subjects").toString();
    }

    private static void requireHeading(int year, String title, String authority) {
        if (year < 2000 || year > 2100) {
            throw DomainException.badInput("invalid-plan", "year", "plan.badYear");
        }
        if (Texts.hidden(title) || Texts.hidden(authority)) {
            throw DomainException.badInput("invalid-plan", Texts.hidden(title) ? "title" : "authority", "text.hidden");
        }
        boolean noTitle = title == null || title.isBlank() || title.strip().length() > 200;
        if (noTitle || authority == null || authority.isBlank() || authority.strip().length() > 200) {
            throw DomainException.badInput("invalid-plan", noTitle ? "title" : "authority", "plan.row.required",
                    Localized.of(noTitle ? "plan.heading.title" : "plan.heading.authority"));
        }
    }

    /**
     * Checks the exam (each of its levels) against the catalogue in force on its first exam day. Returns the entry,
     * or null after adding the refusals to {@code problems}.
     */
    private CatalogueSnapshot.Match checked(PlanData.ExamData exam, List<PlanProblem> problems) {
        LocalDate on = exam.timeline().examStart().atZone(AuthorityClock.ZONE).toLocalDate();
        List<String> levels = exam.levels().isEmpty() ? java.util.Collections.singletonList(null) : exam.levels();
        CatalogueSnapshot.Match first = null;
        boolean refused = false;
        for (String level : levels) {
            try {
                CatalogueSnapshot.Match m = catalogue.check(exam.qualification(), exam.subItem(), level, on);
                first = first == null ? m : first;
            } catch (DomainException e) {
                refused = true;
                problems.add(new PlanProblem(exam.line(), "qualification", "plan.exam.offCatalogue", exam.code(),
                        new Localized(e.message(Messages.CHINESE), e.message(Locale.ENGLISH))));
            }
        }
        return refused ? null : first;
    }

    static DomainException invalid(List<PlanProblem> problems) {
        DomainException e = DomainException.unprocessable("invalid-plan", problems.get(0).field(), "plan.invalid",
                problems.size());
        e.with("problems", new ArrayList<>(problems));
        return e;
    }
}
