package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.report.Report;
import org.xbrllinker.testing.Shared;

/** A whole filing folder through the job: Apple's 10-Q, its 42 R pages tied to its instance, Calc 1.1 on it. */
class FilingJobTest {

    static final Path APPLE = Shared.data().resolve("filings/aapl-0000320193-25-000057");

    @TempDir
    static Path tmp;

    static LinkDisclosuresJobTest.Run apple;

    @BeforeAll
    static void linkApple() throws Exception {
        apple = LinkDisclosuresJobTest.run(tmp.resolve("store"), tmp.resolve("apple.json"), APPLE);
    }

    @Test
    void linksAllFortyTwoReportsAndCountsTheInstance() {
        assertEquals(BatchStatus.COMPLETED, apple.execution().getBatchStatus());
        assertEquals(List.of(), apple.report().rejected());
        assertEquals(42, apple.report().disclosures().size());
        Report.FilingReport filing = apple.report().filings().get(0);
        assertEquals(APPLE.toString(), filing.source());
        assertEquals("0000320193", filing.entity());
        assertEquals(42, filing.reports());
        // counted independently in InstanceParserTest: 760 facts (2 nil), 163 contexts, 5 units
        assertEquals(760, filing.facts());
        assertEquals(163, filing.contexts());
        assertEquals(5, filing.units());
        // FilingSummary's role and names, and the accession number, are the pages' and filing's provenance
        var store = org.xbrllinker.rdf.XbrlStore.open(tmp.resolve("store"));
        var rows = store.selectAll(org.apache.jena.query.QueryFactory.create(
                "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> SELECT ?name ?category ?role ?accession WHERE { "
                + "?d xlk:reportPosition 2 ; xlk:reportName ?name ; xlk:reportCategory ?category ; xlk:reportRole ?role ; "
                + "xlk:filing/xlk:accessionNumber ?accession }"));
        assertEquals(1, rows.size());
        assertEquals("0000320193-25-000057", rows.get(0).getLiteral("accession").getString());
        assertEquals("Statements", rows.get(0).getLiteral("category").getString());
        assertTrue(rows.get(0).getLiteral("name").getString().contains("STATEMENTS OF OPERATIONS"), rows.toString());
        // the filing's summary counts its own findings and those of its pages
        assertEquals(0, filing.checks().failedErrors());
        assertTrue(filing.checks().passed() > 1000, filing.checks().toString());
        Report.DisclosureReport r2 = apple.report().disclosures().stream()
                .filter(d -> d.source().endsWith("R2.htm")).findFirst().orElseThrow();
        assertEquals(0, r2.checks().failedErrors());
        assertTrue(r2.checks().passed() > 0);
    }

    @Test
    void everyNumericCellShowsTheInstanceFactItIsTiedTo() {
        List<Report.FindingReport> ties = apple.findings("duplicate.instance");
        List<Report.FindingReport> failed = ties.stream().filter(f -> f.status().equals("fail")).toList();
        long cells = ties.stream().filter(f -> f.status().equals("pass"))
                .mapToLong(f -> Long.parseLong(f.message().substring(0, f.message().indexOf(' ')))).sum();
        assertEquals(List.of(), failed.stream().map(Report.FindingReport::message).toList());
        assertEquals(698, cells, "numeric cells of the 42 pages");
    }

    /**
     * Non-numeric cells (the cover page's dei rows, durations, text blocks) are tied to the instance fact of their
     * concept with their typed value (of the member their row sits under), whose period and dimensions they take: the
     * nine 12(b) titles and exchanges under their member rows are nine facts each, and no duplicate fails.
     */
    @Test
    void everyNonNumericCellIsTiedToTheInstanceFactOfItsTypedValue() {
        var store = org.xbrllinker.rdf.XbrlStore.open(tmp.resolve("store"));
        var counts = store.selectAll(org.apache.jena.query.QueryFactory.create(
                "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> SELECT (COUNT(?c) AS ?cells) (COUNT(?if) AS ?tied) "
                + "(SUM(IF(?iv = ?v, 1, 0)) AS ?agreeing) WHERE { GRAPH ?g { ?c xlk:fact/xlk:textValue ?v "
                + "OPTIONAL { ?c xlk:instanceFact ?if } } OPTIONAL { GRAPH ?h { ?if xlk:textValue ?iv } } }")).get(0);
        assertEquals(86, counts.getLiteral("cells").getInt());
        assertEquals(86, counts.getLiteral("tied").getInt());
        // the other 23 are text blocks: the page shows rendered text, the instance escaped HTML
        assertEquals(63, counts.getLiteral("agreeing").getInt());

        var periodEnd = store.selectAll(org.apache.jena.query.QueryFactory.create(
                "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?v ?period WHERE { GRAPH ?g { ?f a xlk:Fact ; xlk:concept ?k ; "
                + "xlk:textValue ?v ; xlk:period ?p } ?k xlk:qname \"dei:DocumentPeriodEndDate\" "
                // a page fact's period is described once, in the contexts graph
                + "GRAPH <" + org.xbrllinker.rdf.RdfMapper.contextsGraph(org.xbrllinker.rdf.Iris.defaults())
                + "> { ?p rdfs:label ?period } }"));
        assertEquals(1, periodEnd.size(), periodEnd.toString());
        assertEquals("2025-03-29", periodEnd.get(0).getLiteral("v").getLexicalForm());
        assertEquals(org.xbrllinker.link.FactValues.DATE, periodEnd.get(0).getLiteral("v").getDatatypeURI());
        assertEquals("2024-09-29/2025-03-29", periodEnd.get(0).getLiteral("period").getString());

        var titles = store.selectAll(org.apache.jena.query.QueryFactory.create(
                "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> SELECT DISTINCT ?f ?member WHERE { GRAPH ?g { ?f a xlk:Fact ; "
                + "xlk:concept ?k ; xlk:dimension ?dv } ?dv xlk:member ?member . ?k xlk:qname \"dei:Security12bTitle\" }"));
        assertEquals(9, titles.size(), titles.toString());
        assertEquals(9, titles.stream().map(r -> r.getResource("member")).distinct().count());

        // the nine exchanges (all NASDAQ) are tied to the facts of their own members, as the page's member rows say
        var exchanges = store.selectAll(org.apache.jena.query.QueryFactory.create(
                "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> SELECT ?f ?dims WHERE { GRAPH ?g { ?c xlk:fact ?f . "
                + "?f xlk:concept ?k ; xlk:textValue \"NASDAQ\"^^<"
                + org.xbrllinker.link.FactValues.TOKEN + "> ; xlk:dimensionKey ?dims } ?k xlk:qname \"dei:SecurityExchangeName\" }"));
        assertEquals(9, exchanges.size(), exchanges.toString());
        assertEquals(9, exchanges.stream().map(r -> r.getLiteral("dims").getString()).distinct().count());

        List<Report.FindingReport> duplicates = apple.findings("duplicate");
        assertEquals(List.of(), duplicates.stream().filter(f -> f.status().equals("fail"))
                .map(Report.FindingReport::message).toList());
    }

    @Test
    void calculationsOneOneRunOverTheInstanceWithTheirNumbers() {
        List<Report.FindingReport> calc = apple.findings("calculation.instance");
        assertTrue(calc.size() > 50, "summations: " + calc.size());
        assertTrue(calc.stream().allMatch(f -> f.message().contains(" computed, ") && f.message().contains(" reported")));
        assertTrue(calc.stream().anyMatch(f -> f.status().equals("pass")
                && f.message().startsWith("us-gaap:Assets 2025-03-29")), calc.toString());
    }

    @Test
    void rollForwardsFoundFromPresentationLabelsHoldOverTheInstance() {
        List<Report.FindingReport> rolls = apple.findings("roll-forward.instance");
        assertTrue(rolls.size() >= 10, rolls.toString());
        assertTrue(rolls.stream().allMatch(f -> f.status().equals("pass")), rolls.toString());
        assertTrue(rolls.stream().anyMatch(f -> f.message().startsWith(
                "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents 2024-09-29/2025-03-29")
                && f.message().contains("29,943,000,000 \u2212 1,781,000,000 = 28,162,000,000 computed")), rolls.toString());
        assertTrue(rolls.stream().anyMatch(f -> f.message().contains("[us-gaap:StatementEquityComponentsAxis=")));
    }

    @Test
    void anInlineFilingLoadsItsFacts() throws Exception {
        Path fizz = Shared.data().resolve("filings/fizz-10k-fy2020-inline");
        LinkDisclosuresJobTest.Run run = LinkDisclosuresJobTest.run(tmp.resolve("store3"), tmp.resolve("fizz.json"), fizz);
        assertEquals(BatchStatus.COMPLETED, run.execution().getBatchStatus());
        Report.FilingReport filing = run.report().filings().get(0);
        // counted independently in InlineXbrlParserTest: 681 facts, 104 contexts, 6 units; no R pages in the folder
        assertEquals(681, filing.facts());
        assertEquals(104, filing.contexts());
        assertEquals(6, filing.units());
        assertEquals(0, filing.reports());
        assertEquals("0000069891", filing.entity());
        // the bundled US-GAAP 2021 arcs do not bind the filing's 2020 facts: no calculation is checked
        assertEquals(List.of(), run.findings("calculation.instance"));
        assertEquals(0, run.report().exitCode());
    }

    @Test
    void aCorruptPageIsRejectedWhileTheRestOfTheFilingIsLinked() throws Exception {
        Path copy = tmp.resolve("aapl-corrupt");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(APPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.writeString(copy.resolve("R5.htm"), "<html><body><p>Report unavailable</p></body></html>");
        LinkDisclosuresJobTest.Run run = LinkDisclosuresJobTest.run(tmp.resolve("store2"), tmp.resolve("corrupt.json"), copy);
        assertEquals(41, run.report().disclosures().size());
        assertEquals(1, run.report().rejected().size());
        Report.Rejected bad = run.report().rejected().get(0);
        assertEquals(copy.resolve("R5.htm").toString(), bad.source());
        assertTrue(bad.message().startsWith(copy.resolve("R5.htm") + ":"), bad.message());
        Report.FilingReport filing = run.report().filings().get(0);
        assertEquals(1, filing.rejected().size());
        assertEquals(copy.resolve("R5.htm").toString(), filing.rejected().get(0).file());
        assertEquals(2, run.report().exitCode());
    }

}
