package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.testing.Shared;

/**
 * Two real cover pages (3M's and JPMorgan's 8-K, HTML) through the whole job: every dei row is a fact with its
 * typed value in the store, member rows qualify the facts below them, the report lists them, the graphs conform, and
 * no check errs on them (nothing but {@code duplicate} looks at their values).
 */
class CoverPageJobTest {

    private static final String XLK = "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    /** The checks that do arithmetic: a non-numeric fact must never reach them. */
    private static final Set<String> ARITHMETIC = Set.of("calculation", "calculation.instance", "roll-forward",
            "roll-forward.instance", "continuity", "duplicate.instance");

    @TempDir
    static Path tmp;

    static CliTest.Result linked;
    static XbrlStore store;
    static final Iris IRIS = Iris.defaults();

    @BeforeAll
    static void linkBothCoverPages() throws Exception {
        // both are named R1.htm (their IRIs would differ by their content's hash): copies named apart, for the report
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.copy(Shared.data().resolve("r-pages/3m-2024/R1.htm"), pages.resolve("3m-2024-R1.htm"));
        Files.copy(Shared.data().resolve("r-pages/jpmorgan-2026/R1.htm"), pages.resolve("jpmorgan-2026-R1.htm"));
        linked = CliTest.cli("link", pages.resolve("3m-2024-R1.htm").toString(),
                pages.resolve("jpmorgan-2026-R1.htm").toString(), "--store", tmp.resolve("store").toString(), "--quiet");
        store = XbrlStore.open(tmp.resolve("store"));
    }

    @AfterAll
    static void release() {
        store.release();
    }

    @Test
    void everyDeiRowIsAFactWithItsTypedValue() {
        Map<String, Literal> mmm = values("3m-2024-R1.htm");
        assertEquals(lit("2024-03-08", XSDDatatype.XSDdate), mmm.get("dei:DocumentPeriodEndDate"));
        assertEquals(lit("false", XSDDatatype.XSDboolean), mmm.get("dei:AmendmentFlag"));
        assertEquals(lit("false", XSDDatatype.XSDboolean), mmm.get("dei:EntityEmergingGrowthCompany"));
        assertEquals(lit("0000066740", XSDDatatype.XSDstring), mmm.get("dei:EntityCentralIndexKey"));
        assertEquals(lit("8-K", XSDDatatype.XSDtoken), mmm.get("dei:DocumentType"));
        assertEquals(lit("3M COMPANY", XSDDatatype.XSDstring), mmm.get("dei:EntityRegistrantName"));
        assertEquals(lit("1-3285", XSDDatatype.XSDstring), mmm.get("dei:EntityFileNumber"));
        assertEquals(lit("41-0417775", XSDDatatype.XSDstring), mmm.get("dei:EntityTaxIdentificationNumber"));
        assertEquals(lit("DE", XSDDatatype.XSDtoken), mmm.get("dei:EntityIncorporationStateCountryCode"));
        assertEquals(lit("MN", XSDDatatype.XSDtoken), mmm.get("dei:EntityAddressStateOrProvince"));
        assertEquals(lit("651", XSDDatatype.XSDstring), mmm.get("dei:CityAreaCode"));
        assertEquals(lit("55144-1000", XSDDatatype.XSDstring), mmm.get("dei:EntityAddressPostalZipCode"));

        Map<String, Literal> jpm = values("jpmorgan-2026-R1.htm");
        assertEquals(lit("2026-06-24", XSDDatatype.XSDdate), jpm.get("dei:DocumentPeriodEndDate"));
        assertEquals(lit("false", XSDDatatype.XSDboolean), jpm.get("dei:AmendmentFlag"));
        assertEquals(lit("0000019617", XSDDatatype.XSDstring), jpm.get("dei:EntityCentralIndexKey"));
        assertEquals(lit("8-K", XSDDatatype.XSDtoken), jpm.get("dei:DocumentType"));
        assertEquals(lit("JPMorgan Chase & Co", XSDDatatype.XSDstring), jpm.get("dei:EntityRegistrantName"));
        assertEquals(lit("13-2624428", XSDDatatype.XSDstring), jpm.get("dei:EntityTaxIdentificationNumber"));
        assertEquals(lit("NY", XSDDatatype.XSDtoken), jpm.get("dei:EntityAddressStateOrProvince"));

        // every row that shows a value shows a fact; none of them is a number
        for (String page : List.of("3m-2024-R1.htm", "jpmorgan-2026-R1.htm")) {
            String g = graph(page);
            assertEquals(0, count(g, "?c a xlk:Cell . FILTER NOT EXISTS { ?c xlk:fact ?f }"), page);
            assertEquals(0, count(g, "?c a xlk:Cell ; xlk:displayedAmount ?a"), page);
            assertEquals(0, count(g, "?f a xlk:Fact . { ?f xlk:value ?v } UNION { ?f xlk:unit ?u } UNION "
                    + "{ ?f xlk:decimals ?d }"), page);
            // one column: every row that is no heading shows one cell
            assertEquals(count(g, "?li a xlk:LineItem FILTER NOT EXISTS { ?li xlk:abstract true }"), count(g, "?c a xlk:Cell"), page);
            assertTrue(count(g, "?c a xlk:Cell") >= 34, page);
        }
    }

    @Test
    void theReportListsTheTypedValues() throws Exception {
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("store/report.json").toFile());
        assertTrue(report.get("summary").get("facts").asInt() >= 2 * 19, report.get("summary").toString());
        JsonNode mmm = null;
        for (JsonNode d : report.get("disclosures")) {
            if (d.get("source").asText().endsWith("3m-2024-R1.htm")) {
                mmm = d;
            }
        }
        JsonNode periodEnd = null;
        for (JsonNode li : mmm.get("lineItems")) {
            if (li.get("concept").asText().equals("dei:DocumentPeriodEndDate")) {
                periodEnd = li.get("facts").get(0);
            }
        }
        assertEquals("2024-03-08", periodEnd.get("value").asText());
        assertEquals("xsd:date", periodEnd.get("datatype").asText());
        assertEquals("Mar. 08, 2024", periodEnd.get("displayed").asText());
        assertFalse(periodEnd.has("unit"));
        assertTrue(linked.out().contains(" fact(s); "), linked.out());
    }

    /**
     * No arithmetic check reports anything on a cover page, and no check fails with an error: the rows below the
     * member rows report facts of their members (class of stock and exchange), so the twelve trading symbols, titles
     * and exchanges are facts apart and {@code duplicate} has nothing to compare.
     */
    @Test
    void noCheckErrsOnTheNonNumericFacts() {
        List<QuerySolution> findings = new ArrayList<>();
        for (String page : List.of("3m-2024-R1.htm", "jpmorgan-2026-R1.htm")) {
            findings.addAll(store.selectAll(QueryFactory.create(XLK
                    + "SELECT ?id ?status ?severity ?message WHERE { GRAPH ?fg { ?f a xlk:Finding ; xlk:checkId ?id ; "
                    + "xlk:status ?status ; xlk:severity ?severity ; xlk:message ?message } }"),
                    Map.of("fg", ResourceFactory.createResource(IRIS.findingsGraphOf(graph(page))))));
        }
        assertTrue(findings.size() > 50, "findings: " + findings.size());
        assertEquals(List.of(), findings.stream().map(r -> r.getLiteral("id").getString())
                .filter(ARITHMETIC::contains).toList());
        assertEquals(List.of(), findings.stream().filter(f -> f.getLiteral("status").getString().equals("fail")
                        && f.getLiteral("severity").getString().equals("error"))
                .map(f -> f.getLiteral("message").getString()).toList());
        assertEquals(0, linked.exit(), linked.out() + linked.err());
    }

    /** The facts below a member row have its axes and members as dimension values, and one value each. */
    @Test
    void memberRowsQualifyTheirFactsDimensions() {
        String g = graph("3m-2024-R1.htm");
        List<QuerySolution> rows = store.selectAll(QueryFactory.create(XLK + "SELECT ?v ?axis ?member WHERE { GRAPH ?g { "
                + "?f a xlk:Fact ; xlk:concept ?k ; xlk:textValue ?v ; xlk:dimension ?d } "
                // dimension values are described once, in the contexts graph; concepts in their taxonomies' graphs
                + "GRAPH <" + RdfMapper.contextsGraph(IRIS) + "> { ?d a xlk:DimensionValue ; xlk:axis ?a ; xlk:member ?m } "
                + "?k xlk:qname 'dei:TradingSymbol' . ?a xlk:qname ?axis . ?m xlk:qname ?member }"),
                Map.of("g", ResourceFactory.createResource(g)));
        Map<String, List<String>> membersOf = new HashMap<>();
        for (QuerySolution r : rows) {
            membersOf.computeIfAbsent(r.getLiteral("v").getLexicalForm(), k -> new ArrayList<>())
                    .add(r.getLiteral("axis").getString() + "=" + r.getLiteral("member").getString());
        }
        assertEquals(Set.of("MMM", "MMM26", "MMM30", "MMM31"), membersOf.keySet());
        assertEquals(Set.of("us-gaap:StatementClassOfStockAxis=mmm:Notes1500PercentDue2026Member",
                "dei:EntityListingsExchangeAxis=exch:XNYS"), Set.copyOf(membersOf.get("MMM26")));
        // MMM is listed on two exchanges: two facts, one per exchange
        assertEquals(Set.of("us-gaap:StatementClassOfStockAxis=us-gaap:CommonStockMember",
                "dei:EntityListingsExchangeAxis=exch:XNYS", "dei:EntityListingsExchangeAxis=exch:XCHI"),
                Set.copyOf(membersOf.get("MMM")));
        assertEquals(0, count(g, "?f a xlk:Fact ; xlk:textValue ?a , ?b . FILTER(?a != ?b)"), "a fact with two values");
    }

    @Test
    void theCoverPageGraphsAndTheirFindingsConformToTheShapes() {
        Model all = ModelFactory.createDefaultModel();
        Txn.executeRead(store.dataset(), () -> {
            for (String page : List.of("3m-2024-R1.htm", "jpmorgan-2026-R1.htm")) {
                all.add(store.dataset().getNamedModel(graph(page)));
                all.add(store.dataset().getNamedModel(IRIS.findingsGraphOf(graph(page))));
            }
            // with the taxonomy graphs their concepts are described in, and the contexts graph their periods, units
            // and dimension values are
            store.dataset().listNames().forEachRemaining(name -> {
                if (IRIS.isTaxonomyGraph(name) || name.equals(RdfMapper.contextsGraph(IRIS))) {
                    all.add(store.dataset().getNamedModel(name));
                }
            });
        });
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes/xbrl-linker-shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, all.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms());
    }

    /** Concept qname to the typed value of its fact, for the facts of one page with one value each. */
    /** The disclosure graph of one of the two pages, by its file name. */
    private static String graph(String page) {
        return IRIS.disclosureGraph(tmp.resolve("pages").resolve(page).toString());
    }

    private static Map<String, Literal> values(String page) {
        Map<String, Literal> out = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (QuerySolution r : store.selectAll(QueryFactory.create(XLK + "SELECT ?q ?v WHERE { GRAPH ?g { "
                        + "?f a xlk:Fact ; xlk:concept ?k ; xlk:textValue ?v } ?k xlk:qname ?q }"),
                Map.of("g", ResourceFactory.createResource(graph(page))))) {
            String q = r.getLiteral("q").getString();
            out.put(q, r.getLiteral("v"));
            seen.merge(q, 1, Integer::sum);
        }
        seen.forEach((q, n) -> {
            if (n > 1) {
                out.remove(q); // reported per member (a trading symbol per security): see memberRowsQualify...
            }
        });
        return out;
    }

    private static long count(String graph, String pattern) {
        return store.selectAll(QueryFactory.create(XLK + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { " + pattern
                + " } }"), Map.of("g", ResourceFactory.createResource(graph))).get(0).getLiteral("n").getLong();
    }

    private static Literal lit(String lexical, XSDDatatype type) {
        return ResourceFactory.createTypedLiteral(lexical, type);
    }
}
