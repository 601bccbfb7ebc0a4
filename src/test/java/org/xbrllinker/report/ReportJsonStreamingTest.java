package org.xbrllinker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report streamed: {@link ReportJson#writer} writes the bytes the ObjectMapper writes of the whole report, and
 * {@link ReportJson#readOutcome} reads the summary and rejected inputs of a large report past its disclosures and
 * findings.
 */
class ReportJsonStreamingTest {

    @TempDir
    Path tmp;

    /**
     * A report of {@code n} disclosures of three line items each, ten findings a disclosure (one failed error when
     * {@code failing}), the rejected inputs given, and a filing with a rejected file of its own.
     */
    private static Report synthetic(int n, boolean failing, List<Report.Rejected> rejected) {
        List<Report.DisclosureReport> disclosures = new ArrayList<>();
        List<Report.FindingReport> findings = new ArrayList<>();
        int failedErrors = 0;
        for (int i = 0; i < n; i++) {
            String source = "corpus/R" + i + ".htm";
            List<Report.LineItemReport> items = new ArrayList<>();
            for (int row = 1; row <= 3; row++) {
                items.add(new Report.LineItemReport(row, "Line " + row, "us-gaap:Item" + row, row == 1, false, 0.9,
                        null, List.of(new Report.FactReport("2024-12-31", Integer.toString(i * 10 + row), "USD",
                        "$ " + i, 1))));
            }
            for (int k = 0; k < 10; k++) {
                boolean fail = failing && k == 0 && i % 100 == 0;
                failedErrors += fail ? 1 : 0;
                findings.add(new Report.FindingReport("calculation", "error", fail ? "fail" : "pass",
                        "rejected summary 1 + 2 = 3", List.of("urn:x:" + i + ":" + k), source, "2024-12-31", "3", "3"));
            }
            disclosures.add(new Report.DisclosureReport(source, "Disclosure " + i,
                    "urn:graph:" + i, items, Report.Checks.of(findings.subList(findings.size() - 10, findings.size()))));
        }
        Report.Summary summary = new Report.Summary(n, 3 * n, 3 * n, findings.size(), failedErrors, 0,
                rejected.size());
        List<Report.FilingReport> filings = List.of(new Report.FilingReport("corpus", "0000000001", 1, 1, 1, n,
                List.of(new Report.RejectedFile("corpus/R9999.htm", "not an R page")), new Report.Checks(1, 0, 0, 0)));
        return new Report(disclosures, findings, rejected, summary, filings);
    }

    @Test
    void aReportWrittenPieceByPieceIsByteForByteTheOneWrittenWhole() throws IOException {
        List<Report.Rejected> rejected = List.of(new Report.Rejected("in/a.txt", "in/a.txt:1: empty file"));
        for (Report r : List.of(synthetic(300, true, rejected), synthetic(0, false, List.of()),
                new Report(List.of(new Report.DisclosureReport(null, null, "urn:graph:empty", List.of(),
                        new Report.Checks(0, 0, 0, 0))), List.of(), List.of(), new Report.Summary(1, 0, 0, 0, 0, 0, 0),
                        List.of()),
                // the run's calculation mode and warnings come last
                new Report(List.of(), List.of(), List.of(), new Report.Summary(0, 0, 0, 0, 0, 0, 0), List.of(), "xbrl21",
                        List.of("f: no calculation check can run: the DTS has no summation-item calculation")))) {
            Path whole = tmp.resolve("whole.json");
            Path streamed = tmp.resolve("streamed.json");
            ReportJson.write(r, whole);
            Report.Outcome outcome = ReportJson.writer(streamed, sink -> {
                for (Report.DisclosureReport d : r.disclosures()) {
                    sink.disclosure(d);
                }
                sink.endDisclosures();
                for (Report.FindingReport f : r.findings()) {
                    sink.finding(f);
                }
                sink.end(r.rejected(), r.summary(), r.filings(), r.calcMode(), r.warnings());
                return r.outcome();
            });
            assertEquals(Files.readString(whole), Files.readString(streamed));
            assertEquals(r.outcome(), outcome);
            try (var left = Files.list(tmp)) {
                assertEquals(List.of("streamed.json", "whole.json"),
                        left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
            }
        }
    }

    @Test
    void theOutcomeOfALargeReportIsTheFullReadsSummaryRejectedAndExitCode() throws IOException {
        List<Report.Rejected> rejected = List.of(new Report.Rejected("in/a.txt", "in/a.txt:1: empty file"),
                new Report.Rejected("in/b.txt", "in/b.txt:3: expected an amount"));
        Path file = tmp.resolve("large.json");
        ReportJson.write(synthetic(5_000, true, rejected), file);
        assertTrue(Files.size(file) > 10_000_000, "a report of " + Files.size(file) + " bytes");

        Report.Outcome outcome = ReportJson.readOutcome(file);
        Report whole = ReportJson.read(file);
        assertEquals(whole.outcome(), outcome);
        assertEquals(new Report.Summary(5_000, 15_000, 15_000, 50_000, 50, 0, 2), outcome.summary());
        assertEquals(rejected, outcome.rejected());
        assertEquals(2, outcome.exitCode());
        assertEquals(whole.exitCode(), outcome.exitCode());
    }

    @Test
    void aFilingsRejectedFilesAndAFindingsWordsDoNotPassForTheRunsRejectedInputs() throws IOException {
        Path failing = tmp.resolve("failing.json");
        ReportJson.write(synthetic(2_000, true, List.of()), failing);
        Report.Outcome outcome = ReportJson.readOutcome(failing);
        assertEquals(List.of(), outcome.rejected());
        assertEquals(new Report.Summary(2_000, 6_000, 6_000, 20_000, 20, 0, 0), outcome.summary());
        assertEquals(1, outcome.exitCode());
        assertEquals(ReportJson.read(failing).outcome(), outcome);

        Path passing = tmp.resolve("passing.json");
        ReportJson.write(synthetic(2_000, false, List.of()), passing);
        assertEquals(0, ReportJson.readOutcome(passing).exitCode());
        assertEquals(ReportJson.read(passing).outcome(), ReportJson.readOutcome(passing));
    }

    @Test
    void aFileWithoutASummaryIsNamed() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-report.json"), "{ \"disclosures\" : [ ], \"findings\" : [ ] }");
        IOException e = assertThrows(IOException.class, () -> ReportJson.readOutcome(file));
        assertEquals(file + ": not a JSON report (no summary)", e.getMessage());
    }
}
