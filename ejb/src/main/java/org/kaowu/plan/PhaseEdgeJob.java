package org.kaowu.plan;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs at each edge of an exam's calendar (job "exam-{id}", trigger "exam-{id}:{edge}") and hands over to
 * {@link PlanCalendar}, which does the work in a transaction. Idempotent: a repeat changes nothing.
 */
@DisallowConcurrentExecution
public class PhaseEdgeJob implements Job {

    static final String GROUP = "exam-calendar";
    private static final String CALENDAR = "java:global/kaowu/kaowu-ejb/PlanCalendar!org.kaowu.plan.PlanCalendar";

    static String jobName(long examId) {
        return "exam-" + examId;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        long examId = Long.parseLong(context.getJobDetail().getKey().getName().substring("exam-".length()));
        String trigger = context.getTrigger().getKey().getName();
        String edge = trigger.substring(trigger.indexOf(':') + 1);
        PlanCalendar calendar;
        try {
            calendar = InitialContext.doLookup(CALENDAR);
        } catch (NamingException e) {
            throw new JobExecutionException("plan calendar not reachable", e, false);
        }
        try {
            calendar.edgePassed(examId, edge);
        } catch (RuntimeException e) {
            calendar.edgeFailed(examId, edge, e.getClass().getSimpleName());
            throw new JobExecutionException(e, false);
        }
    }
}
