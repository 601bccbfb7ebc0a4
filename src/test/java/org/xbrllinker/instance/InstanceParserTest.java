package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbrllinker.link.Period;
import org.xbrllinker.testing.Shared;

/**
 * Apple's 10-Q for the quarter ended 2025-03-29, as the XBRL instance EDGAR extracted from the inline document.
 *
 * <p>The counts were taken independently of this parser, with Python's ElementTree over the same file:
 * contexts = {@code root.iter(xbrli:context)} (163; {@code grep -c '<context '} agrees), units = {@code iter(xbrli:unit)}
 * (5; {@code grep -c '<unit '}), facts = every element with a {@code contextRef} attribute (760), numeric = those with a
 * {@code unitRef} (674), nil = {@code xsi:nil="true"} (2; {@code grep -c 'xsi:nil'}), contexts with an xbrldi member
 * (152, of which 4 typed: {@code grep -c '<xbrldi:typedMember'} counts 8 tags, open and close), instants (70).
 */
class InstanceParserTest {

    static final Path APPLE = Shared.data().resolve("filings/aapl-0000320193-25-000057");

    private static XbrlInstance instance;
    private static List<String> warnings;

    @BeforeAll
    static void parse() throws Exception {
        InstanceParser parser = new InstanceParser();
        instance = parser.parse(APPLE.resolve("aapl-20250329_htm.xml"));
        warnings = parser.warnings();
    }

    @Test
    void countsMatchAnIndependentCount() {
        assertEquals("aapl-20250329_htm.xml", instance.source());
        assertEquals("xbrl", instance.form());
        assertEquals(163, instance.contexts().size());
        assertEquals(5, instance.units().size());
        assertEquals(760, instance.facts().size());
        assertEquals(674, instance.facts().stream().filter(XbrlFact::numeric).count());
        assertEquals(2, instance.facts().stream().filter(XbrlFact::nil).count());
        assertEquals(152, instance.contexts().values().stream().filter(c -> !c.dimensions().isEmpty()).count());
        assertEquals(4, instance.contexts().values().stream()
                .filter(c -> c.dimensions().values().stream().anyMatch(m -> !m.contains(":"))).count());
        assertEquals(70, instance.contexts().values().stream().filter(c -> c.period().isInstant()).count());
        assertTrue(instance.facts().stream().noneMatch(XbrlFact::hidden));
        assertEquals(List.of(), warnings);
        assertEquals("0000320193", instance.entity());
    }

    @Test
    void accountsReceivableAtTheQuarterEnd() {
        XbrlFact ar = fact("us-gaap:AccountsReceivableNetCurrent", "2025-03-29");
        assertEquals(0, new BigDecimal("26136000000").compareTo(ar.value()));
        assertEquals(-6, ar.decimals());
        assertEquals("usd", ar.unitRef());
        assertEquals("USD", instance.units().get("usd").code());
        assertEquals("http://fasb.org/us-gaap/2024", ar.namespace());
        assertEquals("f-174", ar.id());
        assertEquals("aapl-20250329_htm.xml:2148", ar.location().toString());
        XbrlContext c = instance.contexts().get(ar.contextRef());
        assertEquals(Period.instant(LocalDate.of(2025, 3, 29)), c.period());
        assertEquals(Map.of(), c.dimensions());
        assertEquals("http://www.sec.gov/CIK", c.entityScheme());
    }

    @Test
    void earningsPerShareInDollarsPerShareWithTwoDecimals() {
        XbrlFact eps = fact("us-gaap:EarningsPerShareDiluted", "2024-12-29/2025-03-29");
        assertEquals(new BigDecimal("1.65"), eps.value());
        assertEquals(2, eps.decimals());
        XbrlUnit unit = instance.units().get(eps.unitRef());
        assertEquals(List.of("iso4217:USD"), unit.numerator());
        // the instance writes "shares" in its default namespace (xbrli); the unit keeps the usual prefix
        assertEquals(List.of("xbrli:shares"), unit.denominator());
        assertEquals("USD/shares", unit.code());
    }

    @Test
    void dimensionalContextsKeepAxisAndMember() {
        XbrlContext c2 = instance.contexts().get("c-2");
        assertEquals(Map.of("us-gaap:StatementClassOfStockAxis", "us-gaap:CommonStockMember"), c2.dimensions());
        assertEquals(Period.duration(LocalDate.of(2024, 9, 29), LocalDate.of(2025, 3, 29)), c2.period());

        XbrlContext c118 = instance.contexts().get("c-118");
        assertEquals(List.of("us-gaap:ConcentrationRiskByBenchmarkAxis", "us-gaap:ConcentrationRiskByTypeAxis"),
                List.copyOf(c118.dimensions().keySet()), "document order");
        assertEquals("aapl:NonTradeReceivableMember",
                c118.dimensions().get("us-gaap:ConcentrationRiskByBenchmarkAxis"));

        // a typed member keeps the text of its domain element
        XbrlContext c75 = instance.contexts().get("c-75");
        assertEquals(Map.of("us-gaap:RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis",
                "2025-03-30"), c75.dimensions());
    }

    @Test
    void nilAndNonNumericFacts() {
        XbrlFact nil = instance.facts().stream().filter(f -> "f-214".equals(f.id())).findFirst().orElseThrow();
        assertEquals("us-gaap:CommitmentsAndContingencies", nil.concept());
        assertTrue(nil.nil());
        assertTrue(nil.numeric());
        assertNull(nil.value());
        assertNull(nil.decimals());

        XbrlFact end = fact("dei:DocumentPeriodEndDate", "2024-09-29/2025-03-29");
        assertFalse(end.numeric());
        assertEquals("2025-03-29", end.text());

        XbrlFact par = fact("us-gaap:CommonStockParOrStatedValuePerShare", "2025-03-29");
        assertEquals(new BigDecimal("0.00001"), par.value());
        assertNull(par.decimals(), "decimals INF");

        XbrlFact block = instance.facts().stream().filter(f -> "f-358".equals(f.id())).findFirst().orElseThrow();
        assertTrue(block.text().startsWith("Summary of Significant Accounting Policies<div style=\"margin-top:9pt;"),
                block.text().substring(0, 80));
    }

    /** The one fact of a concept in the context without dimensions whose period is {@code period}. */
    static XbrlFact fact(String concept, String period) {
        return fact(instance, concept, period);
    }

    static XbrlFact fact(XbrlInstance in, String concept, String period) {
        List<XbrlFact> found = in.facts().stream()
                .filter(f -> f.concept().equals(concept))
                .filter(f -> {
                    XbrlContext c = in.contexts().get(f.contextRef());
                    return c.dimensions().isEmpty() && c.period().toString().equals(period);
                })
                .toList();
        assertFalse(found.isEmpty(), concept + " at " + period);
        return found.get(0);
    }
}
