package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;

/**
 * The store's write path (quads straight into TDB2's quad table) and its compaction: both keep the store's content
 * exactly as the Model API would have written it.
 */
class XbrlStoreWriteTest {

    @TempDir
    Path tmp;

    static Model seed;
    static String seedGraph;

    @BeforeAll
    static void seedGraph() throws Exception {
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults())
                .link(new TextRPageParser().parse(Shared.seed()));
        Iris iris = Iris.defaults();
        seed = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE).map(linked);
        seedGraph = iris.disclosureGraph(linked.disclosure().source());
    }

    @Test
    void replaceGraphsWritesTheQuadsTheModelApiWrites() {
        XbrlStore store = XbrlStore.inMemory();
        Dataset reference = TDB2Factory.createDataset();
        Model other = ModelFactory.createDefaultModel();
        other.createResource("https://example.org/a").addProperty(XLK.message, "first version");

        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(seedGraph, seed);
        graphs.put("https://example.org/other", other);
        store.replaceGraphs(graphs);
        modelApi(reference, graphs);
        assertEquals(seed.size() + 1, store.size());
        assertIsomorphic(reference, store);

        // replacing: the old triples go, the new ones come; an empty model removes its graph
        Model second = ModelFactory.createDefaultModel();
        second.createResource("https://example.org/b").addProperty(XLK.message, "second version");
        Map<String, Model> again = new LinkedHashMap<>();
        again.put("https://example.org/other", second);
        again.put(seedGraph, ModelFactory.createDefaultModel());
        store.replaceGraphs(again);
        modelApi(reference, again);
        assertIsomorphic(reference, store);
        assertFalse(store.containsGraph(seedGraph));
        assertEquals(1, store.size());
        assertEquals(List.of("second version"), store.copyOf("https://example.org/other")
                .listObjectsOfProperty(XLK.message).mapWith(n -> n.asLiteral().getString()).toList());
    }

    @Test
    void compactionKeepsTheContentShrinksTheDataAndLeavesTheOtherFiles() throws Exception {
        Path dir = tmp.resolve("store");
        XbrlStore store = XbrlStore.open(dir);
        // many small write transactions with scattered keys: each leaves copies of the index blocks it touched
        for (int t = 0; t < 150; t++) {
            Model m = ModelFactory.createDefaultModel();
            for (int i = 0; i < 400; i++) {
                m.createResource("https://example.org/t" + t + "/r" + i)
                        .addLiteral(XLK.reported, m.createTypedLiteral(new BigDecimal((i * 7919L + t * 104729L) % 1_000_003)))
                        .addProperty(XLK.message, "row " + (i * 31 + t) % 997);
            }
            store.replaceGraphs(Map.of("https://example.org/g" + t, m));
        }
        Path besideTheData = Files.writeString(dir.resolve("job-repository.mv.db"), "the job repository");
        List<String> before = quads(store.dataset());
        long bytesBefore = store.dataBytes();
        assertTrue(Files.isDirectory(dir.resolve("Data-0001")));

        assertTrue(store.compact());

        long bytesAfter = store.dataBytes();
        assertTrue(bytesAfter < bytesBefore, bytesAfter + " bytes after, " + bytesBefore + " before");
        assertFalse(Files.exists(dir.resolve("Data-0001")), "the old generation is deleted");
        assertTrue(Files.isDirectory(dir.resolve("Data-0002")));
        assertEquals("the job repository", Files.readString(besideTheData));
        assertEquals(before, quads(store.dataset()), "the same quads after compaction");

        // the store goes on working, and a fresh open finds the compacted generation
        store.replaceGraphs(Map.of(seedGraph, seed));
        long size = store.size();
        store.release();
        XbrlStore reopened = XbrlStore.open(dir);
        assertEquals(size, reopened.size());
        assertTrue(reopened.containsGraph(seedGraph));
        reopened.release();
    }

    @Test
    void aStoreInMemoryHasNothingToCompact() {
        XbrlStore store = XbrlStore.inMemory();
        store.replaceGraphs(Map.of(seedGraph, seed));
        assertFalse(store.compact());
        assertEquals(0, store.dataBytes());
        assertEquals(seed.size(), store.size());
    }

    private static void modelApi(Dataset dataset, Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((g, m) -> {
            dataset.removeNamedModel(g);
            dataset.addNamedModel(g, m);
        }));
    }

    private static void assertIsomorphic(Dataset expected, XbrlStore actual) {
        assertEquals(quads(expected), quads(actual.dataset()));
    }

    /** Every quad of the dataset as N-Quads text, sorted (the graphs written here have no blank nodes). */
    private static List<String> quads(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> Iter.toList(dataset.asDatasetGraph().find()).stream()
                .peek(q -> assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), q.toString()))
                .map(Quad::toString).sorted().toList());
    }
}
