package org.xbrllinker.server;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * Cron-like schedules of jobs, kept as persistent EJB calendar timers: the server stores them (WildFly's timer
 * service data store) and brings them back after a restart. Each firing starts the job with the schedule's
 * parameters plus {@value #SCHEDULE_PARAMETER}, so the job repository tells which execution a schedule started.
 */
@Singleton
@Startup
public class Schedules {

    /** Job parameter naming the schedule that started an execution. */
    public static final String SCHEDULE_PARAMETER = "schedule";

    private static final Logger LOG = Logger.getLogger(Schedules.class.getName());
    /** How many job instances back the last firing is looked for. */
    private static final int HISTORY = 500;

    /**
     * What a schedule is: stored with its timer, so it must stay serializable across versions of this class.
     *
     * @param cron   the expression as given: {@code [second] minute hour day-of-month month day-of-week}
     */
    public record Spec(String id, String name, String job, String cron, Map<String, String> parameters,
                       String created) implements Serializable {
    }

    /** A schedule as the API shows it. */
    public record View(String id, String name, String job, String cron, Map<String, String> parameters,
                       String created, String nextFiring, String lastFiring, Long lastExecution) {
    }

    @Resource
    TimerService timers;

    @Inject
    JobControl jobs;

    public View create(String name, String job, String cron, Map<String, String> parameters) {
        if (job == null || job.isBlank()) {
            throw ProblemException.badRequest("missing-parameter", "'job' is required: the job to run, e.g. link-disclosures");
        }
        if (!jobs.jobs().contains(job)) {
            throw ProblemException.notFound("no-such-job", "no job named '" + job + "'; jobs: " + jobs.jobs());
        }
        ScheduleExpression expression = expression(cron);
        jobs.parameters(parameters); // refuse now what would fail at every firing
        Spec spec = new Spec(UUID.randomUUID().toString(), name == null ? job : name, job, cron.strip(),
                new LinkedHashMap<>(parameters), Instant.now().toString());
        Timer timer;
        try {
            timer = timers.createCalendarTimer(expression, new TimerConfig(spec, true));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("bad-cron", "'cron' is not a valid schedule: " + e.getMessage());
        }
        return view(timer, spec);
    }

    public List<View> list() {
        List<View> out = new ArrayList<>();
        for (Timer t : own(timers.getTimers())) {
            out.add(view(t, (Spec) t.getInfo()));
        }
        out.sort(Comparator.comparing(View::created).thenComparing(View::id));
        return out;
    }

    public View get(String id) {
        Timer t = find(id).orElseThrow(() -> ProblemException.notFound("no-such-schedule", "no schedule " + id));
        return view(t, (Spec) t.getInfo());
    }

    public void delete(String id) {
        find(id).orElseThrow(() -> ProblemException.notFound("no-such-schedule", "no schedule " + id)).cancel();
    }

    @Timeout
    void fire(Timer timer) {
        Spec spec = (Spec) timer.getInfo();
        try {
            long id = jobs.start(spec.job(), spec.parameters(), spec.id());
            LOG.info(() -> "schedule " + spec.id() + " (" + spec.name() + ") started execution " + id);
        } catch (RuntimeException e) {
            // the timer stays: a missing input may be back at the next firing
            LOG.log(Level.WARNING, "schedule " + spec.id() + " (" + spec.name() + ") could not start " + spec.job()
                    + ": " + e.getMessage());
        }
    }

    private Optional<Timer> find(String id) {
        return own(timers.getTimers()).stream().filter(t -> ((Spec) t.getInfo()).id().equals(id)).findFirst();
    }

    private static List<Timer> own(Collection<Timer> all) {
        return all.stream().filter(t -> t.getInfo() instanceof Spec).toList();
    }

    private View view(Timer timer, Spec spec) {
        String next;
        try {
            next = timer.getNextTimeout().toInstant().toString();
        } catch (RuntimeException e) { // no more timeouts
            next = null;
        }
        JobExecution last = lastExecution(spec);
        return new View(spec.id(), spec.name(), spec.job(), spec.cron(), spec.parameters(), spec.created(), next,
                last == null ? null : time(last.getCreateTime()), last == null ? null : last.getExecutionId());
    }

    /** The newest execution the schedule started, from the job repository (so it survives restarts too). */
    private static JobExecution lastExecution(Spec spec) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(spec.job(), 0, HISTORY);
        } catch (NoSuchJobException e) {
            return null;
        }
        JobExecution newest = null;
        for (JobInstance instance : instances) {
            for (JobExecution e : operator.getJobExecutions(instance)) {
                var p = e.getJobParameters();
                if (p != null && spec.id().equals(p.getProperty(SCHEDULE_PARAMETER))
                        && (newest == null || e.getExecutionId() > newest.getExecutionId())) {
                    newest = e;
                }
            }
        }
        return newest;
    }

    private static String time(Date d) {
        return d == null ? null : d.toInstant().toString();
    }

    /**
     * A cron-like expression: five fields (minute hour day-of-month month day-of-week, fired at second 0) or six
     * (second first), each in the calendar syntax of Jakarta EE timers: {@code *}, a value, a list {@code 1,15},
     * a range {@code 1-5}, or an increment {@code *}{@code /10} (second, minute and hour).
     */
    static ScheduleExpression expression(String cron) {
        if (cron == null || cron.isBlank()) {
            throw ProblemException.badRequest("bad-cron", "'cron' is required, e.g. \"0 2 * * *\" (02:00 every day) "
                    + "or \"*/30 * * * * *\" (every 30 seconds)");
        }
        String[] f = cron.strip().split("\\s+");
        if (f.length != 5 && f.length != 6) {
            throw ProblemException.badRequest("bad-cron", "'cron' must have 5 fields (minute hour day-of-month month "
                    + "day-of-week) or 6 (second first); got " + f.length + ": \"" + cron + "\"");
        }
        int i = 0;
        String second = f.length == 6 ? f[i++] : "0";
        return new ScheduleExpression().second(second).minute(f[i++]).hour(f[i++]).dayOfMonth(f[i++])
                .month(f[i++]).dayOfWeek(f[i]).year("*");
    }
}
