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
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.testing.Shared;

/**
 * Two real cover pages (3M's and JPMorgan's 8-K, HTML) through the whole job: every dei row is a fact with its
 * typed value in the store, the report lists them, the graphs conform, and no check errs on them — nothing but
 * {@code duplicate} looks at their values, and it can only fail where member rows qualify facts the page linked
 * alone cannot tell apart yet.
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
        // both are named R1.htm, and a page's IRIs are its file name's: copies named apart
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
            String g = IRIS.disclosureGraph(page);
            assertEquals(0, count(g, "?c a xlk:Cell . FILTER NOT EXISTS { ?c xlk:fact ?f }"), page);
            assertEquals(0, count(g, "?c a xlk:Cell ; xlk:displayedAmount ?a"), page);
            assertEquals(0, count(g, "?f a xlk:Fact . { ?f xlk:value ?v } UNION { ?f xlk:unit ?u } UNION "
                    + "{ ?f xlk:decimals ?d }"), page);
            // one column: every row that is no heading shows one cell
            assertEquals(count(g, "?li a xlk:LineItem ; xlk:abstract false"), count(g, "?c a xlk:Cell"), page);
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
     * No arithmetic check reports anything on a cover page; cross-reference checks do what they do for any page;
     * {@code duplicate} fails only on facts below the first member row, whose dimensions the page linked alone does
     * not give (once member rows qualify their facts, those findings pass or vanish, and this still holds).
     */
    @Test
    void noCheckErrsOnTheNonNumericFacts() {
        List<QuerySolution> findings = new ArrayList<>();
        for (String page : List.of("3m-2024-R1.htm", "jpmorgan-2026-R1.htm")) {
            findings.addAll(store.selectAll(QueryFactory.create(XLK
                    + "SELECT ?id ?status ?severity ?message (GROUP_CONCAT(STR(?s); separator=' ') AS ?subjects) WHERE { "
                    + "GRAPH ?fg { ?f a xlk:Finding ; xlk:checkId ?id ; xlk:status ?status ; xlk:severity ?severity ; "
                    + "xlk:message ?message ; xlk:subject ?s } } GROUP BY ?f ?id ?status ?severity ?message"),
                    Map.of("fg", ResourceFactory.createResource(IRIS.findingsGraphOf(IRIS.disclosureGraph(page))))));
        }
        assertTrue(findings.size() > 50, "findings: " + findings.size());
        List<String> arithmetic = findings.stream().map(r -> r.getLiteral("id").getString())
                .filter(ARITHMETIC::contains).toList();
        assertEquals(List.of(), arithmetic);

        Map<String, Integer> firstMemberRow = new HashMap<>();
        Map<String, Integer> rowOfCell = new HashMap<>();
        for (String page : List.of("3m-2024-R1.htm", "jpmorgan-2026-R1.htm")) {
            Map<String, RDFNode> g = Map.of("g", ResourceFactory.createResource(IRIS.disclosureGraph(page)));
            for (QuerySolution r : store.selectAll(QueryFactory.create(XLK + "SELECT (MIN(?n) AS ?first) WHERE { "
                    + "GRAPH ?g { ?li xlk:abstract true ; xlk:rowNumber ?n ; xlk:concept/xlk:qname ?q "
                    + "FILTER(STRENDS(?q, 'Member')) } }"), g)) {
                firstMemberRow.put(page, r.getLiteral("first").getInt());
            }
            for (QuerySolution r : store.selectAll(QueryFactory.create(XLK + "SELECT ?c ?n WHERE { "
                    + "GRAPH ?g { ?c xlk:lineItem/xlk:rowNumber ?n } }"), g)) {
                rowOfCell.put(r.getResource("c").getURI(), r.getLiteral("n").getInt());
            }
        }
        assertEquals(Map.of("3m-2024-R1.htm", 21, "jpmorgan-2026-R1.htm", 21), firstMemberRow);
        int duplicates = 0;
        for (QuerySolution f : findings) {
            String id = f.getLiteral("id").getString();
            boolean failedError = f.getLiteral("status").getString().equals("fail")
                    && f.getLiteral("severity").getString().equals("error");
            if (id.equals("duplicate")) {
                duplicates++;
            }
            if (!failedError) {
                continue;
            }
            assertEquals("duplicate", id, f.getLiteral("message").getString());
            for (String subject : f.getLiteral("subjects").getString().split(" ")) {
                Integer row = rowOfCell.get(subject);
                if (row != null) {
                    assertTrue(row > 21, "a duplicate outside the member rows: " + f.getLiteral("message"));
                }
            }
            assertTrue(f.getLiteral("message").getString().matches("dei:\\w+ \\d{4}-\\d{2}-\\d{2} is shown in \\d+ "
                    + "cells with \\d+ value\\(s\\): \".+\"( and \".+\")+"), f.getLiteral("message").getString());
        }
        System.out.printf("Cover pages: %d findings, %d of duplicate, exit %d%n", findings.size(), duplicates,
                linked.exit());
        boolean anyFailedError = findings.stream().anyMatch(f -> f.getLiteral("status").getString().equals("fail")
                && f.getLiteral("severity").getString().equals("error"));
        assertEquals(anyFailedError ? 1 : 0, linked.exit(), linked.out() + linked.err());
    }

    @Test
    void theCoverPageGraphsAndTheirFindingsConformToTheShapes() {
        Model all = ModelFactory.createDefaultModel();
        Txn.executeRead(store.dataset(), () -> {
            for (String page : List.of("3m-2024-R1.htm", "jpmorgan-2026-R1.htm")) {
                all.add(store.dataset().getNamedModel(IRIS.disclosureGraph(page)));
                all.add(store.dataset().getNamedModel(IRIS.findingsGraphOf(IRIS.disclosureGraph(page))));
            }
        });
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes/xbrl-linker-shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, all.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms());
    }

    /** Concept qname to the typed value of its fact, for the facts of one page with one value each. */
    private static Map<String, Literal> values(String page) {
        Map<String, Literal> out = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (QuerySolution r : store.selectAll(QueryFactory.create(XLK + "SELECT ?q ?v WHERE { GRAPH ?g { "
                        + "?f a xlk:Fact ; xlk:concept/xlk:qname ?q ; xlk:textValue ?v } }"),
                Map.of("g", ResourceFactory.createResource(IRIS.disclosureGraph(page))))) {
            String q = r.getLiteral("q").getString();
            out.put(q, r.getLiteral("v"));
            seen.merge(q, 1, Integer::sum);
        }
        seen.forEach((q, n) -> {
            if (n > 1) {
                out.remove(q); // a fact below the member rows: one value per member row, until they qualify it
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
