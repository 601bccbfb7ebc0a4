package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.testing.CliProcesses;
import org.xbrllinker.testing.Shared;

/**
 * A store that {@code serve} holds (in a process of its own, as a steward runs it): {@code query} and {@code export}
 * read it through the server with the answers they give on the folder; {@code check}, {@code link} and
 * {@code restart} exit 2 with one line naming the process and the {@code --store URL}; no stack trace. Also
 * {@code export --store URL}, and the record's life: written when serve starts, gone when it stops.
 */
class StoreInUseTest {

    @TempDir
    static Path tmp;

    static Path store;
    static String folderCount;
    static DatasetGraph folderQuads;
    static Graph folderSeedGraph;
    static Process serve;
    static BlockingQueue<String> serveErr;
    static ServedStores.Server served;

    @BeforeAll
    static void serveTheSeed() throws Exception {
        store = tmp.resolve("store");
        CliTest.Result linked = CliTest.cli("link", Shared.seed().toString(), "--store", store.toString(), "--quiet");
        assertEquals(0, linked.exit(), linked.out() + linked.err());
        CliTest.Result count = CliTest.cli("query", ServeCommandTest.COUNT_FACTS, "--store", store.toString());
        assertEquals(0, count.exit(), count.err());
        folderCount = count.out();
        assertEquals(0, CliTest.cli("export", "--format", "nq", "--out", tmp.resolve("folder.nq").toString(),
                "--store", store.toString()).exit());
        folderQuads = quads(tmp.resolve("folder.nq"));
        assertEquals(0, CliTest.cli("export", "--format", "ttl", "--graph", ServeCommandTest.SEED_GRAPH, "--out",
                tmp.resolve("folder-seed.ttl").toString(), "--store", store.toString()).exit());
        folderSeedGraph = RDFParser.source(tmp.resolve("folder-seed.ttl")).lang(Lang.TURTLE).toGraph();
        // this JVM lets go of the folder, which the serve process then holds
        XbrlStore.open(store).release();

        serve = CliProcesses.start(tmp, "serve", "serve", "--store", store.toString(), "--port", "0");
        serveErr = CliProcesses.lines(serve);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (ServedStores.recorded(store).isEmpty()) {
            if (!serve.isAlive() || System.nanoTime() > until) {
                serve.destroyForcibly();
                fail("serve did not record its address: " + String.join("\n", CliProcesses.drained(serveErr)));
            }
            Thread.sleep(200);
        }
        served = ServedStores.recorded(store).orElseThrow();
        assertEquals(serve.pid(), served.pid());
        assertTrue(served.url().matches("http://127\\.0\\.0\\.1:\\d+/xbrl"), served.url());
        assertFalse(served.updates());
    }

    @AfterAll
    static void stopServe() throws Exception {
        if (serve != null) {
            serve.destroy(); // SIGTERM, as a steward stops it
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    @Test
    void aRecordOfAProcessThatIsGoneIsIgnored() throws Exception {
        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        ServedStores.record(other, new ServedStores.Server(gone.pid(), "http://127.0.0.1:1/xbrl", false));
        assertTrue(ServedStores.recorded(other).isEmpty(), "a killed serve's record names a process that is gone");
    }

    @Test
    void aHolderWithNoRecordIsNamedInOneLine() throws Exception {
        // as a link still running holds the store: the lock names the process, no address is recorded
        Path record = store.resolve(ServedStores.FILE);
        Path aside = tmp.resolve("serve.json.aside");
        Files.move(record, aside);
        try {
            for (String[] args : List.of(new String[] {"query", ServeCommandTest.COUNT_FACTS, "--store", store.toString()},
                    new String[] {"export", "--format", "nq", "--store", store.toString()},
                    new String[] {"check", "--store", store.toString()})) {
                CliTest.Result r = CliTest.cli(args);
                assertEquals(2, r.exit(), args[0] + ": " + r.out() + r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertTrue(r.err().startsWith("xbrl-linker: " + store + " is in use by process " + serve.pid()
                        + ", which recorded no SPARQL endpoint"), r.err());
            }
        } finally {
            Files.move(aside, record);
        }
    }

    @Test
    void theRecordGoesWhenServeStops() throws Exception {
        // a second store and serve of its own, stopped as a steward stops it (SIGTERM)
        Path second = tmp.resolve("second");
        assertEquals(0, CliTest.cli("link", Shared.seed().toString(), "--store", second.toString(), "--quiet").exit());
        XbrlStore.open(second).release();
        Process p = CliProcesses.start(tmp, "serve2", "serve", "--store", second.toString(), "--port", "0");
        BlockingQueue<String> err = CliProcesses.lines(p);
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (ServedStores.recorded(second).isEmpty()) {
                if (!p.isAlive() || System.nanoTime() > until) {
                    fail("serve did not record its address: " + String.join("\n", CliProcesses.drained(err)));
                }
                Thread.sleep(200);
            }
        } finally {
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "serve ends on SIGTERM");
        }
        assertFalse(Files.exists(second.resolve(ServedStores.FILE)), "the record is deleted when serve stops");
        CliTest.Result r = CliTest.cli("query", ServeCommandTest.COUNT_FACTS, "--store", second.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(folderCount, r.out());
        assertEquals("", r.err(), "read from the folder again");
    }

    static DatasetGraph quads(Path nq) {
        return RDFParser.source(nq).lang(Lang.NQUADS).toDatasetGraph();
    }

    /** The same quads, blank nodes up to renaming (the ontology graph has some); the message stays short. */
    static void assertSameQuads(DatasetGraph expected, DatasetGraph actual) {
        long e = Iter.count(expected.find());
        long a = Iter.count(actual.find());
        assertEquals(e, a, "quads");
        List<Node> graphs = Iter.toList(expected.listGraphNodes());
        assertEquals(Set.copyOf(graphs), Set.copyOf(Iter.toList(actual.listGraphNodes())), "graphs");
        for (Node g : graphs) {
            // graph by graph: Jena's graph matcher, quick where a dataset-wide match of the blank nodes is not
            assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), g + ": the same triples");
        }
    }

    /** Exit 2 and one line on standard error naming the serve process and the URL; no stack trace. */
    static void refusedInOneLine(CliTest.Result r, String what) {
        assertEquals(2, r.exit(), what + ": " + r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), what + ": one line, not\n" + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), what + ": no stack trace\n" + err);
        assertTrue(err.contains("process " + served.pid()) && err.contains("--store " + served.url()), what + ": " + err);
        assertTrue(err.startsWith("xbrl-linker: " + store), err);
    }

    @Test
    void queryGoesThroughTheServerWithTheFoldersAnswer() {
        CliTest.Result r = CliTest.cli("query", ServeCommandTest.COUNT_FACTS, "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(folderCount, r.out());
        assertEquals("xbrl-linker: " + store + " is served by process " + served.pid() + "; reading it through "
                + served.url(), r.err().strip());
    }

    @Test
    void exportGoesThroughTheServerWithTheFoldersQuads() throws Exception {
        Path nq = tmp.resolve("served.nq");
        CliTest.Result r = CliTest.cli("export", "--format", "nq", "--out", nq.toString(), "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertSameQuads(folderQuads, quads(nq));
    }

    @Test
    void exportFromTheServersUrlOneGraphAndAll() throws Exception {
        Path ttl = tmp.resolve("url-seed.ttl");
        CliTest.Result one = CliTest.cli("export", "--format", "ttl", "--graph", ServeCommandTest.SEED_GRAPH,
                "--out", ttl.toString(), "--store", served.url());
        assertEquals(0, one.exit(), one.err());
        assertTrue(RDFParser.source(ttl).lang(Lang.TURTLE).toGraph().isIsomorphicWith(folderSeedGraph));

        Path nq = tmp.resolve("url.nq.gz");
        CliTest.Result all = CliTest.cli("export", "--format", "nq", "--gzip", "--out", nq.toString(),
                "--store", served.url());
        assertEquals(0, all.exit(), all.err());
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(nq))) {
            assertSameQuads(folderQuads, RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph());
        }

        CliTest.Result missing = CliTest.cli("export", "--format", "ttl", "--graph", "urn:x:no-such-graph",
                "--store", served.url());
        assertEquals(2, missing.exit());
        assertEquals("xbrl-linker: urn:x:no-such-graph: no such graph in " + served.url(), missing.err().strip());
    }

    @Test
    void aServerThatDoesNotAnswerIsOneLine() {
        String dead = "http://127.0.0.1:9/xbrl"; // the discard port: nothing listens there
        for (String[] args : List.of(new String[] {"query", ServeCommandTest.COUNT_FACTS, "--store", dead},
                new String[] {"export", "--format", "nq", "--store", dead})) {
            CliTest.Result r = CliTest.cli(args);
            assertEquals(2, r.exit(), args[0] + ": " + r.out() + r.err());
            assertTrue(r.err().startsWith("xbrl-linker: " + dead + ": no answer from the server"), r.err());
            assertFalse(r.err().strip().contains("\n"), r.err());
        }
    }

    @Test
    void checkExitsTwoInOneLine() {
        refusedInOneLine(CliTest.cli("check", "--store", store.toString()), "check");
    }

    @Test
    void linkExitsTwoInOneLine() {
        refusedInOneLine(CliTest.cli("link", Shared.seed().toString(), "--store", store.toString(), "--quiet"), "link");
    }

    @Test
    void aSecondServeExitsTwoInOneLine() {
        CliTest.Result r = CliTest.cli("serve", "--store", store.toString(), "--port", "0");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("xbrl-linker: " + store + " is held by process " + served.pid() + " (its TDB2 lock "
                + store.resolve("tdb.lock") + "), which serves it at " + served.url()
                + "; stop that process to serve it here", r.err().strip());
    }

    @Test
    void checkThroughTheReadOnlyServerIsOneLine() {
        CliTest.Result r = CliTest.cli("check", "--store", served.url());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("xbrl-linker: " + served.url() + ": the server answered 4"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void restartExitsTwoInOneLine() {
        refusedInOneLine(CliTest.cli("restart", "--store", store.toString()), "restart");
    }
}
