package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.check.Check;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.ExampleQuery;
import org.xbrllinker.serve.SparqlServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code serve}'s query page, its files and the check endpoints, asked over HTTP on the tampered seed (its 2021 net
 * receivables 90 over the sum), with the README's steward check added as {@code --checks} would.
 */
class QueryPageServerTest {

    static final String STEWARD_CHECK = CheckCliTest.LOW_CONFIDENCE;

    @TempDir
    static Path tmp;

    static XbrlStore store;
    static CheckCatalogue catalogue;
    static FusekiServer server;
    static String root;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void serveTheTamperedSeed() throws Exception {
        store = CliTest.linkedTamperedSeed(tmp.resolve("tampered"));
        Path mine = Files.createDirectories(tmp.resolve("my-checks"));
        Files.writeString(mine.resolve("low-confidence.rq"), STEWARD_CHECK, StandardCharsets.UTF_8);
        catalogue = CheckCatalogue.load(List.of(mine));
        server = SparqlServer.start(store, new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(10), 1000,
                false), catalogue);
        root = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        Served.stop(server);
        Served.close(store);
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return Served.get(root + path, accept);
    }

    static HttpResponse<String> post(String path, String accept) throws Exception {
        // a connection of its own, as ServeCommandTest.post explains
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON the page hands its script. */
    static JsonNode pageConfig(String html) throws Exception {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"page-config\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), html);
        return json.readTree(m.group(1));
    }

    @Test
    void thePageIsSetToThisEndpointWithTheVocabularysPrefixesAndTheExamples() throws Exception {
        HttpResponse<String> page = get("/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(Served.contentType(page).startsWith("text/html"), Served.contentType(page));
        String html = page.body();
        assertTrue(html.contains("<script src=\"/web/yasgui/yasgui.min.js\"></script>"), html);
        assertTrue(html.contains("href=\"/web/yasgui/yasgui.min.css\""), html);
        assertFalse(html.contains("https://cdn") || html.contains("unpkg") || html.contains("jsdelivr"), html);

        JsonNode config = pageConfig(html);
        assertEquals(SparqlServer.DATASET + "/sparql", config.get("endpoint").asText());
        assertEquals("https://w3id.org/xbrl-linker/id/", config.get("base").asText());
        assertEquals("/id/", config.get("dereference").asText());
        assertEquals("https://w3id.org/xbrl-linker/ns#", config.get("prefixes").get("xlk").asText());
        assertEquals("http://www.w3.org/2004/02/skos/core#", config.get("prefixes").get("skos").asText());
        assertEquals("http://purl.org/linked-data/cube#", config.get("prefixes").get("qb").asText());
        String defaultQuery = config.get("defaultQuery").asText();
        assertTrue(defaultQuery.startsWith("PREFIX xlk: <https://w3id.org/xbrl-linker/ns#>\n"), defaultQuery);
        assertTrue(defaultQuery.contains("PREFIX prov: <http://www.w3.org/ns/prov#>\n"), defaultQuery);

        List<ExampleQuery> bundled = ExampleQuery.bundled();
        assertEquals(bundled.size(), config.get("examples").size());
        for (int i = 0; i < bundled.size(); i++) {
            JsonNode e = config.get("examples").get(i);
            assertEquals(bundled.get(i).title(), e.get("title").asText());
            assertEquals(bundled.get(i).query(), e.get("query").asText());
            assertTrue(html.contains("data-example=\"" + bundled.get(i).file() + "\""), bundled.get(i).file());
        }
        // every check is a link away
        for (Check c : catalogue.checks()) {
            assertTrue(html.contains("href=\"/checks/" + c.id() + "\""), c.id());
        }
        assertEquals(html, get("/query", "text/html").body());
    }

    @Test
    void yasguiAndThePageScriptAreServedFromTheJarAndNothingElseIs() throws Exception {
        HttpResponse<String> js = get("/web/yasgui/yasgui.min.js", "*/*");
        assertEquals(200, js.statusCode());
        assertTrue(Served.contentType(js).startsWith("text/javascript"), Served.contentType(js));
        assertTrue(js.body().length() > 100_000 && js.body().contains("Yasgui"), "yasgui.min.js is the bundle");
        HttpResponse<String> css = get("/web/yasgui/yasgui.min.css", "*/*");
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains(".yasqe"), "yasgui.min.css styles the editor");
        HttpResponse<String> script = get("/web/query-page.js", "*/*");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("new Yasgui("), script.body());

        for (String path : List.of("/web/nothing.js", "/web/yasgui", "/web/%2e%2e/ontology/xbrl-linker.ttl",
                "/web/../jberet.properties", "/web/yasgui/../../ontology/queries/examples/facts.rq")) {
            // Jetty itself refuses an encoded parent segment (400); the servlet answers the rest with 404
            HttpResponse<String> refused = get(path, "*/*");
            assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, path + ": " + refused.statusCode());
            assertFalse(refused.body().contains("PREFIX") || refused.body().contains("@prefix"), path);
        }
    }

    @Test
    void theCatalogueListsEveryCheckInJsonAndHtml() throws Exception {
        HttpResponse<String> r = get("/checks", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Served.contentType(r).startsWith("application/json"), Served.contentType(r));
        JsonNode checks = json.readTree(r.body()).get("checks");
        List<String> ids = new ArrayList<>();
        checks.forEach(c -> ids.add(c.get("id").asText()));
        assertEquals(catalogue.checks().stream().map(Check::id).toList(), ids);
        assertTrue(ids.contains("calculation") && ids.contains("steward.low-confidence"), ids.toString());
        JsonNode calculation = checks.get(ids.indexOf("calculation"));
        assertEquals("error", calculation.get("severity").asText());
        assertEquals("disclosure", calculation.get("scope").asText());
        assertEquals("/checks/calculation", calculation.get("run").asText());
        assertTrue(calculation.get("description").asText().startsWith("Calculations 1.1"), calculation.toString());

        HttpResponse<String> html = get("/checks", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(Served.contentType(html).startsWith("text/html"), Served.contentType(html));
        assertTrue(html.body().contains("<a href=\"/checks/steward.low-confidence\"><code>steward.low-confidence</code></a>"),
                html.body());
        assertTrue(html.body().contains("<form method=\"post\" action=\"/checks/calculation?format=html\">"), html.body());
    }

    @Test
    void runningTheCalculationFindsTheTamperedTotalWithItsNumbersAndItsPage() throws Exception {
        JsonNode run = json.readTree(get("/checks/calculation", "application/json").body());
        assertEquals(1, run.get("summary").get("disclosures").asInt());
        assertEquals(1, run.get("summary").get("failed").asInt());
        assertEquals(1, run.get("summary").get("passed").asInt(), run.toString());
        JsonNode failed = run.get("findings").get(0);
        assertEquals("fail", failed.get("status").asText());
        assertEquals("2021-12-31", failed.get("period").asText());
        assertEquals("2047650", failed.get("reported").asText());
        assertEquals("2047560", failed.get("computed").asText());
        assertEquals("3,523,543 − 1,475,983", failed.get("terms").asText());
        assertTrue(failed.get("stored").asBoolean(), "link stored this finding");
        assertEquals("c11r", run.get("calcMode").asText());
        JsonNode xbrl21 = json.readTree(get("/checks/calculation?calcMode=xbrl21", "application/json").body());
        assertEquals("xbrl21", xbrl21.get("calcMode").asText());
        assertEquals(1, xbrl21.get("summary").get("failed").asInt(), xbrl21.toString());
        assertTrue(xbrl21.get("findings").get(0).get("message").asText().endsWith("[XBRL 2.1 \u00a75.2.5.2]"));
        assertEquals(400, get("/checks/calculation?calcMode=c12", "application/json").statusCode());

        // the finding's IRI is the one link stored: its page draws the reconciliation
        String iri = failed.get("iri").asText();
        String page = get("/id/" + iri.substring("https://w3id.org/xbrl-linker/id/".length()), "text/html").body();
        assertTrue(page.contains("<h2>Reconciliation</h2>") && page.contains("2,047,650"), page);

        // POST runs it too, and the HTML links the finding's page
        HttpResponse<String> html = post("/checks/calculation?format=html", "*/*");
        assertEquals(200, html.statusCode(), html.body());
        assertTrue(html.body().contains("2 finding(s) on 1 disclosure(s) and 0 filing(s): 1 failed, 1 passed"),
                html.body());
        assertTrue(html.body().contains("<td class=\"num\">2,047,650</td>"), html.body());
        assertTrue(html.body().contains("href=\"/id/" + iri.substring("https://w3id.org/xbrl-linker/id/".length())
                + "\">open</a>"), html.body());
    }

    @Test
    void aFamilyRunsEachOfItsChecksAndAStewardsCheckRunsWithoutBeingStored() throws Exception {
        JsonNode family = json.readTree(get("/checks/cross-reference", "application/json").body());
        List<String> ids = new ArrayList<>();
        family.get("checks").forEach(c -> ids.add(c.get("id").asText()));
        assertEquals(5, ids.size(), ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.startsWith("cross-reference.")), ids.toString());

        JsonNode steward = json.readTree(get("/checks/steward.low-confidence", "application/json").body());
        assertEquals(10, steward.get("summary").get("findings").asInt(), steward.toString());
        assertEquals(1, steward.get("summary").get("failed").asInt());
        JsonNode low = steward.get("findings").get(0);
        assertEquals("row 1 \"Accounts Receivable [Abstract]\" is linked with confidence 0.47", low.get("message").asText());
        assertFalse(low.get("stored").asBoolean(), "only link and check store findings");
        assertEquals(404, get("/id/" + low.get("iri").asText().substring("https://w3id.org/xbrl-linker/id/".length()),
                "text/html").statusCode());
    }

    @Test
    void anUnknownCheckIsA404ProblemWithoutAStackTrace() throws Exception {
        HttpResponse<String> r = get("/checks/no-such-check", "application/json");
        assertEquals(404, r.statusCode());
        assertTrue(Served.contentType(r).startsWith("application/problem+json"), Served.contentType(r));
        JsonNode p = json.readTree(r.body());
        assertEquals(404, p.get("status").asInt());
        assertEquals("Unknown check", p.get("title").asText());
        assertEquals("no check has the id no-such-check; GET /checks lists them", p.get("detail").asText());

        HttpResponse<String> html = post("/checks/no-such-check", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("no check has the id no-such-check"), html.body());
        assertFalse(html.body().contains("Exception") || html.body().contains("at org."), html.body());

        assertEquals(405, post("/checks", "application/json").statusCode());
    }

    @Test
    void serveNamesTheQueryPageAndTheChecksAndRefusesABrokenCheck() throws Exception {
        String described = SparqlServer.describe(server, new SparqlServer.Settings("127.0.0.1", 0,
                Duration.ofSeconds(10), 1000, false));
        assertTrue(described.contains("query page:    " + root + "/"), described);
        assertTrue(described.contains("checks:        " + root + "/checks"), described);

        Path broken = Files.createDirectories(tmp.resolve("broken-checks"));
        Files.writeString(broken.resolve("bad.rq"), "# id: bad\n# severity: error\n# message: m\nSELECT ?g WHERE {");
        CliTest.Result r = CliTest.cli("serve", "--store", tmp.resolve("tampered/store").toString(), "--port", "0",
                "--checks", broken.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("bad.rq"), r.err());
    }
}
