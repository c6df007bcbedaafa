package org.kaowu.certification;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Executes one issuance batch (job "run-{id}" in group "issuance-runs", recovery requested: a batch cut off by a crash
 * is taken up again and {@link Certificates#execute} continues from the cursor of its last committed chunk).
 */
@DisallowConcurrentExecution
public class IssuanceRunJob implements Job {

    static final String GROUP = "issuance-runs";
    private static final String SERVICE = "java:global/kaowu/kaowu-ejb/Certificates!org.kaowu.certification.Certificates";

    static String jobName(long runId) {
        return "run-" + runId;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        long runId = Long.parseLong(context.getJobDetail().getKey().getName().substring("run-".length()));
        try {
            Certificates certificates = InitialContext.doLookup(SERVICE);
            certificates.execute(runId);
        } catch (NamingException e) {
            throw new JobExecutionException("certificate service not reachable", e, false);
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }
}
