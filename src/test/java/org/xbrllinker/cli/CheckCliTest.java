package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xbrllinker.cli.CliTest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.cli.CliTest.Result;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/** {@code checks} and {@code check}: a steward lists the catalogue and re-runs checks over a linked store. */
class CheckCliTest {

    /** A steward's own check: line items linked with a confidence below 0.5 are worth a second look (row 1, 0.47). */
    static final String LOW_CONFIDENCE = """
            # id: steward.low-confidence
            # severity: warning
            # description: line items linked with a confidence below 0.5
            # message: row {row} "{label}" is linked with confidence {confidence}
            PREFIX xlk:  <https://w3id.org/xbrl-linker/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?g ?status ?row ?label ?confidence (STR(?li) AS ?subjects)
            WHERE {
              GRAPH ?g { ?d a xlk:Disclosure ; xlk:lineItem ?li .
                         ?li xlk:rowNumber ?row ; rdfs:label ?label ; xlk:confidence ?confidence }
              BIND(IF(?confidence < 0.5, "fail", "pass") AS ?status)
            }
            ORDER BY ?row
            """;

    @TempDir
    Path tmp;

    private Path linkedSeed() {
        Path store = tmp.resolve("store");
        Result link = cli("link", Shared.seed().toString(), "--store", store.toString(), "--quiet");
        assertEquals(0, link.exit(), link.out() + link.err());
        return store;
    }

    @Test
    void checksListsTheThirteenBundledChecksWithScopeAndSeverity() {
        Result r = cli("checks");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().skip(1).filter(l -> l.startsWith("  ")).toList();
        assertEquals(13, rows.size(), r.out());
        for (String line : List.of("calculation  ", "calculation.arc-balance ", "calculation.instance ", "continuity ", "duplicate ",
                "duplicate.instance ", "roll-forward ", "roll-forward.instance ", "cross-reference.unknown-role ",
                "cross-reference.extension-without-reference ", "cross-reference.label-contradicts-concept ",
                "cross-reference.page-reference-role ", "cross-reference.reference-roles ")) {
            assertTrue(rows.stream().anyMatch(l -> l.startsWith("  " + line)), line + " in\n" + r.out());
        }
        assertTrue(rows.stream().anyMatch(l -> l.matches("  calculation\\.instance +filing +error +Calculations 1\\.1.*")),
                r.out());
        assertTrue(rows.stream().anyMatch(l -> l.matches("  roll-forward +disclosure +error .*")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.matches("  cross-reference\\.unknown-role +disclosure +warning .*")),
                r.out());
        assertTrue(rows.stream().anyMatch(l -> l.matches("  cross-reference\\.reference-roles +disclosure +info .*")),
                r.out());
        assertTrue(rows.stream().anyMatch(l -> l.matches("  calculation\\.arc-balance +filing +error .*")), r.out());
        assertTrue(r.out().contains("13 check(s)"), r.out());
    }

    @Test
    void checkRollForwardPrintsTheThreeRollForwardsAndExitsZero() throws Exception {
        Path store = linkedSeed();
        String othersQuery = "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> SELECT (COUNT(DISTINCT ?f) AS ?n) "
                + "WHERE { ?f a xlk:Finding ; xlk:checkId ?c FILTER(?c != \"roll-forward\") }";
        String others = cli("query", othersQuery, "--store", store.toString()).out();
        Path json = tmp.resolve("roll-forward.json");
        Result r = cli("check", "roll-forward", "--store", store.toString(), "--report", json.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        List<String> findings = r.out().lines().filter(l -> l.startsWith("  PASS") || l.startsWith("  FAIL")).toList();
        assertEquals(3, findings.size(), r.out());
        assertTrue(findings.stream().allMatch(l -> l.startsWith("  PASS error   roll-forward ")), r.out());
        assertTrue(r.out().contains("2021-01-01/2021-12-31: 1,121,115 + 391,189 \u2212 86,170 + 49,849 = 1,475,983 "
                + "computed, 1,475,983 reported"), r.out());
        assertTrue(r.out().contains("2 check(s) on 1 disclosure(s) and 0 filing(s)"), r.out());
        assertTrue(r.out().contains("3 finding(s): 0 error(s) and 0 warning(s) failed"), r.out());

        Report report = ReportJson.read(json);
        assertEquals(3, report.findings().size());
        // check knows the disclosure by what the store publishes of its path: never an absolute one
        assertEquals(org.xbrllinker.rdf.Identity.published(Shared.seed().toString()), report.findings().get(0).disclosure());
        assertEquals("000_c342e9fcd42f2d70.txt", report.findings().get(0).disclosure());
        assertEquals(10, report.disclosures().get(0).lineItems().size());

        // re-running one family keeps the other checks' findings in the store
        assertFalse(others.contains("| 0 |"), others);
        assertEquals(others, cli("query", othersQuery, "--store", store.toString()).out());
    }

    @Test
    void aTamperedCalculationExitsOneWithItsNumbers() throws Exception {
        Path tampered = tmp.resolve("tampered.txt");
        Files.writeString(tampered, Files.readString(Shared.seed()).replace("2,047,560", "2,047,650"));
        Path store = tmp.resolve("tampered-store");
        assertEquals(1, cli("link", tampered.toString(), "--store", store.toString(), "--quiet").exit());
        Result r = cli("check", "calculation", "--store", store.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL error   calculation"), r.out());
        assertTrue(r.out().contains("2,047,560 computed, 2,047,650 reported"), r.out());
    }

    /** reference-roles joins a concept's citations in their own order, not the store's: the same in every store. */
    @Test
    void referenceRolesListsTheCitationsInOrder() {
        Path store = linkedSeed();
        Result r = cli("check", "cross-reference.reference-roles", "--store", store.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("row 4 \"Accounts receivable, net\" us-gaap:AccountsReceivableNetCurrent: 4 "
                + "reference(s) disclosureRef 210-10-S99-1; disclosureRef 310-10-45-2; disclosureRef 310-10-45-9; "
                + "exampleRef 210-10-45-1"), r.out());
    }

    @Test
    void aStewardsFolderAddsACheckWhoseFindingsAppear() throws Exception {
        Path store = linkedSeed();
        Path folder = Files.createDirectory(tmp.resolve("steward"));
        Files.writeString(folder.resolve("low-confidence.rq"), LOW_CONFIDENCE);

        Result list = cli("checks", "--checks", folder.toString());
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("  steward\\.low-confidence +disclosure +warning +line items.*")),
                list.out());
        assertTrue(list.out().contains("14 check(s)"), list.out());

        Result r = cli("check", "steward", "--checks", folder.toString(), "--store", store.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL warning steward.low-confidence"), r.out());
        assertTrue(r.out().contains("row 1 \"Accounts Receivable [Abstract]\" is linked with confidence 0.47"), r.out());
        assertTrue(r.out().contains("1 warning(s) failed"), r.out());

        // all checks: the bundled ones and the steward's, exit 0 (only warnings fail on the seed)
        Result every = cli("check", "--checks", folder.toString(), "--store", store.toString());
        assertEquals(0, every.exit(), every.out() + every.err());
        assertTrue(every.out().contains("14 check(s) on 1 disclosure(s)"), every.out());
        assertTrue(every.out().contains("PASS error   calculation"), every.out());
        assertTrue(every.out().contains("FAIL warning steward.low-confidence"), every.out());
    }

    @Test
    void anUnknownIdOrABrokenCheckExitsTwoNamingIt() throws Exception {
        Path store = linkedSeed();
        Result unknown = cli("check", "roll-forward", "no-such-check", "--store", store.toString());
        assertEquals(2, unknown.exit(), unknown.out() + unknown.err());
        assertTrue(unknown.err().contains("no-such-check"), unknown.err());
        assertFalse(unknown.err().contains("roll-forward"), unknown.err());

        Path folder = Files.createDirectory(tmp.resolve("broken"));
        Files.writeString(folder.resolve("typo.rq"), """
                # id: steward.typo
                # severity: error
                # message: oops
                SELECT ?g ?status WHERE {
                  ?s ?p ?o
                """);
        Result broken = cli("check", "--checks", folder.toString(), "--store", store.toString());
        assertEquals(2, broken.exit(), broken.out() + broken.err());
        assertTrue(broken.err().contains("typo.rq:"), broken.err());
        Result listed = cli("checks", "--checks", folder.toString());
        assertEquals(2, listed.exit(), listed.out() + listed.err());
        assertTrue(listed.err().matches("(?s)xbrl-linker: .*typo\\.rq:\\d+: .*"), listed.err());
        Result linked = cli("link", Shared.seed().toString(), "--checks", folder.toString(), "--store", store.toString());
        assertEquals(2, linked.exit(), linked.out() + linked.err());
        assertTrue(linked.err().contains("typo.rq:"), linked.err());

        assertEquals(2, cli("check", "--store", tmp.resolve("no-store").toString()).exit());
    }
}
