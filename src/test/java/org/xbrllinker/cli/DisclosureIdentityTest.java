package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * Two different {@code R2.htm} of two filings, given as files, are two disclosures; linking one again replaces its
 * own graph only; a file that changed replaces what its earlier content gave; no absolute path is published.
 */
class DisclosureIdentityTest {

    private static final Iris IRIS = Iris.defaults();

    @TempDir
    Path tmp;

    @Test
    void twoPagesOfOneNameKeepTheirOwnGraphsAndARerunReplacesOnlyItsOwn() throws Exception {
        Path a = Shared.copy("r-pages/3m-2024/R1.htm", tmp.resolve("filing-a"), "R2.htm");
        Path b = Shared.copy("r-pages/adobe-2023/R1.htm", tmp.resolve("filing-b"), "R2.htm");
        Path store = tmp.resolve("store");

        Report first = link(store, "first.json", a, b);
        assertEquals(2, first.disclosures().size());
        String graphA = first.disclosures().get(0).graph();
        String graphB = first.disclosures().get(1).graph();
        assertNotEquals(graphA, graphB, "two different R2.htm, two graphs");
        assertEquals(IRIS.disclosureGraph(a.toString()), graphA);
        long sizeB;
        try (XbrlStore s = XbrlStore.open(store)) {
            assertEquals(java.util.Set.of(graphA, graphB), java.util.Set.copyOf(disclosureGraphs(s)));
            sizeB = s.copyOf(graphB).size();
            // what is published as the source: the file's name (the files lie outside the working folder)
            assertEquals(List.of("R2.htm"), sources(s, graphA));
            assertFalse(sources(s, graphB).get(0).startsWith("/"));
        }

        // the same file again: its own graph replaced, the other's untouched
        Report again = link(store, "again.json", a);
        assertEquals(graphA, again.disclosures().get(0).graph());
        try (XbrlStore s = XbrlStore.open(store)) {
            assertEquals(java.util.Set.of(graphA, graphB), java.util.Set.copyOf(disclosureGraphs(s)));
            assertEquals(sizeB, s.copyOf(graphB).size());
        }

        // the file changed: another content is another disclosure, and it replaces what the file gave before
        Files.copy(Shared.data().resolve("r-pages/blackrock-2023/R1.htm"), a, StandardCopyOption.REPLACE_EXISTING);
        Report changed = link(store, "changed.json", a);
        String graphA2 = changed.disclosures().get(0).graph();
        assertNotEquals(graphA, graphA2);
        try (XbrlStore s = XbrlStore.open(store)) {
            List<String> graphs = disclosureGraphs(s);
            assertTrue(graphs.contains(graphA2) && graphs.contains(graphB), graphs.toString());
            assertEquals(2, graphs.size(), "the earlier content's graph is gone: " + graphs);
            assertFalse(s.containsGraph(IRIS.findingsGraphOf(graphA)), "and its findings");
            assertEquals(sizeB, s.copyOf(graphB).size());
        }
    }

    private Report link(Path store, String report, Path... pages) throws Exception {
        List<String> args = new ArrayList<>(List.of("link"));
        for (Path p : pages) {
            args.add(p.toAbsolutePath().toString());
        }
        args.addAll(List.of("--store", store.toString(), "--report", tmp.resolve(report).toString(), "--quiet"));
        CliTest.Result r = CliTest.cli(args.toArray(String[]::new));
        assertTrue(r.exit() == 0 || r.exit() == 1, r.out() + r.err());
        return ReportJson.read(tmp.resolve(report));
    }

    private static List<String> disclosureGraphs(XbrlStore s) {
        List<String> out = new ArrayList<>();
        s.selectAll(QueryFactory.create("SELECT ?g WHERE { GRAPH ?g { ?d a <https://w3id.org/xbrl-linker/ns#Disclosure> } }"
                + " ORDER BY ?g")).forEach(row -> out.add(row.getResource("g").getURI()));
        return out;
    }

    private static List<String> sources(XbrlStore s, String graph) {
        List<String> out = new ArrayList<>();
        s.selectAll(QueryFactory.create("SELECT ?src WHERE { GRAPH ?g { ?d <http://purl.org/dc/terms/source> ?src } }"),
                Map.of("g", ResourceFactory.createResource(graph))).forEach(row -> out.add(row.getLiteral("src").getString()));
        return out;
    }
}
