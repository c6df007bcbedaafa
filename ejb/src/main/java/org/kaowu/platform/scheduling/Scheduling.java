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
import java.util.Set;
import java.util.HashSet;
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

    @jakarta.inject.Inject
    private org.kaowu.shared.AuthorityClock clock;

    @PostConstruct
    void start() {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("quartz.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (org.kaowu.shared.AuthorityClock.adjustable()) {
            // On a test server the clock moves reschedule triggers while the scheduler thread may hold them; the
            // thread's failed scan then waits the retry interval (15 s by default, meant for a database outage) and
            // a clock move stalls for a minute. A short wait there; production keeps the default.
            properties.setProperty("org.quartz.jobStore.dbRetryInterval", "250");
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
            Instant now = clock.now();
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

    /**
     * Runs {@code job} once, as soon as a worker is free (on the system's time, so also when the authority clock was
     * moved), and again on another node after a crash (recovery requested). Joins the caller's transaction
     * (JobStoreCMT): nothing runs unless it commits. An existing job of the same name is replaced.
     */
    public void runNow(String group, String job, Class<? extends Job> type) {
        try {
            JobKey key = JobKey.jobKey(job, group);
            scheduler.deleteJob(key);
            JobDetail detail = JobBuilder.newJob(type).withIdentity(key).requestRecovery().build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(job + ":now", group))
                    .forJob(key).startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            scheduler.scheduleJob(detail, trigger);
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

    /**
     * Fires now every trigger that the authority clock says is due by {@code upTo} but that the scheduler, which runs on
     * the system's time, would fire later (the clock was moved: {@code AuthorityClock}). Triggers the scheduler
     * already sees as due, or that it is firing, are left to it. Runs outside any transaction, so the scheduler sees
     * the change at once. Answers the triggers moved.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public List<String> fireDue(Instant upTo) {
        try {
            return moveDue(upTo);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reschedules to "now" each trigger due by {@code upTo} on the authority clock but later on the system's: waiting
     * (NORMAL) or waiting for its job's other trigger to finish (BLOCKED, one exam's jobs never run concurrently).
     */
    private List<String> moveDue(Instant upTo) throws SchedulerException {
        List<String> moved = new ArrayList<>();
        Instant systemNow = Instant.now();
        for (String group : scheduler.getTriggerGroupNames()) {
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
                Trigger t = scheduler.getTrigger(key);
                if (t == null || t.getNextFireTime() == null) {
                    continue;
                }
                Instant at = t.getNextFireTime().toInstant();
                Trigger.TriggerState state = scheduler.getTriggerState(key);
                if (at.isAfter(upTo) || !at.isAfter(systemNow)
                        || state != Trigger.TriggerState.NORMAL && state != Trigger.TriggerState.BLOCKED) {
                    continue;
                }
                try {
                    scheduler.rescheduleJob(key, TriggerBuilder.newTrigger().withIdentity(key).forJob(t.getJobKey())
                            .usingJobData(t.getJobDataMap()).startNow()
                            .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                            .build());
                    moved.add(key.toString());
                } catch (org.quartz.JobPersistenceException raced) {
                    // The trigger changed under us (fired, rescheduled by its plan, or moved by a concurrent call):
                    // left as it is now; a waiting caller looks again on its next round.
                    java.util.logging.Logger.getLogger(Scheduling.class.getName()).info(
                            "Trigger " + key + " changed while the clock moved it: " + raced.getMessage());
                }
            }
        }
        return moved;
    }

    /**
     * Waits (at most {@code timeout}) until no trigger due by {@code upTo} is left and no job runs on this node: the
     * work the clock made due is done. False at once when the scheduler is on standby, or when time ran out.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public boolean awaitIdle(Instant upTo, java.time.Duration timeout) {
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        try {
            while (running()) {
                boolean due = false;
                Set<JobKey> executing = new HashSet<>();
                scheduler.getCurrentlyExecutingJobs().forEach(j -> executing.add(j.getJobDetail().getKey()));
                for (String group : scheduler.getTriggerGroupNames()) {
                    for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
                        Trigger t = scheduler.getTrigger(key);
                        Trigger.TriggerState state = scheduler.getTriggerState(key);
                        if (t != null && t.getNextFireTime() != null && !t.getNextFireTime().toInstant().isAfter(upTo)
                                && state != Trigger.TriggerState.ERROR && state != Trigger.TriggerState.PAUSED) {
                            due = true;
                            if (state == Trigger.TriggerState.BLOCKED && !executing.contains(t.getJobKey())
                                    && System.nanoTime() - start > 1_000_000_000L) {
                                // Blocked behind a run of its job that has ended: a trigger replaced while its job
                                // ran can stay BLOCKED. Pausing and resuming puts it back to waiting.
                                scheduler.pauseTrigger(key);
                                scheduler.resumeTrigger(key);
                            }
                        }
                    }
                }
                if (!due && scheduler.getCurrentlyExecutingJobs().isEmpty()) {
                    return true;
                }
                // A trigger that was blocked behind its job's other trigger when it was moved may still wait for a
                // time the system has not reached.
                moveDue(upTo);
                if (System.nanoTime() > end) {
                    java.util.logging.Logger.getLogger(Scheduling.class.getName()).warning(
                            "Not idle after the clock moved: still due " + stillDue(upTo) + ", running "
                                    + scheduler.getCurrentlyExecutingJobs().stream()
                                    .map(j -> j.getTrigger().getKey().toString()).toList());
                    return false;
                }
                Thread.sleep(50);
            }
            return false;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> stillDue(Instant upTo) throws SchedulerException {
        List<String> out = new ArrayList<>();
        for (String group : scheduler.getTriggerGroupNames()) {
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
                Trigger t = scheduler.getTrigger(key);
                if (t != null && t.getNextFireTime() != null && !t.getNextFireTime().toInstant().isAfter(upTo)) {
                    out.add(key + " " + scheduler.getTriggerState(key) + " " + t.getNextFireTime().toInstant());
                }
            }
        }
        return out;
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
