package org.kaowu.certification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.kaowu.conduct.VoidedScore;
import org.kaowu.plan.Exam;
import org.kaowu.plan.ExamEdgePassed;
import org.kaowu.plan.ExamPhase;
import org.kaowu.plan.PlanData;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.ExemptionRule;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.Notifications;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;
import org.kaowu.shared.SampleFiles;
import org.kaowu.shared.Texts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Results (成绩): the marking centre's scores imported per exam (preview, then all or nothing), pass marks per subject
 * (the plan's {@code pass_mark} unless the office sets another before publication; fixed by it), publication on the
 * exam's RESULTS edge (a later edge catches up; candidates are told), the office's counts, distribution and list
 * (names and numbers masked), the candidate's own scores after publication, and the one query the certificate gate
 * calls: {@link #standing}. Scores before publication are the office's alone.
 * <p>
 * A re-import before publication updates: each row of the file replaces the stored score of that ticket and subject,
 * and scores the file does not name are kept. After publication a file changes scores only with a reason; each changed
 * score is audited (ticket and subject, old and new) and its candidate told.
 */
@Stateless
public class Results {

    public static final String INVALID = "invalid-scores";
    private static final Logger LOG = Logger.getLogger(Results.class.getName());
    private static final String SAMPLE = "/org/kaowu/certification/samples/scores.csv";
    /** Who publishes on the calendar's edge: "system", as the pages and the audit trail name work no person did. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthorityClock clock;

    @EJB
    AuditTrail audit;

    @EJB
    Notifications notifications;

    // ----- exams, pass marks -----

    /** An exam the office may see results of: held (SCORING or later), newest year first. */
    public record ExamChoice(long id, int year, String code, String title, ExamPhase phase, boolean published)
            implements Serializable {
        public long getId() { return id; }
        public String getTitle() { return title; }
    }

    public List<ExamChoice> exams() {
        Set<Long> released = new HashSet<>(em.createQuery("select r.examId from ResultRelease r", Long.class).getResultList());
        return em.createNamedQuery("Exam.findPublished", Exam.class).getResultList().stream()
                .filter(e -> e.getPhase().compareTo(ExamPhase.SCORING) >= 0)
                .sorted(Comparator.comparing((Exam e) -> e.getPlan().getYear()).reversed().thenComparing(Exam::getPosition))
                .map(e -> new ExamChoice(e.getId(), e.getPlan().getYear(), e.getCode(), e.title(null), e.getPhase(),
                        released.contains(e.getId())))
                .toList();
    }

    /** A subject's pass mark: the plan's, the one in force (the office's, or the plan's), and whether it is fixed. */
    public record SubjectMark(String level, String code, String name, BigDecimal fullMarks, BigDecimal planMark,
                              BigDecimal mark, boolean office, boolean fixed) implements Serializable {
    }

    public List<SubjectMark> passMarks(long examId) {
        Exam exam = exam(examId);
        Map<String, PassMark> set = marks(examId);
        boolean fixed = released(examId);
        return exam.subjectData().stream().map(s -> {
            PassMark m = set.get(s.code());
            return new SubjectMark(s.level(), s.code(), s.name(), s.fullMarks(), s.passMark(),
                    m == null ? s.passMark() : m.getMark(), m != null, fixed);
        }).toList();
    }

    /** The office sets a subject's pass mark before publication: 0 < mark ≤ full marks, one decimal at most. */
    public SubjectMark setPassMark(long examId, String subject, BigDecimal mark, String actor) {
        Exam exam = exam(examId);
        if (released(examId)) {
            throw DomainException.conflict("results-published", "mark", "results.passMark.fixed");
        }
        PlanData.SubjectData s = exam.subjectData().stream().filter(x -> x.code().equals(subject)).findFirst()
                .orElseThrow(() -> DomainException.unprocessable("invalid-pass-mark", "subject", "results.passMark.subject",
                        subject == null ? "" : subject));
        if (mark == null || mark.signum() <= 0 || mark.scale() > 1 && mark.stripTrailingZeros().scale() > 1
                || s.fullMarks() != null && mark.compareTo(s.fullMarks()) > 0) {
            throw DomainException.unprocessable("invalid-pass-mark", "mark", "results.passMark.range",
                    s.fullMarks() == null ? "—" : s.fullMarks().stripTrailingZeros().toPlainString());
        }
        BigDecimal value = mark.setScale(1, RoundingMode.UNNECESSARY);
        PassMark m = em.find(PassMark.class, new PassMark.Key(examId, subject));
        String before = m == null ? plain(s.passMark()) : plain(m.getMark());
        if (m == null) {
            em.persist(new PassMark(examId, subject, value, clock.now(), actor));
        } else {
            m.set(value, clock.now(), actor);
        }
        audit.record(actor, "results.passMark", "Exam", Long.toString(examId), null,
                "subject " + subject + ": " + before + " -> " + plain(value));
        return passMarks(examId).stream().filter(x -> x.code().equals(subject)).findFirst().orElseThrow();
    }

    // ----- import -----

    /** What a file would do (or did): rows, new scores, changed, unchanged; or every problem. */
    public record Preview(int rows, int added, int changed, int unchanged, boolean published,
                          List<ScoreFile.Problem> problems) implements Serializable {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Reads and checks the file against the exam; stores nothing. */
    public Preview preview(long examId, byte[] bytes) {
        Exam exam = exam(examId);
        ScoreFile.Read read = read(exam, bytes);
        if (!read.ok()) {
            return new Preview(0, 0, 0, 0, released(examId), read.problems());
        }
        Map<String, Score> stored = stored(examId);
        int added = 0;
        int changed = 0;
        for (ScoreFile.Row r : read.rows()) {
            Score s = stored.get(r.registrationId() + ":" + r.subject());
            if (s == null) {
                added++;
            } else if (s.differs(r.score(), r.absent())) {
                changed++;
            }
        }
        return new Preview(read.rows().size(), added, changed, read.rows().size() - added - changed, released(examId), List.of());
    }

    /**
     * Imports the file, all or nothing: a 422 {@value #INVALID} listing every problem stores nothing; before the exam
     * has been held 409 {@code exam-not-held}; after publication a change needs {@code reason} (422
     * {@code reason-required}).
     */
    public Preview importFile(long examId, byte[] bytes, String reason, String actor) {
        Exam exam = exam(examId);
        if (exam.getPhase().compareTo(ExamPhase.SCORING) < 0) {
            throw DomainException.conflict("exam-not-held", "exam", "results.notHeld", exam.title(null));
        }
        ScoreFile.Read read = read(exam, bytes);
        if (!read.ok()) {
            DomainException e = DomainException.unprocessable(INVALID, "file", "results.invalid", read.problems().size());
            e.with("problems", new ArrayList<>(read.problems()));
            throw e;
        }
        boolean published = released(examId);
        String why = reason == null ? null : reason.strip();
        Map<String, Score> stored = stored(examId);
        List<ScoreFile.Row> changes = read.rows().stream().filter(r -> {
            Score s = stored.get(r.registrationId() + ":" + r.subject());
            return s == null || s.differs(r.score(), r.absent());
        }).toList();
        if (published && !changes.isEmpty()) {
            if (why == null || why.isEmpty()) {
                throw DomainException.unprocessable("reason-required", "reason", "results.reasonRequired");
            }
            if (why.length() > 1000 || Texts.hiddenMultiline(why)) {
                throw DomainException.unprocessable("reason-required", "reason", "results.reasonInvalid");
            }
        }
        Instant now = clock.now();
        int added = 0;
        int changed = 0;
        Set<Long> told = new HashSet<>();
        for (ScoreFile.Row r : changes) {
            Score s = stored.get(r.registrationId() + ":" + r.subject());
            if (s == null) {
                em.persist(new Score(r.registrationId(), examId, r.subject(), r.score(), r.absent(), now, actor));
                added++;
            } else {
                String before = s.written();
                s.replace(r.score(), r.absent(), now, actor, published ? why : null);
                changed++;
                if (published) {
                    audit.record(actor, "results.change", "Score", Long.toString(s.getId()), why,
                            "ticket " + r.ticket() + ", subject " + r.subject() + ": " + before + " -> " + s.written());
                }
            }
            if (published && told.add(r.registrationId())) {
                notifications.notify(em.find(Registration.class, r.registrationId()), "notice.scoreChanged", why);
            }
        }
        audit.record(actor, "results.import", "Exam", Long.toString(examId), published ? why : null,
                read.rows().size() + " rows: " + added + " new, " + changed + " changed");
        return new Preview(read.rows().size(), added, changed, read.rows().size() - added - changed, published, List.of());
    }

    public static byte[] sampleCsv() {
        return SampleFiles.csv(SampleFiles.text(Results.class, SAMPLE));
    }

    public static byte[] sampleXlsx() {
        return SampleFiles.xlsx(SampleFiles.text(Results.class, SAMPLE), "scores");
    }

    private ScoreFile.Read read(Exam exam, byte[] bytes) {
        Map<String, ScoreFile.Subject> subjects = new LinkedHashMap<>();
        exam.subjectData().forEach(s -> subjects.putIfAbsent(s.code(), new ScoreFile.Subject(s.name(), s.fullMarks())));
        return ScoreFile.read(bytes, exam.getId(), subjects, this::holder);
    }

    /** The registration a ticket number admits: the first day's row of a current (completed, not superseded) run. */
    private ScoreFile.Holder holder(String ticket) {
        return em.createQuery("select s.registrationId from SeatAssignment s, AllocationRun a where a.id = s.runId"
                        + " and a.state = org.kaowu.scheduling.AllocationRun.State.COMPLETED and a.superseded = false"
                        + " and s.ticketNumber = :ticket", Long.class)
                .setParameter("ticket", ticket).getResultStream().findFirst()
                .map(id -> em.find(Registration.class, id))
                .map(r -> new ScoreFile.Holder(r.getId(), r.getExamId(), r.getSubjects())).orElse(null);
    }

    private Map<String, Score> stored(long examId) {
        return em.createNamedQuery("Score.findByExam", Score.class).setParameter("exam", examId).getResultStream()
                .collect(Collectors.toMap(s -> s.getRegistrationId() + ":" + s.getSubjectCode(), s -> s));
    }

    // ----- publication -----

    /** The calendar's side-effect: at the RESULTS edge (or any later one that finds none) the results are published. */
    public void edgePassed(@Observes ExamEdgePassed edge) {
        if (edge.phase() != null && edge.phase().compareTo(ExamPhase.RESULTS) >= 0 && !released(edge.examId())) {
            publish(edge.examId(), SYSTEM);
        }
    }

    /**
     * Publishes the exam's results once: fixes every subject's pass mark (the office's, else the plan's), records the
     * release and tells each candidate with a score. Idempotent.
     */
    public void publish(long examId, String actor) {
        Exam exam = em.find(Exam.class, examId);
        if (exam == null || released(examId)) {
            return;
        }
        Instant now = clock.now();
        Map<String, PassMark> set = marks(examId);
        List<String> unmarked = new ArrayList<>();
        for (PlanData.SubjectData s : exam.subjectData()) {
            if (set.containsKey(s.code())) {
                continue;
            }
            if (s.passMark() == null) {
                if (!unmarked.contains(s.code())) {
                    unmarked.add(s.code());
                }
            } else {
                PassMark m = new PassMark(examId, s.code(), s.passMark(), now, actor);
                em.persist(m);
                set.put(s.code(), m);
            }
        }
        List<Long> scored = em.createQuery("select distinct s.registrationId from Score s where s.examId = :exam", Long.class)
                .setParameter("exam", examId).getResultList();
        em.persist(new ResultRelease(examId, now, actor, scored.size()));
        for (Long id : scored) {
            Registration r = em.find(Registration.class, id);
            if (r.getStatus() != RegistrationStatus.VOIDED) {
                notifications.notify(r, "notice.scores", "");
            }
        }
        audit.record(actor, "results.publish", "Exam", Long.toString(examId), null, scored.size() + " candidates scored"
                + (unmarked.isEmpty() ? "" : "; no pass mark for " + String.join(", ", unmarked)));
        if (!unmarked.isEmpty()) {
            LOG.warning("Exam " + examId + " published without a pass mark for " + unmarked);
        }
    }

    public boolean released(long examId) {
        return em.find(ResultRelease.class, examId) != null;
    }

    public ResultRelease release(long examId) {
        return em.find(ResultRelease.class, examId);
    }

    // ----- the office's view -----

    /** Per subject: scored, absent, passed, mean, and the distribution in ten bands of the full marks. */
    public record SubjectSummary(String code, String name, BigDecimal fullMarks, BigDecimal passMark, int scored,
                                 int absent, int passed, BigDecimal mean, int[] bands) implements Serializable {
        public List<Integer> bandList() {
            return Arrays.stream(bands).boxed().toList();
        }
    }

    /** The exam's counts: registrations that could sit, with a score row, and each subject's summary. */
    public record Summary(long examId, String title, int year, ExamPhase phase, boolean published, Instant publishedAt,
                          long candidates, long scored, List<SubjectSummary> subjects) implements Serializable {
    }

    public Summary summary(long examId) {
        Exam exam = exam(examId);
        Map<String, BigDecimal> marks = effectiveMarks(exam);
        List<Score> scores = em.createNamedQuery("Score.findByExam", Score.class).setParameter("exam", examId).getResultList();
        List<SubjectSummary> subjects = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (PlanData.SubjectData s : exam.subjectData()) {
            if (!codes.add(s.code())) {
                continue;
            }
            List<Score> of = scores.stream().filter(x -> x.getSubjectCode().equals(s.code())).toList();
            int[] bands = new int[10];
            int absent = 0;
            int passed = 0;
            BigDecimal sum = BigDecimal.ZERO;
            int present = 0;
            BigDecimal mark = marks.get(s.code());
            for (Score x : of) {
                if (x.isAbsent()) {
                    absent++;
                    continue;
                }
                present++;
                sum = sum.add(x.getScore());
                if (mark != null && x.getScore().compareTo(mark) >= 0) {
                    passed++;
                }
                bands[band(x.getScore(), s.fullMarks())]++;
            }
            subjects.add(new SubjectSummary(s.code(), s.name(), s.fullMarks(), mark, of.size(), absent, passed,
                    present == 0 ? null : sum.divide(BigDecimal.valueOf(present), 1, RoundingMode.HALF_UP), bands));
        }
        long candidates = em.createQuery("select count(r) from Registration r where r.examId = :exam and r.status in :live",
                        Long.class).setParameter("exam", examId)
                .setParameter("live", List.of(RegistrationStatus.ACCEPTED, RegistrationStatus.APPROVED)).getSingleResult();
        long scored = scores.stream().map(Score::getRegistrationId).distinct().count();
        ResultRelease r = release(examId);
        return new Summary(examId, exam.title(null), exam.getPlan().getYear(), exam.getPhase(), r != null,
                r == null ? null : r.getPublishedAt(), candidates, scored, subjects);
    }

    /** The band (0–9) of a score: tenths of the full marks, the full marks in the last. */
    static int band(BigDecimal score, BigDecimal fullMarks) {
        BigDecimal full = fullMarks == null || fullMarks.signum() <= 0 ? new BigDecimal(100) : fullMarks;
        int b = score.multiply(BigDecimal.TEN).divide(full, 0, RoundingMode.FLOOR).intValue();
        return Math.max(0, Math.min(9, b));
    }

    /** A row of the office's list: name and identity number masked. */
    public record ResultRow(long scoreId, long registrationId, String ticketNumber, String name, String idNumber,
                            String area, String subject, BigDecimal score, boolean absent, boolean passed, boolean voided)
            implements Serializable {
    }

    static final Map<String, String> SORTABLE = Map.of("subject", "s.subjectCode", "score", "s.score",
            "area", "r.area");

    /** One page of the exam's scores (optionally one subject's), by subject and registration unless sorted. */
    public Page<ResultRow> results(long examId, String subject, PageRequest page) {
        Exam exam = exam(examId);
        Map<String, BigDecimal> marks = effectiveMarks(exam);
        String where = " from Score s, Registration r, CandidateProfile p where r.id = s.registrationId"
                + " and p.accountId = r.accountId and s.examId = :exam"
                + (subject == null || subject.isBlank() ? "" : " and s.subjectCode = :subject");
        var rows = em.createQuery("select s as s, r as r, p as p" + where
                + page.orderBy(SORTABLE, "s.subjectCode, s.registrationId"), Tuple.class);
        var count = em.createQuery("select count(s)" + where, Long.class);
        rows.setParameter("exam", examId);
        count.setParameter("exam", examId);
        if (subject != null && !subject.isBlank()) {
            rows.setParameter("subject", subject.strip());
            count.setParameter("subject", subject.strip());
        }
        Page<Tuple> found = Page.of(rows, count, page);
        List<Long> ids = found.rows().stream().map(o -> o.get("r", Registration.class).getId()).distinct().toList();
        Map<Long, String> tickets = tickets(ids);
        Map<Long, List<VoidedScore>> voids = voids(ids);
        return found.map(o -> {
            Score s = o.get("s", Score.class);
            Registration r = o.get("r", Registration.class);
            CandidateProfile p = o.get("p", CandidateProfile.class);
            BigDecimal mark = marks.get(s.getSubjectCode());
            boolean voided = r.getStatus() == RegistrationStatus.VOIDED || voided(voids.get(r.getId()), s.getSubjectCode());
            return new ResultRow(s.getId(), r.getId(), tickets.get(r.getId()), IdNumbers.maskName(p.getRealName()),
                    IdNumbers.mask(p.getIdNumber()), r.getArea(), s.getSubjectCode(), s.getScore(), s.isAbsent(),
                    !voided && passed(s, mark), voided);
        });
    }

    private Map<Long, String> tickets(List<Long> registrations) {
        if (registrations.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> m = new HashMap<>();
        em.createQuery("select s.registrationId as registration, s.ticketNumber as ticket from SeatAssignment s,"
                        + " AllocationRun a where a.id = s.runId"
                        + " and a.state = org.kaowu.scheduling.AllocationRun.State.COMPLETED and a.superseded = false"
                        + " and s.ticketNumber is not null and s.registrationId in :ids", Tuple.class)
                .setParameter("ids", registrations).getResultList()
                .forEach(o -> m.put(o.get("registration", Long.class), o.get("ticket", String.class)));
        return m;
    }

    private Map<Long, List<VoidedScore>> voids(List<Long> registrations) {
        if (registrations.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select v from VoidedScore v where v.registrationId in :ids and v.restoredOn is null",
                        VoidedScore.class).setParameter("ids", registrations).getResultStream()
                .collect(Collectors.groupingBy(VoidedScore::getRegistrationId));
    }

    private static boolean voided(List<VoidedScore> voids, String subject) {
        return voids != null && voids.stream().anyMatch(v -> v.getSubject() == null || v.getSubject().equals(subject));
    }

    private static boolean passed(Score s, BigDecimal mark) {
        return !s.isAbsent() && s.getScore() != null && mark != null && s.getScore().compareTo(mark) >= 0;
    }

    // ----- the candidate's view and the standing -----

    /** One subject of a candidate's sitting. */
    public record OwnSubject(String code, String name, BigDecimal fullMarks, BigDecimal score, boolean absent,
                             BigDecimal passMark, boolean passed, boolean voided) implements Serializable {
    }

    /** One published sitting of the candidate, with the standing of its qualification and level. */
    public record OwnSitting(long registrationId, int year, String exam, String level, Instant publishedAt,
                             List<OwnSubject> subjects, Standing standing) implements Serializable {
    }

    /** The qualification and level a standing is about, and the standing itself. */
    public record Standing(String catalogueCode, String subItem, String level, String title,
                           ResultRules.Standing rules) implements Serializable {
    }

    /**
     * The candidate's own sittings whose results are published and that have a score or an absence recorded, newest
     * first; nothing before publication. A registration the marking centre's file does not name (lapsed, withdrawn,
     * voided before the exam) is no sitting.
     */
    public List<OwnSitting> own(long accountId) {
        List<Tuple> found = em.createQuery("select r as r, e as e, rr as rr from Registration r, Exam e, ResultRelease rr"
                        + " where e.id = r.examId and rr.examId = e.id and r.accountId = :account"
                        + " order by e.plan.year desc, r.id desc", Tuple.class)
                .setParameter("account", accountId).getResultList();
        List<OwnSitting> out = new ArrayList<>();
        Map<String, Standing> standings = new HashMap<>();
        LocalDate today = clock.today();
        List<Long> ids = found.stream().map(o -> o.get("r", Registration.class).getId()).toList();
        Map<Long, List<VoidedScore>> voids = voids(ids);
        Map<Long, List<Score>> scores = scores(ids);
        for (Tuple o : found) {
            Registration r = o.get("r", Registration.class);
            if (!scores.containsKey(r.getId())) {
                continue;
            }
            Exam e = o.get("e", Exam.class);
            ResultRelease rr = o.get("rr", ResultRelease.class);
            ResultRules.Sitting sitting = sitting(r, e, scores.get(r.getId()), voids.get(r.getId()));
            Map<String, PlanData.SubjectData> byCode = new HashMap<>();
            e.subjectData().forEach(s -> byCode.putIfAbsent(s.code(), s));
            List<OwnSubject> subjects = sitting.subjects().stream().map(s -> new OwnSubject(s.code(), s.name(),
                    byCode.get(s.code()) == null ? null : byCode.get(s.code()).fullMarks(), s.score(), s.absent(),
                    s.passMark(), s.passed() && !s.voided() && !sitting.voided(), s.voided() || sitting.voided())).toList();
            String key = e.getCatalogueCode() + "|" + Objects.toString(e.getSubItem(), "") + "|" + Objects.toString(r.getLevel(), "");
            Standing st = standings.computeIfAbsent(key, k -> standing(accountId, e.getCatalogueCode(), e.getSubItem(),
                    r.getLevel(), today));
            out.add(new OwnSitting(r.getId(), e.getPlan().getYear(), e.title(r.getLevel()), r.getLevel(),
                    rr.getPublishedAt(), subjects, st));
        }
        return out;
    }

    /** The standing of a registration's candidate in its qualification and level, as of today. */
    public Standing standingOf(long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null) {
            throw new DomainException("no-such-registration", 404, "registration", "results.noSuchRegistration");
        }
        Exam e = em.find(Exam.class, r.getExamId());
        return standing(r.getAccountId(), e.getCatalogueCode(), e.getSubItem(), r.getLevel(), clock.today());
    }

    /**
     * Where a candidate (their profile's account) stands in a qualification (catalogue entry, sub-item or null, level
     * or null) as of a day: the sittings whose results were published by then, the subjects to pass by the category of
     * their latest registration (the exemption it claims), the rolling period of that category ({@code rolling_period};
     * none: one sitting), voided scores and void registrations left out. What the certificate gate calls.
     */
    public Standing standing(long accountId, String catalogueCode, String subItem, String level, LocalDate asOf) {
        Instant until = asOf.plusDays(1).atStartOfDay(AuthorityClock.ZONE).toInstant();
        List<Tuple> all = em.createQuery("select r as r, e as e from Registration r, Exam e where e.id = r.examId"
                        + " and r.accountId = :account and e.catalogueCode = :code and coalesce(e.subItem, '') = :sub"
                        + " and coalesce(r.level, '') = :level order by e.plan.year, r.id", Tuple.class)
                .setParameter("account", accountId).setParameter("code", catalogueCode)
                .setParameter("sub", subItem == null ? "" : subItem).setParameter("level", level == null ? "" : level)
                .getResultList();
        if (all.isEmpty()) {
            return new Standing(catalogueCode, subItem, level, catalogueCode,
                    ResultRules.standing(List.of(), List.of(), ResultRules.Period.oneSitting(), List.of(), asOf.getYear()));
        }
        Tuple latest = all.get(all.size() - 1);
        Registration current = latest.get("r", Registration.class);
        Exam currentExam = latest.get("e", Exam.class);
        List<String> names = currentExam.subjectData().stream().filter(s -> Objects.equals(s.level(), level))
                .map(PlanData.SubjectData::name).distinct().toList();
        List<String> waived = waived(catalogueCode, level, current.getExemption(), names);
        List<String> required = names.stream().filter(n -> !waived.contains(n)).toList();
        Map<Integer, ResultRules.Period> rows = new HashMap<>();
        em.createNamedQuery("RollingPeriod.findByLevel", RollingPeriod.class).setParameter("code", catalogueCode)
                .setParameter("level", level == null ? "" : level).getResultList()
                .forEach(p -> rows.put(p.getExemptSubjects(), p.period()));
        ResultRules.Period period = ResultRules.period(rows, waived.size());

        List<Tuple> published = all.stream().filter(o -> {
            ResultRelease rr = em.find(ResultRelease.class, o.get("e", Exam.class).getId());
            return rr != null && rr.getPublishedAt().isBefore(until);
        }).toList();
        List<Long> ids = published.stream().map(o -> o.get("r", Registration.class).getId()).toList();
        Map<Long, List<VoidedScore>> voids = voids(ids);
        Map<Long, List<Score>> scores = scores(ids);
        List<ResultRules.Sitting> sittings = published.stream().map(o -> {
            Registration r = o.get("r", Registration.class);
            return sitting(r, o.get("e", Exam.class), scores.getOrDefault(r.getId(), List.of()), voids.get(r.getId()));
        }).toList();
        return new Standing(catalogueCode, subItem, level, currentExam.title(level),
                ResultRules.standing(required, waived, period, sittings, asOf.getYear()));
    }

    /** The level's subjects (by name) the claimed exemption waives; a withdrawn rule still waives what it waived. */
    private List<String> waived(String catalogueCode, String level, String exemption, List<String> names) {
        if (exemption == null || exemption.isBlank()) {
            return List.of();
        }
        return em.createQuery("select x from ExemptionRule x where x.catalogueCode = :code and x.level = :level"
                        + " and x.code = :x", ExemptionRule.class)
                .setParameter("code", catalogueCode).setParameter("level", level == null ? "" : level)
                .setParameter("x", exemption).getResultStream().findFirst()
                .map(x -> names.stream().filter(x.exemption().exemptSubjects()::contains).toList()).orElse(List.of());
    }

    private Map<Long, List<Score>> scores(List<Long> registrations) {
        if (registrations.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("Score.findByRegistrations", Score.class).setParameter("registrations", registrations)
                .getResultStream().collect(Collectors.groupingBy(Score::getRegistrationId));
    }

    private ResultRules.Sitting sitting(Registration r, Exam e, List<Score> scores, List<VoidedScore> voids) {
        Map<String, BigDecimal> marks = effectiveMarks(e);
        Map<String, String> names = new HashMap<>();
        e.subjectData().forEach(s -> names.putIfAbsent(s.code(), s.name()));
        boolean sittingVoid = r.getStatus() == RegistrationStatus.VOIDED
                || voids != null && voids.stream().anyMatch(v -> v.getSubject() == null);
        List<ResultRules.SubjectResult> subjects = scores.stream().map(s -> new ResultRules.SubjectResult(
                s.getSubjectCode(), names.getOrDefault(s.getSubjectCode(), s.getSubjectCode()), s.getScore(), s.isAbsent(),
                marks.get(s.getSubjectCode()), voided(voids, s.getSubjectCode()))).toList();
        return new ResultRules.Sitting(r.getId(), e.getPlan().getYear(), sittingVoid, subjects);
    }

    /** Pass marks in force per subject code: the stored one (office's, or fixed at publication), else the plan's. */
    private Map<String, BigDecimal> effectiveMarks(Exam exam) {
        Map<String, PassMark> set = marks(exam.getId());
        Map<String, BigDecimal> m = new HashMap<>();
        for (PlanData.SubjectData s : exam.subjectData()) {
            PassMark p = set.get(s.code());
            BigDecimal mark = p == null ? s.passMark() : p.getMark();
            if (mark != null) {
                m.putIfAbsent(s.code(), mark);
            }
        }
        return m;
    }

    private Map<String, PassMark> marks(long examId) {
        Map<String, PassMark> m = new LinkedHashMap<>();
        em.createNamedQuery("PassMark.findByExam", PassMark.class).setParameter("exam", examId).getResultList()
                .forEach(p -> m.put(p.getSubjectCode(), p));
        return m;
    }

    private Exam exam(long examId) {
        Exam e = em.find(Exam.class, examId);
        if (e == null) {
            throw new DomainException("no-such-exam", 404, "exam", "results.noSuchExam");
        }
        return e;
    }

    /** All rolling periods, for the office page. */
    public List<RollingPeriod> rollingPeriods() {
        return em.createNamedQuery("RollingPeriod.findAll", RollingPeriod.class).getResultList();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "—" : d.stripTrailingZeros().toPlainString();
    }
}
