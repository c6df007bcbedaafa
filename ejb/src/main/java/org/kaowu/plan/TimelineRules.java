package org.kaowu.plan;

import org.kaowu.shared.AuthorityClock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What makes an exam's calendar coherent. Pure: unit-tested, and run on every save, import and change. */
public final class TimelineRules {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(AuthorityClock.ZONE);

    /** Pairs (earlier, later) that must keep their order; "≤" unless strict. */
    private record Order(String first, String second, boolean strict) {
    }

    private static final List<Order> ORDERS = List.of(
            new Order("registrationOpens", "registrationCloses", true),
            new Order("registrationOpens", "withdrawalDeadline", false),
            new Order("withdrawalDeadline", "registrationCloses", false),
            new Order("registrationCloses", "verificationDeadline", false),
            new Order("registrationCloses", "ticketsOpen", false),
            new Order("ticketsOpen", "ticketsClose", true),
            new Order("ticketsOpen", "examStart", false),
            new Order("examStart", "examEnd", true),
            new Order("ticketsClose", "examEnd", false),
            new Order("examEnd", "scoreRelease", false),
            new Order("scoreRelease", "certificatesFrom", false));

    private TimelineRules() {
    }

    public static String shown(Instant at) {
        return SHOWN.format(at);
    }

    /** Problems of one timeline; {@code line} and {@code area} only say where it came from. */
    public static List<PlanProblem> check(Timeline t, int line, String area) {
        List<PlanProblem> problems = new ArrayList<>();
        String where = area == null || area.isEmpty() ? "" : area;
        t.moments().forEach((name, at) -> {
            if (at == null) {
                problems.add(new PlanProblem(line, name, "plan.timeline.missing", edge(name), where));
            }
        });
        if (!problems.isEmpty()) {
            return problems;
        }
        var m = t.moments();
        for (Order o : ORDERS) {
            Instant a = m.get(o.first());
            Instant b = m.get(o.second());
            if (o.strict() ? !a.isBefore(b) : a.isAfter(b)) {
                problems.add(new PlanProblem(line, o.second(), o.strict() ? "plan.timeline.before" : "plan.timeline.notAfter",
                        edge(o.first()), moment(o.first(), a), edge(o.second()), moment(o.second(), b), where));
            }
        }
        return problems;
    }

    /** Sessions fall on exam days, end after they start, and no two of one level overlap. */
    public static List<PlanProblem> checkSessions(Timeline t, List<PlanData.SessionData> sessions) {
        List<PlanProblem> problems = new ArrayList<>();
        for (PlanData.SessionData s : sessions) {
            if (!s.start().isBefore(s.end())) {
                problems.add(new PlanProblem(s.line(), "end", "plan.session.times", s.subjectCode(),
                        s.start().toString(), s.end().toString()));
                continue;
            }
            if (t.examStart() != null && t.examEnd() != null
                    && (start(s).isBefore(t.examStart()) || end(s).isAfter(t.examEnd()))) {
                problems.add(new PlanProblem(s.line(), "date", "plan.session.offDay", s.subjectCode(), s.date().toString(),
                        moment("examStart", t.examStart()), moment("examEnd", t.examEnd())));
            }
        }
        for (int i = 0; i < sessions.size(); i++) {
            for (int j = i + 1; j < sessions.size(); j++) {
                PlanData.SessionData a = sessions.get(i);
                PlanData.SessionData b = sessions.get(j);
                boolean sameLevel = a.level() == null ? b.level() == null : a.level().equals(b.level());
                if (sameLevel && a.start().isBefore(a.end()) && b.start().isBefore(b.end())
                        && start(a).isBefore(end(b)) && start(b).isBefore(end(a))) {
                    problems.add(new PlanProblem(b.line(), "start", "plan.session.overlap", a.subjectCode(), b.subjectCode(),
                            a.level() == null ? "" : a.level(), a.date().toString()));
                }
            }
        }
        return problems;
    }

    static Instant start(PlanData.SessionData s) {
        return s.date().atTime(s.start()).atZone(AuthorityClock.ZONE).toInstant();
    }

    static Instant end(PlanData.SessionData s) {
        return s.date().atTime(s.end()).atZone(AuthorityClock.ZONE).toInstant();
    }

    /** An edge's moment as a message argument, as the pages show it (a closing day as the day itself). */
    static org.kaowu.shared.Localized moment(String edge, Instant at) {
        return WindowFormat.argument(edge, at);
    }

    /** An edge's name as a message argument (translated by Messages through the plan.edge.* keys). */
    static org.kaowu.shared.Localized edge(String name) {
        return new org.kaowu.shared.Localized(
                org.kaowu.shared.Messages.text(org.kaowu.shared.Messages.CHINESE, "plan.edge." + name),
                org.kaowu.shared.Messages.text(java.util.Locale.ENGLISH, "plan.edge." + name));
    }
}
