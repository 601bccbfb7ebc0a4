package org.xbrllinker.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.xbrllinker.link.Period;
import org.xbrllinker.taxonomy.Concept;

/** The one place IRIs of data are minted, under a configurable base. */
public final class Iris {

    public static final String DEFAULT_BASE = "https://w3id.org/xbrl-linker/id/";

    /** A graph no store holds: named alone in a query's {@code FROM}, it makes the default graph empty. */
    public static final String NO_GRAPH = DEFAULT_BASE + "graph/none";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    private static final String PAGE_OF_FILING = "::";

    /** A file is identified by its name without folders and extension. */
    public static String slug(String source) {
        String name = source.replace('\\', '/');
        if (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return encode(name);
    }

    /** The source of an R page of a filing: its IRIs sit under the filing's name ({@code .../aapl-...-057/R2}). */
    public static String pageOfFiling(String filingSource, String pageSource) {
        return filingSource + PAGE_OF_FILING + pageSource;
    }

    /** The source of a file read alone ({@code filingSource} null) or as part of a filing. */
    public static String source(String filingSource, String file) {
        return filingSource == null ? file : pageOfFiling(filingSource, file);
    }

    /**
     * A disclosure's key ({@link Identity}): a page read alone by its name and content hash (or its folder's accession
     * number), an R page of a filing by the filing's key and the page's name.
     */
    static String key(String source) {
        int sep = source.indexOf(PAGE_OF_FILING);
        if (sep < 0) {
            return Identity.page(source);
        }
        return Identity.filing(source.substring(0, sep)) + "/" + slug(source.substring(sep + PAGE_OF_FILING.length()));
    }

    public String disclosure(String source) {
        return base + "disclosure/" + key(source);
    }

    /** The named graph that holds one disclosure; replaced whole when the disclosure is linked again. */
    public String disclosureGraph(String source) {
        return base + "graph/disclosure/" + key(source);
    }

    /** What the graphs of a filing's R pages start with. */
    public String filingPagesGraphPrefix(String filingSource) {
        return base + "graph/disclosure/" + Identity.filing(filingSource) + "/";
    }

    /** An input file as a file: what a disclosure or filing was read from ({@code xlk:input}), whatever it held. */
    public String input(String source) {
        return base + "input/" + inputKey(source);
    }

    /** The record of an input the job refused (see {@link #source}), named by the file, not its content. */
    public String rejection(String source) {
        return base + "rejected/" + inputKey(source);
    }

    /** The named graph that records one refused input; removed when the input is linked. */
    public String rejectionGraph(String source) {
        return base + "graph/rejected/" + inputKey(source);
    }

    /** The file of a source ({@link #source}: the page of a filing is its file), keyed by {@link Identity#input}. */
    private static String inputKey(String source) {
        int sep = source.indexOf(PAGE_OF_FILING);
        return Identity.input(sep < 0 ? source : source.substring(sep + PAGE_OF_FILING.length()));
    }

    /** The named graph of the findings of one disclosure. */
    public String findingsGraph(String source) {
        return base + "graph/findings/" + key(source);
    }

    /** Where a line of a file was read, under the disclosure that read it. */
    public String location(String source, int line) {
        return base + "source/" + key(source) + "/line/" + line;
    }

    /** The findings graph that goes with a disclosure graph. */
    public String findingsGraphOf(String graph) {
        return graph.replace(base + "graph/disclosure/", base + "graph/findings/")
                .replace(base + "graph/filing/", base + "graph/findings/filing/");
    }

    /** The disclosure a disclosure graph holds. */
    public String disclosureOf(String graph) {
        return graph.replace(base + "graph/disclosure/", base + "disclosure/")
                .replace(base + "graph/filing/", base + "filing/");
    }

    /** A filing, identified by its accession number, else entity and period, else content ({@link Identity#filing}). */
    public String filing(String source) {
        return base + "filing/" + Identity.filing(source);
    }

    /** The named graph of a filing's instance facts. */
    public String filingGraph(String source) {
        return base + "graph/filing/" + Identity.filing(source);
    }

    public boolean isDisclosureGraph(String graph) {
        return graph.startsWith(base + "graph/disclosure/");
    }

    public boolean isFilingGraph(String graph) {
        return graph.startsWith(base + "graph/filing/");
    }

    /** An instance fact: concept, period, unit and dimensions make it one. */
    public String instanceFact(String filingSource, Concept concept, Period period, String unit, String dimensionKey) {
        return instanceFact(filingSource, concept, period, unit, dimensionKey, "");
    }

    /**
     * An instance fact: concept, period, unit, dimensions and the context's other segment and scenario content
     * ({@code contextContent}, canonical; empty when there is none, and then the IRI is the one without it) make it
     * one.
     */
    public String instanceFact(String filingSource, Concept concept, Period period, String unit, String dimensionKey,
                               String contextContent) {
        String key = contextContent.isEmpty() ? dimensionKey : dimensionKey + "|" + contextContent;
        return filing(filingSource) + "/fact/" + encode(concept.prefix() + "_" + concept.localName()) + "/"
                + periodSlug(period) + "/" + (unit == null ? "-" : encode(unit))
                + (key.isEmpty() ? "" : "/" + hash(key));
    }

    public String dimensionValue(String axis, String member) {
        return base + "dimension/" + hash(axis + "=" + member);
    }

    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    /**
     * The graph of one taxonomy: a release of a standard taxonomy or a filer's extension, named by its namespace
     * without the scheme ({@code .../graph/taxonomy/fasb.org/us-gaap/2021-01-31}). Its concepts' labels,
     * documentation, references and its calculation arcs live there once, for every disclosure that uses them.
     */
    public String taxonomyGraph(String namespace) {
        String ns = namespace.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*:(//)?", "");
        StringBuilder path = new StringBuilder();
        for (String segment : ns.split("/")) {
            if (!segment.isEmpty()) {
                path.append(path.length() == 0 ? "" : "/").append(encode(segment));
            }
        }
        return taxonomyGraphPrefix() + path;
    }

    /** What every taxonomy graph's name starts with. */
    public String taxonomyGraphPrefix() {
        return base + "graph/taxonomy/";
    }

    public boolean isTaxonomyGraph(String graph) {
        return graph.startsWith(taxonomyGraphPrefix());
    }

    public String column(String source, int index) {
        return disclosure(source) + "/column/" + (index + 1);
    }

    public String lineItem(String source, int row) {
        return disclosure(source) + "/row/" + row;
    }

    public String rollForward(String source, int opening, int closing) {
        return lineItem(source, opening) + "/roll-forward/" + closing;
    }

    public String cell(String source, int row, int column) {
        return lineItem(source, row) + "/column/" + (column + 1);
    }

    public String evidence(String source, int row, int index) {
        return lineItem(source, row) + "/evidence/" + (index + 1);
    }

    /** A page's fact: concept, period, unit ("-" for a non-numeric fact, which has none) and dimensions make it one. */
    public String fact(String source, Concept concept, Period period, String unit, String dimensions) {
        return disclosure(source) + "/fact/" + encode(concept.prefix() + "_" + concept.localName()) + "/"
                + periodSlug(period) + "/" + (unit == null ? "-" : encode(unit))
                + (dimensions.isEmpty() ? "" : "/" + hash(dimensions));
    }

    public String period(Period period) {
        return base + "period/" + periodSlug(period);
    }

    public String unit(String unit) {
        return base + "unit/" + encode(unit);
    }

    /**
     * The page of a concept under the base, {@code {base}concept/{prefix}_{localName}}: a concept's own IRI is its
     * taxonomy's (the FASB's, the SEC's, a filer's), which this server cannot answer for; this one it can.
     */
    public String conceptPage(String qname) {
        int colon = qname.indexOf(':');
        return base + "concept/" + encode(qname.substring(0, colon) + "_" + qname.substring(colon + 1));
    }

    /** A concept's label of a role; under the concept's release (two releases may word it differently). */
    public String label(Concept concept, String role) {
        return release(concept) + "/label/" + encode(role.substring(role.lastIndexOf('/') + 1));
    }

    public String reference(Concept concept, int index) {
        return release(concept) + "/reference/" + (index + 1);
    }

    private String release(Concept concept) {
        return base + "concept/" + encode(concept.prefix() + "_" + concept.localName()) + "/" + hash(concept.namespace());
    }

    public String referencePart(Concept concept, int index, String part) {
        return reference(concept, index) + "/" + encode(part);
    }

    public String calculationArc(String role, String parent, String child) {
        return base + "calculation/" + hash(role + " " + parent + " " + child);
    }

    /** A presentation arc; the preferred label is part of it (a balance is shown twice: opening and closing). */
    public String presentationArc(String role, String parent, String child, String preferredLabel) {
        return base + "presentation/" + hash(role + " " + parent + " " + child + " " + preferredLabel);
    }

    public String finding(String disclosureGraph, String check, String key) {
        String slug = disclosureGraph.substring(disclosureGraph.indexOf("/graph/") + "/graph/".length());
        return base + "finding/" + slug + "/" + encode(check) + "/" + hash(key);
    }

    private static String periodSlug(Period p) {
        return p.isInstant() ? p.end().toString() : p.start() + "--" + p.end();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The first 64 bits of the SHA-256 of the text, in hex. */
    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
