package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.bench.CorpusGenerator;
import org.xbrllinker.check.Check;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.check.Finding;
import org.xbrllinker.rdf.Iris;
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

    @Test
    void oneQueryPerCheckFindsWhatOneQueryPerGraphFinds() throws Exception {
        List<CorpusGenerator.Entry> entries = new CorpusGenerator(Shared.seed(), RPages.apple("R38.htm").getParent())
                .generate(16, 0.25, 11, tmp.resolve("corpus"));
        List<String> args = new ArrayList<>(List.of("link"));
        entries.forEach(e -> args.add(tmp.resolve("corpus").resolve(e.file()).toString()));
        Path store = tmp.resolve("store");
        args.addAll(List.of("--store", store.toString(), "--quiet"));
        CliTest.Result linked = CliTest.cli(args.toArray(String[]::new));
        assertEquals(1, linked.exit(), "planted errors fail the run: " + linked.out() + linked.err());

        XbrlStore s = XbrlStore.open(store);
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
}
