package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.check.Finding;
import org.xbrllinker.link.Evidence;
import org.xbrllinker.link.Fact;
import org.xbrllinker.link.FactCell;
import org.xbrllinker.link.FactValues;
import org.xbrllinker.link.LineItem;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.link.Period;
import org.xbrllinker.parse.Cell;
import org.xbrllinker.parse.ColumnHeader;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.parse.Row;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.Balance;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.LabelRoles;
import org.xbrllinker.taxonomy.PeriodType;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;

/**
 * Non-numeric facts in RDF: typed values beside the decimals, no unit or decimals, page facts' dimensions as
 * dimension values; the shapes accept them and refuse a mix; {@code duplicate} compares typed values and the
 * arithmetic checks leave them out.
 */
class TypedFactsRdfTest {

    private static final String DEI = "http://xbrl.sec.gov/dei/2023";
    private static final String US_GAAP = "http://fasb.org/us-gaap/2023";
    private static final String PAGE = "cover.htm";
    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes/xbrl-linker-shapes.ttl"));
    }

    /** 3M's cover page (8-K of Mar. 8, 2024) linked as HTML and mapped: each dei row a fact with its typed value. */
    @Test
    void aCoverPagesFactsAreTypedLiteralsWithoutUnitOrDecimals() throws Exception {
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults())
                .link(new HtmlRPageParser().parse(Shared.data().resolve("r-pages/3m-2024/R1.htm")));
        Model m = new RdfMapper(Iris.defaults(), LinkerOptions.DEFAULT_NAMESPACE).map(linked);

        assertEquals(m.createTypedLiteral("2024-03-08", XSDDatatype.XSDdate), value(m, "dei:DocumentPeriodEndDate"));
        assertEquals(m.createTypedLiteral("false", XSDDatatype.XSDboolean), value(m, "dei:AmendmentFlag"));
        assertEquals(m.createTypedLiteral("0000066740", XSDDatatype.XSDstring), value(m, "dei:EntityCentralIndexKey"));
        assertEquals(m.createTypedLiteral("8-K", XSDDatatype.XSDtoken), value(m, "dei:DocumentType"));
        assertEquals(m.createTypedLiteral("3M COMPANY", XSDDatatype.XSDstring), value(m, "dei:EntityRegistrantName"));
        assertEquals(m.createTypedLiteral("1-3285", XSDDatatype.XSDstring), value(m, "dei:EntityFileNumber"));
        assertEquals(m.createTypedLiteral("DE", XSDDatatype.XSDtoken), value(m, "dei:EntityIncorporationStateCountryCode"));
        assertEquals(m.createTypedLiteral("651", XSDDatatype.XSDstring), value(m, "dei:CityAreaCode"));

        List<Resource> facts = m.listSubjectsWithProperty(RDF.type, XLK.Fact).toList();
        assertTrue(facts.size() >= 19, "a fact for each of the 19 rows above the member rows: " + facts.size());
        for (Resource f : facts) {
            assertTrue(f.hasProperty(XLK.textValue), f + " is a non-numeric fact");
            assertFalse(f.hasProperty(XLK.value) || f.hasProperty(XLK.unit) || f.hasProperty(XLK.decimals)
                    || f.hasProperty(XLK.roundingStep), f + " has a number's properties");
            assertTrue(f.getURI().contains("/2024-03-08/-"), "no unit in the fact's IRI: " + f);
        }
        for (Resource cell : m.listSubjectsWithProperty(RDF.type, XLK.Cell).toList()) {
            assertFalse(cell.hasProperty(XLK.displayedAmount), cell + " shows text, not an amount");
            assertTrue(cell.hasProperty(XLK.fact), cell + " shows a fact");
        }
        assertConforms(m);
    }

    @Test
    void aNonNumericFactWithAUnitOrAValueOrAnIllFormedLiteralIsRefused() {
        Model m = mapped(coverPage(List.of(textRow(2, "Document Period End Date", "Mar. 08, 2024",
                concept(DEI, "dei", "DocumentPeriodEndDate", "xbrli:dateItemType")))));
        assertConforms(m);
        Resource fact = m.listSubjectsWithProperty(RDF.type, XLK.Fact).next();

        Model withUnit = copy(m);
        withUnit.getResource(fact.getURI()).addProperty(XLK.unit,
                withUnit.createResource(Iris.defaults().unit("USD"), XLK.Unit).addProperty(
                        org.apache.jena.vocabulary.SKOS.notation, "USD"));
        assertViolation(withUnit, "a non-numeric fact has no unit, decimals or rounding step");

        Model withValue = copy(m);
        withValue.getResource(fact.getURI()).addLiteral(XLK.value, RdfMapper.decimal(withValue, BigDecimal.TEN));
        assertViolation(withValue, "has both a decimal xlk:value and a non-numeric xlk:textValue");

        Model illFormed = copy(m);
        Resource f = illFormed.getResource(fact.getURI());
        f.removeAll(XLK.textValue).addLiteral(XLK.textValue, illFormed.createTypedLiteral("2024-02-30", XSDDatatype.XSDdate));
        assertViolation(illFormed, "Each xlk:textValue of a fact is a well-formed literal");

        Model neither = copy(m);
        neither.getResource(fact.getURI()).removeAll(XLK.textValue);
        assertFalse(validate(neither).conforms(), "a fact with no value at all");
    }

    /** A display that does not fit its type: the string shown, and a comment on the fact saying what was wanted. */
    @Test
    void aDisplayThatDoesNotFitItsTypeIsAStringWithAComment() {
        Model m = mapped(coverPage(List.of(textRow(2, "Document Period End Date", "FY 2024",
                concept(DEI, "dei", "DocumentPeriodEndDate", "xbrli:dateItemType")))));
        Resource fact = m.listSubjectsWithProperty(RDF.type, XLK.Fact).next();
        assertEquals(m.createTypedLiteral("FY 2024", XSDDatatype.XSDstring), fact.getProperty(XLK.textValue).getLiteral());
        assertEquals("\"FY 2024\" is no date (xbrli:dateItemType): kept as a string",
                fact.getProperty(RDFS.comment).getString());
        assertConforms(m);
    }

    /** A page fact's dimension key becomes dimension values, the same resources an instance fact's context gives. */
    @Test
    void aPageFactsDimensionsAreDimensionValues() {
        Concept symbol = concept(DEI, "dei", "TradingSymbol", "dei:tradingSymbolItemType");
        Concept member = new Concept(US_GAAP, "us-gaap", "CommonStockMember", "dtr-types:domainItemType", null, null,
                true, "xbrli:item", Map.of(LabelRoles.STANDARD, "Common Stock [Member]"), List.of());
        String key = "dei:EntityAddressesAddressTypeAxis=Mailing;us-gaap:StatementClassOfStockAxis=us-gaap:CommonStockMember";
        LineItem row = textRow(2, "Trading Symbol", "MMM", symbol);
        FactCell cell = row.cells().get(0);
        Fact dimensional = Fact.nonNumeric(symbol, cell.fact().period(), key, "MMM", FactValues.STRING);
        LineItem item = withCells(row, List.of(new FactCell(cell.row(), cell.column(), cell.displayed(), null, false,
                dimensional, cell.location())));
        LinkedDisclosure linked = coverPage(List.of(item));
        linked = new LinkedDisclosure(linked.disclosure(), linked.lineItems(), List.of(symbol, member), List.of());
        Model m = mapped(linked);

        Resource fact = m.listSubjectsWithProperty(RDF.type, XLK.Fact).next();
        assertEquals(key, fact.getProperty(XLK.dimensionKey).getString());
        List<Resource> dims = fact.listProperties(XLK.dimension).mapWith(Statement::getResource).toList();
        assertEquals(2, dims.size());
        Resource classOfStock = m.getResource(Iris.defaults().dimensionValue("us-gaap:StatementClassOfStockAxis",
                "us-gaap:CommonStockMember"));
        assertTrue(dims.contains(classOfStock));
        // the axis is none of the page's concepts: named in the namespace the page's us-gaap concepts have
        assertEquals(US_GAAP + "#StatementClassOfStockAxis", classOfStock.getPropertyResourceValue(XLK.axis).getURI());
        assertTrue(m.getResource(US_GAAP + "#StatementClassOfStockAxis").hasProperty(RDF.type, XLK.Concept));
        assertEquals(member.iri(), classOfStock.getPropertyResourceValue(XLK.member).getURI());
        Resource typed = m.getResource(Iris.defaults().dimensionValue("dei:EntityAddressesAddressTypeAxis", "Mailing"));
        assertEquals("Mailing", typed.getProperty(XLK.typedMember).getString());
        assertEquals(DEI + "#EntityAddressesAddressTypeAxis", typed.getPropertyResourceValue(XLK.axis).getURI());
        assertNull(typed.getPropertyResourceValue(XLK.member));
        assertConforms(m);
    }

    /** Two cells of one non-numeric fact: one typed value passes, two fail with both values quoted. */
    @Test
    void duplicateComparesTypedValues() {
        Concept date = concept(DEI, "dei", "DocumentPeriodEndDate", "xbrli:dateItemType");
        Concept symbol = concept(DEI, "dei", "TradingSymbol", "dei:tradingSymbolItemType");
        Concept hedge = concept(US_GAAP, "us-gaap", "MaximumLengthOfTimeForeignCurrencyCashFlowHedge",
                "xbrli:durationItemType");
        List<Finding> findings = findings(coverPage(List.of(
                textRow(2, "Document Period End Date", "Mar. 08, 2024", date),
                textRow(3, "Document Period End Date", "Mar. 08, 2024", date),
                textRow(4, "Trading Symbol", "MMM", symbol),
                textRow(5, "Trading Symbol", "MMM26", symbol),
                textRow(6, "Maximum length of time hedged", "12 months", hedge),
                textRow(7, "Maximum length of time hedged", "1 year", hedge))), "duplicate");

        assertEquals(3, findings.size(), () -> findings.toString());
        Finding dates = byConcept(findings, "dei:DocumentPeriodEndDate");
        assertEquals(Finding.PASS, dates.status());
        assertEquals("dei:DocumentPeriodEndDate 2024-03-08 is shown in 2 cells with 1 value(s): \"2024-03-08\"",
                dates.message());
        Finding durations = byConcept(findings, "us-gaap:MaximumLengthOfTimeForeignCurrencyCashFlowHedge");
        assertEquals(Finding.PASS, durations.status(), "12 months and 1 year are one duration: " + durations.message());
        Finding symbols = byConcept(findings, "dei:TradingSymbol");
        assertEquals(Finding.FAIL, symbols.status());
        assertTrue(Set.of("dei:TradingSymbol 2024-03-08 is shown in 2 cells with 2 value(s): \"MMM\" and \"MMM26\"",
                        "dei:TradingSymbol 2024-03-08 is shown in 2 cells with 2 value(s): \"MMM26\" and \"MMM\"")
                .contains(symbols.message()), symbols.message());
        assertEquals(3, symbols.subjects().size(), "the fact and its two cells: " + symbols.subjects());
    }

    /**
     * A non-numeric row inside a roll-forward (a remaining period shown as "1 year", or a year the text form read as
     * the amount 2025) adds nothing: opening 100 + change 20 = closing 120.
     */
    @Test
    void rollForwardAndContinuityLeaveNonNumericCellsOut() {
        LocalDate end = LocalDate.of(2021, 12, 31);
        ColumnHeader column = new ColumnHeader(0, "12 Months Ended", 12, end, "Dec. 31, 2021");
        Concept allowance = new Concept(US_GAAP, "us-gaap", "AllowanceForDoubtfulAccountsReceivable",
                "xbrli:monetaryItemType", Balance.CREDIT, PeriodType.INSTANT, false, "xbrli:item",
                Map.of(LabelRoles.STANDARD, "Allowance"), List.of());
        Concept provision = new Concept(US_GAAP, "us-gaap", "ProvisionForDoubtfulAccounts", "xbrli:monetaryItemType",
                Balance.DEBIT, PeriodType.DURATION, false, "xbrli:item", Map.of(LabelRoles.STANDARD, "Provision"),
                List.of());
        Concept period = concept(US_GAAP, "us-gaap", "RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionPeriod1",
                "xbrli:durationItemType");
        Concept year = concept(DEI, "dei", "DocumentFiscalYearFocus", "xbrli:gYearItemType");
        Period duration = Period.duration(LocalDate.of(2021, 1, 1), end);
        LineItem heading = new LineItem(new Row(1, "Allowance [Roll Forward]", true, List.of(), null, at(1)), null,
                concept(US_GAAP, "us-gaap", "AllowanceRollForward", "xbrli:stringItemType"), false,
                LabelRoles.STANDARD, false, 1.0, List.of(), 0, 2, 1.0, List.of());
        List<LineItem> items = List.of(heading,
                numberRow(2, "Beginning balance", allowance, LabelRoles.PERIOD_START, "100",
                        Period.instant(LocalDate.of(2020, 12, 31))),
                numberRow(3, "Provision", provision, LabelRoles.STANDARD, "20", duration),
                sectionRow(textRow(4, "Expected timing", "1 year", period, duration)),
                sectionRow(textRow(5, "Fiscal year", "2025", year, duration)),
                numberRow(6, "Ending balance", allowance, LabelRoles.PERIOD_END, "120", Period.instant(end)));
        Disclosure d = new Disclosure("allowance.htm", "ALLOWANCE (Details)", "USD ($)", "USD", BigDecimal.ONE,
                List.of(column), items.stream().map(LineItem::row).toList(), List.of());
        // the roll-forward as the linker finds it: the balances under one heading, the rows between as changes
        LinkedDisclosure linked = new LinkedDisclosure(d, items, List.of(), List.of()).withRollForwards(
                List.of(new org.xbrllinker.link.RollForward(2, 6, List.of(3, 4, 5), "Allowance [Roll Forward]")),
                List.of());

        List<Finding> rolls = findings(linked, "roll-forward");
        assertEquals(1, rolls.size(), () -> rolls.toString());
        assertEquals(Finding.PASS, rolls.get(0).status(), rolls.get(0).message());
        assertEquals(0, new BigDecimal("120").compareTo(rolls.get(0).computed()));
        assertEquals("100 + 20", rolls.get(0).terms().replaceAll(" = .*", ""));
        assertEquals(List.of(), findings(linked, "calculation"));
        assertConforms(mapped(linked));
    }

    // ---- building pages ----

    private static LineItem numberRow(int number, String label, Concept c, String role, String amount, Period p) {
        BigDecimal v = new BigDecimal(amount);
        Cell cell = new Cell(0, amount, v, false, 0, false, at(number));
        Row row = new Row(number, label, false, List.of(cell), null, at(number));
        FactCell fc = new FactCell(number, 0, amount, v, false, new Fact(c, p, "USD", v, 0), at(number));
        return new LineItem(row, null, c, false, role, false, 1.0, List.of(), 1, 1, 1.0, List.of(fc));
    }

    private static LineItem textRow(int number, String label, String shown, Concept c) {
        return textRow(number, label, shown, c, Period.instant(LocalDate.of(2024, 3, 8)));
    }

    /** A row with one text cell whose fact is typed as the linker types it. */
    private static LineItem textRow(int number, String label, String shown, Concept c, Period p) {
        Cell cell = new Cell(0, shown, null, false, 0, false, true, at(number));
        Row row = new Row(number, label, false, List.of(cell), null, at(number));
        FactValues.Value v = FactValues.fromDisplay(shown, c.type());
        FactCell fc = new FactCell(number, 0, shown, null, false,
                Fact.nonNumeric(c, p, "", v.lexical(), v.datatype()), at(number));
        return new LineItem(row, null, c, false, LabelRoles.STANDARD, false, 1.0,
                List.of(new Evidence("element-name", "the page names " + c.qname(), 0.99)), 0, 1, 1.0, List.of(fc));
    }

    private static LineItem sectionRow(LineItem item) {
        return new LineItem(item.row(), item.definition(), item.concept(), item.extension(), item.labelRole(),
                item.negated(), item.confidence(), item.evidence(), 1, item.labelTerms(), item.labelSupport(),
                item.cells());
    }

    private static LineItem withCells(LineItem item, List<FactCell> cells) {
        return new LineItem(item.row(), item.definition(), item.concept(), item.extension(), item.labelRole(),
                item.negated(), item.confidence(), item.evidence(), item.section(), item.labelTerms(),
                item.labelSupport(), cells);
    }

    private static LinkedDisclosure coverPage(List<LineItem> items) {
        Disclosure d = new Disclosure(PAGE, "Cover Page", null, null, BigDecimal.ONE,
                List.of(new ColumnHeader(0, null, null, LocalDate.of(2024, 3, 8), "Mar. 08, 2024")),
                items.stream().map(LineItem::row).toList(), List.of());
        return new LinkedDisclosure(d, items, List.of(), List.of());
    }

    private static Concept concept(String ns, String prefix, String local, String type) {
        return new Concept(ns, prefix, local, type, null, PeriodType.DURATION, false, "xbrli:item",
                Map.of(LabelRoles.STANDARD, local), List.of());
    }

    private static SourceLocation at(int line) {
        return SourceLocation.of(PAGE, line);
    }

    // ---- mapping, checking, validating ----

    private static Model mapped(LinkedDisclosure linked) {
        return new RdfMapper(Iris.defaults(), LinkerOptions.DEFAULT_NAMESPACE).map(linked);
    }

    private static List<Finding> findings(LinkedDisclosure linked, String check) {
        Iris iris = Iris.defaults();
        String g = iris.disclosureGraph(linked.disclosure().source());
        XbrlStore store = XbrlStore.inMemory();
        store.replaceGraphs(Map.of(g, mapped(linked)));
        List<Finding> all = new CheckRunner(CheckCatalogue.load(List.of()), iris).run(store, List.of(g));
        return all.stream().filter(f -> f.check().equals(check)).toList();
    }

    private static Finding byConcept(List<Finding> findings, String qname) {
        return findings.stream().filter(f -> f.message().startsWith(qname + " ")).findFirst().orElseThrow();
    }

    /** The one typed value of the fact of a concept (by its qualified name). */
    private static Literal value(Model m, String qname) {
        List<Literal> values = new ArrayList<>();
        for (Resource f : m.listSubjectsWithProperty(RDF.type, XLK.Fact).toList()) {
            Resource c = f.getPropertyResourceValue(XLK.concept);
            if (c.hasProperty(XLK.qname, qname)) {
                f.listProperties(XLK.textValue).forEachRemaining(s -> values.add(s.getLiteral()));
            }
        }
        assertEquals(1, values.size(), qname + ": " + values);
        assertNotNull(values.get(0).getDatatypeURI());
        return values.get(0);
    }

    private static Model copy(Model m) {
        Model c = RdfMapper.newModel();
        c.add(m);
        return c;
    }

    private static ValidationReport validate(Model m) {
        return ShaclValidator.get().validate(shapes, m.getGraph());
    }

    private static void assertConforms(Model m) {
        ValidationReport report = validate(m);
        assertTrue(report.conforms(), () -> text(report));
    }

    private static void assertViolation(Model m, String message) {
        ValidationReport report = validate(m);
        assertFalse(report.conforms());
        Set<String> messages = new TreeSet<>();
        report.getEntries().forEach(e -> messages.add(e.message()));
        assertTrue(messages.stream().anyMatch(s -> s.contains(message)), () -> message + " not among " + messages);
    }

    private static String text(ValidationReport report) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        return out.toString();
    }
}
