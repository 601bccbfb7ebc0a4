package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.testing.Shared;

/**
 * Taxonomy graphs: what a taxonomy says of its concepts (labels, documentation, references) and the calculation arcs
 * a page was linked with are written once per taxonomy, not once per disclosure; a disclosure graph points to them.
 * A store of the earlier layout (evidence as resources, taxonomy text in each disclosure graph) is refused by
 * {@code check} and {@code link} with how to rebuild it.
 */
class TaxonomyGraphsTest {

    private static final Iris IRIS = Iris.defaults();
    private static final String US_GAAP = IRIS.taxonomyGraph("http://fasb.org/us-gaap/2021-01-31");
    private static final String XLK = "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> ";

    @TempDir
    Path tmp;

    @Test
    void theTaxonomysTextIsWrittenOnceForEveryDisclosureThatUsesIt() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Path copy = Files.copy(Shared.seed(), tmp.resolve("seed-copy.txt"));
        assertEquals(0, CliTest.cli("link", Shared.seed().toString(), "--store", one.toString(), "--quiet").exit());
        assertEquals(0, CliTest.cli("link", Shared.seed().toString(), copy.toString(), "--store", two.toString(),
                "--quiet").exit());
        long taxonomyAlone;
        try (XbrlStore s = XbrlStore.open(one)) {
            taxonomyAlone = count(s, US_GAAP, "?s ?p ?o");
            // the seed's us-gaap concepts with their labels and references, and the five arcs it was linked with
            assertEquals(9, count(s, US_GAAP, "?k a xlk:Concept"));
            assertEquals(5, count(s, US_GAAP, "?a a xlk:CalculationArc"));
            assertTrue(count(s, US_GAAP, "?k xlk:reference ?r") > 0);
            String seed = IRIS.disclosureGraph(Shared.seed().toString());
            // the disclosure graph names its concepts and arcs and holds no taxonomy text but its own extensions'
            assertEquals(0, count(s, seed, "?k a xlk:Concept . FILTER NOT EXISTS { ?k a xlk:ExtensionConcept }"));
            assertEquals(0, count(s, seed, "?a a xlk:CalculationArc"));
            assertEquals(5, count(s, seed, "?d xlk:calculation ?a"));
            // its 11 concepts: the 9 its rows and facts name with xlk:concept, and the 2 ends of its arcs that no row
            // shows, listed with xlk:usesConcept
            assertEquals(2, count(s, seed, "?d xlk:usesConcept ?k"));
            assertEquals(11, count(s, seed, "{ SELECT DISTINCT ?k WHERE { { ?d xlk:usesConcept ?k } UNION { ?x xlk:concept ?k } } }"));
            assertEquals(0, count(s, seed, "?e xlk:evidenceKind ?k"));
            assertEquals(10, count(s, seed, "?li xlk:linkEvidence ?e"));
        }
        try (XbrlStore s = XbrlStore.open(two)) {
            // a second disclosure using the same concepts adds nothing to the taxonomy's graph
            assertEquals(taxonomyAlone, count(s, US_GAAP, "?s ?p ?o"));
            assertEquals(2, count(s, null, "GRAPH ?g { ?d a xlk:Disclosure ; xlk:calculation ?a }") / 5);
        }
    }

    @Test
    void aStoreOfTheEarlierLayoutIsRefusedWithHowToRebuildIt() throws Exception {
        Path store = tmp.resolve("old");
        try (XbrlStore s = XbrlStore.open(store)) {
            org.apache.jena.rdf.model.Model old = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            old.add(old.createResource("https://w3id.org/xbrl-linker/id/disclosure/x/row/1/evidence/1"),
                    old.createProperty("https://w3id.org/xbrl-linker/ns#evidenceKind"), "label");
            s.replaceGraphs(Map.of(IRIS.disclosureGraph("x.txt"), old));
        }
        CliTest.Result check = CliTest.cli("check", "--store", store.toString());
        assertEquals(2, check.exit());
        assertTrue(check.err().contains("was written by an earlier version of xbrl-linker"), check.err());
        assertTrue(check.err().contains("--store NEW_FOLDER"), check.err());
        assertFalse(check.err().contains("\tat "), "no stack trace: " + check.err());
        CliTest.Result link = CliTest.cli("link", Shared.seed().toString(), "--store", store.toString(), "--quiet");
        assertTrue(link.exit() != 0, "linking into the old store must fail");
        try (XbrlStore s = XbrlStore.open(store)) {
            assertEquals(0, count(s, IRIS.disclosureGraph(Shared.seed().toString()), "?s ?p ?o"),
                    "nothing of the seed was written into the old store");
        }
    }

    /** Rows of a pattern in one graph (or, with null, over the whole store). */
    private static long count(XbrlStore s, String graph, String pattern) {
        String where = graph == null ? pattern : "GRAPH ?g { " + pattern + " }";
        var query = QueryFactory.create(XLK + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }");
        List<org.apache.jena.query.QuerySolution> rows = graph == null ? s.selectAll(query)
                : s.selectAll(query, Map.of("g", ResourceFactory.createResource(graph)));
        return rows.get(0).getLiteral("n").getLong();
    }
}
