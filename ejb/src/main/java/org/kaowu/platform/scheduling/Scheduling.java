package org.kaowu.platform.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Owns the scheduler: created and started with the application, shut down with it. Triggers fire once across the
 * cluster; a trigger missed while no node ran fires as soon as one starts (misfire: fire now).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Scheduling {

    private static final Logger LOG = Logger.getLogger(Scheduling.class.getName());

    /** A trigger still to fire. */
    public record Scheduled(String group, String job, String trigger, Instant fireAt) implements Serializable {
    }

    private Scheduler scheduler;

    @PostConstruct
    void start() {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("quartz.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.start();
            LOG.info("Scheduler " + scheduler.getSchedulerInstanceId() + " started");
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler did not start", e);
        }
    }

    @PreDestroy
    void stop() {
        try {
            if (scheduler != null) {
                scheduler.shutdown(true);
            }
        } catch (SchedulerException e) {
            LOG.warning("Scheduler did not shut down cleanly: " + e.getClass().getName());
        }
    }

    /**
     * Replaces every trigger of {@code job} by one per moment (name → when). Moments in the past are left out; the
     * caller settles their effect directly. Joins the caller's transaction (JobStoreCMT), so a failed save schedules
     * nothing.
     */
    public void replace(String group, String job, Class<? extends Job> type, Map<String, Instant> moments) {
        try {
            JobKey key = JobKey.jobKey(job, group);
            scheduler.deleteJob(key);
            JobDetail detail = JobBuilder.newJob(type).withIdentity(key).storeDurably().requestRecovery().build();
            scheduler.addJob(detail, true);
            Instant now = Instant.now();
            for (var m : moments.entrySet()) {
                if (m.getValue().isAfter(now)) {
                    Trigger trigger = TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(job + ":" + m.getKey(), group))
                            .forJob(key).startAt(Date.from(m.getValue()))
                            .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                            .build();
                    scheduler.scheduleJob(trigger);
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not schedule " + group + "/" + job, e);
        }
    }

    /** Triggers still to fire in {@code group}, soonest first. */
    public List<Scheduled> scheduled(String group) {
        try {
            List<Scheduled> out = new ArrayList<>();
            for (TriggerKey k : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
                Trigger t = scheduler.getTrigger(k);
                if (t != null && t.getNextFireTime() != null) {
                    out.add(new Scheduled(group, t.getJobKey().getName(), k.getName(), t.getNextFireTime().toInstant()));
                }
            }
            out.sort(Comparator.comparing(Scheduled::fireAt));
            return out;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops firing (maintenance); triggers due meanwhile misfire and fire on {@link #resume()}. */
    public void standby() {
        try {
            scheduler.standby();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public void resume() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean running() {
        try {
            return scheduler.isStarted() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    public String node() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }
}
