package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.batch.runtime.context.JobContext;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;

/**
 * The link step's writer: each chunk is one TDB2 write transaction, so after any failure, a crash included, a chunk's
 * graphs are all in the store or none of them are. JBeret saves the chunk's checkpoint only after the writer returned,
 * so the store is never behind the checkpoint ({@code cli/CrashRestartTest} looks at a killed run for that).
 */
class RdfItemWriterTest {

    @TempDir
    Path tmp;

    static Linker linker;

    @BeforeAll
    static void taxonomy() throws Exception {
        linker = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults());
    }

    @Test
    void aChunkIsWrittenWholeOrNotAtAll() throws Exception {
        Path store = tmp.resolve("store");
        RdfItemWriter writer = new RdfItemWriter();
        writer.store = store.toString();
        writer.stores = new Stores();
        writer.jobContext = jobContext();
        writer.open(null);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        RdfMapper mapper = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE);

        MappedItem a = item(mapper, "a.txt");
        MappedItem b = item(mapper, "b.txt");
        writer.writeItems(List.of(a, b));
        XbrlStore xbrl = XbrlStore.open(store);
        long afterFirstChunk = xbrl.size();
        assertTrue(xbrl.containsGraph(graph(a)) && xbrl.containsGraph(graph(b)));
        assertTrue(afterFirstChunk > 600, "quads: " + afterFirstChunk);

        // the chunk's third graph fails while the transaction writes it: the two before it must not land either
        MappedItem c = item(mapper, "c.txt");
        MappedItem d = item(mapper, "d.txt");
        MappedItem e = item(mapper, "e.txt");
        MappedItem failing = new MappedItem(e.linked(), Map.of(graph(e), unreadable()));
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> writer.writeItems(List.of(c, d, failing)));
        assertEquals("the graph cannot be read", thrown.getMessage());
        assertFalse(xbrl.containsGraph(graph(c)), "none of the failed chunk's graphs is in the store");
        assertFalse(xbrl.containsGraph(graph(d)));
        assertFalse(xbrl.containsGraph(graph(e)));
        assertEquals(afterFirstChunk, xbrl.size(), "the store is as the first chunk left it");
        assertEquals(List.of(graph(a), graph(b)), Jobs.state(writer.jobContext).graphs(),
                "the run's state records only the chunk that committed");

        // the same chunk written again (as a restart does) lands whole
        writer.writeItems(List.of(c, d, e));
        assertTrue(xbrl.containsGraph(graph(c)) && xbrl.containsGraph(graph(d)) && xbrl.containsGraph(graph(e)));
        assertEquals(afterFirstChunk / 2 * 5, xbrl.size(), "five copies of the seed, one graph each");
    }

    @Test
    void theWriterCompactsTheStoreDuringTheStepAndAtItsEnd() throws Exception {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        RdfMapper mapper = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE);
        List<List<Object>> chunks = List.of(
                List.of(item(mapper, "a.txt"), item(mapper, "b.txt")),
                List.of(item(mapper, "c.txt"), item(mapper, "d.txt")),
                List.of(item(mapper, "e.txt")));

        Path compacted = tmp.resolve("compacted");
        RdfItemWriter writer = writer(compacted);
        writer.compactAboveMb = "0";
        writer.growthFactor = 1.0; // past the threshold after every chunk, whatever the sizes
        writer.minGrowthBytes = 0;
        writer.open(null);
        for (List<Object> chunk : chunks) {
            writer.writeItems(chunk);
        }
        writer.close();

        Path plain = tmp.resolve("plain");
        RdfItemWriter reference = writer(plain);
        reference.open(null);
        for (List<Object> chunk : chunks) {
            reference.writeItems(chunk);
        }
        reference.close(); // the store did not double: no compaction

        assertEquals(List.of("Data-0005"), dataFolders(compacted), "three chunks and the step's end: four compactions");
        assertEquals(List.of("Data-0001"), dataFolders(plain));
        XbrlStore a = reference.stores.open(plain);
        XbrlStore b = writer.stores.open(compacted);
        assertEquals(5, Jobs.state(writer.jobContext).graphs().size());
        List<String> expected = quads(a);
        assertEquals(a.size(), expected.size());
        assertEquals(expected, quads(b), "the compacted store holds the same quads as the one written without compaction");
    }

    /** Every quad as N-Quads text, sorted (the seed's graph has no blank nodes). */
    private static List<String> quads(XbrlStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter
                .toList(store.dataset().asDatasetGraph().find()).stream().map(Object::toString).sorted().toList());
    }

    private RdfItemWriter writer(Path store) {
        RdfItemWriter writer = new RdfItemWriter();
        writer.store = store.toString();
        writer.stores = new Stores();
        writer.jobContext = jobContext();
        return writer;
    }

    private static List<String> dataFolders(Path store) throws java.io.IOException {
        try (var files = Files.list(store)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    private MappedItem item(RdfMapper mapper, String name) throws Exception {
        Path page = Files.copy(Shared.seed(), tmp.resolve(name));
        LinkedDisclosure linked = linker.link(new TextRPageParser().parse(page));
        return new MappedItem(linked, Map.of(mapper.iris().disclosureGraph(RdfMapper.sourceOf(linked)), mapper.map(linked)));
    }

    private static String graph(MappedItem item) {
        return item.graphs().keySet().iterator().next();
    }

    /** A model whose triples cannot be read, as if the disk under it failed. */
    private static Model unreadable() {
        return ModelFactory.createModelForGraph(new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple triple) {
                throw new IllegalStateException("the graph cannot be read");
            }
        });
    }

    /** The job context the writer uses: its transient user data only. */
    private static JobContext jobContext() {
        AtomicReference<Object> data = new AtomicReference<>();
        return (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getTransientUserData" -> data.get();
                    case "setTransientUserData" -> {
                        data.set(args[0]);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "test job context";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
