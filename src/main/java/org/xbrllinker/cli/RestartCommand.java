package org.xbrllinker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import org.jberet.operations.JobOperatorImpl;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.pipeline.Settings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restart [EXECUTION_ID] --store DIR}: restarts an execution of {@code link} that did not complete (failed,
 * stopped, or left STARTED by a process that was killed) through {@code JobOperator.restart}: a new execution of the
 * same run, from the last checkpoint, with the same job parameters. Prints the report as {@code link} does.
 */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a link run of the store that did not complete (failed, stopped, or killed) from its last "
                + "checkpoint; print the report and write it as JSON, as link does.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no error-level check failed", "1:an error-level check failed",
                "2:bad input, more rejected inputs than the skip limit, nothing to restart, a store another process holds "
                        + "(a running serve), or bad usage"})
final class RestartCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "EXECUTION_ID",
            description = "The execution to restart, as link printed it (default: the store's most recent one).")
    Long executionId;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store = Path.of(JobSettings.DEFAULT_STORE);

    @Option(names = "--quiet", description = "Print only the summary line.")
    boolean quiet;

    @Option(names = "--progress", description = "Name the new job execution when it starts and count the items written "
            + "as chunks commit, on standard error.")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        Path folder = StoreJobs.folder(store);
        if (!Files.isDirectory(folder)) {
            System.err.println("xbrl-linker: " + store + " has no job repository (" + folder + "); nothing to restart");
            return 2;
        }
        try (StoreJobs jobs = StoreJobs.open(store)) {
            // a store a serve (or any process) holds would fail the restarted job's first write
            ServedStores.refuseIfHeld(store, "restart a link run of");
            JobOperatorImpl operator = jobs.operator();
            long id;
            if (executionId != null) {
                id = executionId;
            } else {
                List<Long> ids = operator.getJobExecutionsByJob(JobSettings.JOB);
                if (ids.isEmpty()) {
                    System.err.println("xbrl-linker: the job repository " + folder + " holds no execution; nothing to restart");
                    return 2;
                }
                id = ids.stream().mapToLong(Long::longValue).max().getAsLong();
            }
            JobExecution execution;
            try {
                execution = operator.getJobExecution(id);
            } catch (NoSuchJobExecutionException e) {
                System.err.println("xbrl-linker: the job repository " + folder + " holds no execution " + id
                        + " (it holds " + operator.getJobExecutionsByJob(JobSettings.JOB) + ")");
                return 2;
            }
            BatchStatus status = execution.getBatchStatus();
            switch (status) {
                case COMPLETED -> {
                    System.err.println("xbrl-linker: execution " + id + " completed; nothing to restart");
                    return 2;
                }
                case ABANDONED -> {
                    System.err.println("xbrl-linker: execution " + id + " was abandoned; it cannot be restarted");
                    return 2;
                }
                case STARTING, STARTED, STOPPING ->
                    // we hold the repository (H2 refuses a second process), so no process is running it any more;
                    // JBeret's default restart mode ("detect") marks such an execution FAILED and restarts it
                    System.err.println("xbrl-linker: execution " + id + " is marked " + status + " but no process runs it"
                            + " (the process that ran it ended without finishing it: killed or crashed); marking it FAILED"
                            + " and restarting it from its last checkpoint");
                default -> {
                }
            }
            long latest = operator.getJobExecutions(operator.getJobInstance(id)).stream()
                    .mapToLong(JobExecution::getExecutionId).max().orElse(id);
            if (latest != id) {
                System.err.println("xbrl-linker: execution " + id + " is not the most recent of its run; restart "
                        + latest + " (" + operator.getJobExecution(latest).getBatchStatus() + ") instead");
                return 2;
            }
            Properties params = operator.getParameters(id);
            for (Path input : Settings.paths(params.getProperty(JobSettings.INPUTS))) {
                if (!Files.exists(input)) {
                    System.err.println("xbrl-linker: input " + input + " of execution " + id + " is not there"
                            + " (relative inputs are read from the folder link ran in)");
                    return 2;
                }
            }
            String report = params.getProperty(JobSettings.REPORT);
            Path reportFile = report == null || report.isBlank() ? store.resolve("report.json") : Path.of(report);
            Files.deleteIfExists(reportFile);
            Properties overrides = new Properties();
            // the store where the repository was found, should the folder have moved since
            overrides.setProperty(JobSettings.STORE, store.toAbsolutePath().normalize().toString());
            long restarted;
            try {
                restarted = operator.restart(id, overrides);
            } catch (JobRestartException e) {
                System.err.println("xbrl-linker: execution " + id + " cannot be restarted: " + e.getMessage());
                return 2;
            }
            System.err.println("xbrl-linker: execution " + id + " restarted as execution " + restarted);
            return JobRun.finish(jobs, restarted, store.toString(), reportFile, quiet, progress);
        } catch (StoreJobs.InUseException | ServedStores.InUseException e) {
            System.err.println("xbrl-linker: " + e.getMessage());
            return 2;
        }
    }
}
