package org.kaowu.certification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.SessionMode;
import org.kaowu.plan.Timeline;
import org.kaowu.platform.demo.DemoData;
import org.kaowu.platform.security.Accounts;
import org.kaowu.registration.CandidateProfiles;
import org.kaowu.registration.DemoSittings;
import org.kaowu.registration.EducationLevel;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.IdType;
import org.kaowu.registration.ProfileData;
import org.kaowu.registration.Registrations;
import org.kaowu.registration.WorkPeriod;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * With {@code -Dkaowu.demo.certificates=true} (the README's run command sets it; the test server does not, whose
 * clock the tests move): certificates to look at on a fresh install. Once, on the first start: a published plan of
 * last year (labelled 演示) whose exam 经济专业技术资格 初级 was held in 北京市 in June, two demo holders
 * ({@value #VALID_HOLDER}, {@value #REVOKED_HOLDER}) who sat it (their registrations stored as of last March by
 * {@link DemoSittings}), their scores, the results published and then dated last August (the two backdated steps)
 * and the public listing drawn from them (so its period is over); then the real issuance batch, whose gate weighs every condition as it
 * would for anyone, and, once it has issued, the second holder's certificate revoked with a reason, so that the
 * verification page can show both answers. Every step commits on its own and a failure is logged, never stops the
 * application.
 */
@Singleton
@Startup
@DependsOn({"DemoPlan", "DemoData", "Scheduling"})
public class DemoCertificates {

    public static final String VALID_HOLDER = "holder@kaowu.demo";
    public static final String REVOKED_HOLDER = "revoked@kaowu.demo";
    static final String AREA = "北京市";
    private static final String SEED = "demo-certificates-seed";
    private static final String WAIT = "demo-certificates-wait";
    private static final String CODE = "JJ";
    private static final String LEVEL = "初级";
    private static final Logger LOG = Logger.getLogger(DemoCertificates.class.getName());

    @Inject
    private AuthorityClock clock;
    @EJB
    private AnnualPlans plans;
    @EJB
    private Accounts accounts;
    @EJB
    private CandidateProfiles profiles;
    @EJB
    private Registrations registrations;
    @EJB
    private DemoSittings sittings;
    @EJB
    private Results results;
    @EJB
    private Listings listings;
    @EJB
    private Certificates certificates;
    @PersistenceContext
    private EntityManager em;
    @Resource
    private TimerService timers;
    @Resource
    private SessionContext context;

    private int waits;

    /** Only schedules the work: a singleton may not call its own transactional methods while it is being made. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        if (Boolean.getBoolean(DemoSittings.ENABLED) && plans.find(clock.today().getYear() - 1).isEmpty()) {
            timers.createSingleActionTimer(2_000, new TimerConfig(SEED, false));
        }
    }

    /** First the history and the batch, then (every three seconds until the batch is over) the revocation. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void step(Timer timer) {
        try {
            if (SEED.equals(timer.getInfo())) {
                seed(clock.today().getYear() - 1);
            } else {
                revoke();
            }
        } catch (RuntimeException e) {
            // Demonstration data must never stop the application: say what was wrong and go on without it.
            LOG.warning("Demo certificates not created: " + (e instanceof DomainException d
                    ? d.key() + " " + d.extensions().getOrDefault("problems", "") : e.getClass().getName() + ": " + e.getMessage()));
        }
    }

    private void seed(int year) {
        if (plans.find(year).isPresent()) {
            return;
        }
        Exam exam = plan(year);
        DemoCertificates self = context.getBusinessObject(DemoCertificates.class);
        long first = sitting(year, VALID_HOLDER, "赵一鸣", "11010519880312051", "13910001001");
        long second = sitting(year, REVOKED_HOLDER, "钱晓红", "11010819910723002", "13910001002");
        self.scores(exam.getId(), Map.of(first, new BigDecimal[]{new BigDecimal("101.5"), new BigDecimal("96.0")},
                second, new BigDecimal[]{new BigDecimal("92.0"), new BigDecimal("88.5")}));
        results.publish(exam.getId(), "demo");
        self.releasedAt(exam.getId(), exam.timeline().scoreRelease());
        listings.draw(exam.getId(), "demo");
        certificates.start(exam.getId(), "demo");
        timers.createSingleActionTimer(3_000, new TimerConfig(WAIT, false));
    }

    private Exam plan(int year) {
        plans.createDraft(year, "（演示）" + year + "年度证书演示计划", "北京市人事考试中心（演示数据）", "demo");
        LocalDate d1 = LocalDate.of(year, 6, 14);
        Timeline t = new Timeline(at(year, 3, 1, 9), at(year, 3, 31, 17), at(year, 3, 31, 17), at(year, 4, 30, 17),
                at(year, 6, 5, 9), at(year, 6, 14, 9), at(year, 6, 14, 9), at(year, 6, 14, 17), at(year, 8, 1, 9),
                at(year, 10, 15, 9));
        BigDecimal full = new BigDecimal("140");
        BigDecimal pass = new BigDecimal("84");
        plans.saveExam(year, null, new PlanData.ExamData(0, CODE, "经济专业技术资格", null, List.of(LEVEL), List.of(
                new PlanData.SubjectData(LEVEL, "01", "经济基础知识", 90, full, pass, 2, BigDecimal.ZERO),
                new PlanData.SubjectData(LEVEL, "02", "专业知识和实务", 90, full, pass, 2, BigDecimal.ZERO)), List.of(
                new PlanData.SessionData(1, LEVEL, "01", d1, LocalTime.of(9, 0), LocalTime.of(10, 30), SessionMode.PAPER),
                new PlanData.SessionData(2, LEVEL, "02", d1, LocalTime.of(13, 30), LocalTime.of(15, 0), SessionMode.PAPER)),
                t, Map.of()), null, "demo");
        plans.publish(year, "demo");
        return registrations.exam(year, CODE);
    }

    /** The holder's account, profile (the identity number's 17 digits given, the check digit computed) and photo, and the sitting of last June. */
    private long sitting(int year, String contact, String name, String idBody, String mobile) {
        String idNumber = idBody + IdNumbers.checkDigit(idBody);
        if (accounts.find(contact).isEmpty()) {
            accounts.signUpCandidate(contact, name, DemoData.PASSWORD.toCharArray());
        }
        long account = accounts.find(contact).orElseThrow().getId();
        profiles.save(account, new ProfileData(name, IdType.RESIDENT_ID, idNumber, null, null, mobile, contact,
                EducationLevel.BACHELOR, "北京某大学", "经济学", LocalDate.of(2012, 7, 1), null,
                List.of(new WorkPeriod("北京某会计师事务所", LocalDate.of(2012, 7, 15), null, "经济管理")), true), "demo");
        profiles.savePhoto(account, DemoData.photo(), "demo");
        return sittings.pastSitting(account, year, CODE, LEVEL, AREA, List.of("01", "02"), at(year, 3, 10, 10));
    }

    /** The marking centre's scores, as an import would store them (the import itself needs admission tickets). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void scores(long examId, Map<Long, BigDecimal[]> scores) {
        demoOnly();
        Instant at = clock.now();
        scores.forEach((registration, s) -> {
            em.persist(new Score(registration, examId, "01", s[0], false, at, "demo"));
            em.persist(new Score(registration, examId, "02", s[1], false, at, "demo"));
        });
    }

    /** The release dated as the plan's score release: the public listing drawn from it opened (and closed) then. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releasedAt(long examId, Instant at) {
        demoOnly();
        em.createQuery("update ResultRelease r set r.publishedAt = :at where r.examId = :exam")
                .setParameter("at", at).setParameter("exam", examId).executeUpdate();
    }

    /** Once the batch is over, revokes the second holder's certificate; waits up to three minutes. */
    private void revoke() {
        Exam exam = registrations.exam(clock.today().getYear() - 1, CODE);
        List<IssuanceRun> runs = certificates.runs(exam.getId());
        if (runs.isEmpty() || runs.get(0).active()) {
            again();
            return;
        }
        long account = accounts.find(REVOKED_HOLDER).orElseThrow().getId();
        for (Certificate c : certificates.own(account)) {
            if (c.valid()) {
                certificates.revoke(c.getId(), "演示：持证人出借证书，经查属实（演示数据）", "demo");
            }
        }
        LOG.info("Demo certificates ready: " + runs.get(0).getIssued() + " issued for " + exam.title(LEVEL)
                + "; " + VALID_HOLDER + " holds a valid one, " + REVOKED_HOLDER + " a revoked one (see README)");
    }

    private void again() {
        if (++waits > 60) {
            LOG.warning("Demo certificates stopped: the issuance batch did not finish in three minutes");
            return;
        }
        timers.createSingleActionTimer(3_000, new TimerConfig(WAIT, false));
    }

    /** The two methods above are business methods (they need their own transactions): never outside the demo. */
    private static void demoOnly() {
        if (!Boolean.getBoolean(DemoSittings.ENABLED)) {
            throw new IllegalStateException("demonstration data only: -D" + DemoSittings.ENABLED + "=true is not set");
        }
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).atZone(AuthorityClock.ZONE).toInstant();
    }
}
