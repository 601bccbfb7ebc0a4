package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.check.Amounts;
import org.xbrllinker.rdf.XLK;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.SparqlServer;

/** {@code serve} dereferences the seed's data IRIs at {@code /id/...}: HTML for people, RDF by {@code Accept}. */
class DereferenceTest {

    static final String BASE = "https://w3id.org/xbrl-linker/id/";
    /** Row 7 of the seed, after the base: its disclosure is named by the seed's file name and content hash. */
    static final String SEED = org.xbrllinker.rdf.Iris.defaults().disclosure(org.xbrllinker.testing.Shared.seed().toString())
            .substring(org.xbrllinker.rdf.Iris.DEFAULT_BASE.length());
    static final String ROW_7 = SEED + "/row/7";
    static final String RECOVERIES = "http://fasb.org/us-gaap/2021-01-31#AllowanceForDoubtfulAccountsReceivableRecoveries";

    @TempDir
    static Path tmp;

    static XbrlStore store;
    static FusekiServer server;
    static String root;

    @BeforeAll
    static void serveTheSeed() {
        store = CliTest.linkedSeed(tmp.resolve("store"));
        server = SparqlServer.start(store.dataset().asDatasetGraph(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), 1000, false, BASE));
        root = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        Served.stop(server);
        Served.close(store);
    }

    @Test
    void aLineItemAsHtmlShowsItsLabelAndLinksItsConceptAndDisclosure() throws Exception {
        HttpResponse<String> r = Served.get(root + "/id/" + ROW_7, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Served.contentType(r).startsWith("text/html"), Served.contentType(r));
        assertTrue(r.body().contains("<h1>Additions</h1>"), r.body());
        // the concept's IRI is the FASB's: its link goes to the concept's page here
        assertTrue(r.body().contains("href=\"/id/concept/us-gaap_AllowanceForDoubtfulAccountsReceivableRecoveries\""),
                r.body());
        // a link to another of our IRIs is rewritten to its page here
        assertTrue(r.body().contains("href=\"/id/" + SEED + "\""), r.body());
        // the resources that point to it: its cells, the disclosure's xlk:lineItem
        assertTrue(r.body().contains("Pointed to by"), r.body());
        assertTrue(r.body().contains("xlk:lineItem"), r.body());
    }

    @Test
    void aConceptDereferencesUnderTheBaseAndDescribesItsTaxonomyIri() throws Exception {
        String page = root + "/id/concept/us-gaap_AllowanceForDoubtfulAccountsReceivableRecoveries";
        HttpResponse<String> ttl = Served.get(page, "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        Graph g = RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(NodeFactory.createURI(RECOVERIES), XLK.qname.asNode(),
                NodeFactory.createLiteralString("us-gaap:AllowanceForDoubtfulAccountsReceivableRecoveries")), ttl.body());
        g.find().forEachRemaining(t -> assertEquals(RECOVERIES, t.getSubject().getURI()));
        HttpResponse<String> html = Served.get(page, "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains(RECOVERIES), html.body());
        // the line items that report it point to it
        assertTrue(html.body().contains("href=\"/id/" + ROW_7 + "\""), html.body());
        assertEquals(404, Served.get(root + "/id/concept/us-gaap_NoSuchConcept", "text/turtle").statusCode());
    }

    @Test
    void aLineItemAsTurtleAndAsJsonLdAreTheSameTriples() throws Exception {
        HttpResponse<String> ttl = Served.get(root + "/id/" + ROW_7, "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertTrue(Served.contentType(ttl).startsWith("text/turtle"), Served.contentType(ttl));
        assertTrue(Pattern.compile("xlk:rowNumber\\s+7\\s*[;.]").matcher(ttl.body()).find(), ttl.body());
        Graph turtle = RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph();
        assertTrue(turtle.contains(NodeFactory.createURI(BASE + ROW_7), XLK.rowNumber.asNode(),
                NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)), ttl.body());
        assertTrue(turtle.contains(NodeFactory.createURI(BASE + ROW_7), XLK.concept.asNode(),
                NodeFactory.createURI(RECOVERIES)));
        // the description is the resource's own triples only
        turtle.find().forEachRemaining(t -> assertEquals(BASE + ROW_7, t.getSubject().getURI()));

        HttpResponse<String> jsonld = Served.get(root + "/id/" + ROW_7, "application/ld+json");
        assertEquals(200, jsonld.statusCode(), jsonld.body());
        assertTrue(Served.contentType(jsonld).startsWith("application/ld+json"), Served.contentType(jsonld));
        assertTrue(jsonld.body().contains("\"rowNumber\""), "compacted with the published context: " + jsonld.body());
        Graph fromJsonLd = RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph();
        assertTrue(turtle.isIsomorphicWith(fromJsonLd), jsonld.body());

        HttpResponse<String> nt = Served.get(root + "/id/" + ROW_7, "application/n-triples");
        assertTrue(turtle.isIsomorphicWith(RDFParser.fromString(nt.body(), Lang.NTRIPLES).toGraph()));
        HttpResponse<String> xml = Served.get(root + "/id/" + ROW_7, "application/rdf+xml");
        assertTrue(turtle.isIsomorphicWith(RDFParser.fromString(xml.body(), Lang.RDFXML).toGraph()));
    }

    @Test
    void aRollForwardFindingDrawsOneBarPerTermThenComputedAndReported() throws Exception {
        List<QuerySolution> rows = store.selectAll(QueryFactory.create("""
                PREFIX xlk: <https://w3id.org/xbrl-linker/ns#>
                SELECT ?f ?terms WHERE { ?f a xlk:Finding ; xlk:checkId "roll-forward" ; xlk:terms ?terms ;
                  xlk:computed ?c ; xlk:reported ?r
                  FILTER(CONTAINS(STR(?terms), "391,189")) }"""));
        assertEquals(1, rows.size());
        String finding = rows.get(0).getResource("f").getURI();
        int terms = Amounts.parseSum(rows.get(0).getLiteral("terms").getLexicalForm()).size();
        assertTrue(finding.startsWith(BASE), finding);
        assertEquals(4, terms, "the seed's roll-forward: opening, additions, write-off, foreign exchange");

        HttpResponse<String> r = Served.get(root + "/id/" + finding.substring(BASE.length()), "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<svg"), r.body());
        assertEquals(terms, count(r.body(), "<rect class=\"term\""), r.body());
        assertEquals(1, count(r.body(), "<rect class=\"computed\""), r.body());
        assertEquals(1, count(r.body(), "<rect class=\"reported\""), r.body());
        assertTrue(r.body().contains(">1,475,983</text>"), r.body());
        assertTrue(r.body().contains(">\u221286,170</text>"), r.body());
        assertFalse(r.body().contains("<script"), "no JavaScript on the page");
    }

    @Test
    void anUnknownIriIs404AndAnUnofferedTypeIs406() throws Exception {
        assertEquals(404, Served.get(root + "/id/" + SEED + "/row/999", "text/turtle").statusCode());
        assertEquals(404, Served.get(root + "/id/nothing", "text/html").statusCode());
        assertEquals(406, Served.get(root + "/id/" + ROW_7, "image/png").statusCode());
        // no Accept preference: data
        HttpResponse<String> any = Served.get(root + "/id/" + ROW_7, "*/*");
        assertEquals(200, any.statusCode());
        assertTrue(Served.contentType(any).startsWith("text/turtle"), Served.contentType(any));
    }

    @Test
    void textFromTheStoreIsEscapedAndTheBaseIsConfigurable() throws Exception {
        String base = "https://example.org/data/";
        Model m = ModelFactory.createDefaultModel();
        m.createResource(base + "x").addProperty(RDFS.label, "<script>alert('x')</script> & co")
                .addProperty(RDFS.seeAlso, m.createResource("javascript:alert(1)"))
                .addProperty(RDFS.seeAlso, m.createResource(base + "y"));
        try (XbrlStore mem = XbrlStore.inMemory()) {
            mem.replaceGraphs(java.util.Map.of("urn:x:g", m));
            FusekiServer other = SparqlServer.start(mem.dataset().asDatasetGraph(),
                    new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), 10, false, base));
            try {
                String url = "http://127.0.0.1:" + other.getHttpPort() + "/id/x";
                HttpResponse<String> r = Served.get(url, "text/html");
                assertEquals(200, r.statusCode(), r.body());
                assertFalse(r.body().contains("<script>"), r.body());
                assertTrue(r.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), r.body());
                assertFalse(r.body().contains("href=\"javascript:"), r.body());
                assertTrue(r.body().contains("href=\"/id/y\""), r.body());
                Graph g = RDFParser.fromString(Served.get(url, "text/turtle").body(), Lang.TURTLE).toGraph();
                Graph expected = GraphFactory.createDefaultGraph();
                m.getGraph().find().forEachRemaining(expected::add);
                assertTrue(expected.isIsomorphicWith(g));
            } finally {
                other.stop();
            }
        }
    }

    static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
