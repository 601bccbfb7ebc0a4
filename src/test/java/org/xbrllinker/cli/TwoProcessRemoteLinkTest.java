package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xbrllinker.testing.CliProcesses.drained;
import static org.xbrllinker.testing.CliProcesses.exit;
import static org.xbrllinker.testing.CliProcesses.lines;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.CliProcesses;
import org.xbrllinker.testing.FusekiProcess;
import org.xbrllinker.testing.RPages;
import org.xbrllinker.testing.Shared;

/**
 * Two {@code link} processes at once, on disjoint inputs, into one Fuseki-served TDB2 dataset: the seed in one, two real
 * R pages in the other, each process in a folder of its own (its job repository, its report). Both end with exit 0,
 * each report names its own disclosures only, the dataset holds the disclosure and findings graphs of both, and what
 * they hold — facts per disclosure, triples per graph, the reports' disclosures and findings — is what one process
 * linking all three inputs into a TDB2 folder gives.
 */
class TwoProcessRemoteLinkTest {

    static final Path SEED = Shared.seed();
    static final List<Path> PAGES = List.of(RPages.misc("adi_2019_R2.htm"), RPages.misc("att-R3.htm"));
    static final Iris IRIS = Iris.defaults();

    static final Query GRAPHS = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }");
    static final Query TRIPLES = QueryFactory.create(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
    static final Query FACTS = QueryFactory.create("PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> "
            + "SELECT ?g (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g { ?f a xlk:Fact } } GROUP BY ?g");

    @TempDir
    static Path tmp;

    static FusekiProcess fuseki;
    static Linked seedRun;
    static Linked pagesRun;
    static CliTest.Result singleRun;

    /** One link process: its exit code, what it printed, its report. */
    record Linked(int exit, String output, Report report) {
    }

    @BeforeAll
    static void linkAtOnceAndAlone() throws Exception {
        fuseki = FusekiProcess.startTdb2(Files.createDirectories(tmp.resolve("fuseki")));
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        List<String> pageArgs = new ArrayList<>(List.of("link"));
        PAGES.forEach(p -> pageArgs.add(p.toString()));
        pageArgs.addAll(List.of("--store", fuseki.dataset(), "--report", b.resolve("report.json").toString(), "--quiet"));
        // both started before either is waited on: their link, check and report steps overlap on the server
        Process seedLink = CliProcesses.start(a, "link", "link", SEED.toString(), "--store", fuseki.dataset(),
                "--report", a.resolve("report.json").toString(), "--quiet");
        Process pagesLink = CliProcesses.start(b, "link", pageArgs.toArray(String[]::new));
        BlockingQueue<String> seedErr = lines(seedLink);
        BlockingQueue<String> pagesErr = lines(pagesLink);
        seedRun = finished(a, exit(seedLink, seedErr), seedErr);
        pagesRun = finished(b, exit(pagesLink, pagesErr), pagesErr);

        // the reference: one process, all three inputs, an embedded TDB2 store
        List<String> all = new ArrayList<>(List.of("link", SEED.toString()));
        PAGES.forEach(p -> all.add(p.toString()));
        all.addAll(List.of("--store", tmp.resolve("single").toString(), "--report",
                tmp.resolve("single.json").toString(), "--quiet"));
        singleRun = CliTest.cli(all.toArray(String[]::new));
    }

    private static Linked finished(Path dir, int exit, BlockingQueue<String> err) throws Exception {
        String output = Files.readString(dir.resolve("link.out"), StandardCharsets.UTF_8) + "\n"
                + String.join("\n", drained(err));
        Path report = dir.resolve("report.json");
        return new Linked(exit, output, Files.exists(report) ? ReportJson.read(report) : null);
    }

    @AfterAll
    static void stopFuseki() {
        FusekiProcess.stop(fuseki);
    }

    @Test
    void bothProcessesEndWellAndEachReportsItsOwnDisclosures() {
        assertEquals(0, seedRun.exit(), seedRun.output() + "\n" + fuseki.log());
        assertEquals(0, pagesRun.exit(), pagesRun.output() + "\n" + fuseki.log());
        assertEquals(List.of(IRIS.disclosureGraph(source(SEED))), graphsOf(seedRun.report()));
        assertEquals(PAGES.stream().map(p -> IRIS.disclosureGraph(source(p))).sorted().toList(),
                graphsOf(pagesRun.report()));
        // each run's findings are about its own disclosures
        assertTrue(seedRun.report().findings().size() > 10, seedRun.report().summary().toString());
        assertTrue(pagesRun.report().findings().size() > 10, pagesRun.report().summary().toString());
        for (Report r : List.of(seedRun.report(), pagesRun.report())) {
            assertEquals(new TreeSet<>(r.disclosures().stream().map(Report.DisclosureReport::source).toList()),
                    new TreeSet<>(r.findings().stream().map(Report.FindingReport::disclosure).toList()));
        }
        assertEquals(List.of(), seedRun.report().rejected());
        assertEquals(List.of(), pagesRun.report().rejected());
    }

    @Test
    void theDatasetHoldsTheGraphsOfBothProcesses() {
        // the ontology, and the periods, units and dimension values both runs name, each described once
        Set<String> expected = new TreeSet<>(Set.of(IRIS.ontologyGraph(), org.xbrllinker.rdf.RdfMapper.contextsGraph(IRIS)));
        for (Path input : Stream.concat(Stream.of(SEED), PAGES.stream()).toList()) {
            expected.add(IRIS.disclosureGraph(source(input)));
            expected.add(IRIS.findingsGraph(source(input)));
        }
        Set<String> held = new TreeSet<>();
        Set<String> taxonomies = new TreeSet<>();
        served(GRAPHS).forEach(row -> {
            String g = row.getResource("g").getURI();
            (IRIS.isTaxonomyGraph(g) ? taxonomies : held).add(g);
        });
        assertEquals(expected, held);
        // the taxonomies both runs used, each written once by whichever run needed it first
        assertTrue(taxonomies.contains(IRIS.taxonomyGraph("http://fasb.org/us-gaap/2021-01-31")), taxonomies.toString());
    }

    @Test
    void whatTheyWroteIsWhatOneProcessWritesAlone() throws Exception {
        assertEquals(0, singleRun.exit(), singleRun.out() + singleRun.err());
        Map<String, Long> servedFacts = counts(served(FACTS));
        Map<String, Long> servedTriples = counts(served(TRIPLES));
        Map<String, Long> singleFacts;
        Map<String, Long> singleTriples;
        try (XbrlStore single = XbrlStore.open(tmp.resolve("single"))) {
            singleFacts = counts(single.selectAll(FACTS));
            singleTriples = counts(single.selectAll(TRIPLES));
        }
        // 19 facts of the seed, and facts of both pages: each disclosure graph counted on both sides
        assertEquals(3, singleFacts.size(), singleFacts.toString());
        assertEquals(19L, singleFacts.get(IRIS.disclosureGraph(source(SEED))), singleFacts.toString());
        assertTrue(singleFacts.values().stream().allMatch(n -> n > 0), singleFacts.toString());
        assertEquals(singleFacts, servedFacts);
        assertEquals(singleTriples, servedTriples);

        // and the two reports together are the single run's
        Report single = ReportJson.read(tmp.resolve("single.json"));
        List<Report.DisclosureReport> together = new ArrayList<>(seedRun.report().disclosures());
        together.addAll(pagesRun.report().disclosures());
        assertEquals(sorted(single.disclosures(), Report.DisclosureReport::graph),
                sorted(together, Report.DisclosureReport::graph));
        List<String> findings = new ArrayList<>();
        Stream.of(seedRun, pagesRun).forEach(r -> r.report().findings().forEach(f -> findings.add(f.toString())));
        assertEquals(single.findings().stream().map(Report.FindingReport::toString).sorted().toList(),
                findings.stream().sorted().toList());
        Report.Summary s = seedRun.report().summary();
        Report.Summary p = pagesRun.report().summary();
        assertEquals(single.summary().facts(), s.facts() + p.facts());
        assertEquals(single.summary().lineItems(), s.lineItems() + p.lineItems());
    }

    /** An input's source, as the writer names it: its file name. */
    /** The source an input's IRIs are minted from: the file itself (its name and content hash make the key). */
    private static String source(Path input) {
        return input.toString();
    }

    private static List<String> graphsOf(Report report) {
        return report.disclosures().stream().map(Report.DisclosureReport::graph).sorted().toList();
    }

    /** A SELECT sent to the dataset's SPARQL query endpoint, as any SPARQL client sends it. */
    private static List<QuerySolution> served(Query query) {
        try (var qe = QueryExecutionHTTP.service(fuseki.dataset() + "/query").query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static Map<String, Long> counts(List<QuerySolution> rows) {
        Map<String, Long> out = new TreeMap<>();
        rows.forEach(row -> out.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        return out;
    }

    private static <T> List<T> sorted(List<T> list, java.util.function.Function<T, String> key) {
        return list.stream().sorted(Comparator.comparing(key)).toList();
    }
}
