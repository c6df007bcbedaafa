package org.kaowu.scheduling.staff;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.SessionMode;
import org.kaowu.plan.Timeline;
import org.kaowu.platform.demo.DemoData;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.CandidateProfiles;
import org.kaowu.registration.EducationLevel;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.IdType;
import org.kaowu.registration.MajorRelation;
import org.kaowu.registration.ProfileData;
import org.kaowu.registration.RegistrationPath;
import org.kaowu.registration.RegistrationRequest;
import org.kaowu.registration.Registrations;
import org.kaowu.registration.WorkPeriod;
import org.kaowu.scheduling.AllocationRun;
import org.kaowu.scheduling.SeatAllocator;
import org.kaowu.scheduling.roster.StaffRole;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * With {@code -Dkaowu.demo.examday=true} (the README's run command sets it; the test server does not, so tests keep
 * their areas to themselves): an exam day to try the supervisors' pages on. Once, on the first start: a published plan
 * of this year (labelled 演示) whose exam 经济专业技术资格 中级 sits tomorrow in 北京市 (two papers, no fee), forty demo
 * candidates registered on the commitment path with profiles and photos, registration closed a moment later so that
 * seat allocation runs on its edge, then a roster of the area; the demo {@code supervisor} account is linked to a
 * person the roster made an invigilator, and a second demo account {@code sitehead} to the site head, so that a report
 * can be filed and confirmed. Every step commits on its own and a failure is logged, never stops the application; the
 * steps after registration wait for the jobs with a timer.
 */
@Singleton
@Startup
@DependsOn({"DemoStaff", "DemoPlan", "DemoData"})
public class DemoExamDay {

    public static final String SITE_HEAD_ACCOUNT = "sitehead";
    static final String AREA = "北京市";
    private static final String CODE = "JJ";
    private static final String LEVEL = "中级";
    private static final int CANDIDATES = 40;
    private static final String[] NAMES = {"李明", "王芳", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周婷", "吴斌"};
    private static final String[] EMPLOYERS = {"北京某建设集团有限公司", "北京某会计师事务所", "北京某银行支行", "北京某科技有限公司"};
    private static final Logger LOG = Logger.getLogger(DemoExamDay.class.getName());

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
    private SeatAllocator seats;
    @EJB
    private Rosters rosters;
    @EJB
    private StaffPool pool;
    @Resource
    private TimerService timers;

    private int waits;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        if (!Boolean.getBoolean("kaowu.demo.examday")) {
            return;
        }
        int year = clock.today().getYear();
        if (plans.find(year).isPresent()) {
            return;
        }
        try {
            Exam exam = plan(year);
            register(year);
            close(year, exam);
            next();
        } catch (DomainException e) {
            LOG.warning("Demo exam day not created: " + e.key() + " " + e.extensions().getOrDefault("problems", ""));
        }
    }

    private Exam plan(int year) {
        LocalDate day = clock.today().plusDays(1);
        plans.createDraft(year, "（演示）" + year + "年度考试日演示计划", "北京市人事考试中心（演示数据）", "demo");
        Instant now = clock.now();
        Instant dayStart = day.atStartOfDay(AuthorityClock.ZONE).toInstant();
        Timeline t = new Timeline(now.minusSeconds(86_400), now.plusSeconds(900), now.plusSeconds(900),
                now.plusSeconds(900), now.plusSeconds(900), dayStart.plusSeconds(12 * 3600), dayStart,
                dayStart.plusSeconds(86_400), dayStart.plusSeconds(30L * 86_400), dayStart.plusSeconds(40L * 86_400));
        plans.saveExam(year, null, new PlanData.ExamData(0, CODE, "经济专业技术资格", null, List.of(LEVEL), List.of(
                new PlanData.SubjectData(LEVEL, "01", "经济基础知识", 150, null, null, 2, BigDecimal.ZERO),
                new PlanData.SubjectData(LEVEL, "02", "专业知识和实务", 150, null, null, 2, BigDecimal.ZERO)), List.of(
                new PlanData.SessionData(1, LEVEL, "01", day, LocalTime.of(9, 0), LocalTime.of(11, 30), SessionMode.PAPER),
                new PlanData.SessionData(2, LEVEL, "02", day, LocalTime.of(14, 0), LocalTime.of(16, 30), SessionMode.PAPER)),
                t, Map.of()), null, "demo");
        plans.publish(year, "demo");
        return registrations.exam(year, CODE);
    }

    private void register(int year) {
        String sha = registrations.target(year, CODE, LEVEL).notice(null, false).sha256();
        byte[] photo = DemoData.photo();
        for (int i = 0; i < CANDIDATES; i++) {
            String contact = "sitter" + (i + 1) + "@kaowu.demo";
            if (accounts.find(contact).isEmpty()) {
                accounts.signUpCandidate(contact, NAMES[i % NAMES.length], DemoData.PASSWORD.toCharArray());
            }
            long account = accounts.find(contact).orElseThrow().getId();
            String body = "110101" + LocalDate.of(1975, 1, 1).plusDays(53L * i).toString().replace("-", "")
                    + String.format("%03d", 100 + i);
            String idNumber = body + IdNumbers.checkDigit(body);
            String employer = EMPLOYERS[i % EMPLOYERS.length];
            profiles.save(account, new ProfileData(NAMES[i % NAMES.length], IdType.RESIDENT_ID, idNumber, null, null,
                    "1391000" + String.format("%04d", i), contact, EducationLevel.BACHELOR, "北京某大学", "经济学",
                    LocalDate.of(2005, 7, 1), null,
                    List.of(new WorkPeriod(employer, LocalDate.of(2005, 7, 15), null, "经济管理")), true), "demo");
            profiles.savePhoto(account, photo, "demo");
            registrations.register(account, new RegistrationRequest(year, CODE, LEVEL, AREA, List.of("01", "02"),
                    RegistrationPath.COMMITMENT, MajorRelation.SAME, List.of(0), sha, null), "demo-examday-" + i,
                    "127.0.0.1", "demo");
        }
    }

    /** Registration closes now: the edge's job starts seat allocation for the area. */
    private void close(int year, Exam exam) {
        Timeline t = exam.timeline("");
        Instant soon = clock.now().plusSeconds(2);
        plans.reschedule(year, CODE, new Timeline(t.registrationOpens(), soon, soon, soon, soon, t.ticketsClose(),
                t.examStart(), t.examEnd(), t.scoreRelease(), t.certificatesFrom()), "演示：报名截止，开始编排", "demo");
    }

    private void next() {
        timers.createSingleActionTimer(5_000, new TimerConfig("demo-examday", false));
    }

    /** Waits for the allocation, starts the roster, waits for it, links the demo accounts; up to five minutes. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void step(Timer timer) {
        try {
            Exam exam = registrations.exam(clock.today().getYear(), CODE);
            Optional<AllocationRun> run = seats.current(exam.getId(), AREA);
            if (run.isEmpty() || run.get().getState() != AllocationRun.State.COMPLETED) {
                again("seat allocation");
                return;
            }
            Optional<Roster> roster = rosters.current(exam.getId(), AREA);
            if (roster.isEmpty() && rosters.rosters(exam.getId()).isEmpty()) {
                rosters.start(exam.getId(), AREA, 10, 2026L, null, null, "演示：监考编排", "demo");
                again("roster");
                return;
            }
            if (roster.isEmpty() || roster.get().getState() != Roster.State.COMPLETED) {
                again("roster");
                return;
            }
            if (accounts.find(SITE_HEAD_ACCOUNT).isEmpty()) {
                accounts.createStaff(SITE_HEAD_ACCOUNT, "考点负责人", Role.SUPERVISOR, DemoData.PASSWORD.toCharArray(), "demo");
            }
            pool.linkDemoAccountToDuty(DemoStaff.DEMO_ACCOUNT, roster.get().getId(), StaffRole.INVIGILATOR, "demo");
            pool.linkDemoAccountToDuty(SITE_HEAD_ACCOUNT, roster.get().getId(), StaffRole.SITE_HEAD, "demo");
            LOG.info("Demo exam day ready: " + CANDIDATES + " candidates seated in " + AREA + " for tomorrow, a roster,"
                    + " and the accounts supervisor and sitehead on duty (see README)");
        } catch (DomainException e) {
            LOG.warning("Demo exam day stopped: " + e.key());
        }
    }

    private void again(String what) {
        if (++waits > 60) {
            LOG.warning("Demo exam day stopped: the " + what + " did not complete in five minutes");
            return;
        }
        next();
    }
}
