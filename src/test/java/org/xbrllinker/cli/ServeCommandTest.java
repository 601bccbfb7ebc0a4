package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.SparqlServer;

/** {@code serve}: the seed's store behind embedded Fuseki, asked over HTTP as a client would. */
class ServeCommandTest {

    static final String SEED_GRAPH = org.xbrllinker.rdf.Iris.defaults().disclosureGraph(org.xbrllinker.testing.Shared.seed().toString());
    static final String COUNT_FACTS = "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> "
            + "SELECT (COUNT(DISTINCT ?f) AS ?facts) WHERE { ?f a xlk:Fact }";
    static final String CONSTRUCT_FACTS = "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> "
            + "CONSTRUCT { ?f a xlk:Fact } WHERE { ?f a xlk:Fact }";
    static final int LIMIT = 50;

    @TempDir
    static Path tmp;

    static XbrlStore store;
    static FusekiServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serveTheSeed() {
        store = CliTest.linkedSeed(tmp.resolve("store"));
        server = SparqlServer.start(store.dataset().asDatasetGraph(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(2), LIMIT, false));
        base = "http://127.0.0.1:" + server.getHttpPort() + SparqlServer.DATASET;
    }

    @AfterAll
    static void stop() {
        Served.stop(server);
        Served.close(store);
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return Served.get(base + path, accept);
    }

    static HttpResponse<String> query(String endpoint, String sparql, String accept) throws Exception {
        return get("/" + endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    /**
     * A POST on a connection of its own: the client retries a GET whose pooled connection the server has closed (as
     * Jetty does after an error response), but never a POST, which then fails with no response at all.
     */
    static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return post(base + path, contentType, body, HttpClient.newHttpClient());
    }

    static HttpResponse<String> post(String url, String contentType, String body, HttpClient client) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSelectCountsTheNineteenFactsInJsonAndCsv() throws Exception {
        HttpResponse<String> json = query("sparql", COUNT_FACTS, "application/sparql-results+json");
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(json.body().replaceAll("\\s", "").contains("\"value\":\"19\""), json.body());

        // POST to the other name of the endpoint, format chosen by the `format` parameter
        HttpResponse<String> csv = post("/query?format=csv", "application/sparql-query", COUNT_FACTS);
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("facts\r\n19\r\n", csv.body());
    }

    @Test
    void aConstructAnswersInTurtleAndJsonLdByAccept() throws Exception {
        HttpResponse<String> ttl = query("sparql", CONSTRUCT_FACTS, "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertEquals(19, RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph().size());

        HttpResponse<String> jsonld = query("sparql", CONSTRUCT_FACTS, "application/ld+json");
        assertEquals(200, jsonld.statusCode(), jsonld.body());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(19, RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().size());
    }

    @Test
    void theGraphStoreProtocolReadsTheSeedsDisclosureGraph() throws Exception {
        long expected = Txn.calculateRead(store.dataset(),
                () -> store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(SEED_GRAPH)).size());
        assertTrue(expected > LIMIT, "the graph store protocol is not bound by the result limit: " + expected);
        HttpResponse<String> r = get("/get?graph=" + URLEncoder.encode(SEED_GRAPH, StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        assertEquals(expected, g.size());

        assertEquals(404, get("/get?graph=" + URLEncoder.encode("urn:x:none", StandardCharsets.UTF_8), "text/turtle")
                .statusCode());
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        String insert = "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> INSERT DATA { GRAPH <urn:x:g> { <urn:x:f> a xlk:Fact } }";
        int viaUpdate = post("/update", "application/sparql-update", insert).statusCode();
        int viaDataset = post("", "application/sparql-update", insert).statusCode();
        int viaGsp = post("/data?graph=urn:x:g", "text/turtle", "<urn:x:f> a <https://w3id.org/xbrl-linker/ns#Fact> .")
                .statusCode();
        for (int status : new int[] {viaUpdate, viaDataset, viaGsp}) {
            assertTrue(status >= 400 && status < 500, "update answered " + status);
        }
        assertTrue(query("sparql", COUNT_FACTS, "text/csv").body().endsWith("\n19\r\n"));
    }

    @Test
    void aResultOverTheLimitIsRefusedAndTheServerGoesOn() throws Exception {
        HttpResponse<String> tooMany = query("sparql", "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("more than " + LIMIT + " rows"), tooMany.body());

        // a LIMIT within the limit is answered
        HttpResponse<String> limited = query("sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT " + LIMIT,
                "application/sparql-results+json");
        assertEquals(200, limited.statusCode(), limited.body());
        // counted as results, not as lines: a literal (evidence text, documentation) may span lines in CSV
        assertEquals(LIMIT, org.apache.jena.query.ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(
                limited.body().getBytes(StandardCharsets.UTF_8))).rewindable().size());

        HttpResponse<String> construct = query("sparql", "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle");
        assertEquals(400, construct.statusCode(), construct.body());
        assertTrue(construct.body().contains("more than " + LIMIT + " triples"), construct.body());

        assertEquals(200, query("sparql", COUNT_FACTS, "text/csv").statusCode());
    }

    @Test
    void aQueryOverTheTimeoutIsCancelledAndTheServerGoesOn() throws Exception {
        // the server's own answer says it cancelled the query (a cross product of the store four times over, which
        // would run for hours): no clock of the test's decides it
        HttpResponse<String> slow = query("sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "text/csv");
        assertEquals(503, slow.statusCode(), slow.body());
        assertTrue(slow.body().contains("Query timed out"), slow.body());

        assertEquals(200, query("sparql", COUNT_FACTS, "text/csv").statusCode());
    }

    @Test
    void serveWithoutAStoreExitsTwo() {
        CliTest.Result r = CliTest.cli("serve", "--store", tmp.resolve("none").toString(), "--port", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no store here"), r.err());
    }
}
