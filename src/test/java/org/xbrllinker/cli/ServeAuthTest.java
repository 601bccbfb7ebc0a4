package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.SparqlServer;

import picocli.CommandLine;

/**
 * {@code serve --allow-update --users FILE}: SPARQL Update and graph store writes only for the file's users (HTTP
 * Basic), refused without credentials or with wrong ones and then nothing is written; everything that reads stays
 * public. And the usage errors of the options.
 */
class ServeAuthTest {

    static final String USER = "steward";
    static final String PASSWORD = "correct horse battery staple";
    static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <" + Iris.DEFAULT_BASE + "test/s> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> \"written\" } }";

    @TempDir
    static Path tmp;

    static XbrlStore store;
    static FusekiServer server;
    static String root;

    @BeforeAll
    static void serveWithUpdatesForOneUser() throws Exception {
        Path users = Files.writeString(tmp.resolve("users.properties"),
                "# who may update\n" + USER + ": " + PASSWORD + "\nauditor: other-password\n");
        store = XbrlStore.inMemory();
        server = SparqlServer.start(store, new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), 1000, false)
                .withUpdatesBy(users), CheckCatalogue.load(List.of()));
        root = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        Served.stop(server);
        Served.close(store);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request on a connection of its own (the client does not retry a POST on a connection the server closed). */
    static HttpResponse<String> send(String method, String path, String contentType, String body, String authorization)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long triples(String graph) {
        return Txn.calculateRead(store.dataset(),
                () -> store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(graph)).size());
    }

    @Test
    void anUpdateWithoutCredentialsIsAskedToLogInAndWritesNothing() throws Exception {
        HttpResponse<String> r = send("POST", "/xbrl/update", "application/sparql-update", INSERT, null);
        assertEquals(401, r.statusCode(), r.body());
        String challenge = r.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.toLowerCase(Locale.ROOT).startsWith("basic realm=\"" + SparqlServer.REALM + "\""), challenge);
        assertEquals(0, triples("urn:x:g"));

        // as a form, the way the query page would post it
        HttpResponse<String> form = send("POST", "/xbrl/update", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8), null);
        assertEquals(401, form.statusCode(), form.body());
        assertEquals(0, triples("urn:x:g"));
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedAndWritesNothing() throws Exception {
        assertEquals(401, send("POST", "/xbrl/update", "application/sparql-update", INSERT,
                basic(USER, PASSWORD + "x")).statusCode());
        assertEquals(401, send("POST", "/xbrl/update", "application/sparql-update", INSERT,
                basic("mallory", PASSWORD)).statusCode());
        assertEquals(401, send("POST", "/xbrl/update", "application/sparql-update", INSERT,
                "Basic not-base64!").statusCode());
        assertEquals(0, triples("urn:x:g"));
    }

    @Test
    void graphStoreWritesNeedCredentialsToo() throws Exception {
        String turtle = "<https://example.org/a> <https://example.org/b> <https://example.org/c> .";
        assertEquals(401, send("PUT", "/xbrl/data?graph=urn:x:put", "text/turtle", turtle, null).statusCode());
        assertEquals(401, send("POST", "/xbrl/data?graph=urn:x:put", "text/turtle", turtle, null).statusCode());
        assertEquals(401, send("DELETE", "/xbrl/data?graph=urn:x:put", null, null, null).statusCode());
        assertEquals(0, triples("urn:x:put"));

        HttpResponse<String> put = send("PUT", "/xbrl/data?graph=urn:x:put", "text/turtle", turtle,
                basic(USER, PASSWORD));
        assertEquals(2, put.statusCode() / 100, put.statusCode() + " " + put.body());
        assertEquals(1, triples("urn:x:put"));

        // the read-write endpoint asks for a user to read too; /xbrl/get reads the same graph without one
        assertEquals(401, send("GET", "/xbrl/data?graph=urn:x:put", null, null, null).statusCode());
        HttpResponse<String> get = send("GET", "/xbrl/get?graph=urn:x:put", null, null, null);
        assertEquals(200, get.statusCode(), get.body());
        assertTrue(get.body().contains("https://example.org/c"), get.body());
    }

    @Test
    void evenAUserCannotMakeTheServerReadAFileOrFetchAUrl() throws Exception {
        Path turtle = Files.writeString(tmp.resolve("on-the-server.ttl"), "<https://example.org/a> "
                + "<https://example.org/b> \"from the server's disk\" .\n");
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(500);
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/data.ttl";
            for (String update : new String[] {
                    "LOAD <" + turtle.toUri() + "> INTO GRAPH <urn:x:load>",
                    "LOAD SILENT <" + url + "> INTO GRAPH <urn:x:load>",
                    "INSERT DATA { GRAPH <urn:x:load> { <urn:x:a> <urn:x:b> 1 } } ; LOAD <" + turtle.toUri() + ">",
                    "INSERT { GRAPH <urn:x:load> { ?s ?p ?o } } WHERE { SERVICE <" + url + "> { ?s ?p ?o } }"}) {
                HttpResponse<String> r = send("POST", "/xbrl/update", "application/sparql-update", update,
                        basic(USER, PASSWORD));
                assertEquals(400, r.statusCode(), update + ": " + r.body());
                assertTrue(r.body().contains("LOAD is not allowed on this server")
                        || r.body().contains("SERVICE is not allowed on this server"), r.body());
            }
            boolean connected;
            try (Socket ignored = listener.accept()) {
                connected = true;
            } catch (SocketTimeoutException none) {
                connected = false;
            }
            assertFalse(connected, "the server connected to the URL");
        }
        assertEquals(0, triples("urn:x:load"));
    }

    @Test
    void theDatasetUrlTakesNoUpdateEvenWithCredentials() throws Exception {
        // only /xbrl/update writes: the dataset's own URL stays a public query endpoint
        HttpResponse<String> r = send("POST", "/xbrl", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:x:ds> { <urn:x:a> <urn:x:b> 1 } }", basic(USER, PASSWORD));
        assertEquals(4, r.statusCode() / 100, r.statusCode() + " " + r.body());
        assertEquals(0, triples("urn:x:ds"));
    }

    @Test
    void withCredentialsTheUpdateIsWrittenAndEveryReadingPathStaysPublic() throws Exception {
        HttpResponse<String> r = send("POST", "/xbrl/update", "application/sparql-update", INSERT, basic(USER, PASSWORD));
        assertEquals(2, r.statusCode() / 100, r.statusCode() + " " + r.body());
        assertEquals(1, triples("urn:x:g"));
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().contains(
                NodeFactory.createURI("urn:x:g"), NodeFactory.createURI(Iris.DEFAULT_BASE + "test/s"), null,
                NodeFactory.createLiteralString("written"))));

        // no credentials on any of these: queries (GET, POST, form, the dataset URL), graphs, pages, data IRIs, checks
        String ask = "ASK { <" + Iris.DEFAULT_BASE + "test/s> ?p \"written\" }";
        HttpResponse<String> get = send("GET", "/xbrl/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)
                + "&format=json", null, null, null);
        assertEquals(200, get.statusCode(), get.body());
        assertTrue(get.body().replaceAll("\\s", "").contains("\"boolean\":true"), get.body());
        assertEquals(200, send("POST", "/xbrl/query", "application/sparql-query", ask, null).statusCode());
        assertEquals(200, send("POST", "/xbrl/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), null).statusCode());
        assertEquals(200, send("GET", "/xbrl?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), null, null, null)
                .statusCode());
        HttpResponse<String> graph = send("GET", "/xbrl/get?graph=urn:x:g", null, null, null);
        assertEquals(200, graph.statusCode(), graph.body());
        assertTrue(graph.body().contains("written"), graph.body());
        HttpResponse<String> page = send("GET", "/id/test/s", null, null, null);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("written"), page.body());
        assertEquals(200, send("GET", "/", null, null, null).statusCode());
        assertEquals(200, send("GET", "/checks", null, null, null).statusCode());
        assertEquals(200, send("GET", "/checks/calculation", null, null, null).statusCode());
        assertEquals(200, send("GET", "/$/ping", null, null, null).statusCode());
    }

    /**
     * The password file is read when the server starts, with no thread watching it: Jena's user store re-read it
     * every 5 s on a thread that went on (and logged, once the file was gone) after the server had stopped.
     */
    @Test
    void thePasswordFileIsNoLongerWatchedOnceItsServerStopped() throws Exception {
        Path dir = Files.createTempDirectory("serve-users");
        Path users = Files.writeString(dir.resolve("users.properties"), "alice: secret\n");
        XbrlStore own = XbrlStore.inMemory();
        long before = scanners();
        FusekiServer s = SparqlServer.start(own, new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), 1000,
                false).withUpdatesBy(users), CheckCatalogue.load(List.of()));
        String root = "http://127.0.0.1:" + s.getHttpPort();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "/xbrl/update"))
                .header("Authorization", basic("alice", "secret")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode(), "the file's user may update: " + r.body());
        assertEquals(1, own.size(), "the update was written");
        assertEquals(before, scanners(), "no thread watches the password file");
        Served.stop(s);
        assertEquals(before, scanners(), "no thread watches the password file after the server stopped: "
                + Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.startsWith("Scanner"))
                .toList() + " " + before);
    }

    /** Live threads of Jetty's file scanners. */
    private static long scanners() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("Scanner-")).count();
    }

    @Test
    void describeNamesTheUsersFileAndTheWriteEndpoints() {
        String described = SparqlServer.describe(server, new SparqlServer.Settings("127.0.0.1", 0,
                Duration.ofSeconds(5), 1000, false).withUpdatesBy(tmp.resolve("users.properties")));
        assertTrue(described.contains("/xbrl/update  and graph writes at "), described);
        assertTrue(described.contains("for the users of users.properties (HTTP Basic)"), described);
        // /xbrl/data asks for a login then, so it is not offered for reading
        assertTrue(described.contains("/xbrl/get?graph=IRI\n"), described);
    }

    static ServeCommand parsed(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void theOptionsBecomeTheServersSettings() throws Exception {
        Path users = tmp.resolve("users.properties");
        SparqlServer.Settings s = parsed("--allow-update", "--users", users.toString(), "--max-request-size", "512K",
                "--cors", "https://stewards.example", "--cors", "http://localhost:8000").settings();
        assertTrue(s.allowUpdate());
        assertEquals(users, s.users());
        assertEquals(512 * 1024, s.maxRequestBytes());
        assertEquals(List.of("https://stewards.example", "http://localhost:8000"), s.corsOrigins());

        SparqlServer.Settings defaults = parsed().settings();
        assertFalse(defaults.allowUpdate());
        assertNull(defaults.users());
        assertEquals(4L * 1024 * 1024, defaults.maxRequestBytes());
        assertEquals(List.of(), defaults.corsOrigins());
        assertEquals(3_000_000, parsed("--max-request-size", "3000000").settings().maxRequestBytes());
        assertEquals(1L << 30, parsed("--max-request-size", "1g").settings().maxRequestBytes());
    }

    @Test
    void updatesWithoutUsersAndOtherBadOptionsAreUsageErrors() throws Exception {
        Path storeDir = Files.createDirectories(tmp.resolve("empty-store"));
        String s = storeDir.toString();

        CliTest.Result noUsers = CliTest.cli("serve", "--store", s, "--port", "0", "--allow-update");
        assertEquals(2, noUsers.exit());
        assertEquals("xbrl-linker: --allow-update needs --users FILE: updates are accepted only from the users it names",
                noUsers.err().strip());

        Path users = tmp.resolve("users.properties");
        CliTest.Result noUpdate = CliTest.cli("serve", "--store", s, "--port", "0", "--users", users.toString());
        assertEquals(2, noUpdate.exit());
        assertTrue(noUpdate.err().contains("--users names who may update; it takes --allow-update"), noUpdate.err());

        Path missing = tmp.resolve("no-such-users");
        CliTest.Result none = CliTest.cli("serve", "--store", s, "--port", "0", "--allow-update", "--users",
                missing.toString());
        assertEquals(2, none.exit());
        assertEquals("xbrl-linker: --users " + missing + ": no such file", none.err().strip());

        Path empty = Files.writeString(tmp.resolve("empty-users"), "# nobody\n");
        CliTest.Result nobody = CliTest.cli("serve", "--store", s, "--port", "0", "--allow-update", "--users",
                empty.toString());
        assertEquals(2, nobody.exit());
        assertTrue(nobody.err().contains("names no user; expected 'user: password' lines"), nobody.err());

        Path blank = Files.writeString(tmp.resolve("blank-password"), "steward:\n");
        CliTest.Result noPassword = CliTest.cli("serve", "--store", s, "--port", "0", "--allow-update", "--users",
                blank.toString());
        assertEquals(2, noPassword.exit());
        assertTrue(noPassword.err().contains("user steward has no password"), noPassword.err());

        CliTest.Result size = CliTest.cli("serve", "--store", s, "--port", "0", "--max-request-size", "lots");
        assertEquals(2, size.exit());
        assertTrue(size.err().contains("--max-request-size: expected a number of bytes such as 4194304, 512K or 4M, "
                + "found \"lots\""), size.err());
        assertEquals(2, CliTest.cli("serve", "--store", s, "--port", "0", "--max-request-size", "0").exit());

        for (String origin : new String[] {"*", "https://a.example/page", "null", "ftp://a.example"}) {
            CliTest.Result cors = CliTest.cli("serve", "--store", s, "--port", "0", "--cors", origin);
            assertEquals(2, cors.exit(), origin);
            assertTrue(cors.err().contains("--cors: expected an origin such as https://example.org:8443"), cors.err());
        }
    }
}
