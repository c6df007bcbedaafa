package org.kaowu.registration;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Fires at a verification campaign's deadline (job "campaign-{id}", clustered: once across nodes; missed while no node
 * ran: as soon as one starts) and hands over to {@link Verifications#deadlinePassed}, which settles what is still open.
 */
@DisallowConcurrentExecution
public class VerificationDeadlineJob implements Job {

    static final String GROUP = "verification-deadlines";
    private static final String VERIFICATIONS = "java:global/kaowu/kaowu-ejb/Verifications!org.kaowu.registration.Verifications";

    static String jobName(long campaignId) {
        return "campaign-" + campaignId;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        long campaignId = Long.parseLong(context.getJobDetail().getKey().getName().substring("campaign-".length()));
        try {
            Verifications verifications = InitialContext.doLookup(VERIFICATIONS);
            verifications.deadlinePassed(campaignId);
        } catch (NamingException e) {
            throw new JobExecutionException("verifications not reachable", e, false);
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }
}
