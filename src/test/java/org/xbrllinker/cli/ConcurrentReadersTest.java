package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XLK;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.SparqlServer;

/**
 * Queries running while the seed's disclosure graph is replaced, again and again, see either the old graph or the new
 * one, never a mix: a writer alternates two versions of the graph (different triple counts, different fact values, a
 * marker naming the version) through {@link XbrlStore#replaceGraphs}, the job writer's call, while readers ask the
 * running endpoint over HTTP and the store directly, each answer in one query: the graph's size, the sum of the facts'
 * values over the union default graph, and the marker.
 */
class ConcurrentReadersTest {

    static final String G = ServeCommandTest.SEED_GRAPH;
    static final Resource STATE = ResourceFactory.createResource("urn:xbrl-linker:test#state");
    static final Property VERSION = ResourceFactory.createProperty("urn:xbrl-linker:test#version");
    static final Property EXTRA = ResourceFactory.createProperty("urn:xbrl-linker:test#extra");
    static final String QUERY = "PREFIX xlk: <" + XLK.NS + ">\n"
            + "SELECT ?n ?sum ?version WHERE {\n"
            + "  { SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + G + "> { ?s ?p ?o } } }\n"
            + "  { SELECT (SUM(?v) AS ?sum) WHERE { ?f a xlk:Fact ; xlk:value ?v } }\n"
            + "  GRAPH <" + G + "> { <" + STATE.getURI() + "> <" + VERSION.getURI() + "> ?version }\n"
            + "}";
    static final int MIN_WRITES = 20;
    static final int MAX_WRITES = 3000;
    /**
     * A bound against a hang, not a speed target: the writer stops when every reader has seen both versions (the
     * event the test waits for), however long that takes on a loaded machine, or past this bound.
     */
    static final Duration MAX_TIME = Duration.ofMinutes(10);

    @TempDir
    static Path tmp;

    static XbrlStore store;
    static FusekiServer server;
    static String endpoint;

    @BeforeAll
    static void serveTheSeed() {
        store = CliTest.linkedSeed(tmp.resolve("store"));
        server = SparqlServer.start(store, new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(30), 1000,
                false), CheckCatalogue.load(List.of()));
        endpoint = "http://127.0.0.1:" + server.getHttpPort() + SparqlServer.DATASET + "/sparql";
    }

    @AfterAll
    static void stop() {
        Served.stop(server);
        Served.close(store);
    }

    /** One answer: the graph's triple count, the sum of the facts' values, the marker. */
    record Answer(long triples, BigDecimal sum, String version) {
        Answer {
            sum = sum.stripTrailingZeros();
        }

        @Override
        public String toString() {
            return version + ": " + triples + " triples, values sum to " + sum.toPlainString();
        }
    }

    /** Version A: the seed's graph and a marker. */
    static Model versionA(Model seed) {
        Model a = RdfMapper.newModel().add(seed);
        a.add(STATE, VERSION, "A");
        return a;
    }

    /** Version B: every fact's value one more, twenty-five triples more, and its marker. */
    static Model versionB(Model seed) {
        Model b = RdfMapper.newModel().add(seed);
        List<Statement> values = b.listStatements(null, XLK.value, (Literal) null).toList();
        assertTrue(values.size() >= 19, "the seed has its facts' values: " + values.size());
        for (Statement s : values) {
            b.remove(s);
            b.add(s.getSubject(), XLK.value, b.createTypedLiteral(
                    new BigDecimal(s.getLiteral().getLexicalForm()).add(BigDecimal.ONE)));
        }
        for (int i = 0; i < 25; i++) {
            b.add(STATE, EXTRA, b.createTypedLiteral(i));
        }
        b.add(STATE, VERSION, "B");
        return b;
    }

    static Answer overHttp(HttpClient http) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?format=csv&query="
                + URLEncoder.encode(QUERY, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals("n,sum,version", lines.get(0));
        // a mix could also show as no row at all (the graph without its marker) or as two
        assertEquals(2, lines.size(), "one row: " + r.body());
        String[] f = lines.get(1).split(",");
        return new Answer(Long.parseLong(f[0]), new BigDecimal(f[1]), f[2]);
    }

    static final Query PARSED = QueryFactory.create(QUERY);

    static Answer direct() {
        List<QuerySolution> rows = store.selectAll(PARSED);
        assertEquals(1, rows.size(), "one row: " + rows);
        QuerySolution row = rows.get(0);
        return new Answer(row.getLiteral("n").getLong(), new BigDecimal(row.getLiteral("sum").getLexicalForm()),
                row.getLiteral("version").getString());
    }

    @Test
    void readersSeeOneVersionOfTheGraphOrTheOtherNeverAMix() throws Exception {
        Model seed = store.copyOf(G);
        Model a = versionA(seed);
        Model b = versionB(seed);
        HttpClient probe = HttpClient.newHttpClient();
        store.replaceGraphs(Map.of(G, a));
        Answer expectedA = overHttp(probe);
        assertEquals(expectedA, direct());
        store.replaceGraphs(Map.of(G, b));
        Answer expectedB = overHttp(probe);
        assertEquals(expectedB, direct());
        assertEquals(seed.size() + 1, expectedA.triples());
        assertEquals(seed.size() + 26, expectedB.triples());
        assertNotEquals(expectedA.sum(), expectedB.sum());
        assertEquals("A", expectedA.version());
        assertEquals("B", expectedB.version());

        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> mixed = Collections.synchronizedList(new ArrayList<>());
        Map<String, Map<String, AtomicInteger>> seen = new ConcurrentHashMap<>();
        List<String> readers = List.of("http-1", "http-2", "direct-1", "direct-2");
        ExecutorService pool = Executors.newFixedThreadPool(readers.size() + 1);
        List<Future<?>> running = new ArrayList<>();
        for (String name : readers) {
            Map<String, AtomicInteger> counts = new ConcurrentHashMap<>(Map.of("A", new AtomicInteger(),
                    "B", new AtomicInteger()));
            seen.put(name, counts);
            running.add(pool.submit(() -> {
                HttpClient http = HttpClient.newHttpClient();
                while (writing.get()) {
                    try {
                        Answer answer = name.startsWith("http") ? overHttp(http) : direct();
                        if (answer.equals(expectedA) || answer.equals(expectedB)) {
                            counts.get(answer.version()).incrementAndGet();
                        } else {
                            mixed.add(name + " saw " + answer);
                        }
                    } catch (AssertionError noOrTwoRows) {
                        mixed.add(name + ": " + noOrTwoRows.getMessage());
                    }
                }
                return null;
            }));
        }
        int writes = 0;
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        try {
            // the job's write path: one write transaction replacing the whole graph
            while (writes < MAX_WRITES && System.nanoTime() < deadline && mixed.isEmpty()
                    && (writes < MIN_WRITES || !everyReaderSawBoth(seen))) {
                store.replaceGraphs(Map.of(G, writes % 2 == 0 ? a : b));
                writes++;
            }
        } finally {
            writing.set(false);
        }
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(List.of(), mixed);
        assertTrue(writes >= MIN_WRITES, writes + " writes before the bound of " + MAX_TIME.toMinutes() + " min");
        assertTrue(everyReaderSawBoth(seen), "after " + writes + " writes: " + seen);
        store.replaceGraphs(Map.of(G, seed));
        assertTrue(store.copyOf(G).isIsomorphicWith(seed));
    }

    /** Every reader has had five answers of each version. */
    private static boolean everyReaderSawBoth(Map<String, Map<String, AtomicInteger>> seen) {
        return seen.values().stream().allMatch(m -> m.get("A").get() >= 5 && m.get("B").get() >= 5);
    }
}
