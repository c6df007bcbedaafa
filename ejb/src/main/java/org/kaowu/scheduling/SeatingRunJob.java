package org.kaowu.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Executes one seat allocation run (job "run-{id}" in group "seating-runs", recovery requested: a run cut off by a
 * crash is taken up again by the next node, and {@link SeatAllocator#execute} continues from the seats written).
 */
@DisallowConcurrentExecution
public class SeatingRunJob implements Job {

    static final String GROUP = "seating-runs";
    private static final String ALLOCATOR = "java:global/kaowu/kaowu-ejb/SeatAllocator!org.kaowu.scheduling.SeatAllocator";

    static String jobName(long runId) {
        return "run-" + runId;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        long runId = Long.parseLong(context.getJobDetail().getKey().getName().substring("run-".length()));
        try {
            SeatAllocator allocator = InitialContext.doLookup(ALLOCATOR);
            allocator.execute(runId);
        } catch (NamingException e) {
            throw new JobExecutionException("seat allocator not reachable", e, false);
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }
}
