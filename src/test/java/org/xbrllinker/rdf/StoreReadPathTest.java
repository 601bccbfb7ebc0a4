package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;

/**
 * How the report and the checks read a TDB2 store: a query over copies of the graphs it reads whole gives the rows the
 * store gives, and the vocabulary is written into a store once, not by every run.
 */
class StoreReadPathTest {

    private static final Iris IRIS = Iris.defaults();

    @TempDir
    Path tmp;

    private XbrlStore store;

    @org.junit.jupiter.api.BeforeEach
    void openStore() {
        store = XbrlStore.open(tmp.resolve("store"));
    }

    @org.junit.jupiter.api.AfterEach
    void releaseStore() {
        store.release(); // lets TDB2 drop its cached connection to the folder
    }

    @Test
    void theReportQueriesGiveTheSameRowsOverCopiesOfTheGraphsTheyRead() throws Exception {
        LinkedDisclosure linked = Shared.linkedSeed();
        RdfMapper.Mapped mapped = new RdfMapper(IRIS, LinkerOptions.DEFAULT_NAMESPACE).mapDisclosure(linked);
        String g = IRIS.disclosureGraph(linked.disclosure().source());
        String fg = IRIS.findingsGraphOf(g);
        store.write(Map.of(g, mapped.graph()), TaxonomyItems.byGraph(mapped.taxonomy()));
        store.loadOntology(IRIS.ontologyGraph());
        new CheckRunner(CheckCatalogue.load(List.of()), IRIS).runAndStore(store, List.of(g));

        Query lineItems = XbrlStore.bundledQuery("ontology/queries/report/line-items.rq");
        Map<String, RDFNode> bind = Map.of("g", ResourceFactory.createResource(g));
        List<String> stored = rows(store.selectAll(lineItems, bind));
        // a solution for each of the seed's 21 cells (its row's label and concept, the fact's period, value and
        // unit) and one for each of its 2 rows without cells
        assertEquals(23, stored.size());
        assertTrue(stored.stream().anyMatch(r -> r.contains("concept=us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent")
                && r.contains("unit=USD")), () -> String.join("\n", stored));
        assertEquals(stored, rows(store.selectOverCopies(lineItems, bind, List.of(g))));

        Query findings = XbrlStore.bundledQuery("ontology/queries/report/findings.rq");
        Map<String, RDFNode> fbind = Map.of("fg", ResourceFactory.createResource(fg));
        List<String> storedFindings = rows(store.selectAll(findings, fbind));
        assertTrue(storedFindings.size() > 30, () -> String.join("\n", storedFindings));
        assertEquals(storedFindings, rows(store.selectOverCopies(findings, fbind, List.of(fg))));

        // a graph the store lacks reads as empty, as it does from the store
        Map<String, RDFNode> none = Map.of("g", ResourceFactory.createResource(g + "-absent"));
        assertEquals(List.of(), rows(store.selectOverCopies(lineItems, none, List.of(g + "-absent"))));
    }

    @Test
    void aViewOfCopiesHasTheGraphsGivenAsNamedGraphsAndTheWholeStoreAsItsDefaultGraph() {
        Map<String, Model> graphs = new java.util.LinkedHashMap<>();
        for (String name : List.of("a", "b", "c")) {
            Model m = RdfMapper.newModel();
            m.add(m.createResource("https://example.org/" + name), XLK.message, "in " + name);
            graphs.put("https://example.org/graph/" + name, m);
        }
        store.replaceGraphs(graphs);
        assertTrue(store.copiesGraphs());
        List<String> named = store.overCopies(List.of("https://example.org/graph/a", "https://example.org/graph/c"),
                view -> view.selectAll(org.apache.jena.query.QueryFactory.create(
                        "SELECT ?g ?m WHERE { GRAPH ?g { ?s ?p ?m } } ORDER BY ?g")).stream()
                        .map(r -> r.getResource("g").getURI() + " " + r.getLiteral("m").getString()).toList());
        assertEquals(List.of("https://example.org/graph/a in a", "https://example.org/graph/c in c"), named);
        // the default graph is still the union of all the store's graphs, b included
        long inDefault = store.overCopies(List.of("https://example.org/graph/a"), view -> (long) view.selectAll(
                org.apache.jena.query.QueryFactory.create("SELECT ?m WHERE { ?s ?p ?m }")).size());
        assertEquals(3, inDefault);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> store.overCopies(List.of("https://example.org/graph/a"), view -> {
                    view.removeGraphs(List.of("https://example.org/graph/a"));
                    return null;
                }));
        assertEquals(3, store.size());
    }

    @Test
    void theGraphsOfAnInputAreFoundByItsIri() {
        Map<String, Model> graphs = new java.util.LinkedHashMap<>();
        String[][] of = {{"https://example.org/graph/1", "https://example.org/input/a"},
                {"https://example.org/graph/2", "https://example.org/input/b"},
                {"https://example.org/graph/3", "https://example.org/input/a"}};
        for (String[] gi : of) {
            Model m = RdfMapper.newModel();
            m.add(m.createResource(gi[0] + "#d"), XLK.input, m.createResource(gi[1]));
            graphs.put(gi[0], m);
        }
        store.replaceGraphs(graphs);
        assertEquals(java.util.Set.of("https://example.org/graph/1", "https://example.org/graph/3"),
                store.graphsOfInputs(List.of("https://example.org/input/a")));
        assertEquals(java.util.Set.of("https://example.org/graph/1", "https://example.org/graph/2",
                "https://example.org/graph/3"), store.graphsOfInputs(List.of("https://example.org/input/a",
                "https://example.org/input/b", "https://example.org/input/none")));
        assertEquals(java.util.Set.of(), store.graphsOfInputs(List.of()));
    }

    @Test
    void theVocabularyIsWrittenOnceAndReplacedWhenItsFileChanged() {
        String graph = IRIS.ontologyGraph();
        store.loadOntology(graph);
        Model first = store.copyOf(graph);
        assertEquals(XbrlStore.ontology().size() + 1, first.size());
        assertTrue(first.contains(first.createResource(graph), XLK.contentDigest, XbrlStore.ontologyDigest()));
        assertEquals(64, XbrlStore.ontologyDigest().length());

        // a second run finds the same digest and leaves the graph as it is (a triple added since stays)
        Model marker = RdfMapper.newModel();
        marker.add(marker.createResource("https://example.org/marker"), XLK.message, "added after the load");
        store.addToGraphs(Map.of(graph, marker));
        store.loadOntology(graph);
        assertTrue(store.copyOf(graph).containsAll(marker));

        // a graph written from another version of the file (another digest) is replaced whole
        Model stale = store.copyOf(graph);
        stale.removeAll(stale.createResource(graph), XLK.contentDigest, null);
        stale.add(stale.createResource(graph), XLK.contentDigest, "0".repeat(64));
        store.replaceGraphs(Map.of(graph, stale));
        store.loadOntology(graph);
        Model replaced = store.copyOf(graph);
        assertFalse(replaced.containsAny(marker));
        assertTrue(replaced.isIsomorphicWith(first));
    }

    /** Each row as "var=value ..." in the query's order, for comparing two readings. */
    private static List<String> rows(List<QuerySolution> solutions) {
        List<String> out = new ArrayList<>();
        for (QuerySolution s : solutions) {
            Map<String, String> row = new HashMap<>();
            s.varNames().forEachRemaining(v -> {
                RDFNode n = s.get(v);
                row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            });
            out.add(new java.util.TreeMap<>(row).toString());
        }
        return out;
    }
}
