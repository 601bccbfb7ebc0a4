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
        LinkedDisclosure linked = Shared.linkedSeed();
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
    void sortedWritesReadBackAsWrittenGraphByGraphOnDisk() {
        XbrlStore store = XbrlStore.open(tmp.resolve("sorted"));
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(seedGraph, seed);
        for (int g = 0; g < 5; g++) {
            Model m = ModelFactory.createDefaultModel();
            for (int i = 0; i < 300; i++) {
                m.createResource("https://example.org/g" + g + "/r" + (i * 37 % 300))
                        .addLiteral(XLK.reported, m.createTypedLiteral(new BigDecimal((i * 7919L + g) % 1009)))
                        .addProperty(XLK.message, "row " + i % 17);
            }
            graphs.put("https://example.org/g" + g, m);
        }
        store.replaceGraphs(graphs);
        // what the Model API writes (TDB2 reads inline numbers back in their canonical form, so not the models as such)
        Dataset reference = TDB2Factory.createDataset();
        modelApi(reference, graphs);
        assertIsomorphic(reference, store); // quad by quad, graph names included: no blank nodes here
        assertEquals(graphs.values().stream().mapToLong(Model::size).sum(), store.size());
        // every quad index holds every quad: a pattern per index leading column finds the same
        Txn.executeRead(store.dataset(), () -> {
            var tdb = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph());
            for (var index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                assertEquals(store.size(), Iter.count(index.all()), index.getName());
            }
        });
        store.release();
    }

    @Test
    void replacingAGraphAgainReplacesItAndLeavesTheOthers() {
        XbrlStore store = XbrlStore.inMemory();
        Model first = ModelFactory.createDefaultModel();
        first.createResource("https://example.org/x").addProperty(XLK.message, "first")
                .addLiteral(XLK.reported, first.createTypedLiteral(new BigDecimal("20")));
        Model kept = ModelFactory.createDefaultModel();
        kept.createResource("https://example.org/y").addProperty(XLK.message, "kept");
        store.replaceGraphs(new LinkedHashMap<>(Map.of("https://example.org/a", first, "https://example.org/k", kept)));

        // the decimal written another way encodes to the same inline id: the old quad must still go
        Model second = ModelFactory.createDefaultModel();
        second.createResource("https://example.org/x").addProperty(XLK.message, "second")
                .addLiteral(XLK.reported, second.createTypedLiteral(new BigDecimal("21.0")));
        store.replaceGraphs(Map.of("https://example.org/a", second));
        assertTrue(second.isIsomorphicWith(store.copyOf("https://example.org/a")));
        assertTrue(kept.isIsomorphicWith(store.copyOf("https://example.org/k")));
        assertEquals(3, store.size());
        store.removeGraphs(List.of("https://example.org/a"));
        assertFalse(store.containsGraph("https://example.org/a"));
        assertEquals(1, store.size());
    }

    @Test
    void twoTermsOfOneInlineIdAreOneQuad() {
        XbrlStore store = XbrlStore.inMemory();
        Model m = ModelFactory.createDefaultModel();
        var r = m.createResource("https://example.org/x");
        r.addLiteral(XLK.reported, m.createTypedLiteral("20", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
        r.addLiteral(XLK.reported, m.createTypedLiteral("20.0", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
        assertEquals(2, m.size());
        Dataset reference = TDB2Factory.createDataset();
        store.replaceGraphs(Map.of("https://example.org/a", m));
        modelApi(reference, Map.of("https://example.org/a", m));
        assertIsomorphic(reference, store);
        store.replaceGraphs(Map.of("https://example.org/a", ModelFactory.createDefaultModel()));
        assertEquals(0, store.size());
    }

    @Test
    void anExceptionInTheChunkWritesNothingOnDisk() {
        Path dir = tmp.resolve("abort");
        XbrlStore store = XbrlStore.open(dir);
        store.replaceGraphs(Map.of(seedGraph, seed));
        long before = store.size();
        Model stored = store.copyOf(seedGraph);
        Model other = ModelFactory.createDefaultModel();
        other.createResource("https://example.org/new").addProperty(XLK.message, "never written");
        // a graph whose triples fail to come out halfway, after the seed graph was deleted and others were added
        Model failing = new org.apache.jena.rdf.model.impl.ModelCom(new org.apache.jena.graph.impl.WrappedGraph(
                seed.getGraph()) {
            @Override
            public org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> find(
                    org.apache.jena.graph.Triple m) {
                throw new IllegalStateException("the mapper failed");
            }

            @Override
            public org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> find(
                    org.apache.jena.graph.Node s, org.apache.jena.graph.Node p, org.apache.jena.graph.Node o) {
                throw new IllegalStateException("the mapper failed");
            }
        });
        Map<String, Model> chunk = new LinkedHashMap<>();
        chunk.put(seedGraph, seed);
        chunk.put("https://example.org/new", other);
        chunk.put("https://example.org/failing", failing);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> store.replaceGraphs(chunk));
        assertEquals(before, store.size());
        assertFalse(store.containsGraph("https://example.org/new"));
        assertTrue(stored.isIsomorphicWith(store.copyOf(seedGraph)));

        // and after the records are in the indexes: the chunk's transaction fails later, as a checkpoint would
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> store.inWriteTransaction(() -> {
            store.replaceGraphs(Map.of(seedGraph, ModelFactory.createDefaultModel(), "https://example.org/new", other));
            assertTrue(store.containsGraph("https://example.org/new"));
            throw new IllegalStateException("the checkpoint failed");
        }));
        assertEquals(before, store.size());
        assertFalse(store.containsGraph("https://example.org/new"));
        assertTrue(stored.isIsomorphicWith(store.copyOf(seedGraph)));
        store.release();
        XbrlStore reopened = XbrlStore.open(dir);
        assertEquals(before, reopened.size());
        assertFalse(reopened.containsGraph("https://example.org/new"));
        reopened.release();
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
