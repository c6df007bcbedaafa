package org.kaowu.scheduling.staff;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Solves one roster (job "roster-{id}" in group "rosters", recovery requested: a roster cut off by a crash is solved
 * again from the start by the next node; its duties are written in one transaction, so none is half-stored).
 */
@DisallowConcurrentExecution
public class RosterJob implements Job {

    static final String GROUP = "rosters";
    private static final String ROSTERS = "java:global/kaowu/kaowu-ejb/Rosters!org.kaowu.scheduling.staff.Rosters";

    static String jobName(long rosterId) {
        return "roster-" + rosterId;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        long id = Long.parseLong(context.getJobDetail().getKey().getName().substring("roster-".length()));
        try {
            Rosters rosters = InitialContext.doLookup(ROSTERS);
            rosters.execute(id);
        } catch (NamingException e) {
            throw new JobExecutionException("rosters not reachable", e, false);
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }
}
