package org.xbrllinker.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.xbrllinker.check.Amounts;
import org.xbrllinker.export.ContextJsonLd;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XLK;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /id/REST} dereferences the data IRI {@code BASE + REST}: an HTML page for people, or its description
 * (every triple with it as subject, across the union of the graphs) in Turtle, JSON-LD (compacted with the published
 * context), N-Triples or RDF/XML, as {@code Accept} asks; 404 when the store has nothing about it, 406 for another type.
 */
public final class DereferenceServlet extends HttpServlet {

    /** Where the servlet is mounted. */
    public static final String PATH = "/id";

    private static final MediaType HTML = MediaType.create("text/html");
    private static final MediaType TURTLE = MediaType.create("text/turtle");
    private static final MediaType JSONLD = MediaType.create("application/ld+json");
    private static final MediaType NTRIPLES = MediaType.create("application/n-triples");
    private static final MediaType RDFXML = MediaType.create("application/rdf+xml");
    // Turtle first: a client that takes anything (*/*, or no Accept) gets data; browsers ask for text/html by name
    private static final AcceptList OFFERED = AcceptList.create(TURTLE, HTML, JSONLD, NTRIPLES, RDFXML);

    private final transient DatasetGraph dataset;
    private final String base;
    private final transient Iris iris;

    /** Serves the IRIs under {@code base} from {@code dataset} (read in a read transaction per request). */
    public DereferenceServlet(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base.endsWith("/") ? base : base + "/";
        this.iris = new Iris(this.base);
    }

    /**
     * What the store says about one resource: its own triples, the triples pointing to it, and the page here of each
     * concept among them (a concept's IRI is its taxonomy's; its page is {@link Iris#conceptPage}).
     */
    record Description(Graph about, List<Triple> incoming, Map<String, String> conceptPages) {
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String accept = req.getHeader("Accept");
        MediaType type = AcceptList.match(new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept), OFFERED);
        if (type == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "offered: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        // the raw path keeps the IRI's percent-encoding as minted
        String prefix = req.getContextPath() + PATH + "/";
        String uri = req.getRequestURI();
        if (!uri.startsWith(prefix) || uri.length() == prefix.length()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no resource named");
            return;
        }
        String requested = base + uri.substring(prefix.length());
        Description d = Txn.calculateRead(dataset, () -> {
            Node node = NodeFactory.createURI(requested);
            Description own = describe(node);
            Node concept = own.about().isEmpty() ? conceptOfPage(requested) : null;
            return concept == null ? own : describe(concept);
        });
        String iri = d.about().isEmpty() ? requested : d.about().find().next().getSubject().getURI();
        if (d.about().isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "the store has nothing about " + iri);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setHeader("Vary", "Accept");
        String ct = type.getContentTypeStr();
        resp.setContentType(ct.equals(NTRIPLES.getContentTypeStr()) ? ct : ct + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            if (ct.equals(HTML.getContentTypeStr())) {
                out.write(new ResourcePage(iri, d, req.getContextPath()).html().getBytes(StandardCharsets.UTF_8));
            } else if (ct.equals(JSONLD.getContentTypeStr())) {
                ContextJsonLd.write(d.about(), out);
            } else {
                RDFFormat format = ct.equals(TURTLE.getContentTypeStr()) ? RDFFormat.TURTLE_PRETTY
                        : ct.equals(NTRIPLES.getContentTypeStr()) ? RDFFormat.NTRIPLES : RDFFormat.RDFXML_PLAIN;
                RDFDataMgr.write(out, d.about(), format);
            }
        }
    }

    private Description describe(Node node) {
        Graph union = dataset.getUnionGraph();
        Graph about = GraphFactory.createDefaultGraph();
        about.getPrefixMapping().setNsPrefixes(PREFIXES);
        union.find(node, Node.ANY, Node.ANY).forEachRemaining(about::add);
        List<Triple> incoming = new ArrayList<>(union.find(Node.ANY, Node.ANY, node).toList());
        incoming.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                .thenComparing(t -> t.getSubject().toString()));
        Map<String, String> conceptPages = new HashMap<>();
        List<Node> linked = new ArrayList<>();
        linked.add(node);
        about.find().forEachRemaining(t -> linked.add(t.getObject()));
        incoming.forEach(t -> linked.add(t.getSubject()));
        for (Node n : linked) {
            if (n.isURI() && !n.getURI().startsWith(base)) {
                union.find(n, XLK.qname.asNode(), Node.ANY).nextOptional().ifPresent(t ->
                        conceptPages.put(n.getURI(), iris.conceptPage(t.getObject().getLiteralLexicalForm())));
            }
        }
        return new Description(about, incoming, conceptPages);
    }

    /** The concept whose page {@code iri} is ({@code {base}concept/{prefix}_{name}}), or null. */
    private Node conceptOfPage(String iri) {
        if (!iri.startsWith(base + "concept/") || iri.indexOf('/', (base + "concept/").length()) >= 0) {
            return null;
        }
        var qnames = dataset.getUnionGraph().find(Node.ANY, XLK.qname.asNode(), Node.ANY);
        try {
            while (qnames.hasNext()) {
                Triple t = qnames.next();
                if (t.getObject().isLiteral() && t.getSubject().isURI()
                        && iri.equals(iris.conceptPage(t.getObject().getLiteralLexicalForm()))) {
                    return t.getSubject();
                }
            }
        } finally {
            qnames.close();
        }
        return null;
    }

    private static final PrefixMapping PREFIXES = prefixes();

    private static PrefixMapping prefixes() {
        Model m = RdfMapper.newModel();
        m.setNsPrefix("rdf", RDF.uri);
        return m;
    }

    /** The HTML page of one resource; every text from the store is escaped. */
    private final class ResourcePage {

        private final String iri;
        private final Description d;
        private final String contextPath;
        private final StringBuilder out = new StringBuilder();

        ResourcePage(String iri, Description d, String contextPath) {
            this.iri = iri;
            this.d = d;
            this.contextPath = contextPath;
        }

        String html() {
            String title = title();
            out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                    .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                            + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
                            + ".dt{color:#777;font-size:smaller}</style></head>\n<body>\n<h1>")
                    .append(esc(title)).append("</h1>\n<p><code>").append(esc(iri)).append("</code></p>\n");
            Node finding = NodeFactory.createURI(XLK.NS + "Finding");
            Node self = NodeFactory.createURI(iri);
            if (d.about().contains(self, RDF.type.asNode(), finding)) {
                reconciliation(self);
            }
            out.append("<h2>Properties</h2>\n<table>\n<tr><th>property</th><th>value</th></tr>\n");
            List<Triple> own = new ArrayList<>(d.about().find().toList());
            own.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                    .thenComparing(t -> t.getObject().toString()));
            for (Triple t : own) {
                out.append("<tr><td>").append(link(t.getPredicate())).append("</td><td>").append(value(t.getObject()))
                        .append("</td></tr>\n");
            }
            out.append("</table>\n");
            if (!d.incoming().isEmpty()) {
                out.append("<h2>Pointed to by</h2>\n<table>\n<tr><th>resource</th><th>property</th></tr>\n");
                for (Triple t : d.incoming()) {
                    out.append("<tr><td>").append(value(t.getSubject())).append("</td><td>")
                            .append(link(t.getPredicate())).append("</td></tr>\n");
                }
                out.append("</table>\n");
            }
            return out.append("</body></html>\n").toString();
        }

        private String title() {
            for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode(),
                    NodeFactory.createURI(XLK.NS + "message"))) {
                List<Triple> ts = d.about().find(Node.ANY, p, Node.ANY).toList();
                if (!ts.isEmpty() && ts.get(0).getObject().isLiteral()) {
                    return ts.get(0).getObject().getLiteralLexicalForm();
                }
            }
            return iri;
        }

        /** The terms as bars, then the computed and the reported amounts, on one scale with zero marked. */
        private void reconciliation(Node self) {
            List<BigDecimal> terms = literal(self, "terms").map(Amounts::parseSum).orElse(List.of());
            BigDecimal computed = literal(self, "computed").map(BigDecimal::new).orElse(null);
            BigDecimal reported = literal(self, "reported").map(BigDecimal::new).orElse(null);
            if (terms.isEmpty() && computed == null && reported == null) {
                return;
            }
            record Bar(String kind, String label, BigDecimal amount) {
            }
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                bars.add(new Bar("term", "term " + (i + 1), terms.get(i)));
            }
            if (computed != null) {
                bars.add(new Bar("computed", "computed", computed));
            }
            if (reported != null) {
                bars.add(new Bar("reported", "reported", reported));
            }
            double min = 0;
            double max = 0;
            for (Bar b : bars) {
                min = Math.min(min, b.amount().doubleValue());
                max = Math.max(max, b.amount().doubleValue());
            }
            double span = max - min == 0 ? 1 : max - min;
            int labelWidth = 90;
            int plot = 420;
            int row = 22;
            int height = bars.size() * row + 10;
            double zero = labelWidth + (0 - min) / span * plot;
            out.append("<h2>Reconciliation</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + plot + 120)
                    .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"terms, computed and reported\">\n");
            for (int i = 0; i < bars.size(); i++) {
                Bar b = bars.get(i);
                double x = labelWidth + (Math.min(0, b.amount().doubleValue()) - min) / span * plot;
                double w = Math.abs(b.amount().doubleValue()) / span * plot;
                int y = 5 + i * row;
                String fill = switch (b.kind()) {
                    case "computed" -> "#4a7ebb";
                    case "reported" -> "#e08a1e";
                    default -> b.amount().signum() < 0 ? "#c0504d" : "#9bbb59";
                };
                out.append(String.format(java.util.Locale.ROOT,
                        "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>"
                                + "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                                + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>\n",
                        y + 14, esc(b.label()), b.kind(), x, y, Math.max(w, 1), row - 6, fill,
                        labelWidth + plot + 5.0, y + 14, esc(Amounts.format(b.amount()))));
            }
            out.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\"/>\n</svg>\n", zero, zero, height));
        }

        private java.util.Optional<String> literal(Node self, String local) {
            return d.about().find(self, NodeFactory.createURI(XLK.NS + local), Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
        }

        private String value(Node n) {
            if (n.isURI()) {
                return link(n);
            }
            if (n.isLiteral()) {
                String lang = n.getLiteralLanguage();
                String dt = n.getLiteralDatatypeURI();
                String suffix = !lang.isEmpty() ? " <span class=\"dt\">@" + esc(lang) + "</span>"
                        : dt == null || dt.equals("http://www.w3.org/2001/XMLSchema#string") ? ""
                                : " <span class=\"dt\">" + esc(PREFIXES.shortForm(dt)) + "</span>";
                return esc(n.getLiteralLexicalForm()) + suffix;
            }
            return esc(n.toString());
        }

        /** A link to an IRI: to its page here when it is one of ours or a concept, else to the IRI itself. */
        private String link(Node n) {
            String u = n.getURI();
            String text = esc(PREFIXES.shortForm(u));
            String page = d.conceptPages().getOrDefault(u, u);
            if (page.startsWith(base)) {
                return "<a href=\"" + esc(contextPath + PATH + "/" + page.substring(base.length())) + "\">" + text + "</a>";
            }
            // only web IRIs become links: a javascript: or data: IRI in the data stays text
            return u.startsWith("http://") || u.startsWith("https://") ? "<a href=\"" + esc(u) + "\">" + text + "</a>" : text;
        }
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
