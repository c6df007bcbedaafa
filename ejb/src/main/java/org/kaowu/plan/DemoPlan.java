package org.kaowu.plan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.kaowu.shared.AuthorityClock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * With {@code -Dkaowu.demo.plan=true} (the README's run command sets it): a published plan for next year, labelled as a
 * demonstration, whose three exams (经济专业技术资格, 建造师 一级, 注册消防工程师 一级) are open for registration from
 * yesterday for sixty days, so that every registration page can be tried at once. Created once.
 */
@Singleton
@Startup
@DependsOn({"PlanCalendar", "CatalogueBootstrap"})
public class DemoPlan {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final Logger LOG = Logger.getLogger(DemoPlan.class.getName());

    @EJB
    private AnnualPlans plans;

    /** Each call below runs (and commits) on its own, so a failure leaves the application running. */
    @PostConstruct
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        if (!Boolean.getBoolean("kaowu.demo.plan")) {
            return;
        }
        LocalDate today = clock.today();
        int year = today.getYear() + 1;
        if (plans.find(year).isPresent()) {
            return;
        }
        try {
            publish(today, year);
        } catch (org.kaowu.shared.DomainException e) {
            // Demonstration data must never stop the application: say what was wrong and go on without it.
            LOG.warning("Demo plan not created: " + e.key() + " " + e.extensions().getOrDefault("problems", ""));
        }
    }

    private void publish(LocalDate today, int year) {
        plans.createDraft(year, "（演示）" + year + "年度专业技术人员职业资格考试工作计划", "人力资源社会保障部人事考试中心（演示数据）", "demo");
        Timeline t = new Timeline(at(today.minusDays(1), 0), at(today.plusDays(61), 0), at(today.plusDays(51), 0),
                at(LocalDate.of(year, 8, 31), 24), at(LocalDate.of(year, 9, 1), 0), at(LocalDate.of(year, 9, 14), 0),
                at(LocalDate.of(year, 9, 12), 0), at(LocalDate.of(year, 9, 14), 0), at(LocalDate.of(year, 11, 30), 0),
                at(LocalDate.of(year + 1, 1, 15), 0));
        LocalDate d1 = LocalDate.of(year, 9, 12);
        LocalDate d2 = LocalDate.of(year, 9, 13);
        BigDecimal fee = new BigDecimal("56.00");
        save(year, "JJ", "经济专业技术资格", List.of("初级", "中级"), List.of(
                subject("初级", "01", "经济基础知识", 90, fee), subject("初级", "02", "专业知识和实务", 90, fee),
                subject("中级", "01", "经济基础知识", 150, fee), subject("中级", "02", "专业知识和实务", 150, fee)), List.of(
                session(1, "初级", "01", d1, 9, 0, 10, 30), session(2, "初级", "02", d1, 13, 30, 15, 0),
                session(3, "中级", "01", d1, 9, 0, 11, 30), session(4, "中级", "02", d1, 14, 0, 16, 30)), t);
        save(year, "YJ", "建造师", List.of("一级"), List.of(
                subject("一级", "1Z101", "建设工程经济", 120, fee), subject("一级", "1Z102", "建设工程法规及相关知识", 180, fee),
                subject("一级", "1Z103", "建设工程项目管理", 180, fee)), List.of(
                session(1, "一级", "1Z101", d1, 9, 0, 11, 0), session(2, "一级", "1Z102", d1, 14, 0, 17, 0),
                session(3, "一级", "1Z103", d2, 9, 0, 12, 0)), t);
        save(year, "XF", "注册消防工程师", List.of("一级"), List.of(
                subject("一级", "01", "消防安全技术实务", 150, fee), subject("一级", "02", "消防安全技术综合能力", 150, fee)), List.of(
                session(1, "一级", "01", d1, 9, 0, 11, 30), session(2, "一级", "02", d1, 14, 0, 16, 30)), t);
        plans.publish(year, "demo");
        LOG.info("Demo plan for " + year + " published: registration open until " + today.plusDays(61));
    }

    private void save(int year, String code, String qualification, List<String> levels, List<PlanData.SubjectData> subjects,
                      List<PlanData.SessionData> sessions, Timeline t) {
        plans.saveExam(year, null, new PlanData.ExamData(0, code, qualification, null, levels, subjects, sessions, t, Map.of()),
                null, "demo");
    }

    private static java.time.Instant at(LocalDate day, int hour) {
        return hour == 24 ? day.plusDays(1).atStartOfDay(AuthorityClock.ZONE).toInstant()
                : day.atTime(hour, 0).atZone(AuthorityClock.ZONE).toInstant();
    }

    private static PlanData.SubjectData subject(String level, String code, String name, int minutes, BigDecimal fee) {
        return new PlanData.SubjectData(level, code, name, minutes, null, null, 2, fee);
    }

    private static PlanData.SessionData session(int line, String level, String code, LocalDate day, int h1, int m1, int h2, int m2) {
        return new PlanData.SessionData(line, level, code, day, LocalTime.of(h1, m1), LocalTime.of(h2, m2), SessionMode.PAPER);
    }
}
