package org.xbrllinker.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xbrllinker.server.ServerApi.quote;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly, the stewards' endpoint of {@code ./xbrl-linker serve} at the same paths under the WAR: SPARQL in
 * JSON and CSV, graphs and the whole store as RDF, dereferenceable IRIs, the query page and the checks; read-only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StewardEndpointIT {

    static final String NET = "us-gaap:AccountsReceivableNetCurrent";
    /** The seed's graph: the server's store may hold other disclosures (the other tests link Apple's filing). */
    /** The seed's graph: its IRI carries the seed's name and content hash, the same on the server as here. */
    static final String SEED_GRAPH = org.xbrllinker.rdf.Iris.defaults().disclosureGraph(ServerApi.seed().toString());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerApi.war();
    }

    @ArquillianResource
    URL base;

    URI app;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void linkTheSeedIntoTheServersStore() {
        app = URI.create(base.toString().replaceAll("/?$", "/"));
        ServerApi api = new ServerApi(base);
        long id = api.start("{\"inputs\": [" + quote(ServerApi.seed()) + "]}");
        assertEquals("COMPLETED", api.awaitEnd(id, Duration.ofMinutes(3)).get("batchStatus").asText());
    }

    @Test
    void sparqlAnswersInJsonAndCsv() throws Exception {
        String query = "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?period ?value WHERE { GRAPH <" + SEED_GRAPH + "> { ?f a xlk:Fact ; xlk:concept ?c ; "
                + "xlk:period ?p ; xlk:value ?value } ?c xlk:qname \"" + NET + "\" . ?p rdfs:label ?period } ORDER BY ?period";
        String q = "xbrl/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> json = get(q, "application/sparql-results+json");
        assertEquals(200, json.statusCode(), json.body());
        JsonNode rows = ServerApi.JSON.readTree(json.body()).get("results").get("bindings");
        assertEquals(2, rows.size());
        assertEquals("2020-12-31", rows.get(0).get("period").get("value").asText());
        assertEquals("2021-12-31", rows.get(1).get("period").get("value").asText());

        HttpResponse<String> csv = get(q, "text/csv");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().strip().split("\\R");
        assertEquals("period,value", lines[0]);
        assertEquals(3, lines.length, csv.body());
        assertTrue(lines[2].startsWith("2021-12-31,2047560"), csv.body());

        // updates are refused: the WAR's endpoint is read-only
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(app.resolve("xbrl/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, update.statusCode() + " " + update.body());
        JsonNode ask = ServerApi.JSON.readTree(get("xbrl/sparql?query="
                + URLEncoder.encode("ASK { <urn:a> ?p ?o }", StandardCharsets.UTF_8), "application/sparql-results+json").body());
        assertEquals(false, ask.get("boolean").asBoolean(), "nothing was written");
    }

    @Test
    void graphsTheStoreAndDataIrisComeBackAsRdf() throws Exception {
        String graph = SEED_GRAPH;
        HttpResponse<String> ttl = get("xbrl/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        Model disclosure = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(ttl.body())).lang(Lang.TURTLE).parse(disclosure);
        assertTrue(disclosure.size() > 100, "triples: " + disclosure.size());

        HttpResponse<String> trig = get("xbrl", "application/trig");
        assertEquals(200, trig.statusCode());
        Dataset all = DatasetFactory.create();
        RDFParser.create().source(new StringReader(trig.body())).lang(Lang.TRIG).parse(all);
        assertTrue(all.containsNamedModel(graph));
        assertTrue(all.getNamedModel(graph).isIsomorphicWith(disclosure), "the export holds the same graph");

        // a fact IRI dereferences: Turtle describes it, HTML is a page
        String fact = ServerApi.JSON.readTree(get("xbrl/sparql?query=" + URLEncoder.encode(
                "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> SELECT ?f WHERE { GRAPH <" + SEED_GRAPH + "> { ?f a xlk:Fact ; "
                + "xlk:concept ?c ; xlk:period ?p } ?c xlk:qname \"" + NET + "\" . ?p <http://www.w3.org/2000/01/rdf-schema#label> "
                + "\"2021-12-31\" }", StandardCharsets.UTF_8), "application/sparql-results+json").body())
                .get("results").get("bindings").get(0).get("f").get("value").asText();
        String local = "id/" + fact.substring("https://w3id.org/xbrl-linker/id/".length());
        HttpResponse<String> described = get(local, "text/turtle");
        assertEquals(200, described.statusCode(), local);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(described.body())).lang(Lang.TURTLE).parse(m);
        assertTrue(m.contains(ResourceFactory.createResource(fact), null, (org.apache.jena.rdf.model.RDFNode) null));
        HttpResponse<String> page = get(local, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("2,047,560") || page.body().contains("2047560"), page.body());
    }

    @Test
    void theQueryPageAndTheChecksAreServed() throws Exception {
        HttpResponse<String> page = get("", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/xbrl-linker/xbrl/sparql"), "endpoint under the WAR");
        assertTrue(page.body().contains("yasgui"), page.body());
        assertTrue(page.body().contains("src=\"/xbrl-linker/web/yasgui/yasgui.min.js\""), page.body());
        HttpResponse<String> script = get("web/yasgui/yasgui.min.js", "*/*");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().length() > 100_000, "the bundled editor: " + script.body().length() + " chars");

        JsonNode checks = ServerApi.JSON.readTree(get("checks", "application/json").body());
        assertEquals(13, checks.get("checks").size(), checks.toString());
        HttpResponse<String> calc = get("checks/calculation", "application/json");
        assertEquals(200, calc.statusCode(), calc.body());
        assertTrue(calc.body().contains("2047560"), calc.body());
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(app.resolve(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
