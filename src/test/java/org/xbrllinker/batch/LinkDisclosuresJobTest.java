package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;

import org.jberet.operations.DelegatingJobOperator;
import org.jberet.runtime.JobExecutionImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/** The link-disclosures job on JBeret SE, end to end on the seed. */
class LinkDisclosuresJobTest {

    @TempDir
    Path tmp;

    record Run(JobExecution execution, List<StepExecution> steps, Report report) {
        Report.LineItemReport row(int n) {
            return report.disclosures().get(0).lineItems().get(n - 1);
        }

        List<Report.FindingReport> findings(String check) {
            return report.findings().stream().filter(f -> f.check().equals(check)).toList();
        }
    }

    static Run run(Path store, Path report, Path... inputs) throws Exception {
        Properties p = new Properties();
        p.setProperty(JobSettings.INPUTS, java.util.Arrays.stream(inputs).map(Path::toString)
                .collect(Collectors.joining("\n")));
        p.setProperty(JobSettings.STORE, store.toString());
        p.setProperty(JobSettings.REPORT, report.toString());
        JobOperator op = BatchRuntime.getJobOperator();
        JobOperator jberet = ((DelegatingJobOperator) op).getDelegate();
        long id = jberet.start(JobSettings.JOB, p);
        ((JobExecutionImpl) jberet.getJobExecution(id)).awaitTermination(5, TimeUnit.MINUTES);
        JobExecution execution = jberet.getJobExecution(id);
        return new Run(execution, jberet.getStepExecutions(id), ReportJson.read(report));
    }

    @Test
    void linksTheSeedAndReportsFactsAndFindings() throws Exception {
        Run run = run(tmp.resolve("store"), tmp.resolve("report.json"), Shared.seed());
        assertEquals(BatchStatus.COMPLETED, run.execution().getBatchStatus());
        Map<String, String> stepExit = run.steps().stream()
                .collect(Collectors.toMap(StepExecution::getStepName, StepExecution::getExitStatus));
        assertEquals("CHECKS_PASSED", stepExit.get("check"));
        assertEquals("EXIT_0", stepExit.get("report"));

        assertEquals(1, run.report().disclosures().size());
        assertEquals("ACCOUNTS RECEIVABLE, NET (Details)", run.report().disclosures().get(0).title());
        assertEquals(10, run.report().disclosures().get(0).lineItems().size());
        assertTrue(run.row(1).abstractRow());
        assertEquals("us-gaap:AccountsReceivableGrossCurrent", run.row(2).concept());
        assertEquals(List.of("2021-12-31 3523543 USD $ 3,523,543", "2020-12-31 1584448 USD $ 1,584,448"),
                run.row(2).facts().stream().map(f -> f.period() + " " + f.value() + " " + f.unit() + " " + f.displayed())
                        .toList());
        assertEquals("us-gaap:AllowanceForDoubtfulAccountsReceivableRecoveries", run.row(7).concept());
        assertEquals(List.of("86170", "0", "51418"), run.row(8).facts().stream().map(Report.FactReport::value).toList());
        assertTrue(run.row(9).extension());
        assertEquals(List.of("49849", "154751", "-20817"), run.row(9).facts().stream().map(Report.FactReport::value).toList());
        assertEquals(19, run.report().summary().facts());

        List<Report.FindingReport> calc = run.findings("calculation");
        assertEquals(2, calc.size());
        assertTrue(calc.stream().allMatch(f -> f.status().equals("pass")));
        assertTrue(calc.stream().anyMatch(f -> f.message().contains("3,523,543 \u2212 1,475,983 = 2,047,560 computed, 2,047,560 reported")),
                calc.toString());
        List<Report.FindingReport> roll = run.findings("roll-forward");
        assertEquals(3, roll.size());
        assertTrue(roll.stream().allMatch(f -> f.status().equals("pass")));
        assertTrue(roll.stream().anyMatch(f -> f.message().contains("1,121,115 + 391,189 \u2212 86,170 + 49,849 = 1,475,983 computed")),
                roll.toString());
        assertTrue(roll.stream().anyMatch(f -> f.message().contains("0 + 946,590 \u2212 51,418 \u2212 20,817 = 874,355 computed")),
                roll.toString());
        List<Report.FindingReport> continuity = run.findings("continuity");
        assertEquals(2, continuity.size());
        assertTrue(continuity.stream().allMatch(f -> f.status().equals("pass")));

        List<Report.FindingReport> failed = run.report().findings().stream().filter(f -> f.status().equals("fail")).toList();
        assertEquals(List.of("cross-reference.extension-without-reference", "cross-reference.label-contradicts-concept"),
                failed.stream().map(Report.FindingReport::check).sorted().toList(), failed.toString());
        assertTrue(failed.stream().allMatch(f -> f.severity().equals("warning")));
        Report.FindingReport mismatch = run.findings("cross-reference.label-contradicts-concept").stream()
                .filter(f -> f.status().equals("fail")).findFirst().orElseThrow();
        assertTrue(mismatch.message().contains("\"Additions\"") && mismatch.message().contains("from recovery"),
                mismatch.message());
        assertEquals(0, run.report().exitCode());
    }

    @Test
    void aTamperedTotalFailsItsCalculationWithTheNumbers() throws Exception {
        Path tampered = tmp.resolve("tampered.txt");
        Files.writeString(tampered, Files.readString(Shared.seed()).replace("2,047,560", "2,047,650"));
        Run run = run(tmp.resolve("store"), tmp.resolve("report.json"), tampered);
        Report.FindingReport failed = run.findings("calculation").stream().filter(f -> f.status().equals("fail"))
                .findFirst().orElseThrow(() -> new AssertionError(run.report().findings().toString()));
        assertEquals("error", failed.severity());
        assertTrue(failed.message().contains("2,047,560 computed, 2,047,650 reported"), failed.message());
        assertEquals("2021-12-31", failed.period());
        assertEquals("2047650", failed.reported());
        assertEquals("2047560", failed.computed());
        assertEquals(1, run.report().exitCode());
    }

    @Test
    void aChangedRollForwardAmountFailsThatYearOnly() throws Exception {
        Path tampered = tmp.resolve("rollforward.txt");
        Files.writeString(tampered, Files.readString(Shared.seed()).replace("|92,009", "|92,090"));
        Run run = run(tmp.resolve("store"), tmp.resolve("report.json"), tampered);
        List<Report.FindingReport> failed = run.findings("roll-forward").stream()
                .filter(f -> f.status().equals("fail")).toList();
        assertEquals(1, failed.size(), run.findings("roll-forward").toString());
        assertEquals("2020-01-01/2020-12-31", failed.get(0).period());
        assertTrue(failed.get(0).message().contains("874,355 + 92,090 + 0 + 154,751 = 1,121,196 computed, 1,121,115 reported"),
                failed.get(0).message());
    }

    @Test
    void badInputsAreRejectedWithFileAndLineWhileTheSeedIsStillLinked() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path notAmount = tmp.resolve("not-an-amount.txt");
        Files.writeString(notAmount, Files.readString(Shared.seed()).replace("|(86,170)", "|(86,17O)"));
        Run run = run(tmp.resolve("store"), tmp.resolve("report.json"), empty, Shared.seed(), notAmount);
        assertEquals(BatchStatus.COMPLETED, run.execution().getBatchStatus());
        assertEquals(1, run.report().disclosures().size());
        assertEquals(10, run.report().disclosures().get(0).lineItems().size());
        assertEquals(2, run.report().rejected().size());
        String messages = run.report().rejected().stream().map(Report.Rejected::message).collect(Collectors.joining("\n"));
        assertTrue(messages.contains(empty + ":1: empty file"), messages);
        assertTrue(messages.contains(notAmount + ":30: expected an amount after \"Write-off\", found \"(86,17O)\""),
                messages);
        assertEquals(2, run.report().exitCode());
    }

    @Test
    void linkingTheSameSeedAgainReplacesItsGraph() throws Exception {
        Path store = tmp.resolve("store");
        run(store, tmp.resolve("r1.json"), Shared.seed());
        long first = org.xbrllinker.rdf.XbrlStore.open(store).size();
        run(store, tmp.resolve("r2.json"), Shared.seed());
        long second = org.xbrllinker.rdf.XbrlStore.open(store).size();
        assertTrue(first > 300, "triples: " + first);
        assertEquals(first, second);
        assertNotNull(Files.readString(tmp.resolve("r2.json"), StandardCharsets.UTF_8));
    }
}
