package org.kaowu.certification;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.catalogue.CatalogueEditions;
import org.kaowu.catalogue.CatalogueSnapshot;
import org.kaowu.certification.documents.AuthorityKeys;
import org.kaowu.certification.documents.CertificateContent;
import org.kaowu.certification.documents.StatusIndexes;
import org.kaowu.conduct.CertificateVoid;
import org.kaowu.conduct.CertificateVoidDeclared;
import org.kaowu.conduct.CertificateVoidWithdrawn;
import org.kaowu.conduct.IntegrityArchive;
import org.kaowu.conduct.MisconductCase;
import org.kaowu.conduct.VoidedScore;
import org.kaowu.plan.Exam;
import org.kaowu.plan.ExamEdgePassed;
import org.kaowu.plan.ExamPhase;
import org.kaowu.platform.scheduling.Scheduling;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.Notifications;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationVoided;
import org.kaowu.registration.Verifications;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Issuance of certificates (issue 14 part F) and their status: the gate weighed with the facts of every capability
 * ({@link IssuanceRules}), the batch per exam on the CERTIFICATES edge (a resumable chunked job: each chunk writes its
 * certificates, their serials and the cursor in one transaction, so a crash loses the chunk and the batch continues
 * from the last committed one without a gap or a duplicate), revocation by the office, by a decision declaring the
 * certificate void (Order No. 31 Art. 10) or by the post-exam check voiding the sitting, and its reversal.
 * <p>
 * Configuration: {@code -Dkaowu.certification.numberFormat}, {@code …managementNumberFormat} (templates, see
 * {@link CertificateNumberFormat}), {@code …authorityName} (the issuing authority printed and signed, default
 * {@value #DEFAULT_AUTHORITY}), {@code -Dkaowu.publicUrl} (the address in QR codes and credentials, default
 * {@value #DEFAULT_PUBLIC_URL}: set it in production).
 */
@Stateless
public class Certificates {

    public static final String DEFAULT_AUTHORITY = "中华人民共和国人力资源和社会保障部";
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    /** Sittings weighed per chunk (one transaction). */
    public static final int CHUNK = 50;
    /** The size of every status list (the W3C minimum for herd privacy: 131,072 entries). */
    public static final int STATUS_LIST_SIZE = 131_072;
    /** A new list is begun when fewer entries than this are free in the current one. */
    static final int LIST_RESERVE = STATUS_LIST_SIZE / 8;

    public static final String NO_SUCH_CERTIFICATE = "no-such-certificate";
    public static final String NO_SUCH_RUN = "no-such-issuance-run";
    public static final String RUNNING = "issuance-running";
    public static final String TOO_EARLY = "certificates-not-due";
    public static final String REVOKED = "certificate-revoked";
    public static final String NOT_REVOKED = "certificate-not-revoked";
    public static final String REASON_REQUIRED = "reason-required";
    public static final String ANNOTATION_LAPSED = "annotation-lapsed";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(Certificates.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuthorityClock clock;

    @Inject
    private AuditTrail audit;

    @EJB
    private Results results;

    @EJB
    private Listings listings;

    @EJB
    private Verifications verifications;

    @EJB
    private IntegrityArchive archive;

    @EJB
    private CatalogueEditions editions;

    @EJB
    private AuthorityKeys keys;

    @EJB
    private Scheduling scheduling;

    @EJB
    private Notifications notifications;

    @EJB
    private org.kaowu.scheduling.documents.DocumentFonts fonts;

    @Resource
    private SessionContext context;

    // ----- configuration -----

    /** The address of this site as the public reaches it (QR codes, credential ids, status list URLs). */
    public static String publicUrl() {
        String u = System.getProperty("kaowu.publicUrl", "").strip();
        if (u.isEmpty()) {
            u = DEFAULT_PUBLIC_URL;
        }
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    public static String authorityName() {
        String a = System.getProperty("kaowu.certification.authorityName", "").strip();
        return a.isEmpty() ? DEFAULT_AUTHORITY : a;
    }

    public static String verificationUrl(String code) {
        return publicUrl() + "/public/verify?code=" + code;
    }

    public static String statusListUrl(long listId) {
        return publicUrl() + "/api/public/status-lists/" + listId;
    }

    static CertificateNumberFormat format(CertificateNumberFormat.Which which) {
        String key = which == CertificateNumberFormat.Which.NUMBER ? "kaowu.certification.numberFormat"
                : "kaowu.certification.managementNumberFormat";
        String t = System.getProperty(key, "").strip();
        return t.isEmpty() ? CertificateNumberFormat.standard(which) : CertificateNumberFormat.parse(t, which);
    }

    static AnnotationRules.Policy policy() {
        return AnnotationRules.Policy.standard();
    }

    /** The first day the holder may renew the certificate's annotation under the policy in force (pages show it). */
    public static LocalDate renewableFrom(Certificate c) {
        return AnnotationRules.renewableFrom(c.annotation(), policy());
    }

    // ----- the gate -----

    /** The gate for one sitting, as of now. */
    public IssuanceRules.Verdict gate(long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null) {
            throw new DomainException("no-such-registration", 404, "registration", "results.noSuchRegistration");
        }
        return IssuanceRules.gate(facts(r, em.find(Exam.class, r.getExamId()), new HashMap<>()).facts());
    }

    /** The facts and, when the qualification is on the catalogue, the catalogue's answer. */
    record Weighed(IssuanceRules.Facts facts, CatalogueSnapshot.Match match) {
    }

    /** Gathers the facts of every capability for one sitting; {@code matches} caches the catalogue per level. */
    Weighed facts(Registration r, Exam e, Map<String, CatalogueSnapshot.Match> matches) {
        LocalDate today = clock.today();
        Instant now = clock.now();
        String level = r.getLevel();
        String key = Objects.toString(level, "");
        CatalogueSnapshot.Match match = matches.get(key);
        if (match == null && !matches.containsKey(key)) {
            // Not CatalogueCheck.check: its refusal is an exception that would doom the chunk's transaction.
            match = editions.inForce(today).map(editions::snapshot)
                    .map(s -> s.check(e.getCatalogueCode(), e.getSubItem(), level))
                    .filter(CatalogueSnapshot.Match.class::isInstance).map(CatalogueSnapshot.Match.class::cast)
                    .orElse(null);
            matches.put(key, match);
        }
        String line = e.title(level);
        Results.Standing standing = results.standing(r.getAccountId(), e.getCatalogueCode(), e.getSubItem(), level, today);
        IssuanceRules.Check check = IssuanceRules.Check.valueOf(verifications.postExamStanding(r.getId()).name());

        List<Long> sittings = em.createQuery("select r.id from Registration r, Exam e where e.id = r.examId"
                        + " and r.accountId = :account and e.catalogueCode = :code and coalesce(e.subItem, '') = :sub"
                        + " and coalesce(r.level, '') = :level", Long.class)
                .setParameter("account", r.getAccountId()).setParameter("code", e.getCatalogueCode())
                .setParameter("sub", Objects.toString(e.getSubItem(), "")).setParameter("level", key).getResultList();
        List<IssuanceRules.Voiding> voidings = new ArrayList<>();
        if (!sittings.isEmpty()) {
            Map<String, String> names = new HashMap<>();
            e.subjectData().forEach(s -> names.putIfAbsent(s.code(), s.name()));
            for (VoidedScore v : em.createQuery("select v from VoidedScore v where v.registrationId in :ids"
                    + " and v.restoredOn is null order by v.id", VoidedScore.class).setParameter("ids", sittings).getResultList()) {
                voidings.add(v.getSubject() == null
                        ? new IssuanceRules.Voiding(v.getCaseId(), v.getRegistrationId(), IssuanceRules.VoidKind.SITTING, null)
                        : new IssuanceRules.Voiding(v.getCaseId(), v.getRegistrationId(), IssuanceRules.VoidKind.SUBJECT,
                        names.getOrDefault(v.getSubject(), v.getSubject())));
            }
            for (CertificateVoid v : em.createQuery("select v from CertificateVoid v where v.registrationId in :ids"
                    + " and v.withdrawnOn is null order by v.id", CertificateVoid.class).setParameter("ids", sittings).getResultList()) {
                voidings.add(new IssuanceRules.Voiding(v.getCaseId(), v.getRegistrationId(), IssuanceRules.VoidKind.CERTIFICATE,
                        null));
            }
        }

        ListingRules.Clearance c = listings.clearance(r.getId(), now);
        LocalDate lastDay = c.closes() == null ? null : c.closes().atZone(AuthorityClock.ZONE).toLocalDate().minusDays(1);
        IssuanceRules.Listing listing = switch (c.state()) {
            case CLEARED -> IssuanceRules.Listing.cleared(lastDay);
            case NOT_LISTED -> new IssuanceRules.Listing(IssuanceRules.ListingState.NOT_LISTED, null, null);
            case WITHHELD -> new IssuanceRules.Listing(IssuanceRules.ListingState.WITHHELD, c.objectionId(), lastDay);
            case PENDING -> new IssuanceRules.Listing(switch (c.pending()) {
                case NOT_OPEN -> IssuanceRules.ListingState.NOT_OPEN;
                case PERIOD_RUNNING -> IssuanceRules.ListingState.PERIOD_RUNNING;
                case OBJECTION_OPEN -> IssuanceRules.ListingState.OBJECTION_OPEN;
            }, c.objectionId(), lastDay);
        };

        CandidateProfile p = em.find(CandidateProfile.class, r.getAccountId());
        List<IssuanceRules.IntegrityFact> records = new ArrayList<>();
        if (p != null && p.getIdNumber() != null) {
            Set<Long> own = new HashSet<>(sittings);
            for (IntegrityArchive.Entry x : archive.inForce(p.getIdNumber(), today)) {
                Long caseRegistration = x.caseId() == null ? null
                        : java.util.Optional.ofNullable(em.find(MisconductCase.class, x.caseId()))
                        .map(MisconductCase::getRegistrationId).orElse(null);
                records.add(new IssuanceRules.IntegrityFact(x.id(),
                        x.article() == 10 ? IssuanceRules.RecordKind.FALSE_COMMITMENT : IssuanceRules.RecordKind.MISCONDUCT,
                        x.article(), x.caseId(), x.longTerm() ? null : x.until(),
                        caseRegistration != null && own.contains(caseRegistration)));
            }
        }

        List<IssuanceRules.ExistingCertificate> existing = em.createQuery("select c from Certificate c where"
                        + " c.accountId = :account and c.catalogueCode = :code and coalesce(c.subItem, '') = :sub"
                        + " and coalesce(c.level, '') = :level and c.registrationId <> :registration", Certificate.class)
                .setParameter("account", r.getAccountId()).setParameter("code", e.getCatalogueCode())
                .setParameter("sub", Objects.toString(e.getSubItem(), "")).setParameter("level", key)
                .setParameter("registration", r.getId()).getResultStream()
                .map(x -> new IssuanceRules.ExistingCertificate(x.getNumber(), x.valid())).toList();

        return new Weighed(new IssuanceRules.Facts(r.getId(), line, match != null, standing.rules(), check, voidings,
                listing, records, existing), match);
    }

    // ----- the batch -----

    /**
     * Starts an issuance batch for the exam (the office, or the edge as {@value IssuanceRun#BY_EDGE}): 404 unknown
     * exam, 422 {@value #TOO_EARLY} before the exam's CERTIFICATES phase, 409 {@value #RUNNING} while a batch of the
     * exam is queued or running.
     */
    public IssuanceRun start(long examId, String actor) {
        Exam exam = em.find(Exam.class, examId, LockModeType.PESSIMISTIC_WRITE);
        if (exam == null) {
            throw new DomainException("no-such-exam", 404, "exam", "results.noSuchExam");
        }
        if (exam.getPhase() != ExamPhase.CERTIFICATES) {
            throw DomainException.unprocessable(TOO_EARLY, "exam", "certificate.tooEarly");
        }
        if (!em.createNamedQuery("IssuanceRun.findActiveByExam", IssuanceRun.class).setParameter("exam", examId)
                .getResultList().isEmpty()) {
            throw DomainException.conflict(RUNNING, "exam", "certificate.running");
        }
        return queue(exam, actor);
    }

    /** The CERTIFICATES edge: a batch for the exam unless one ran or runs already. */
    public void edgePassed(@Observes ExamEdgePassed edge) {
        if (edge.phase() != ExamPhase.CERTIFICATES) {
            return;
        }
        Exam exam = em.find(Exam.class, edge.examId());
        if (exam == null) {
            return;
        }
        em.lock(exam, LockModeType.PESSIMISTIC_WRITE);
        if (em.createNamedQuery("IssuanceRun.findByExam", IssuanceRun.class).setParameter("exam", exam.getId())
                .setMaxResults(1).getResultList().isEmpty()) {
            queue(exam, IssuanceRun.BY_EDGE);
        }
    }

    private IssuanceRun queue(Exam exam, String actor) {
        IssuanceRun run = new IssuanceRun(exam.getId(), actor, clock.now());
        em.persist(run);
        em.flush();
        scheduling.runNow(IssuanceRunJob.GROUP, IssuanceRunJob.jobName(run.getId()), IssuanceRunJob.class);
        audit.record(actor, "certificate.batch.start", "IssuanceRun", Long.toString(run.getId()), null,
                "exam " + exam.getId());
        return run;
    }

    /** Takes up a batch cut off by a crash (queued or running), as the job's recovery does. */
    public IssuanceRun resume(long runId) {
        IssuanceRun run = run(runId);
        if (!run.active()) {
            throw DomainException.conflict("run-not-active", "run", "certificate.runNotActive");
        }
        scheduling.runNow(IssuanceRunJob.GROUP, IssuanceRunJob.jobName(runId), IssuanceRunJob.class);
        return run;
    }

    public IssuanceRun run(long runId) {
        IssuanceRun run = em.find(IssuanceRun.class, runId);
        if (run == null) {
            throw new DomainException(NO_SUCH_RUN, 404, "run", "certificate.noSuchRun");
        }
        return run;
    }

    public List<IssuanceRun> runs(long examId) {
        return em.createNamedQuery("IssuanceRun.findByExam", IssuanceRun.class).setParameter("exam", examId)
                .setMaxResults(20).getResultList();
    }

    /** The job's work, outside a transaction: mark running, weigh and issue chunk by chunk from the cursor, complete. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void execute(long runId) {
        Certificates self = context.getBusinessObject(Certificates.class);
        Long examId = self.begin(runId);
        if (examId == null) {
            return;
        }
        try {
            while (true) {
                long cursor = self.cursor(runId);
                List<Long> next = self.sittingsAfter(examId, cursor, IssuanceFaults.chunkSize(examId));
                if (next.isEmpty()) {
                    break;
                }
                self.chunk(runId, next);
            }
            self.complete(runId);
        } catch (IssuanceFaults.SimulatedCrash e) {
            LOG.warning("Issuance run " + runId + ": " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.severe("Issuance run " + runId + " failed: " + e.getClass().getName() + ": " + e.getMessage());
            self.fail(runId, "certificate.failure.error");
        }
    }

    /** Marks the run RUNNING (counting the sittings to weigh the first time); null when it is not active. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long begin(long runId) {
        IssuanceRun run = em.find(IssuanceRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.active()) {
            return null;
        }
        long n = em.createQuery("select count(distinct s.registrationId) from Score s where s.examId = :exam", Long.class)
                .setParameter("exam", run.getExamId()).getSingleResult();
        run.running((int) n);
        return run.getExamId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long cursor(long runId) {
        return em.find(IssuanceRun.class, runId).getLastRegistration();
    }

    /** The next sittings of the exam (registrations with a score or an absence recorded) after the cursor. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> sittingsAfter(long examId, long cursor, int size) {
        return em.createQuery("select distinct s.registrationId from Score s where s.examId = :exam"
                        + " and s.registrationId > :cursor order by s.registrationId", Long.class)
                .setParameter("exam", examId).setParameter("cursor", cursor).setMaxResults(size).getResultList();
    }

    /**
     * Weighs and issues one chunk, in its own transaction: every certificate of the chunk, the serials it took, the
     * verdicts and the cursor commit together or not at all.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void chunk(long runId, List<Long> registrations) {
        IssuanceRun run = em.find(IssuanceRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.getState() != IssuanceRun.State.RUNNING) {
            throw new IllegalStateException("issuance run " + runId + " is not running");
        }
        Exam exam = em.find(Exam.class, run.getExamId());
        Map<String, CatalogueSnapshot.Match> matches = new HashMap<>();
        String actor = actor(run);
        int issued = 0;
        int waiting = 0;
        int refused = 0;
        Instant now = clock.now();
        StatusSlots slots = new StatusSlots();
        // The chunk's queries do not flush first: before each one Hibernate would dirty-check every entity the chunk
        // has loaded so far, a cost that grew with the square of the chunk and was most of a batch's time
        // (docs/performance.md). The only query that must see what this chunk wrote is the holder's certificates
        // already held, and only for an account met before in the chunk: then the chunk flushes first.
        em.setFlushMode(FlushModeType.COMMIT);
        Set<Long> accounts = new HashSet<>();
        for (long id : registrations) {
            Registration r = em.find(Registration.class, id);
            if (r != null && !accounts.add(r.getAccountId())) {
                em.flush();
            }
            IssuanceRules.Verdict v;
            if (!em.createNamedQuery("Certificate.findByRegistration", Certificate.class).setParameter("registration", id)
                    .getResultList().isEmpty()) {
                v = new IssuanceRules.Verdict(IssuanceRules.Decision.ISSUE, List.of(), List.of());
            } else {
                Weighed w = facts(r, exam, matches);
                v = IssuanceRules.gate(w.facts());
                if (v.issues()) {
                    issue(r, exam, w.match(), run.getId(), actor, v, slots);
                }
            }
            switch (v.decision()) {
                case ISSUE -> issued++;
                case WAIT -> waiting++;
                case REFUSE -> refused++;
            }
            IssuanceVerdict row = em.find(IssuanceVerdict.class, new IssuanceVerdict.Key(exam.getId(), id));
            if (row == null) {
                row = new IssuanceVerdict(exam.getId(), id);
                row.decided(v, now, runId);
                em.persist(row);
            } else {
                row.decided(v, now, runId);
            }
        }
        run.chunk(registrations.get(registrations.size() - 1), issued, waiting, refused);
        em.flush();
        IssuanceFaults.afterChunk(run.getExamId(), runId);
    }

    private Certificate issue(Registration r, Exam exam, CatalogueSnapshot.Match match, Long runId, String actor,
                              IssuanceRules.Verdict verdict, StatusSlots slots) {
        LocalDate today = clock.today();
        CandidateProfile p = em.find(CandidateProfile.class, r.getAccountId());
        String level = r.getLevel();
        String levelCode = CertificateNumberFormat.levelCode(level);
        CertificateNumberFormat.NumberParts parts = new CertificateNumberFormat.NumberParts(today.getYear(), r.getArea(),
                CertificateNumberFormat.qualificationCode(exam.getCatalogueCode(), null), levelCode == null ? "9" : levelCode);
        CertificateNumberFormat.Series numbers = format(CertificateNumberFormat.Which.NUMBER).series(parts);
        CertificateNumberFormat.Series management = format(CertificateNumberFormat.Which.MANAGEMENT).series(parts);
        long serial = nextSerial(numbers.scope());
        long managementSerial = nextSerial("M:" + management.scope());
        CertificateStatusList list = slots.list();
        int index = slots.next();
        String code = CertificateContent.newVerificationCode(RANDOM);
        AnnotationRules.Annotation a = AnnotationRules.first(today, today, null, policy());
        CertificateContent content = new CertificateContent(numbers.format(serial), management.format(managementSerial),
                code, p.getRealName(), p.getIdNumber(), null,
                new CertificateContent.Qualification(match.entry().nameZh(), match.subItem(), match.level(),
                        match.edition().id()),
                today, authorityName(), a.from(), a.until(), verificationUrl(code), index, statusListUrl(list.getId()));
        Certificate c = new Certificate(r.getAccountId(), r.getId(), exam.getId(), runId, exam.getCatalogueCode(), content,
                numbers.scope(), serial, "M:" + management.scope(), managementSerial, list.getId(), clock.now(), actor);
        em.persist(c); // its id comes from the sequence at once: no flush needed before the annotation refers to it
        em.persist(new CertificateAnnotation(c.getId(), a, today, actor));
        audit.record(actor, "certificate.issue", "Certificate", Long.toString(c.getId()),
                "registration " + r.getId(), c.getNumber() + ", consulted records " + verdict.consulted());
        notifications.notify(r, "notice.certificate.issued", c.getNumber());
        return c;
    }

    private long nextSerial(String scope) {
        CertificateSeries s = em.find(CertificateSeries.class, scope, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            s = new CertificateSeries(scope);
            em.persist(s);
        }
        return s.next();
    }

    /**
     * The status-list entries one chunk gives out. The list new certificates go on is the newest with more than
     * {@link #LIST_RESERVE} free entries, else a new one; it is locked, and its taken entries read, once per chunk
     * (not once per certificate, which made a batch's cost grow with the square of its size), then the entries the
     * chunk takes are marked in memory. The lock holds to the chunk's commit, so no other chunk or batch takes an
     * entry of the list meanwhile.
     */
    private final class StatusSlots {
        private CertificateStatusList list;
        private StatusIndexes indexes;

        CertificateStatusList list() {
            if (list == null || indexes.free() <= LIST_RESERVE) {
                open();
            }
            return list;
        }

        int next() {
            return indexes.next();
        }

        private void open() {
            CertificateStatusList newest = em.createQuery("select l from CertificateStatusList l order by l.id desc",
                    CertificateStatusList.class).setMaxResults(1).getResultStream().findFirst().orElse(null);
            if (newest != null && (list == null || !newest.getId().equals(list.getId()))) {
                em.lock(newest, LockModeType.PESSIMISTIC_WRITE);
                BitSet taken = new BitSet(newest.getSize());
                em.createQuery("select c.statusIndex from Certificate c where c.statusListId = :list", Integer.class)
                        .setParameter("list", newest.getId()).getResultStream().forEach(taken::set);
                StatusIndexes found = new StatusIndexes(newest.getSize(), taken, RANDOM);
                if (found.free() > LIST_RESERVE) {
                    list = newest;
                    indexes = found;
                    return;
                }
            }
            list = new CertificateStatusList(STATUS_LIST_SIZE, clock.now());
            em.persist(list);
            em.flush();
            indexes = new StatusIndexes(list.getSize(), new BitSet(list.getSize()), RANDOM);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void complete(long runId) {
        IssuanceRun run = em.find(IssuanceRun.class, runId);
        if (run == null || run.getState() != IssuanceRun.State.RUNNING) {
            return;
        }
        run.completed(clock.now());
        audit.record(actor(run), "certificate.batch.complete", "IssuanceRun", Long.toString(runId), null,
                run.getIssued() + " issued, " + run.getWaiting() + " waiting, " + run.getRefused() + " refused");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long runId, String failure) {
        IssuanceRun run = em.find(IssuanceRun.class, runId);
        if (run != null && run.active()) {
            run.failed(failure, clock.now());
            audit.record(actor(run), "certificate.batch.fail", "IssuanceRun", Long.toString(runId), failure, null);
        }
    }

    private static String actor(IssuanceRun run) {
        return IssuanceRun.BY_EDGE.equals(run.getStartedBy()) ? "system" : run.getStartedBy();
    }

    // ----- status: revocation and its reversal -----

    public Certificate certificate(long id) {
        Certificate c = em.find(Certificate.class, id);
        if (c == null) {
            throw new DomainException(NO_SUCH_CERTIFICATE, 404, "certificate", "certificate.noSuch");
        }
        return c;
    }

    /** A certificate by its number (404 when there is none). */
    public Certificate byNumber(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        return em.createNamedQuery("Certificate.findByNumber", Certificate.class).setParameter("number", n)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException(NO_SUCH_CERTIFICATE, 404, "number", "certificate.noSuch"));
    }

    /** The office revokes a certificate with a reason (409 when already revoked, 422 without a reason). */
    public Certificate revoke(long id, String reason, String actor) {
        Certificate c = em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new DomainException(NO_SUCH_CERTIFICATE, 404, "certificate", "certificate.noSuch");
        }
        String why = reason(reason);
        if (!c.valid()) {
            throw DomainException.conflict(REVOKED, "certificate", "certificate.alreadyRevoked");
        }
        change(c, Certificate.Status.REVOKED, Certificate.Source.OFFICE, null, why, actor);
        return c;
    }

    /**
     * Reinstates a revoked certificate when the revocation is quashed (an appeal, administrative review or the
     * office's own correction), with a reason: 409 when it is not revoked.
     */
    public Certificate reinstate(long id, String reason, String actor) {
        Certificate c = em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new DomainException(NO_SUCH_CERTIFICATE, 404, "certificate", "certificate.noSuch");
        }
        String why = reason(reason);
        if (c.valid()) {
            throw DomainException.conflict(NOT_REVOKED, "certificate", "certificate.notRevoked");
        }
        change(c, Certificate.Status.VALID, Certificate.Source.APPEAL, c.getRevocationRef(), why, actor);
        return c;
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.unprocessable(REASON_REQUIRED, "reason", "certificate.reasonRequired");
        }
        return why.length() > 1000 ? why.substring(0, 1000) : why;
    }

    private void change(Certificate c, Certificate.Status to, Certificate.Source source, Long reference, String reason,
                        String actor) {
        Instant now = clock.now();
        if (to == Certificate.Status.REVOKED) {
            c.revoke(now, reason, source, reference);
        } else {
            c.reinstate();
        }
        CertificateStatusList list = em.find(CertificateStatusList.class, c.getStatusListId(), LockModeType.PESSIMISTIC_WRITE);
        list.changed();
        em.persist(new CertificateStatusChange(c.getId(), now, to, source, reference, reason, actor));
        audit.record(actor, to == Certificate.Status.REVOKED ? "certificate.revoke" : "certificate.reinstate",
                "Certificate", Long.toString(c.getId()), reason, source + (reference == null ? "" : " " + reference));
        Registration r = em.find(Registration.class, c.getRegistrationId());
        if (r != null) {
            notifications.notify(r, to == Certificate.Status.REVOKED ? "notice.certificate.revoked"
                    : "notice.certificate.reinstated", c.getNumber(), reason);
        }
    }

    /** A decision declares a certificate or score proof void (Art. 10): the certificates resting on it are revoked. */
    public void declaredVoid(@Observes CertificateVoidDeclared e) {
        for (Certificate c : resting(e.registrationId())) {
            if (c.valid()) {
                em.lock(c, LockModeType.PESSIMISTIC_WRITE);
                change(c, Certificate.Status.REVOKED, Certificate.Source.CASE, e.caseId(), e.reason(), e.actor());
            }
        }
    }

    /** An appeal withdraws the declaration: what that case revoked is in force again. */
    public void voidWithdrawn(@Observes CertificateVoidWithdrawn e) {
        for (Certificate c : em.createQuery("select c from Certificate c where c.status = :revoked"
                        + " and c.revocationSource = :source and c.revocationRef = :ref", Certificate.class)
                .setParameter("revoked", Certificate.Status.REVOKED).setParameter("source", Certificate.Source.CASE)
                .setParameter("ref", e.caseId()).getResultList()) {
            em.lock(c, LockModeType.PESSIMISTIC_WRITE);
            change(c, Certificate.Status.VALID, Certificate.Source.APPEAL, e.caseId(), e.reason(), e.actor());
        }
    }

    /** A sitting voided (the post-exam check found the conditions not met, say): its certificate is revoked. */
    public void registrationVoided(@Observes RegistrationVoided e) {
        for (Certificate c : em.createNamedQuery("Certificate.findByRegistration", Certificate.class)
                .setParameter("registration", e.registrationId()).getResultList()) {
            if (c.valid()) {
                em.lock(c, LockModeType.PESSIMISTIC_WRITE);
                change(c, Certificate.Status.REVOKED, Certificate.Source.CHECK, e.registrationId(),
                        e.reason() == null || e.reason().isBlank() ? "registration voided" : e.reason(), "system");
            }
        }
    }

    /** The certificates that rest on a sitting: its own, and those of the same holder and qualification it counts for. */
    private List<Certificate> resting(long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null) {
            return List.of();
        }
        Exam e = em.find(Exam.class, r.getExamId());
        return em.createQuery("select c from Certificate c where c.registrationId = :registration or (c.accountId = :account"
                        + " and c.catalogueCode = :code and coalesce(c.subItem, '') = :sub and coalesce(c.level, '') = :level)",
                        Certificate.class)
                .setParameter("registration", registrationId).setParameter("account", r.getAccountId())
                .setParameter("code", e.getCatalogueCode()).setParameter("sub", Objects.toString(e.getSubItem(), ""))
                .setParameter("level", Objects.toString(r.getLevel(), "")).getResultList();
    }

    public List<CertificateStatusChange> history(long certificateId) {
        return em.createNamedQuery("CertificateStatusChange.findByCertificate", CertificateStatusChange.class)
                .setParameter("certificate", certificateId).getResultList();
    }

    // ----- the holder -----

    public List<Certificate> own(long accountId) {
        return em.createNamedQuery("Certificate.findByAccount", Certificate.class).setParameter("account", accountId)
                .getResultList();
    }

    /** The holder's certificate (404 for anyone else's: its existence is not told). */
    public Certificate own(long accountId, long id) {
        Certificate c = em.find(Certificate.class, id);
        if (c == null || c.getAccountId() != accountId) {
            throw new DomainException(NO_SUCH_CERTIFICATE, 404, "certificate", "certificate.noSuch");
        }
        return c;
    }

    /**
     * Whether the holder may download the certificate today: in force and annotated for today (409
     * {@value #REVOKED}; 409 {@value #ANNOTATION_LAPSED} with the last day, renew first).
     */
    public void checkDownload(Certificate c) {
        if (!c.valid()) {
            throw DomainException.conflict(REVOKED, "certificate", "certificate.revokedNoDownload");
        }
        if (!c.annotation().inForce(clock.today())) {
            throw DomainException.conflict(ANNOTATION_LAPSED, "certificate", "certificate.annotationLapsed",
                    c.getAnnotationUntil().toString());
        }
    }

    /** Renews the annotation (加注) of the holder's certificate; see {@link AnnotationRules#renew}. */
    public Certificate renew(long accountId, long id, Integer days) {
        own(accountId, id);
        Certificate c = em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
        List<LocalDate> made = em.createNamedQuery("CertificateAnnotation.findByCertificate", CertificateAnnotation.class)
                .setParameter("certificate", id).getResultStream().map(CertificateAnnotation::getMadeOn).toList();
        LocalDate today = clock.today();
        AnnotationRules.Annotation a = AnnotationRules.renew(c.annotation(), !c.valid(), made, today, days, policy());
        c.annotate(a.from(), a.until());
        em.persist(new CertificateAnnotation(c.getId(), a, today, "account " + accountId));
        audit.record("account " + accountId, "certificate.annotate", "Certificate", Long.toString(id), null,
                a.from() + " … " + a.until());
        return c;
    }

    public List<CertificateAnnotation> annotations(long certificateId) {
        return em.createNamedQuery("CertificateAnnotation.findByCertificate", CertificateAnnotation.class)
                .setParameter("certificate", certificateId).getResultList();
    }

    /** The content a certificate's PDF and credential are made from (the holder's photo as stored now). */
    public CertificateContent content(Certificate c) {
        byte[] photo = null;
        org.kaowu.registration.CandidatePhoto ph = em.find(org.kaowu.registration.CandidatePhoto.class, c.getAccountId());
        if (ph != null) {
            photo = ph.getContent();
        }
        return new CertificateContent(c.getNumber(), c.getManagementNumber(), c.getVerificationCode(), c.getHolderName(),
                c.getIdNumber(), photo, new CertificateContent.Qualification(c.getQualification(), c.getSubItem(),
                c.getLevel(), c.getEditionId()), c.getApprovalDate(), c.getIssuingAuthority(), c.getAnnotationFrom(),
                c.getAnnotationUntil(), verificationUrl(c.getVerificationCode()), c.getStatusIndex(),
                statusListUrl(c.getStatusListId()));
    }

    // ----- the office's lists -----

    /** One sitting as the office's issuance list shows it. */
    public record VerdictRow(long registrationId, String name, String idNumber, IssuanceRules.Decision decision,
                             String codes, Long certificateId, String number, Certificate.Status status)
            implements java.io.Serializable {
    }

    /** The exam's verdicts of the last batch, refusals and waits first, at most {@code max}. */
    public List<VerdictRow> verdicts(long examId, IssuanceRules.Decision only, int max) {
        jakarta.persistence.TypedQuery<IssuanceVerdict> q = em.createQuery("select v from IssuanceVerdict v"
                + " where v.key.examId = :exam" + (only == null ? "" : " and v.decision = :only")
                + " order by v.key.registrationId", IssuanceVerdict.class).setParameter("exam", examId);
        if (only != null) {
            q.setParameter("only", only);
        }
        return q.setMaxResults(max).getResultStream().map(v -> {
            Registration r = em.find(Registration.class, v.getRegistrationId());
            CandidateProfile p = em.find(CandidateProfile.class, r.getAccountId());
            Certificate c = em.createNamedQuery("Certificate.findByRegistration", Certificate.class)
                    .setParameter("registration", r.getId()).getResultStream().findFirst().orElse(null);
            return new VerdictRow(r.getId(), p == null ? "" : p.getRealName(), p == null ? "" : p.getMaskedIdNumber(),
                    v.getDecision(), v.getCodes(), c == null ? null : c.getId(), c == null ? null : c.getNumber(),
                    c == null ? null : c.getStatus());
        }).toList();
    }
    // ----- public verification and the status list -----

    /** What anyone learns about a certificate: VALID, REVOKED (when, why) or NOT_FOUND; personal data masked. */
    public record Verification(String result, String number, String holder, String idNumber, String qualification,
                               LocalDate approvalDate, String issuingAuthority, LocalDate annotationFrom,
                               LocalDate annotationUntil, boolean annotationInForce, Instant revokedAt,
                               String revokedReason) implements java.io.Serializable {
        public static final String VALID = "VALID";
        public static final String REVOKED = "REVOKED";
        public static final String NOT_FOUND = "NOT_FOUND";

        static Verification notFound() {
            return new Verification(NOT_FOUND, null, null, null, null, null, null, null, null, false, null, null);
        }

        // Getters for Expression Language.
        public String getResult() { return result; }
        public String getNumber() { return number; }
        public String getHolder() { return holder; }
        public String getIdNumber() { return idNumber; }
        public String getQualification() { return qualification; }
        public LocalDate getApprovalDate() { return approvalDate; }
        public String getIssuingAuthority() { return issuingAuthority; }
        public LocalDate getAnnotationFrom() { return annotationFrom; }
        public LocalDate getAnnotationUntil() { return annotationUntil; }
        public boolean isAnnotationInForce() { return annotationInForce; }
        public Instant getRevokedAt() { return revokedAt; }
        public String getRevokedReason() { return revokedReason; }
    }

    /** A status list's id and version (null when there is no such list): the published list is cached per version. */
    public Long statusListVersion(long listId) {
        CertificateStatusList l = em.find(CertificateStatusList.class, listId);
        return l == null ? null : l.getVersion();
    }

    /**
     * The status list as published: the revoked certificates' bits set, as a BitstringStatusListCredential signed
     * by the authority's key (compact JWS), valid from now for a day. 404 when there is no such list.
     */
    public String signedStatusList(long listId) {
        CertificateStatusList l = em.find(CertificateStatusList.class, listId);
        if (l == null) {
            throw new DomainException("no-such-status-list", 404, "list", "certificate.noSuchList");
        }
        org.kaowu.certification.documents.StatusList bits = new org.kaowu.certification.documents.StatusList(l.getSize());
        em.createQuery("select c.statusIndex from Certificate c where c.statusListId = :list and c.status = :revoked",
                        Integer.class).setParameter("list", listId).setParameter("revoked", Certificate.Status.REVOKED)
                .getResultStream().forEach(bits::set);
        Instant now = clock.now();
        return bits.signedCredential(statusListUrl(listId), publicUrl(), authorityName(), now,
                now.plus(java.time.Duration.ofDays(1)), keys.key());
    }

    /** The authority's public keys (a JWK Set), for verifiers of credentials and status lists. */
    public String publicKeys() {
        return keys.key().jwkSet().toString(true);
    }

    /** The holder's certificate as a signed PDF (detached CMS, SHA-256). */
    public byte[] pdf(Certificate c) {
        byte[] pdf = org.kaowu.certification.documents.CertificatePdf.render(content(c), fonts.font());
        return org.kaowu.certification.documents.PdfSignatures.sign(pdf, keys.key(), clock.now(),
                "职业资格证书 " + c.getNumber());
    }

    /** The certificate as a W3C Verifiable Credential secured with the authority's key (compact JWS, vc+jwt). */
    public String credential(Certificate c) {
        return org.kaowu.certification.documents.CertificateCredential.issue(content(c), publicUrl(), keys.key());
    }
}
