package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.RemoteStore;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.FusekiProcess;
import org.xbrllinker.testing.Shared;

/**
 * {@code --store http://host:port/ds}: the same inputs linked into the embedded TDB2 store and into Jena's own Fuseki
 * server running as a separate process give the same report, the same query answers and the same check re-runs.
 */
class RemoteStoreTest {

    static final Path APPLE = Shared.data().resolve("filings/aapl-0000320193-25-000057");

    @TempDir
    static Path tmp;

    static FusekiProcess fuseki;
    static Path tamperedSeed;
    static CliTest.Result embeddedLink;
    static CliTest.Result remoteLink;

    @BeforeAll
    static void linkIntoBoth() throws Exception {
        fuseki = FusekiProcess.start(Files.createDirectories(tmp.resolve("fuseki")));
        // the seed with one calculation made to fail, and a whole filing (pages, instance, filing checks)
        String seed = Files.readString(Shared.seed(), StandardCharsets.UTF_8);
        tamperedSeed = Files.writeString(tmp.resolve("seed.txt"),
                seed.replace(CliTest.SEED_NET_2021, CliTest.TAMPERED_NET_2021), StandardCharsets.UTF_8);
        embeddedLink = CliTest.cli("link", tamperedSeed.toString(), APPLE.toString(),
                "--store", tmp.resolve("tdb2").toString(), "--report", tmp.resolve("embedded.json").toString());
        remoteLink = CliTest.cli("link", tamperedSeed.toString(), APPLE.toString(),
                "--store", fuseki.dataset(), "--report", tmp.resolve("remote.json").toString());
    }

    @AfterAll
    static void stopFuseki() {
        FusekiProcess.stop(fuseki);
    }

    @Test
    void linkingIntoFusekiGivesTheEmbeddedReport() throws Exception {
        assertEquals(1, embeddedLink.exit(), embeddedLink.out() + embeddedLink.err());
        assertEquals(1, remoteLink.exit(), remoteLink.out() + remoteLink.err() + "\n" + fuseki.log());
        Report embedded = ReportJson.read(tmp.resolve("embedded.json"));
        Report remote = ReportJson.read(tmp.resolve("remote.json"));
        // what makes the comparison worth something: 43 disclosures, the filing, passing and failing findings
        assertEquals(43, embedded.summary().disclosures());
        assertEquals(1, embedded.filings().size());
        assertEquals(1, embedded.summary().failedErrors(), embedded.summary().toString());
        assertTrue(embedded.findings().size() > 1000, embedded.summary().toString());
        assertEquals(embedded.summary(), remote.summary());
        assertEquals(embedded.disclosures(), remote.disclosures());
        assertEquals(embedded.filings(), remote.filings());
        assertEquals(embedded.rejected(), remote.rejected());
        // the same findings; findings that tie on the report query's ORDER BY may come in another order
        List<String> e = embedded.findings().stream().map(Report.FindingReport::toString).sorted().toList();
        List<String> r = remote.findings().stream().map(Report.FindingReport::toString).sorted().toList();
        List<String> onlyEmbedded = e.stream().filter(f -> !r.contains(f)).limit(3).toList();
        List<String> onlyRemote = r.stream().filter(f -> !e.contains(f)).limit(3).toList();
        assertEquals(List.of(), onlyEmbedded, "only embedded; only remote: " + onlyRemote);
        assertEquals(e, r);
        // the printed report too, but for the report file's name (reference-roles sorts its citations, so the engines agree)
        assertEquals(printed(embeddedLink.out(), tmp.resolve("embedded.json")),
                printed(remoteLink.out(), tmp.resolve("remote.json")));
    }

    static List<String> printed(String out, Path report) {
        // the job repository differs by design: the store's folder, or a local folder for a remote store
        return out.replace(report.toString(), "REPORT").lines().filter(l -> !l.startsWith("Job execution: "))
                .sorted().toList();
    }

    @Test
    void theServerHoldsTheSameQuads() {
        long embedded;
        try (XbrlStore s = XbrlStore.open(tmp.resolve("tdb2"))) {
            embedded = s.size();
        }
        try (RemoteStore s = RemoteStore.connect(fuseki.dataset())) {
            assertTrue(embedded > 10_000, "quads: " + embedded);
            assertEquals(embedded, s.size());
            assertTrue(s.graphs().size() > 86, s.graphs().toString());
        }
    }

    @Test
    void queriesOverTheDefaultGraphSeeTheUnionOnBoth() {
        // no GRAPH pattern: the embedded store's union default graph, the server's FROM/FROM NAMED per graph
        String facts = "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> "
                + "SELECT ?concept (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a xlk:Fact ; xlk:concept/xlk:qname ?concept } "
                + "GROUP BY ?concept ORDER BY DESC(?n) ?concept LIMIT 15";
        CliTest.Result embedded = CliTest.cli("query", facts, "--store", tmp.resolve("tdb2").toString());
        CliTest.Result remote = CliTest.cli("query", facts, "--store", fuseki.dataset());
        assertEquals(0, remote.exit(), remote.err());
        assertEquals(15, remote.out().lines().filter(l -> l.startsWith("| \"")).count(), remote.out());
        assertEquals(embedded.out(), remote.out());

        String ask = "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> ASK { ?d a xlk:Disclosure ; xlk:lineItem ?li }";
        assertEquals("true", CliTest.cli("query", ask, "--store", fuseki.dataset()).out().strip());
    }

    @Test
    void checkReRunsOnTheServerAsOnTheEmbeddedStore() throws Exception {
        CliTest.Result embedded = CliTest.cli("check", "calculation", "--store", tmp.resolve("tdb2").toString(),
                "--report", tmp.resolve("check-embedded.json").toString());
        CliTest.Result remote = CliTest.cli("check", "calculation", "--store", fuseki.dataset(),
                "--report", tmp.resolve("check-remote.json").toString());
        assertEquals(1, embedded.exit(), embedded.out() + embedded.err());
        assertEquals(1, remote.exit(), remote.out() + remote.err());
        Report e = ReportJson.read(tmp.resolve("check-embedded.json"));
        Report r = ReportJson.read(tmp.resolve("check-remote.json"));
        assertEquals(1, r.summary().failedErrors());
        assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("2,047,560 computed, 2,047,650 reported")),
                r.summary().toString());
        assertEquals(e.summary(), r.summary());
        assertEquals(e.findings().stream().map(Report.FindingReport::toString).sorted().toList(),
                r.findings().stream().map(Report.FindingReport::toString).sorted().toList());
    }

    @Test
    void onlyQueriesThatReadTheDefaultGraphAreRewritten() {
        var graphOnly = org.apache.jena.query.QueryFactory.create("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }");
        var defaultGraph = org.apache.jena.query.QueryFactory.create("SELECT * WHERE { ?s ?p ?o }");
        var path = org.apache.jena.query.QueryFactory.create("SELECT * WHERE { GRAPH ?g { ?s ?p ?x } ?x <urn:p>/<urn:q> ?o }");
        var exists = org.apache.jena.query.QueryFactory.create(
                "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } FILTER EXISTS { ?o ?q ?r } }");
        assertEquals(List.of(false, true, true, true), List.of(RemoteStore.readsDefaultGraph(graphOnly),
                RemoteStore.readsDefaultGraph(defaultGraph), RemoteStore.readsDefaultGraph(path),
                RemoteStore.readsDefaultGraph(exists)));
    }
}
