package org.xbrllinker.server;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.xbrllinker.batch.RunState;

/**
 * A job execution as the API shows it: status, times, parameters and each step with its metrics.
 *
 * @param id          the execution id (what stop, restart and report take)
 * @param instanceId  the job instance: a restart makes a new execution of the same instance
 * @param job         the job name
 * @param batchStatus STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED
 * @param exitStatus  the job's exit status
 * @param schedule    the schedule that started it, when one did
 * @param steps       each step execution, in the order they ran
 * @param rejected    every input the link step refused, one message each (the exit status of a job stopped by the
 *                    skip limit names only as many as fit the job repository's column)
 */
public record ExecutionView(long id, long instanceId, String job, String batchStatus, String exitStatus,
                            String createTime, String startTime, String endTime, String lastUpdatedTime,
                            String schedule, Map<String, String> parameters, List<Step> steps, List<String> rejected,
                            Links links) {

    /**
     * A step execution with its metrics ({@code READ_COUNT}, {@code WRITE_COUNT}, {@code PROCESS_SKIP_COUNT}, ...);
     * {@code checkpoints} is the number of chunk commits, each a checkpoint and one TDB2 transaction.
     */
    public record Step(long id, String name, String batchStatus, String exitStatus, String startTime, String endTime,
                       Map<String, Long> metrics, long checkpoints) {
    }

    /** Where to go next: the execution itself and its report. */
    public record Links(String self, String report) {
    }

    static ExecutionView of(long instanceId, JobExecution e, List<StepExecution> steps, String apiBase) {
        Map<String, String> params = new LinkedHashMap<>();
        Properties p = e.getJobParameters();
        if (p != null) {
            p.stringPropertyNames().stream().sorted().forEach(k -> params.put(k, p.getProperty(k)));
        }
        List<Step> stepViews = steps.stream().map(ExecutionView::step).toList();
        // the link step's, or with partitions link-partitioned's
        List<String> rejected = steps.stream().filter(s -> s.getStepName().startsWith("link"))
                .map(s -> RunState.refusals(s.getPersistentUserData())).filter(r -> !r.isEmpty())
                .findFirst().orElse(List.of());
        String self = apiBase + "executions/" + e.getExecutionId();
        return new ExecutionView(e.getExecutionId(), instanceId, e.getJobName(), String.valueOf(e.getBatchStatus()),
                e.getExitStatus(), time(e.getCreateTime()), time(e.getStartTime()), time(e.getEndTime()),
                time(e.getLastUpdatedTime()), params.get(Schedules.SCHEDULE_PARAMETER), params, stepViews, rejected,
                new Links(self, self + "/report"));
    }

    private static Step step(StepExecution s) {
        Map<String, Long> metrics = new LinkedHashMap<>();
        Metric[] ms = s.getMetrics();
        if (ms != null) {
            for (Metric m : ms) {
                metrics.put(m.getType().name(), m.getValue());
            }
        }
        return new Step(s.getStepExecutionId(), s.getStepName(), String.valueOf(s.getBatchStatus()), s.getExitStatus(),
                time(s.getStartTime()), time(s.getEndTime()), metrics,
                metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT.name(), 0L));
    }

    private static String time(Date d) {
        return d == null ? null : d.toInstant().toString();
    }
}
