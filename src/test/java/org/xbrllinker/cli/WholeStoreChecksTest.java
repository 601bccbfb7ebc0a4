package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.query.QuerySolution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.bench.CorpusGenerator;
import org.xbrllinker.check.Check;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.check.Finding;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XLK;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.testing.RPages;
import org.xbrllinker.testing.Shared;

/**
 * The check runner's whole-store pass (each check queried once, its rows dealt out by graph) finds exactly what one
 * query per graph finds, in the same order, on a corpus of real pages with planted errors.
 */
class WholeStoreChecksTest {

    @TempDir
    Path tmp;

    /** A store with 16 linked corpus pages, a quarter of them with a planted error. */
    private XbrlStore linkedCorpus() throws Exception {
        List<CorpusGenerator.Entry> entries = new CorpusGenerator(Shared.seed(), RPages.apple("R38.htm").getParent())
                .generate(16, 0.25, 11, tmp.resolve("corpus"));
        List<String> args = new ArrayList<>(List.of("link"));
        entries.forEach(e -> args.add(tmp.resolve("corpus").resolve(e.file()).toString()));
        Path store = tmp.resolve("store");
        args.addAll(List.of("--store", store.toString(), "--quiet"));
        CliTest.Result linked = CliTest.cli(args.toArray(String[]::new));
        assertEquals(1, linked.exit(), "planted errors fail the run: " + linked.out() + linked.err());
        return XbrlStore.open(store);
    }

    @Test
    void oneQueryPerCheckFindsWhatOneQueryPerGraphFinds() throws Exception {
        XbrlStore s = linkedCorpus();
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        CheckRunner runner = new CheckRunner(CheckCatalogue.load(List.of()), iris);
        List<String> graphs = runner.storedGraphs(s).stream().filter(g -> g.scope().equals(Check.DISCLOSURE))
                .map(CheckRunner.StoredGraph::graph).toList();
        assertEquals(16, graphs.size());

        List<Finding> whole = runner.run(s, graphs, Check.DISCLOSURE);
        List<Finding> oneByOne = runner.runGraphByGraph(s, graphs, Check.DISCLOSURE);
        assertTrue(whole.size() > 16 * 10, "findings: " + whole.size());
        assertTrue(whole.stream().anyMatch(f -> f.failedError()), "the planted errors are found");
        assertEquals(oneByOne, whole);

        // a few graphs of many: one query each, the same findings for them
        List<String> two = graphs.subList(0, 2);
        assertEquals(runner.runGraphByGraph(s, two, Check.DISCLOSURE), runner.run(s, two, Check.DISCLOSURE));
    }

    /**
     * Stored check by check in batches of 7 findings, the findings graphs hold exactly what one query per graph finds
     * (findings with the same IRI are one), and the tally counts them; re-running one check keeps the others'.
     */
    @Test
    void findingsStoredCheckByCheckInBatchesAreWhatOneQueryPerGraphFinds() throws Exception {
        XbrlStore s = linkedCorpus();
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        CheckCatalogue catalogue = CheckCatalogue.load(List.of());
        CheckRunner runner = new CheckRunner(catalogue, iris, 7);
        List<String> graphs = runner.storedGraphs(s).stream().filter(g -> g.scope().equals(Check.DISCLOSURE))
                .map(CheckRunner.StoredGraph::graph).toList();
        List<Finding> expected = runner.runGraphByGraph(s, graphs, Check.DISCLOSURE);
        Set<String> expectedKeys = new TreeSet<>();
        expected.forEach(f -> expectedKeys.add(key(iris.findingsGraphOf(f.disclosureGraph()), f.check(), f.status(),
                f.message(), runner.findingIri(f))));

        String first = iris.findingsGraphOf(graphs.get(0));
        s.addToGraphs(Map.of(first, stale("urn:x:stale-of-a-removed-check", "removed-check")));
        CheckRunner.Tally tally = runner.runAndStore(s, graphs, List.of());
        assertEquals(expected.size(), tally.findings());
        assertEquals(expected.stream().filter(Finding::failedError).count(), tally.failedErrors());
        assertTrue(tally.failedErrors() > 0, "the planted errors fail");
        assertEquals(expected.stream().filter(f -> f.failed() && "warning".equals(f.severity())).count(),
                tally.failedWarnings());
        assertTrue(expected.size() > 7 * 10, "many batches: " + expected.size());
        assertEquals(expectedKeys, storedKeys(s));

        // one check again: its findings are replaced, the other checks' stay
        s.addToGraphs(Map.of(first, stale("urn:x:stale-calculation", "calculation")));
        s.addToGraphs(Map.of(first, stale("urn:x:other-check", "removed-check")));
        CheckRunner one = new CheckRunner(catalogue.select(List.of("calculation")), iris, 3);
        CheckRunner.Tally again = one.runAndUpdate(s, graphs, List.of());
        assertEquals(expected.stream().filter(f -> f.check().equals("calculation")).count(), again.findings());
        expectedKeys.add(key(first, "removed-check", "fail", "stale", "urn:x:other-check"));
        assertEquals(expectedKeys, storedKeys(s));
    }

    /** A finding as a check of that id would have stored it in an earlier run. */
    private static Model stale(String iri, String check) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri, XLK.Finding).addProperty(XLK.checkId, check).addProperty(XLK.status, "fail")
                .addProperty(XLK.message, "stale");
        return m;
    }

    private static String key(String findingsGraph, String check, String status, String message, String iri) {
        return findingsGraph + " | " + check + " | " + status + " | " + message + " | " + iri;
    }

    private static Set<String> storedKeys(XbrlStore s) {
        Set<String> keys = new TreeSet<>();
        for (QuerySolution row : s.selectAll(QueryFactory.create("""
                PREFIX xlk: <https://w3id.org/xbrl-linker/ns#>
                SELECT ?fg ?f ?check ?status ?message WHERE {
                  GRAPH ?fg { ?f a xlk:Finding ; xlk:checkId ?check ; xlk:status ?status ; xlk:message ?message }
                }"""))) {
            keys.add(key(row.getResource("fg").getURI(), row.getLiteral("check").getString(),
                    row.getLiteral("status").getString(), row.getLiteral("message").getString(),
                    row.getResource("f").getURI()));
        }
        return keys;
    }
}
