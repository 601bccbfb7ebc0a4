package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportBuilder;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * The report step writes report.json streaming (one disclosure at a time); the file must stay byte for byte what the
 * ObjectMapper wrote of the whole {@link Report}, with the counts the in-memory build gave.
 */
class StreamedReportJobTest {

    static final Path APPLE = Shared.data().resolve("filings/aapl-0000320193-25-000057");

    @TempDir
    Path tmp;

    @Test
    void theSeedsStreamedReportIsWhatTheObjectMapperWrites() throws Exception {
        Report r = assertStreamedAsBuilt(Shared.seed());
        assertEquals(new Report.Summary(1, 10, 19, 31, 0, 2, 0), r.summary());
        assertEquals(0, r.exitCode());
    }

    @Test
    void aFilingsStreamedReportIsWhatTheObjectMapperWritesWithItsFilingCounts() throws Exception {
        Report r = assertStreamedAsBuilt(Shared.seed(), APPLE);
        assertEquals(1, r.filings().size());
        Report.FilingReport apple = r.filings().get(0);
        assertEquals(APPLE.toString(), apple.source());
        assertEquals("0000320193", apple.entity());
        assertTrue(r.summary().disclosures() > 1, "the seed and the filing's R pages: " + r.summary());
        // the filing's counts take its own findings and its pages', not the seed's
        int all = r.summary().findings();
        Report.Checks c = apple.checks();
        assertEquals(all - 31, c.passed() + c.failedErrors() + c.failedWarnings() + c.failedInfos());
    }

    @Test
    void aRunWithRejectedInputsStreamsThemAndExitsTwo() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "Not an R page\n");
        Report r = assertStreamedAsBuilt(Shared.seed(), empty, bad);
        assertEquals(List.of(empty.toString(), bad.toString()), r.rejected().stream().map(Report.Rejected::source).toList());
        assertEquals(2, r.summary().rejected());
        assertEquals(2, r.exitCode());
        assertEquals(r.outcome(), ReportJson.readOutcome(tmp.resolve("report.json")));
    }

    /**
     * Links {@code inputs} through the job (whose report step streams), then asserts the file is byte for byte (1) what
     * the ObjectMapper writes of the same report read back, (2) what {@code ReportJson.write(build(...))} writes for
     * the same store and arguments, and (3) that its counts are those the in-memory build counted before streaming:
     * facts as distinct graph/concept/period/unit across the run, a filing's checks over its own and its pages'
     * findings. Returns the report.
     */
    private Report assertStreamedAsBuilt(Path... inputs) throws Exception {
        Path json = tmp.resolve("report.json");
        LinkDisclosuresJobTest.Run run = LinkDisclosuresJobTest.run(tmp.resolve("store"), json, inputs);
        byte[] streamed = Files.readAllBytes(json);
        Report r = run.report();

        Path mapped = tmp.resolve("mapped.json");
        ReportJson.write(r, mapped);
        assertEquals(new String(Files.readAllBytes(mapped), StandardCharsets.UTF_8),
                new String(streamed, StandardCharsets.UTF_8));

        List<String> graphs = r.disclosures().stream().map(Report.DisclosureReport::graph).toList();
        List<ReportBuilder.FilingPart> parts = r.filings().stream().map(f -> new ReportBuilder.FilingPart(
                Iris.defaults().filingGraph(f.source()), new Report.FilingReport(f.source(), f.entity(), f.facts(),
                f.contexts(), f.units(), f.reports(), f.rejected(), null))).toList();
        Path built = tmp.resolve("built.json");
        Path again = tmp.resolve("again.json");
        try (XbrlStore store = XbrlStore.open(tmp.resolve("store"))) {
            // the job judges calculations in its default mode, and its report says so
            // and names each input as the run was given it (the graphs publish no absolute path)
            java.util.Map<String, String> given = new java.util.HashMap<>();
            r.disclosures().forEach(d -> given.put(d.graph(), d.source()));
            ReportBuilder builder = new ReportBuilder(Iris.defaults(), "c11r").withSources(given);
            ReportJson.write(builder.build(store, graphs, r.rejected(), parts), built);
            Report.Outcome outcome = builder.write(store, graphs, r.rejected(), parts, again);
            assertEquals(r.outcome(), outcome);
        }
        assertArrayEquals(streamed, Files.readAllBytes(built));
        assertArrayEquals(streamed, Files.readAllBytes(again));

        Set<String> facts = new HashSet<>();
        for (Report.DisclosureReport d : r.disclosures()) {
            d.lineItems().forEach(li -> li.facts().forEach(
                    f -> facts.add(d.graph() + " " + li.concept() + " " + f.period() + " " + f.unit())));
            assertEquals(checksOf(r.findings().stream().filter(f -> d.source().equals(f.disclosure()))), d.checks());
        }
        assertEquals(facts.size(), r.summary().facts());
        assertEquals(r.findings().size(), r.summary().findings());
        assertEquals(r.findings().stream().filter(f -> "fail".equals(f.status()) && "error".equals(f.severity()))
                .count(), r.summary().failedErrors());
        for (Report.FilingReport f : r.filings()) {
            String pages = Iris.defaults().filingPagesGraphPrefix(f.source());
            Set<String> sources = new HashSet<>();
            sources.add(f.source());
            r.disclosures().stream().filter(d -> d.graph().startsWith(pages)).forEach(d -> sources.add(d.source()));
            assertEquals(checksOf(r.findings().stream().filter(x -> sources.contains(x.disclosure()))), f.checks());
        }
        return r;
    }

    private static Report.Checks checksOf(Stream<Report.FindingReport> findings) {
        List<Report.FindingReport> all = findings.toList();
        return new Report.Checks(
                (int) all.stream().filter(f -> "pass".equals(f.status())).count(),
                (int) all.stream().filter(f -> !"pass".equals(f.status()) && "error".equals(f.severity())).count(),
                (int) all.stream().filter(f -> !"pass".equals(f.status()) && "warning".equals(f.severity())).count(),
                (int) all.stream().filter(f -> !"pass".equals(f.status()) && !"error".equals(f.severity())
                        && !"warning".equals(f.severity())).count());
    }
}
