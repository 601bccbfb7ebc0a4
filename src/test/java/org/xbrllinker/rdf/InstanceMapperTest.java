package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.xbrllinker.check.Check;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.check.Finding;
import org.xbrllinker.instance.XbrlContext;
import org.xbrllinker.instance.XbrlFact;
import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.instance.XbrlUnit;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.link.Period;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.CalculationArc;
import org.xbrllinker.taxonomy.Taxonomy;

/** A filing's instance as RDF: facts with dimensions, the shapes, and Calc 1.1 per context over the instance. */
class InstanceMapperTest {

    private static final String GAAP = "http://fasb.org/us-gaap/2024";
    private static final String ROLE = "http://example.com/role/BalanceSheet";

    @Test
    void instanceFactsConformAndCalculationsBindPerContext() {
        Period q1 = Period.instant(LocalDate.of(2025, 3, 29));
        SourceLocation at = SourceLocation.of("x.xml", 1);
        Map<String, XbrlContext> contexts = new LinkedHashMap<>();
        contexts.put("c1", new XbrlContext("c1", "http://www.sec.gov/CIK", "0000320193", q1, Map.of(), at));
        contexts.put("c2", new XbrlContext("c2", "http://www.sec.gov/CIK", "0000320193", q1,
                Map.of("us-gaap:StatementBusinessSegmentsAxis", "aapl:AmericasSegmentMember"), at));
        Map<String, XbrlUnit> units = Map.of("usd", new XbrlUnit("usd", List.of("iso4217:USD"), List.of()));
        List<XbrlFact> facts = List.of(
                fact("Total", "c1", "1000", -3), fact("PartA", "c1", "400", 0), fact("PartB", "c1", "600", 0),
                fact("Total", "c2", "900", 0), fact("PartA", "c2", "400", 0), fact("PartB", "c2", "600", 0),
                new XbrlFact(null, "us-gaap:PartA", GAAP, "c1", "usd", null, null, null, true, false, at),
                new XbrlFact("t1", "dei:DocumentType", "http://xbrl.sec.gov/dei/2024", "c1", null, null, "10-Q", null,
                        false, false, at));
        XbrlInstance instance = new XbrlInstance("x.xml", "xbrl", contexts, units, facts,
                Map.of("us-gaap", GAAP, "aapl", "http://www.apple.com/20250329", "dei", "http://xbrl.sec.gov/dei/2024"));
        Taxonomy taxonomy = Taxonomy.of(List.of(gaap("Total"), gaap("PartA"), gaap("PartB")), List.of(
                new CalculationArc(ROLE, "us-gaap:Total", "us-gaap:PartA", BigDecimal.ONE, BigDecimal.ONE),
                new CalculationArc(ROLE, "us-gaap:Total", "us-gaap:PartB", BigDecimal.ONE, BigDecimal.TEN)), List.of());

        Iris iris = Iris.defaults();
        InstanceMapper mapper = new InstanceMapper(new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE));
        Model graph = mapper.map("aapl-filing", instance, taxonomy);
        String g = iris.filingGraph("aapl-filing");
        XbrlStore store = XbrlStore.inMemory();
        store.replaceGraphs(Map.of(g, graph));
        CheckRunner runner = new CheckRunner(CheckCatalogue.load(List.of()), iris);
        List<Finding> findings = runner.run(store, List.of(g), Check.FILING);
        assertEquals(2, runner.runAndStore(store, List.of(), List.of(g)).findings());

        assertEquals(2, findings.size(), findings.toString());
        Finding byDefault = findings.stream().filter(f -> !f.message().contains("Segment")).findFirst().orElseThrow();
        // PartA is reported both as 400 and nil in c1: Calculations 1.1 calls such duplicates inconsistent
        assertEquals("fail", byDefault.status(), byDefault.message());
        assertEquals("us-gaap:Total 2025-03-29 (BalanceSheet): us-gaap:PartA is reported both nil and as 400 "
                + "(decimals 0): inconsistent duplicates [Calculations 1.1 round-to-nearest]", byDefault.message());
        Finding segment = findings.stream().filter(f -> f.message().contains("Segment")).findFirst().orElseThrow();
        assertEquals("fail", segment.status());
        assertTrue(segment.message().contains("[us-gaap:StatementBusinessSegmentsAxis=aapl:AmericasSegmentMember]"));
        assertTrue(segment.message().contains("400 + 600 = 1,000 computed, 900 reported; the sum's range "
                + "[999, 1,001] and the total's [899.5, 900.5] do not overlap [Calculations 1.1 round-to-nearest]"),
                segment.message());

        Model all = ModelFactory.createDefaultModel();
        Txn.executeRead(store.dataset(), () -> {
            all.add(store.dataset().getNamedModel(g));
            all.add(store.dataset().getNamedModel(iris.findingsGraphOf(g)));
        });
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes/xbrl-linker-shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, all.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms());
    }

    /**
     * Apple's 10-Q instance with the concepts of its MetaLinks.json: non-numeric facts are typed like page facts
     * (one xlk:textValue in the datatype of the concept's type), never with a unit or decimals, and conform.
     */
    @Test
    void nonNumericInstanceFactsAreTypedLiterals() throws Exception {
        java.nio.file.Path filing = org.xbrllinker.testing.Shared.data().resolve("filings/aapl-0000320193-25-000057");
        XbrlInstance instance = new org.xbrllinker.instance.InstanceParser().parse(filing.resolve("aapl-20250329_htm.xml"));
        Taxonomy taxonomy = new org.xbrllinker.taxonomy.MetaLinksLoader().load(filing.resolve("MetaLinks.json"));
        Iris iris = Iris.defaults();
        Model graph = new InstanceMapper(new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE)).map("aapl", instance, taxonomy);

        assertEquals(graph.createTypedLiteral("2025-03-29", XSDDatatype.XSDdate), textValue(graph, "DocumentPeriodEndDate"));
        assertEquals(graph.createTypedLiteral("false", XSDDatatype.XSDboolean), textValue(graph, "AmendmentFlag"));
        assertEquals(graph.createTypedLiteral("0000320193", XSDDatatype.XSDstring), textValue(graph, "EntityCentralIndexKey"));
        assertEquals(graph.createTypedLiteral("10-Q", XSDDatatype.XSDtoken), textValue(graph, "DocumentType"));
        assertEquals(graph.createTypedLiteral("--09-27", XSDDatatype.XSDgMonthDay), textValue(graph, "CurrentFiscalYearEndDate"));
        assertEquals(graph.createTypedLiteral("2025", XSDDatatype.XSDgYear), textValue(graph, "DocumentFiscalYearFocus"));

        long typed = graph.listStatements(null, XLK.textValue, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                .filter(st -> !st.getLiteral().getDatatypeURI().equals(org.xbrllinker.link.FactValues.STRING)).count();
        assertTrue(typed >= 20, "dates, booleans, codes: " + typed);
        for (org.apache.jena.rdf.model.Resource f : graph.listSubjectsWithProperty(XLK.textValue).toList()) {
            assertTrue(!f.hasProperty(XLK.unit) && !f.hasProperty(XLK.decimals) && !f.hasProperty(XLK.value), f.toString());
        }
        // the facts conform; (MetaLinks.json gives data types as bare local names, which the concept shape's QName
        // pattern for xlk:dataType refuses: a matter of the concepts, not of the facts)
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes/xbrl-linker-shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
        List<String> aboutFacts = report.getEntries().stream()
                .filter(e -> !graph.asRDFNode(e.focusNode()).asResource().hasProperty(XLK.dataType)
                        || !(e.resultPath() instanceof org.apache.jena.sparql.path.P_Link link)
                        || !link.getNode().equals(XLK.dataType.asNode()))
                .map(e -> e.focusNode() + ": " + e.message()).toList();
        assertEquals(List.of(), aboutFacts);
    }

    /** The one non-numeric value of the instance's dei fact of this name. */
    private static org.apache.jena.rdf.model.Literal textValue(Model m, String deiName) {
        List<org.apache.jena.rdf.model.Literal> values = m.listSubjectsWithProperty(XLK.concept,
                        m.createResource("http://xbrl.sec.gov/dei/2024#" + deiName)).toList().stream()
                .flatMap(f -> f.listProperties(XLK.textValue).toList().stream()).map(st -> st.getLiteral()).toList();
        assertEquals(1, values.size(), deiName + ": " + values);
        return values.get(0);
    }

    private static org.xbrllinker.taxonomy.Concept gaap(String name) {
        return new org.xbrllinker.taxonomy.Concept(GAAP, "us-gaap", name, "xbrli:monetaryItemType",
                org.xbrllinker.taxonomy.Balance.DEBIT, org.xbrllinker.taxonomy.PeriodType.INSTANT, false, "xbrli:item",
                Map.of(), List.of());
    }

    /**
     * Contexts that differ only in scenario content other than dimensions are not c-equal (XBRL 2.1 4.10): their facts
     * are other facts, neither bound together in a summation nor duplicates; contexts of equal content (other ids) are.
     */
    @Test
    void contextsOfOtherScenarioContentDoNotBindTogether() {
        Period q1 = Period.instant(LocalDate.of(2025, 3, 29));
        SourceLocation at = SourceLocation.of("x.xml", 1);
        String mars = "scenario<{http://example.com}Planet>Mars</>";
        Map<String, XbrlContext> contexts = new LinkedHashMap<>();
        contexts.put("c1", new XbrlContext("c1", "http://example.com", "e", q1, Map.of(), at, mars));
        contexts.put("c2", new XbrlContext("c2", "http://example.com", "e", q1, Map.of(), at));
        contexts.put("c3", new XbrlContext("c3", "http://example.com", "e", q1, Map.of(), at, mars));
        XbrlInstance instance = new XbrlInstance("x.xml", "xbrl", contexts,
                Map.of("usd", new XbrlUnit("usd", List.of("iso4217:USD"), List.of())),
                // PartA in c3 binds to the total in c1; PartB in c2 does not, nor is PartA in c2 a duplicate of c3's
                List.of(fact("Total", "c1", "1000", 0), fact("PartA", "c3", "400", 0), fact("PartB", "c2", "600", 0),
                        fact("PartA", "c2", "999", 0)), Map.of("us-gaap", GAAP));
        Taxonomy taxonomy = Taxonomy.of(List.of(gaap("Total"), gaap("PartA"), gaap("PartB")), List.of(
                new CalculationArc(ROLE, "us-gaap:Total", "us-gaap:PartA", BigDecimal.ONE, BigDecimal.ONE),
                new CalculationArc(ROLE, "us-gaap:Total", "us-gaap:PartB", BigDecimal.ONE, BigDecimal.TEN)), List.of());
        Iris iris = Iris.defaults();
        Model graph = new InstanceMapper(new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE)).map("f", instance, taxonomy);
        assertEquals(4, graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, XLK.InstanceFact).toList().size());
        assertEquals(2, graph.listSubjectsWithProperty(XLK.contextContent, mars).toList().size());

        String g = iris.filingGraph("f");
        XbrlStore store = XbrlStore.inMemory();
        store.replaceGraphs(Map.of(g, graph));
        List<Finding> findings = new CheckRunner(CheckCatalogue.load(List.of()), iris).run(store, List.of(g), Check.FILING)
                .stream().filter(f -> f.message().contains("BalanceSheet")).toList();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("fail", findings.get(0).status(), findings.get(0).message());
        assertTrue(findings.get(0).message().startsWith("us-gaap:Total 2025-03-29 {" + mars + "} (BalanceSheet): 400 = "
                + "400 computed, 1,000 reported"), findings.get(0).message());

        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes/xbrl-linker-shapes.ttl"));
        assertTrue(ShaclValidator.get().validate(shapes, graph.getGraph()).conforms());
    }

    @Test
    void arcsOfAnotherReleaseDoNotBindTheFacts() {
        Period q1 = Period.instant(LocalDate.of(2025, 3, 29));
        SourceLocation at = SourceLocation.of("x.xml", 1);
        XbrlInstance instance = new XbrlInstance("x.xml", "xbrl",
                Map.of("c1", new XbrlContext("c1", "http://www.sec.gov/CIK", "1", q1, Map.of(), at)),
                Map.of("usd", new XbrlUnit("usd", List.of("iso4217:USD"), List.of())),
                List.of(fact("Total", "c1", "5", 0), fact("PartA", "c1", "1", 0)), Map.of("us-gaap", GAAP));
        org.xbrllinker.taxonomy.Concept older = new org.xbrllinker.taxonomy.Concept("http://fasb.org/us-gaap/2021-01-31",
                "us-gaap", "Total", null, null, null, false, null, Map.of(), List.of());
        org.xbrllinker.taxonomy.Concept olderPart = new org.xbrllinker.taxonomy.Concept(
                "http://fasb.org/us-gaap/2021-01-31", "us-gaap", "PartA", null, null, null, false, null, Map.of(), List.of());
        Taxonomy taxonomy = Taxonomy.of(List.of(older, olderPart), List.of(
                new CalculationArc(ROLE, "us-gaap:Total", "us-gaap:PartA", BigDecimal.ONE, BigDecimal.ONE)), List.of());
        Iris iris = Iris.defaults();
        Model graph = new InstanceMapper(new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE)).map("f", instance, taxonomy);
        assertTrue(graph.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, XLK.CalculationArc).toList().isEmpty());
        assertTrue(graph.containsResource(graph.createResource(GAAP + "#Total")));
    }

    private static XbrlFact fact(String name, String ctx, String value, int decimals) {
        return new XbrlFact(null, "us-gaap:" + name, GAAP, ctx, "usd", new BigDecimal(value), null, decimals, false,
                false, SourceLocation.of("x.xml", 2));
    }
}
