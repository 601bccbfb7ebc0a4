package org.xbrllinker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.jberet.runtime.JobExecutionImpl;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.batch.RunState;
import org.xbrllinker.batch.SkipRecordingListener;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;

/** Waits for an execution of the job that {@code link} or {@code restart} started and prints how it ended. */
final class JobRun {

    /** The chunk step whose items {@code --progress} counts. */
    static final String LINK_STEP = "link";
    /** The same with {@code partitions} > 1 (its partitions' counts reach it as they end). */
    static final String LINK_PARTITIONED_STEP = "link-partitioned";

    private JobRun() {
    }

    /**
     * Waits for execution {@code id} to end, then prints the report (or why there is none) and the execution id;
     * returns the exit code of {@code link}.
     */
    static int finish(StoreJobs jobs, long id, String store, Path reportFile, boolean quiet, boolean progress)
            throws InterruptedException, java.io.IOException {
        JobExecution execution = await(jobs, id, progress);
        org.xbrllinker.pipeline.Timing.mark("job " + JobSettings.JOB + " ended");
        if (org.xbrllinker.pipeline.Timing.on()) {
            for (var step : jobs.operator().getStepExecutions(id)) {
                if (step.getStartTime() != null && step.getEndTime() != null) {
                    org.xbrllinker.pipeline.Timing.span("step " + step.getStepName() + " (JBeret's start to end)",
                            step.getEndTime().getTime() - step.getStartTime().getTime());
                }
            }
        }
        String exit = execution.getExitStatus();
        if (exit != null && exit.startsWith(SkipRecordingListener.SKIP_LIMIT_EXCEEDED)) {
            // the first line says what happened; then every input refused, from the link step's saved state (the
            // exit status names only as many as fit the job repository's column)
            List<String> lines = exit.substring(SkipRecordingListener.SKIP_LIMIT_EXCEEDED.length() + 2).lines().toList();
            System.err.println("xbrl-linker: " + lines.get(0));
            List<String> refusals = refusals(jobs, id);
            (refusals.isEmpty() ? lines.subList(1, lines.size()) : refusals)
                    .forEach(line -> System.err.println("xbrl-linker: " + line));
            printRestartHint(id, store);
            return 2;
        }
        if (execution.getBatchStatus() != BatchStatus.COMPLETED || !Files.exists(reportFile)) {
            System.err.println("xbrl-linker: job " + JobSettings.JOB + " ended " + execution.getBatchStatus()
                    + " (" + execution.getExitStatus() + "); see the log above");
            printRestartHint(id, store);
            return 2;
        }
        Report.Outcome r;
        if (quiet) {
            // the summary and rejected inputs only, read past the disclosures and findings without holding them
            r = ReportJson.readOutcome(reportFile);
            ReportPrinter.printSummary(r.summary(), System.out);
        } else {
            Report whole = ReportJson.read(reportFile); // every disclosure and finding is printed anyway
            ReportPrinter.print(whole, System.out);
            r = whole.outcome();
        }
        System.out.println("JSON report: " + reportFile);
        System.out.println("Job execution: " + id + " (job repository: " + jobs.folder() + ")");
        org.xbrllinker.pipeline.Timing.mark("report read and printed");
        for (Report.Rejected rejected : r.rejected()) {
            System.err.println("xbrl-linker: " + rejected.message());
        }
        return r.exitCode();
    }

    /** Every refusal's message as the link step of execution {@code id} saved it; empty if it saved none. */
    static List<String> refusals(StoreJobs jobs, long id) {
        for (StepExecution step : jobs.operator().getStepExecutions(id)) {
            List<String> refusals = step.getStepName().startsWith(LINK_STEP)
                    ? RunState.refusals(step.getPersistentUserData()) : List.of();
            if (!refusals.isEmpty()) {
                return refusals; // link's, or with partitions link-partitioned's
            }
        }
        return List.of();
    }

    private static void printRestartHint(long id, String store) {
        System.err.println("xbrl-linker: execution " + id + " can be restarted from its last checkpoint (once its "
                + "inputs are fixed): xbrl-linker restart " + id + " --store " + store);
    }

    /** Waits for the execution to end; with {@code progress}, names it and counts the items written as chunks commit. */
    static JobExecution await(StoreJobs jobs, long id, boolean progress) throws InterruptedException {
        JobExecution execution = jobs.operator().getJobExecution(id);
        if (progress) {
            System.err.println("xbrl-linker: execution " + id + " of " + JobSettings.JOB + " started (job repository: "
                    + jobs.folder() + ")");
        }
        if (!progress && LinkProgressBar.onTerminal() && execution instanceof JobExecutionImpl impl) {
            LinkProgressBar.await(impl, id); // a progress bar on a terminal
            impl.awaitTermination(1, TimeUnit.HOURS);
            return jobs.operator().getJobExecution(id);
        }
        if (execution instanceof JobExecutionImpl impl) {
            long written = 0;
            while (!ended(impl.getBatchStatus())) {
                impl.awaitTermination(progress ? 100 : 1000, TimeUnit.MILLISECONDS);
                if (progress) {
                    long now = written(impl);
                    if (now != written) {
                        written = now;
                        // WRITE_COUNT grows once the writer returned, i.e. once the chunk's TDB2 transaction committed
                        System.err.println("xbrl-linker: execution " + id + ": " + written + " item(s) written");
                    }
                }
            }
            // the status is set before JBeret's last repository updates: wait for the execution's end proper
            impl.awaitTermination(1, TimeUnit.HOURS);
        }
        return jobs.operator().getJobExecution(id);
    }

    private static boolean ended(BatchStatus status) {
        return status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED;
    }

    /** Items the link step of this execution wrote so far. */
    private static long written(JobExecutionImpl execution) {
        long n = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (LINK_STEP.equals(step.getStepName()) || LINK_PARTITIONED_STEP.equals(step.getStepName())) {
                for (Metric m : step.getMetrics()) {
                    if (m.getType() == Metric.MetricType.WRITE_COUNT) {
                        n += m.getValue();
                    }
                }
            }
        }
        return n;
    }
}
