package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/** The command line as a user runs it: exit codes, the printed report, the JSON report, and queries. */
class CliTest {

    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
    }

    static synchronized Result cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The seed linked through the command line into a store in {@code dir}, opened. */
    static org.xbrllinker.rdf.XbrlStore linkedSeed(Path dir) {
        Result linked = cli("link", Shared.seed().toString(), "--store", dir.toString(), "--quiet");
        assertEquals(0, linked.exit(), linked.out() + linked.err());
        return org.xbrllinker.rdf.XbrlStore.open(dir);
    }

    /** What {@link #linkedTamperedSeed} changes in the seed: the 2021 net receivables, 90 more than the sum. */
    static final String SEED_NET_2021 = "2,047,560";
    static final String TAMPERED_NET_2021 = "2,047,650";

    /**
     * A copy of the seed whose 2021 net receivables read 2,047,650 instead of 2,047,560 (so the calculation
     * 3,523,543 − 1,475,983 = 2,047,560 fails by 90), linked into {@code dir/store} (exit 1), opened.
     */
    static org.xbrllinker.rdf.XbrlStore linkedTamperedSeed(Path dir) throws java.io.IOException {
        String seed = Files.readString(Shared.seed(), StandardCharsets.UTF_8);
        assertEquals(1, seed.split(SEED_NET_2021, -1).length - 1, "the seed shows " + SEED_NET_2021 + " once");
        Path copy = Files.createDirectories(dir).resolve(Shared.seed().getFileName());
        Files.writeString(copy, seed.replace(SEED_NET_2021, TAMPERED_NET_2021), StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        Result linked = cli("link", copy.toString(), "--store", store.toString(), "--quiet");
        assertEquals(1, linked.exit(), linked.out() + linked.err());
        return org.xbrllinker.rdf.XbrlStore.open(store);
    }

    @Test
    void linkPrintsTheReportWritesJsonAndExitsZero() throws Exception {
        Path store = tmp.resolve("store");
        Path json = tmp.resolve("seed.json");
        Result r = cli("link", Shared.seed().toString(), "--store", store.toString(), "--report", json.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("us-gaap:AllowanceForDoubtfulAccountsReceivableRecoveries"), r.out());
        assertTrue(r.out().contains("2021-12-31: 3,523,543; 2020-12-31: 1,584,448"), r.out());
        assertTrue(r.out().contains("PASS error   calculation"), r.out());
        assertTrue(r.out().contains("FAIL warning cross-reference.extension-without-reference"), r.out());
        assertTrue(r.out().contains("1 disclosure(s), 10 line item(s), 19 fact(s)"), r.out());
        // not a terminal: no progress bar (its bar, rate and ETA) in what the command printed
        for (String bar : new String[] {"│", "█", " inputs/s", "ETA", "facts]"}) {
            assertFalse(r.out().contains(bar) || r.err().contains(bar), bar + " in: " + r.out() + r.err());
        }
        Report report = ReportJson.read(json);
        assertEquals("us-gaap:AccountsReceivableGrossCurrent", report.disclosures().get(0).lineItems().get(1).concept());
        assertEquals(Shared.seed().toString(), report.disclosures().get(0).source());

        Result q = cli("query", "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> "
                + "SELECT (COUNT(DISTINCT ?f) AS ?facts) WHERE { ?f a xlk:Fact }", "--store", store.toString());
        assertEquals(0, q.exit(), q.err());
        assertTrue(q.out().contains("| 19    |"), q.out());
    }

    @Test
    void aQueryFileListsTheNineteenFacts() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, cli("link", Shared.seed().toString(), "--store", store.toString()).exit());
        Path rq = Files.writeString(tmp.resolve("facts.rq"), """
                PREFIX xlk:  <https://w3id.org/xbrl-linker/ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?concept ?period ?value
                WHERE { ?f a xlk:Fact ; xlk:concept/xlk:qname ?concept ; xlk:period/rdfs:label ?period ; xlk:value ?value }
                ORDER BY ?concept ?period
                """);
        Result q = cli("query", rq.toString(), "--store", store.toString());
        assertEquals(0, q.exit(), q.err());
        long rows = q.out().lines().filter(l -> l.startsWith("| \"")).count();
        assertEquals(19, rows, q.out());
        assertTrue(q.out().lines().anyMatch(l -> l.contains("\"ext:ForeignExchange\"")
                && l.contains("\"2019-01-01/2019-12-31\"") && l.contains("| -20817.0 ")), q.out());
    }

    @Test
    void aFailedCalculationExitsOne() throws Exception {
        Path tampered = tmp.resolve("tampered.txt");
        Files.writeString(tampered, Files.readString(Shared.seed()).replace("2,047,560", "2,047,650"));
        Result r = cli("link", tampered.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("2,047,560 computed, 2,047,650 reported"), r.out());
    }

    @Test
    void badInputOrUsageExitsTwoAndNamesTheFile() throws Exception {
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
        Result r = cli("link", binary.toString(), Shared.seed().toString(), "--store", tmp.resolve("store").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(binary + ":1:"), r.err());
        assertTrue(r.out().contains("1 disclosure(s), 10 line item(s)"), r.out());

        assertEquals(2, cli("link").exit());
        assertEquals(2, cli("link", "--no-such-option", Shared.seed().toString()).exit());
        assertEquals(2, cli("query", "SELECT WHERE {", "--store", tmp.resolve("store").toString()).exit());

        // a file where the store folder should be: usage exit 2 naming it, no stack trace (it used to exit 1 with one)
        Path file = Files.writeString(tmp.resolve("not-a-store"), "x");
        Result f = cli("link", Shared.seed().toString(), "--store", file.toString());
        assertEquals(2, f.exit(), f.out() + f.err());
        assertTrue(f.err().contains("xbrl-linker: " + file + " cannot hold a store: cannot make its job repository folder "
                + file.resolve("job-repository") + " (Not a directory)"), f.err());
        assertFalse(f.err().contains("\tat "), f.err());
        assertEquals("x", Files.readString(file), "the file is left as it was");
    }

    @Test
    void quietReadsOnlyTheSummaryYetPrintsTheSameLineRejectionsAndExitCode() throws Exception {
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
        Result full = cli("link", binary.toString(), Shared.seed().toString(), "--store", tmp.resolve("full").toString());
        Result quiet = cli("link", binary.toString(), Shared.seed().toString(), "--store",
                tmp.resolve("quiet").toString(), "--quiet");
        assertEquals(2, full.exit(), full.out() + full.err());
        assertEquals(2, quiet.exit(), quiet.out() + quiet.err());
        // the quiet run prints the full run's last three lines (summary, report, execution) and nothing before them
        java.util.List<String> tail = full.out().replace(tmp.resolve("full").toString(), "STORE").lines().toList();
        assertEquals(tail.subList(tail.size() - 3, tail.size()),
                quiet.out().replace(tmp.resolve("quiet").toString(), "STORE").lines().toList());
        assertEquals("1 disclosure(s), 10 line item(s), 19 fact(s); 31 finding(s): 0 error(s) and 2 warning(s) failed; "
                + "1 input(s) rejected", quiet.out().lines().findFirst().orElseThrow());
        // the first run in this JVM also logs JBeret's and Weld's start on stderr: compare the command's own lines
        assertEquals(full.err().lines().filter(l -> l.startsWith("xbrl-linker:")).toList(),
                quiet.err().lines().filter(l -> l.startsWith("xbrl-linker:")).toList());
        assertTrue(quiet.err().contains(binary + ":1:"), quiet.err());

        Path tampered = Files.writeString(tmp.resolve("tampered.txt"),
                Files.readString(Shared.seed()).replace("2,047,560", "2,047,650"));
        Result failed = cli("link", tampered.toString(), "--store", tmp.resolve("tampered").toString(), "--quiet");
        assertEquals(1, failed.exit(), failed.out() + failed.err());
        assertTrue(failed.out().startsWith("1 disclosure(s), 10 line item(s), 19 fact(s); 31 finding(s): 1 error(s)"),
                failed.out());
    }
}
