package org.xbrllinker.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbrllinker.serve.SparqlServer;
import org.xbrllinker.server.ServerApi.User;

/**
 * The server's limits on WildFly, over raw HTTP so that every byte of each answer is seen: the stewards' endpoint
 * refuses a body over {@code xbrl-linker.max-request-size} (default 4 MiB) with a 413 and a one-line message, and
 * TRACE; no path answers CORS; and no error answer of the REST API or of the endpoint (a table of bad requests, the
 * mirror of {@code ServeErrorLeakTest} for the WAR) shows a stack trace, a class of the product or of WildFly, or a
 * folder of the server. The API's errors are {@code application/problem+json}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerLimitsIT {

    static final String APP = "/xbrl-linker/";
    static final String ORIGIN = "https://elsewhere.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerApi.war();
    }

    @ArquillianResource
    URL base;

    String host;
    int port;

    @BeforeEach
    void address() {
        host = base.getHost();
        port = base.getPort();
    }

    /** A request and the status it must get; {@code problem}: the answer must be an API problem document. */
    record Case(String name, int status, boolean problem, String request) {
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(User user) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString((user.name() + ":" + user.password())
                .getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    Case get(String name, int status, boolean problem, String target, String accept) {
        return new Case(name, status, problem, "GET " + APP + target + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: "
                + accept + "\r\nConnection: close\r\n\r\n");
    }

    Case send(String name, int status, boolean problem, String method, String target, String contentType,
              String body, String extraHeaders) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Case(name, status, problem, method + " " + APP + target + " HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length + "\r\n" + extraHeaders
                + "Connection: close\r\n\r\n" + new String(bytes, StandardCharsets.ISO_8859_1));
    }

    List<Case> apiCases() {
        String op = basic(User.OPERATOR);
        String start = "api/jobs/link-disclosures/executions";
        List<Case> cases = new ArrayList<>();
        cases.add(send("a body that is not JSON", 400, true, "POST", start, "application/json", "{\"parameters\": ", op));
        cases.add(send("a JSON array, not an object", 400, true, "POST", start, "application/json", "[1, 2]", op));
        cases.add(send("parameters that are not an object", 400, true, "POST", start, "application/json",
                "{\"parameters\": 7}", op));
        cases.add(send("no inputs", 400, true, "POST", start, "application/json", "{\"parameters\": {}}", op));
        cases.add(send("an input that is not there", 400, true, "POST", start, "application/json",
                "{\"parameters\": {\"inputs\": [\"no/such/input.txt\"]}}", op));
        cases.add(send("an unknown job parameter", 400, true, "POST", start, "application/json",
                "{\"parameters\": {\"inputs\": [\"x\"], \"colour\": \"red\"}}", op));
        cases.add(send("XML, not JSON", 400, true, "POST", start, "application/xml", "<parameters/>", op));
        cases.add(send("an unknown job", 404, true, "POST", "api/jobs/no-such-job/executions", "application/json",
                "{}", op));
        cases.add(get("an unknown execution", 404, true, "api/executions/987654", "application/json"));
        cases.add(get("an execution id that is not a number", 404, true, "api/executions/abc", "application/json"));
        cases.add(get("an execution id past a long", 404, true, "api/executions/99999999999999999999999",
                "application/json"));
        cases.add(get("the report of an unknown execution", 404, true, "api/executions/987654/report", "*/*"));
        cases.add(send("stopping an unknown execution", 404, true, "POST", "api/executions/987654/stop",
                "application/json", "", op));
        cases.add(send("restarting an unknown execution", 404, true, "POST", "api/executions/987654/restart",
                "application/json", "", op));
        cases.add(get("a limit out of range", 400, true, "api/executions?limit=0", "application/json"));
        cases.add(get("a limit that is not a number", 404, true, "api/executions?limit=lots", "application/json"));
        cases.add(get("an unknown path under the API", 404, true, "api/nosuch", "application/json"));
        cases.add(send("a method the resource lacks", 405, true, "DELETE", "api/jobs", "application/json", "", op));
        cases.add(send("PUT on an execution", 405, true, "PUT", "api/executions/1", "application/json", "{}", op));
        cases.add(get("an Accept the API cannot answer", 406, true, "api/jobs", "image/png"));
        cases.add(send("a schedule with a bad cron", 400, true, "POST", "api/schedules", "application/json",
                "{\"job\": \"link-disclosures\", \"cron\": \"61 25 * * *\", \"parameters\": {\"inputs\": [\"x\"]}}", op));
        cases.add(send("a schedule with words for a cron", 400, true, "POST", "api/schedules", "application/json",
                "{\"job\": \"link-disclosures\", \"cron\": \"every night\"}", op));
        cases.add(send("a schedule of no job", 400, true, "POST", "api/schedules", "application/json",
                "{\"cron\": \"0 2 * * *\"}", op));
        cases.add(send("a schedule of an unknown job", 404, true, "POST", "api/schedules", "application/json",
                "{\"job\": \"nosuch\", \"cron\": \"0 2 * * *\"}", op));
        cases.add(get("an unknown schedule", 404, true, "api/schedules/nosuch", "application/json"));
        cases.add(send("deleting an unknown schedule", 404, true, "DELETE", "api/schedules/nosuch",
                "application/json", "", op));
        // refused before the API: no credentials, no role
        cases.add(send("a start without credentials", 401, false, "POST", start, "application/json", "{}", ""));
        cases.add(send("a start by a user without the role", 403, false, "POST", start, "application/json", "{}",
                basic(User.READER)));
        return cases;
    }

    List<Case> endpointCases() {
        List<Case> cases = new ArrayList<>();
        cases.add(get("bad query syntax", 400, false, "xbrl/sparql?query=" + q("SELECT * WHERE {"), "*/*"));
        cases.add(send("bad query syntax, posted", 400, false, "POST", "xbrl/query", "application/sparql-query",
                "SELECT ?x WHERE { ?x <", ""));
        cases.add(get("an unknown prefix", 400, false, "xbrl/sparql?query=" + q("SELECT * WHERE { ?s nope:p ?o }"),
                "*/*"));
        cases.add(get("a SERVICE clause", 422, false, "xbrl/sparql?query="
                + q("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }"), "*/*"));
        cases.add(get("a query string with bad escapes", 400, false, "xbrl/sparql?query=%zz", "*/*"));
        cases.add(get("no query at all", 404, false, "xbrl/sparql", "*/*"));
        cases.add(get("an unsupported result format", 400, false, "xbrl/sparql?format=nosuch&query="
                + q("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), "*/*"));
        cases.add(send("an unsupported body", 415, false, "POST", "xbrl/sparql", "text/plain", "SELECT * {}", ""));
        cases.add(get("an unknown endpoint", 404, false, "xbrl/nosuch", "*/*"));
        cases.add(get("an unknown graph", 404, false, "xbrl/get?graph=" + q("urn:x:none"), "text/turtle"));
        cases.add(get("a graph name with bad escapes", 400, false, "xbrl/get?graph=%zz", "text/turtle"));
        // the read-only endpoint has no update service: the servlet container's 405 (serve answers 404)
        cases.add(send("an update", 405, false, "POST", "xbrl/update", "application/sparql-update",
                "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", ""));
        cases.add(send("a LOAD at the dataset URL", 405, false, "POST", "xbrl", "application/sparql-update",
                "LOAD <file:///etc/passwd>", ""));
        cases.add(send("a graph write", 405, false, "PUT", "xbrl/data?graph=urn:x:g", "text/turtle",
                "<urn:x:a> <urn:x:b> <urn:x:c> .", ""));
        cases.add(get("a resource the store lacks", 404, false, "id/nothing/here", "text/turtle"));
        cases.add(get("a path with bad escapes", 400, false, "id/%zz", "*/*"));
        // Undertow keeps %2f encoded: the name is no path out of anything, just a resource the store lacks (404)
        cases.add(get("a path out of the folder", 404, false, "id/..%2f..%2f..%2fetc%2fpasswd", "*/*"));
        cases.add(get("an unknown check (JSON)", 404, false, "checks/nosuch", "application/json"));
        cases.add(get("an unknown check (HTML)", 404, false, "checks/nosuch", "text/html"));
        cases.add(send("a POST to the catalogue", 405, false, "POST", "checks", "text/plain", "x", ""));
        cases.add(get("a file that is not there", 404, false, "web/none.js", "*/*"));
        cases.add(get("a file outside the folder", 404, false, "web/..%2f..%2fWEB-INF%2fweb.xml", "*/*"));
        cases.add(get("a file outside the folder, dot segments", 404, false, "web/../WEB-INF/web.xml", "*/*"));
        cases.add(get("a class of the WAR", 404, false, "WEB-INF/classes/org/xbrllinker/server/ServerSettings.class",
                "*/*"));
        cases.add(get("an unknown path under the application", 404, false, "nosuch/page", "text/html"));
        cases.add(new Case("TRACE on the endpoint", 405, false, "TRACE " + APP + "xbrl/sparql HTTP/1.1\r\nHost: "
                + host + "\r\nConnection: close\r\n\r\n"));
        cases.add(new Case("TRACE on the API", 405, false, "TRACE " + APP + "api/jobs HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n\r\n"));
        return cases;
    }

    /** Every folder of the server and of the test run an answer must not name. */
    static List<String> folders() {
        List<String> out = new ArrayList<>();
        Path server = Path.of(System.getProperty("server.dir")).toAbsolutePath().normalize();
        out.add(server.toString());
        out.add(server.resolve("standalone/data/xbrl-linker/store").toString());
        out.add(System.getProperty("user.dir"));
        out.add(System.getProperty("user.home"));
        out.add("/tmp");
        out.add("/work");
        return out;
    }

    /** What is wrong with an answer: its status, its type, or something it gives away; empty if nothing. */
    static List<String> faults(Case c, String answer) {
        List<String> out = new ArrayList<>();
        if (!answer.startsWith("HTTP/1.1 " + c.status() + " ")) {
            out.add("status " + answer.lines().findFirst().orElse("(no answer)") + ", expected " + c.status());
        }
        if (c.problem() && !header(answer, "Content-Type").startsWith("application/problem+json")) {
            out.add("Content-Type " + header(answer, "Content-Type") + ", expected application/problem+json");
        }
        List<String> leaks = new ArrayList<>(List.of("Exception", "\tat ", ".java:", "org.xbrllinker", "org.jboss",
                "org.apache.", "org.eclipse.", "io.undertow", "jakarta."));
        leaks.addAll(folders());
        for (String leak : leaks) {
            if (answer.contains(leak)) {
                out.add("shows \"" + leak + "\"");
            }
        }
        return out;
    }

    /** The value of a header of a raw answer (case-insensitive name), or "". */
    static String header(String answer, String name) {
        int end = answer.indexOf("\r\n\r\n");
        for (String line : (end < 0 ? answer : answer.substring(0, end)).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    String raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    String raw(byte[] request) throws IOException {
        try (Socket s = new Socket(host, port)) {
            s.setSoTimeout(60_000);
            try {
                OutputStream out = s.getOutputStream();
                new ByteArrayInputStream(request).transferTo(out);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before reading everything: its answer is still there to read
            }
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertAll(List<Case> cases) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            String answer = raw(c.request());
            List<String> f = faults(c, answer);
            if (!f.isEmpty()) {
                wrong.add(c.name() + ": " + String.join("; ", f) + "\n" + answer.substring(0, Math.min(answer.length(),
                        1500)));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases.size() + " answers are wrong:\n\n"
                + String.join("\n\n", wrong));
    }

    @Test
    void noErrorOfTheApiShowsAStackTraceAClassOrAFolderAndEachIsAProblem() throws Exception {
        assertAll(apiCases());
        assertEquals(200, new ServerApi(base).get("jobs").status(), "still serving");
    }

    @Test
    void noErrorOfTheStewardsEndpointShowsAStackTraceAClassOrAFolder() throws Exception {
        assertAll(endpointCases());
        String ok = raw("GET " + APP + "xbrl/sparql?query=" + q("ASK {}") + " HTTP/1.1\r\nHost: " + host
                + "\r\nAccept: application/sparql-results+json\r\nConnection: close\r\n\r\n");
        assertTrue(ok.startsWith("HTTP/1.1 200 ") && ok.contains("\"boolean\""), ok);
    }

    @Test
    void aBodyOverTheConfiguredLimitIsRefusedWith413AndAShortMessage() throws Exception {
        long limit = SparqlServer.Settings.DEFAULT_MAX_REQUEST_BYTES; // server-config/cli: xbrl-linker.max-request-size 4M
        String message = "The request body is larger than this server's limit of " + limit
                + " bytes (the server's system property xbrl-linker.max-request-size).";
        // declared too large: refused before a byte of the body is read
        String declared = raw("POST " + APP + "xbrl/sparql HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/sparql-query\r\nContent-Length: " + (limit + 1)
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(declared.startsWith("HTTP/1.1 413 "), declared);
        assertEquals(message, declared.substring(declared.indexOf("\r\n\r\n") + 4).strip(), declared);
        assertTrue(header(declared, "Content-Type").startsWith("text/plain"), declared);

        // streamed (chunked) past the limit: read up to it, then refused
        byte[] query = ("# " + "x".repeat((int) limit) + "\nASK {}").getBytes(StandardCharsets.US_ASCII);
        String head = "POST " + APP + "xbrl/sparql HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: "
                + "application/sparql-query\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(query.length) + "\r\n";
        byte[] request = new byte[head.length() + query.length + 7];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, request, 0, head.length());
        System.arraycopy(query, 0, request, head.length(), query.length);
        System.arraycopy("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, request, head.length() + query.length, 7);
        String streamed = raw(request);
        assertTrue(streamed.startsWith("HTTP/1.1 413 "), streamed.lines().findFirst().orElse(""));
        assertTrue(streamed.contains(message), streamed);

        // the same under the API: the filter is in front of the whole application
        String api = raw("POST " + APP + "api/jobs/link-disclosures/executions HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (limit + 1) + "\r\n" + basic(User.OPERATOR)
                + "Connection: close\r\n\r\n");
        assertTrue(api.startsWith("HTTP/1.1 413 "), api);

        // one byte under the limit is a query like any other (a comment, then ASK)
        byte[] fits = ("# " + "x".repeat((int) limit - 20) + "\nASK {}").getBytes(StandardCharsets.US_ASCII);
        String okHead = "POST " + APP + "xbrl/sparql HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: "
                + "application/sparql-query\r\nAccept: application/sparql-results+json\r\nContent-Length: "
                + fits.length + "\r\nConnection: close\r\n\r\n";
        byte[] okRequest = new byte[okHead.length() + fits.length];
        System.arraycopy(okHead.getBytes(StandardCharsets.US_ASCII), 0, okRequest, 0, okHead.length());
        System.arraycopy(fits, 0, okRequest, okHead.length(), fits.length);
        String ok = raw(okRequest);
        assertTrue(ok.startsWith("HTTP/1.1 200 ") && ok.contains("\"boolean\""), ok.substring(0, Math.min(400,
                ok.length())));
    }

    @Test
    void corsIsOffOnTheEndpointAndTheApi() throws Exception {
        for (String path : List.of("xbrl/sparql?query=" + q("ASK {}"), "api/jobs", "api/executions", "")) {
            String preflight = raw("OPTIONS " + APP + path + " HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + ORIGIN
                    + "\r\nAccess-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: Content-Type\r\n"
                    + "Connection: close\r\n\r\n");
            String get = raw("GET " + APP + path + " HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + ORIGIN
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(get.startsWith("HTTP/1.1 200 "), path + ": " + get);
            for (String answer : List.of(preflight, get)) {
                String headers = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
                assertTrue(!headers.contains("access-control-allow-"), path + " answers CORS:\n" + headers);
            }
        }
    }
}
