package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.SparqlServer;

/**
 * {@code serve}'s limits on what a client may send or make it do: request bodies over {@code --max-request-size}
 * get a 413 (with or without a Content-Length, as a query, a form or an update); CORS is off unless {@code --cors}
 * names an origin; TRACE is refused; a query cannot make the server fetch a URL (SERVICE); a malformed query string
 * is a 400. The server goes on serving after each.
 */
class ServeLimitsTest {

    static final int MAX = 16 * 1024;
    static final String COUNT_FACTS = ServeCommandTest.COUNT_FACTS;
    static final String ALLOWED = "https://stewards.example";

    @TempDir
    static Path tmp;

    static XbrlStore store;
    static FusekiServer server;
    static FusekiServer withCors;
    static String root;
    static String corsRoot;

    @BeforeAll
    static void serveTheSeedWithASmallLimit() {
        store = CliTest.linkedSeed(tmp.resolve("store"));
        SparqlServer.Settings settings = new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), 1000, false)
                .withMaxRequestBytes(MAX);
        server = SparqlServer.start(store, settings, CheckCatalogue.load(List.of()));
        root = "http://127.0.0.1:" + server.getHttpPort();
        withCors = SparqlServer.start(store, settings.withCorsOrigins(List.of(ALLOWED)), CheckCatalogue.load(List.of()));
        corsRoot = "http://127.0.0.1:" + withCors.getHttpPort();
    }

    @AfterAll
    static void stop() {
        Served.stop(server, withCors);
        Served.close(store);
    }

    /** A request on a connection of its own, with the headers given (name, value, name, value...). */
    static HttpResponse<String> send(String url, String method, HttpRequest.BodyPublisher body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The fact count query padded with a comment to {@code bytes} bytes. */
    static String paddedQuery(int bytes) {
        String head = "# " + "x".repeat(Math.max(0, bytes - COUNT_FACTS.length() - 3)) + "\n";
        return head + COUNT_FACTS;
    }

    static void stillServing(String base) throws Exception {
        HttpResponse<String> r = send(base + "/xbrl/sparql?format=csv&query="
                + URLEncoder.encode(COUNT_FACTS, StandardCharsets.UTF_8), "GET", HttpRequest.BodyPublishers.noBody());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("facts\r\n19\r\n", r.body());
    }

    static void tooLarge(HttpResponse<String> r) {
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains(Integer.toString(MAX)), "names the limit: " + r.body());
        assertTrue(r.body().length() < 1000, r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }

    @Test
    void aQueryJustUnderTheLimitIsAnswered() throws Exception {
        String query = paddedQuery(MAX - 10);
        assertTrue(query.getBytes(StandardCharsets.UTF_8).length < MAX);
        HttpResponse<String> r = send(root + "/xbrl/sparql?format=csv", "POST",
                HttpRequest.BodyPublishers.ofString(query), "Content-Type", "application/sparql-query");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("facts\r\n19\r\n", r.body());
    }

    /** The same for a raw answer: its status line, then the body after the headers. */
    static void tooLarge(String request, String raw) {
        assertTrue(raw.startsWith("HTTP/1.1 413 "), request + ": " + raw);
        assertTrue(raw.contains("\r\n\r\n"), request + ": " + raw);
        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        assertTrue(body.contains(Integer.toString(MAX)), request + " names the limit: " + raw);
        assertTrue(body.length() < 1000, raw);
        assertFalse(body.contains("Exception") || body.contains("\tat "), raw);
    }

    /**
     * The server refuses a body over the limit on its Content-Length, before reading it: it answers 413 and closes the
     * connection. A client that sends the body anyway may still be sending when the server closes; the body's unread
     * bytes then make the close a reset, which can reach the client before the 413 it was sent (the JDK's client then
     * says "header parser received no bytes", about once in 300 requests here). Both are legal. So the refusal is
     * asserted on requests that declare the size and send no body, where nothing is left unread and the 413 is always
     * read whole; the same requests with their bodies must get the 413 or a closed connection, and then the server
     * answers the next request.
     */
    @Test
    void aBodyOverTheLimitIsRefusedWith413AndTheServerGoesOn() throws Exception {
        String query = paddedQuery(MAX + 1);
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        // a query, a form, an update (refused for its size before anything asks whether updates are allowed), a check
        String[][] requests = {{"/xbrl/sparql", "application/sparql-query", query},
                {"/xbrl/sparql", "application/x-www-form-urlencoded", form},
                {"/xbrl/update", "application/sparql-update", query},
                {"/checks/calculation", "text/plain", query}};
        for (String[] r : requests) {
            String request = "POST " + r[0] + " (" + r[1] + ")";
            tooLarge(request, raw(server.getHttpPort(), "POST " + r[0] + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: " + r[1] + "\r\nContent-Length: " + r[2].getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n"));
        }
        for (String[] r : requests) {
            HttpResponse<String> answer;
            try {
                answer = send(root + r[0], "POST", HttpRequest.BodyPublishers.ofString(r[2]), "Content-Type", r[1]);
            } catch (IOException closedWhileSending) {
                continue; // the server refused and closed while the body was on its way (see above)
            }
            tooLarge(answer);
        }
        stillServing(root);
    }

    @Test
    void aStreamedBodyWithoutContentLengthIsCutAtTheLimit() throws Exception {
        // 10 MiB promised in chunks: the server stops reading at the limit and answers 413
        InputStream endless = new InputStream() {
            private long left = 10L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? '#' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) '#');
                left -= n;
                return n;
            }
        };
        try {
            tooLarge(send(root + "/xbrl/sparql", "POST", HttpRequest.BodyPublishers.ofInputStream(() -> endless),
                    "Content-Type", "application/sparql-query"));
        } catch (IOException closedWhileSending) {
            // the server may answer and close before the client has sent all it promised; the raw request below
            // reads that answer whatever the client does
        }
        // raw, the body goes one byte past the limit and no further (no closing chunk: the server has read all
        // there is when it answers, so its close cannot be a reset that loses the answer; see the test above)
        String raw = raw(server.getHttpPort(), "POST /xbrl/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "4000\r\n" + "#".repeat(0x4000) + "\r\n" + "1\r\n#\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 413 ") && raw.contains(Integer.toString(MAX)), raw);
        // a form streamed the same way: "query=" and one chunk of 0x4000 bytes are past the limit
        String form = raw(server.getHttpPort(), "POST /xbrl/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "6\r\nquery=\r\n" + "4000\r\n" + "%23".repeat(0x4000 / 3) + "#\r\n");
        assertTrue(form.startsWith("HTTP/1.1 413 ") && form.contains(Integer.toString(MAX)), form);
        stillServing(root);
    }

    @Test
    void aStreamedQueryUnderTheLimitIsAnswered() throws Exception {
        byte[] query = paddedQuery(MAX - 100).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send(root + "/xbrl/sparql?format=csv", "POST",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(query)),
                "Content-Type", "application/sparql-query");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("facts\r\n19\r\n", r.body());

        String form = "query=" + URLEncoder.encode(COUNT_FACTS, StandardCharsets.UTF_8);
        String raw = raw(server.getHttpPort(), "POST /xbrl/sparql?format=csv HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(form.length()) + "\r\n" + form + "\r\n0\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 200 "), raw);
        assertTrue(raw.endsWith("facts\r\n19\r\n") || raw.contains("\r\nfacts\r\n19\r\n"), raw);
    }

    @Test
    void withoutCorsNeitherAPreflightNorACrossOriginGetIsAllowed() throws Exception {
        for (String path : new String[] {"/xbrl/sparql", "/xbrl/update", "/xbrl/get", "/checks", "/id/x", "/"}) {
            HttpResponse<String> preflight = send(root + path, "OPTIONS", HttpRequest.BodyPublishers.noBody(),
                    "Origin", "https://evil.example", "Access-Control-Request-Method", "POST",
                    "Access-Control-Request-Headers", "content-type");
            assertEquals(Optional.empty(), preflight.headers().firstValue("Access-Control-Allow-Origin"), path);
            assertEquals(Optional.empty(), preflight.headers().firstValue("Access-Control-Allow-Methods"), path);
        }
        HttpResponse<String> get = send(root + "/xbrl/sparql?format=csv&query="
                + URLEncoder.encode(COUNT_FACTS, StandardCharsets.UTF_8), "GET", HttpRequest.BodyPublishers.noBody(),
                "Origin", "https://evil.example");
        assertEquals(200, get.statusCode());
        assertEquals(Optional.empty(), get.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.empty(), get.headers().firstValue("Access-Control-Allow-Credentials"));
    }

    @Test
    void withCorsOnlyTheNamedOriginIsAllowedAndNeverWithCredentials() throws Exception {
        HttpResponse<String> preflight = send(corsRoot + "/xbrl/sparql", "OPTIONS", HttpRequest.BodyPublishers.noBody(),
                "Origin", ALLOWED, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
        assertEquals(Optional.of(ALLOWED), preflight.headers().firstValue("Access-Control-Allow-Origin"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"),
                preflight.headers().map().toString());
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse("false").equals("true"));

        HttpResponse<String> get = send(corsRoot + "/xbrl/sparql?format=csv&query="
                + URLEncoder.encode(COUNT_FACTS, StandardCharsets.UTF_8), "GET", HttpRequest.BodyPublishers.noBody(),
                "Origin", ALLOWED);
        assertEquals(200, get.statusCode());
        assertEquals(Optional.of(ALLOWED), get.headers().firstValue("Access-Control-Allow-Origin"));

        // another origin, and a look-alike of the allowed one, get nothing
        for (String other : new String[] {"https://evil.example", "https://stewards.example.evil.example",
                "https://stewardsXexample"}) {
            HttpResponse<String> p = send(corsRoot + "/xbrl/sparql", "OPTIONS", HttpRequest.BodyPublishers.noBody(),
                    "Origin", other, "Access-Control-Request-Method", "POST");
            assertEquals(Optional.empty(), p.headers().firstValue("Access-Control-Allow-Origin"), other);
            HttpResponse<String> g = send(corsRoot + "/xbrl/sparql?format=csv&query="
                    + URLEncoder.encode(COUNT_FACTS, StandardCharsets.UTF_8), "GET", HttpRequest.BodyPublishers.noBody(),
                    "Origin", other);
            assertEquals(Optional.empty(), g.headers().firstValue("Access-Control-Allow-Origin"), other);
        }
        // a write method is not offered to the allowed origin either
        HttpResponse<String> put = send(corsRoot + "/xbrl/data", "OPTIONS", HttpRequest.BodyPublishers.noBody(),
                "Origin", ALLOWED, "Access-Control-Request-Method", "PUT");
        assertFalse(put.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"),
                put.headers().map().toString());
    }

    @Test
    void traceIsRefusedAndEchoesNothing() throws Exception {
        for (String path : new String[] {"/", "/checks", "/id/x", "/xbrl/sparql", "/web/query-page.js"}) {
            String raw = raw(server.getHttpPort(), "TRACE " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Basic c2VjcmV0OnNlY3JldA==\r\nCookie: session=secret\r\nConnection: close\r\n\r\n");
            assertTrue(raw.startsWith("HTTP/1.1 405 "), path + ": " + raw);
            assertFalse(raw.contains("c2VjcmV0OnNlY3JldA==") || raw.contains("session=secret"), raw);
        }
    }

    @Test
    void aServiceClauseMakesNoConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(500);
            String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = send(root + "/xbrl/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    "GET", HttpRequest.BodyPublishers.noBody());
            assertEquals(4, r.statusCode() / 100, r.statusCode() + " " + r.body());
            assertTrue(r.body().contains("SERVICE execution disabled"), r.body());
            boolean connected;
            try (Socket ignored = listener.accept()) {
                connected = true;
            } catch (SocketTimeoutException none) {
                connected = false;
            }
            assertFalse(connected, "the server connected to the SERVICE address");
        }
        stillServing(root);
    }

    @Test
    void aMalformedQueryStringIsABadRequest() throws Exception {
        for (String path : new String[] {"/xbrl/get?graph=%zz", "/xbrl/sparql?query=%", "/checks?format=%G1",
                "/xbrl/sparql?query=%C3%28"}) {
            String raw = raw(server.getHttpPort(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertTrue(raw.startsWith("HTTP/1.1 400 "), path + ": " + raw);
            assertTrue(raw.contains("The query string is not valid percent-encoded UTF-8"), raw);
        }
        stillServing(root);
    }

    /** Sends raw bytes (for what a well-behaved client will not send) and reads the whole answer. */
    static String raw(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            try {
                new ByteArrayInputStream(request.getBytes(StandardCharsets.ISO_8859_1)).transferTo(s.getOutputStream());
                s.getOutputStream().flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before reading everything: its answer is still there to read
            }
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
