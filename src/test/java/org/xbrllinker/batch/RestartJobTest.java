package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.jberet.operations.DelegatingJobOperator;
import org.jberet.runtime.JobExecutionImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * Restarting an execution of link-disclosures after its link step completed: the restarted execution runs the link
 * step again from its last checkpoint (the end: it reads nothing) to take up the run's state, so its checks and report
 * cover what the earlier execution linked and rejected, as a run that never failed does. (A restart in the middle of
 * the link step, in a new process, is {@code cli/CrashRestartTest}.)
 */
class RestartJobTest {

    @TempDir
    Path tmp;

    private final JobOperator jberet = ((DelegatingJobOperator) BatchRuntime.getJobOperator()).getDelegate();

    @Test
    void aRestartAfterTheCheckStepFailedReportsWhatTheLinkStepDidBefore() throws Exception {
        Path a = Files.copy(Shared.seed(), tmp.resolve("a.txt"));
        Path bad = Files.writeString(tmp.resolve("bad.txt"),
                Files.readString(Shared.seed()).replace("|(86,170)", "|(86,17O)"));
        Path c = Files.copy(Shared.seed(), tmp.resolve("c.txt"));
        Path checks = Files.createDirectory(tmp.resolve("checks"));

        long reference = start(tmp.resolve("reference"), checks, a, bad, c);
        assertEquals(BatchStatus.COMPLETED, jberet.getJobExecution(reference).getBatchStatus());

        // a check that does not parse fails the check step, after the link step completed
        Path typo = Files.writeString(checks.resolve("typo.rq"), """
                # id: steward.typo
                # severity: error
                # message: oops
                SELECT ?s WHERE {
                """);
        long failed = start(tmp.resolve("restarted"), checks, a, bad, c);
        assertEquals(BatchStatus.FAILED, jberet.getJobExecution(failed).getBatchStatus());
        Map<String, StepExecution> before = steps(failed);
        assertEquals(BatchStatus.COMPLETED, before.get("link").getBatchStatus());
        assertEquals(BatchStatus.FAILED, before.get("check").getBatchStatus());

        Files.delete(typo);
        long restarted = jberet.restart(failed, null);
        ((JobExecutionImpl) jberet.getJobExecution(restarted)).awaitTermination(5, TimeUnit.MINUTES);
        assertEquals(BatchStatus.COMPLETED, jberet.getJobExecution(restarted).getBatchStatus());

        Report expected = ReportJson.read(tmp.resolve("reference").resolve("report.json"));
        Report actual = ReportJson.read(tmp.resolve("restarted").resolve("report.json"));
        assertEquals(2, actual.disclosures().size(), actual.toString());
        assertEquals(List.of(bad.toString()), actual.rejected().stream().map(Report.Rejected::source).toList());
        assertTrue(actual.rejected().get(0).message().contains("expected an amount after \"Write-off\""),
                actual.rejected().toString());
        assertEquals(62, actual.findings().size());
        assertEquals(expected, actual);
        assertEquals(2, actual.exitCode());
        StepExecution link = steps(restarted).get("link");
        assertEquals(BatchStatus.COMPLETED, link.getBatchStatus());
        assertEquals(0, metric(link, Metric.MetricType.READ_COUNT), "the link step resumed at its end");
        assertEquals(2, metric(before.get("link"), Metric.MetricType.WRITE_COUNT));

        PartitionedJobTest.assertSameStore(tmp.resolve("reference"), tmp.resolve("restarted"));
    }

    private long start(Path store, Path checks, Path... inputs) throws InterruptedException {
        Properties p = new Properties();
        p.setProperty(JobSettings.INPUTS, java.util.Arrays.stream(inputs).map(Path::toString)
                .collect(Collectors.joining("\n")));
        p.setProperty(JobSettings.STORE, store.toString());
        p.setProperty(JobSettings.CHECKS, checks.toString());
        long id = jberet.start(JobSettings.JOB, p);
        ((JobExecutionImpl) jberet.getJobExecution(id)).awaitTermination(5, TimeUnit.MINUTES);
        return id;
    }

    private Map<String, StepExecution> steps(long execution) {
        return jberet.getStepExecutions(execution).stream()
                .collect(Collectors.toMap(StepExecution::getStepName, Function.identity()));
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        for (Metric m : step.getMetrics()) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        throw new AssertionError("no " + type + " in " + step.getStepName());
    }

}
