package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.SparqlServer;

/**
 * Every error the server can be made to answer, on each of its servlets, names no exception, no stack frame, no
 * source file, and neither the store's folder, the checks' folder nor the user's home: each case is provoked over
 * raw HTTP and its whole answer (status line, headers, body) searched.
 */
class ServeErrorLeakTest {

    static final String USER = "steward";
    static final String PASSWORD = "s3cret-for-tests";

    @TempDir
    static Path tmp;

    static XbrlStore store;
    static XbrlStore scratch;
    static FusekiServer server;
    static FusekiServer writable;
    static Path storeDir;
    static Path checksDir;

    @BeforeAll
    static void serve() throws Exception {
        storeDir = tmp.resolve("store");
        store = CliTest.linkedSeed(storeDir);
        checksDir = Files.createDirectories(tmp.resolve("steward-checks"));
        // a check whose ?status is neither pass nor fail, and one that runs past the timeout
        Files.writeString(checksDir.resolve("bad-status.rq"), """
                # id: steward.bad-status
                # severity: warning
                # description: answers a status that is neither pass nor fail
                # message: {g}
                SELECT ?g ?status WHERE { GRAPH ?g { ?s ?p ?o } BIND("maybe" AS ?status) } LIMIT 1
                """);
        Files.writeString(checksDir.resolve("slow.rq"), """
                # id: steward.slow
                # severity: warning
                # description: a four-way cross join of the store
                # message: {g}
                SELECT ?g ?status WHERE { GRAPH ?g { ?a ?b ?c } ?d ?e ?f . ?h ?i ?j . ?k ?l ?m BIND("pass" AS ?status) }
                """);
        server = SparqlServer.start(store, new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(2), 50, false)
                .withMaxRequestBytes(8 * 1024), CheckCatalogue.load(List.of(checksDir)));

        Path users = Files.writeString(tmp.resolve("users.properties"), USER + ": " + PASSWORD + "\n");
        scratch = XbrlStore.inMemory();
        writable = SparqlServer.start(scratch, new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(2), 50,
                false).withUpdatesBy(users), CheckCatalogue.load(List.of()));
    }

    @AfterAll
    static void stop() {
        Served.stop(server, writable);
        Served.close(store, scratch);
    }

    record Case(String name, int status, String request) {
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Case get(String name, int status, String target, String accept) {
        return new Case(name, status, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept
                + "\r\nConnection: close\r\n\r\n");
    }

    static Case send(String name, int status, String method, String target, String contentType, String body,
                     String extraHeaders) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Case(name, status, method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + bytes.length + "\r\n" + extraHeaders + "Connection: close\r\n\r\n"
                + new String(bytes, StandardCharsets.ISO_8859_1));
    }

    static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    static List<Case> readOnlyCases() {
        List<Case> cases = new ArrayList<>();
        // the SPARQL endpoint
        cases.add(get("bad query syntax", 400, "/xbrl/sparql?query=" + q("SELECT * WHERE {"), "*/*"));
        cases.add(send("bad query syntax, posted", 400, "POST", "/xbrl/query", "application/sparql-query",
                "SELECT ?x WHERE { ?x <", ""));
        cases.add(get("an unknown prefix", 400, "/xbrl/sparql?query=" + q("SELECT * WHERE { ?s nope:p ?o }"), "*/*"));
        cases.add(get("over the result limit", 400, "/xbrl/sparql?query=" + q("SELECT * WHERE { ?s ?p ?o }"),
                "text/csv"));
        cases.add(get("over the timeout", 503, "/xbrl/sparql?query=" + q(CROSS_JOIN), "text/csv"));
        cases.add(get("a SERVICE clause", 422, "/xbrl/sparql?query="
                + q("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }"), "*/*"));
        cases.add(get("a query string with bad escapes", 400, "/xbrl/sparql?query=%zz", "*/*"));
        cases.add(get("no query at all", 404, "/xbrl/sparql", "*/*"));
        cases.add(send("an unsupported body", 415, "POST", "/xbrl/sparql", "text/plain", "SELECT * {}", ""));
        cases.add(send("a body over the limit", 413, "POST", "/xbrl/sparql", "application/sparql-query",
                "# " + "x".repeat(9000) + "\nASK {}", ""));
        cases.add(get("an unknown endpoint", 404, "/xbrl/nosuch", "*/*"));
        cases.add(get("an unknown dataset", 404, "/nosuch/sparql", "*/*"));
        // the graph store protocol
        cases.add(get("an unknown graph", 404, "/xbrl/get?graph=" + q("urn:x:none"), "text/turtle"));
        cases.add(get("a graph name with bad escapes", 400, "/xbrl/get?graph=%zz", "text/turtle"));
        cases.add(send("an update on the read-only server", 404, "POST", "/xbrl/update", "application/sparql-update",
                "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", ""));
        cases.add(send("an update at the dataset URL", 405, "POST", "/xbrl", "application/sparql-update",
                "LOAD <file:///etc/passwd>", ""));
        cases.add(send("a graph write on the read-only server", 405, "PUT", "/xbrl/data?graph=urn:x:g", "text/turtle",
                "<urn:x:a> <urn:x:b> <urn:x:c> .", ""));
        // the data IRIs
        cases.add(get("no resource named", 404, "/id/", "text/html"));
        cases.add(get("a resource the store lacks", 404, "/id/nothing/here", "text/turtle"));
        cases.add(get("a path with bad escapes", 400, "/id/%zz", "*/*"));
        cases.add(get("a path with a NUL", 400, "/id/a%00b", "*/*"));
        cases.add(get("a path out of the folder", 400, "/id/..%2f..%2f..%2fetc%2fpasswd", "*/*"));
        cases.add(get("an Accept nothing matches", 406, "/id/" + DereferenceTest.SEED, "image/png"));
        cases.add(send("a POST to a data IRI", 405, "POST", "/id/" + DereferenceTest.SEED, "text/plain", "x",
                ""));
        // the checks
        cases.add(get("an unknown check (JSON)", 404, "/checks/nosuch", "application/json"));
        cases.add(get("an unknown check (HTML)", 404, "/checks/nosuch", "text/html"));
        cases.add(get("a check that fails to run (JSON)", 500, "/checks/steward.bad-status", "application/json"));
        cases.add(get("a check that fails to run (HTML)", 500, "/checks/steward.bad-status", "text/html"));
        cases.add(get("a check over the timeout", 503, "/checks/steward.slow", "application/json"));
        cases.add(send("a POST to the catalogue", 405, "POST", "/checks", "text/plain", "x", ""));
        // the page and its files
        cases.add(get("a file that is not there", 404, "/web/none.js", "*/*"));
        cases.add(get("a file outside the folder", 400, "/web/..%2f..%2fMETA-INF%2fMANIFEST.MF", "*/*"));
        cases.add(get("a type that is not served", 404, "/web/query-page.class", "*/*"));
        cases.add(new Case("TRACE", 405, "TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        cases.add(new Case("a request line that is not HTTP", 400, "GET /\u0001 HTTP/1.1\r\n\r\n"));
        return cases;
    }

    static List<Case> writableCases() {
        String auth = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        List<Case> cases = new ArrayList<>();
        cases.add(send("an update without credentials", 401, "POST", "/xbrl/update", "application/sparql-update",
                "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", ""));
        cases.add(send("credentials that are not Base64", 401, "POST", "/xbrl/update", "application/sparql-update",
                "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", "Authorization: Basic !!!\r\n"));
        cases.add(send("bad update syntax", 400, "POST", "/xbrl/update", "application/sparql-update",
                "INSERT DATA { <urn:x:a> ", auth));
        cases.add(send("LOAD of a local file", 400, "POST", "/xbrl/update", "application/sparql-update",
                "LOAD <file://" + storeDir.toAbsolutePath() + "/tdb.lock> INTO GRAPH <urn:x:g>", auth));
        cases.add(send("bad Turtle to the graph store", 400, "PUT", "/xbrl/data?graph=urn:x:g", "text/turtle",
                "<https://example.org/a> <https://example.org/b> ", auth));
        return cases;
    }

    static void assertNoLeak(Case c, String answer, int port) throws Exception {
        String home = System.getProperty("user.home");
        assertTrue(answer.startsWith("HTTP/1.1 " + c.status() + " "), c.name() + ":\n" + answer);
        for (String leak : new String[] {"Exception", "\tat ", ".java", "org.apache.", "org.eclipse.",
                storeDir.toAbsolutePath().toString(), checksDir.toAbsolutePath().toString(), tmp.toString(), home}) {
            assertFalse(answer.contains(leak), c.name() + " shows \"" + leak + "\":\n" + answer);
        }
    }

    @Test
    void noErrorAnswerOfTheReadOnlyServerShowsAStackTraceOrAPath() throws Exception {
        for (Case c : readOnlyCases()) {
            assertNoLeak(c, ServeLimitsTest.raw(server.getHttpPort(), c.request()), server.getHttpPort());
        }
        // and it is still serving
        String ok = ServeLimitsTest.raw(server.getHttpPort(), "GET /xbrl/sparql?format=csv&query="
                + q(ServeCommandTest.COUNT_FACTS) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(ok.startsWith("HTTP/1.1 200 ") && ok.contains("19"), ok);
    }

    @Test
    void noErrorAnswerOfTheWritableServerShowsAStackTraceOrAPath() throws Exception {
        for (Case c : writableCases()) {
            assertNoLeak(c, ServeLimitsTest.raw(writable.getHttpPort(), c.request()), writable.getHttpPort());
        }
        assertEquals(0, scratch.size(), "a failed update wrote nothing");
    }

    @Test
    void aCheckThatFailsToRunIsNamedByItsFileAlone() throws Exception {
        String answer = ServeLimitsTest.raw(server.getHttpPort(), "GET /checks/steward.bad-status HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
        assertTrue(answer.contains("check steward.bad-status could not run: bad-status.rq: ?status must be "
                + "\\\"pass\\\" or \\\"fail\\\", was maybe"), answer);
    }
}
