package org.xbrllinker.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.xbrllinker.check.Check;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.XLK;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /} (also {@code /query}): the query page. A SPARQL editor with result tables (YASGUI, bundled at build
 * time) set to this server's endpoint, with the vocabulary's prefixes filled in, the example queries a click away,
 * and the check catalogue beside them. The page's settings travel in the page as JSON for its script.
 */
final class QueryPageServlet extends HttpServlet {

    /** The page's other address. */
    static final String PATH = "/query";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String baseIri;
    private final transient CheckCatalogue catalogue;
    private final transient List<ExampleQuery> examples;
    private final transient Map<String, String> prefixes;

    QueryPageServlet(String baseIri, CheckCatalogue catalogue, List<ExampleQuery> examples) {
        this.baseIri = baseIri.endsWith("/") ? baseIri : baseIri + "/";
        this.catalogue = catalogue;
        this.examples = List.copyOf(examples);
        this.prefixes = ontologyPrefixes();
    }

    /** The prefixes the vocabulary declares, {@code xlk} first, then by name. */
    static Map<String, String> ontologyPrefixes() {
        Graph g;
        try (InputStream in = QueryPageServlet.class.getClassLoader().getResourceAsStream("ontology/xbrl-linker.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/xbrl-linker.ttl is missing from the classpath");
            }
            g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>(g.getPrefixMapping().getNsPrefixMap().entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, String> e) -> !e.getKey().equals(XLK.PREFIX))
                .thenComparing(Map.Entry::getKey));
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The query a new editor tab starts with: the prefixes, then the facts of the store. */
    String defaultQuery() {
        StringBuilder q = new StringBuilder();
        prefixes.forEach((p, ns) -> q.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return q.append("\nSELECT ?concept ?period ?value\nWHERE {\n"
                + "  ?fact a xlk:Fact ; xlk:concept/xlk:qname ?concept ; xlk:period/rdfs:label ?period ; xlk:value ?value .\n"
                + "}\nORDER BY ?concept ?period\nLIMIT 100\n").toString();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String ctx = req.getContextPath();
        String web = ctx + WebResourceServlet.PATH;
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Query · xbrl-linker</title>\n");
        out.append("<link rel=\"stylesheet\" href=\"").append(esc(web + "/yasgui/yasgui.min.css")).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(esc(web + "/query-page.css")).append("\">\n")
                .append("</head>\n<body>\n<header><h1>xbrl-linker</h1><nav><a href=\"").append(esc(ctx + "/"))
                .append("\">Query</a> · <a id=\"checks-link\" href=\"").append(esc(ctx + ChecksServlet.PATH))
                .append("\">Checks (").append(catalogue.checks().size()).append(")</a> · endpoint <code>")
                .append(esc(ctx + SparqlServer.DATASET + "/sparql")).append("</code></nav></header>\n<main>\n<aside>\n")
                .append("<h2>Examples</h2>\n<ul id=\"examples\">\n");
        for (ExampleQuery e : examples) {
            out.append("<li><button type=\"button\" data-example=\"").append(esc(e.file())).append("\" title=\"")
                    .append(esc(e.description())).append("\">").append(esc(e.title())).append("</button></li>\n");
        }
        out.append("</ul>\n<h2>Checks</h2>\n<ul id=\"checks\">\n");
        for (Check c : catalogue.checks()) {
            out.append("<li><a href=\"").append(esc(ctx + ChecksServlet.PATH + "/" + ChecksServlet.encode(c.id()))).append("\" title=\"")
                    .append(esc(c.description())).append("\"><code>").append(esc(c.id())).append("</code></a> <span class=\"")
                    .append(esc(c.severity())).append("\">").append(esc(c.severity())).append("</span></li>\n");
        }
        out.append("</ul>\n</aside>\n<section id=\"yasgui\"></section>\n</main>\n")
                .append("<script type=\"application/json\" id=\"page-config\">").append(config(ctx)).append("</script>\n")
                .append("<script src=\"").append(esc(web + "/yasgui/yasgui.min.js")).append("\"></script>\n")
                .append("<script src=\"").append(esc(web + "/query-page.js")).append("\"></script>\n")
                .append("</body></html>\n");
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The page script's settings as JSON that cannot end the script element it sits in. */
    private String config(String ctx) throws JsonProcessingException {
        ObjectNode c = MAPPER.createObjectNode()
                .put("endpoint", ctx + SparqlServer.DATASET + "/sparql")
                .put("base", baseIri)
                .put("dereference", ctx + DereferenceServlet.PATH + "/")
                .put("defaultQuery", defaultQuery());
        ObjectNode p = c.putObject("prefixes");
        prefixes.forEach(p::put);
        ArrayNode list = c.putArray("examples");
        for (ExampleQuery e : examples) {
            list.addObject().put("file", e.file()).put("title", e.title()).put("description", e.description())
                    .put("query", e.query());
        }
        return MAPPER.writeValueAsString(c).replace("<", "\\u003c");
    }

    private static String esc(String s) {
        return DereferenceServlet.esc(s);
    }
}
