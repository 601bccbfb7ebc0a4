package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbrllinker.testing.Shared;

/**
 * Inline XBRL: Apple's 10-Q (Workiva, transformation registry 4, continuations, escaped text blocks, nested
 * nonFractions) against the instance EDGAR extracted from it, and National Beverage's 10-K for fiscal 2020
 * (ThunderDome, registry 3, ix:exclude page breaks).
 *
 * <p>Counts taken independently with Python's ElementTree: Apple has 163 {@code xbrli:context}, 5 {@code xbrli:unit},
 * 674 {@code ix:nonFraction} + 86 {@code ix:nonNumeric} = 760 facts (all with distinct ids, the same 760 ids as the
 * extracted instance), 9 of them inside {@code ix:hidden}, 2 with {@code xsi:nil="true"}, 52 with {@code sign="-"};
 * National Beverage has 104 contexts (49 instants, 81 with an explicit member), 6 units, 593 nonFraction + 88
 * nonNumeric = 681 facts, 44 in ix:hidden, 5 nil, 66 with {@code sign="-"} (6 of them on an
 * {@code ixt:zerodash}). {@code grep -c '<ix:continuation'} gives 13
 * and 1, {@code grep -c '<ix:exclude'} 0 and 28.
 */
class InlineXbrlParserTest {

    private static final Path APPLE = InstanceParserTest.APPLE;
    private static final Path FIZZ = Shared.data().resolve("filings/fizz-10k-fy2020-inline");

    private static XbrlInstance apple;
    private static XbrlInstance extracted;
    private static XbrlInstance fizz;
    private static List<String> fizzWarnings;

    @BeforeAll
    static void parse() throws Exception {
        InlineXbrlParser parser = new InlineXbrlParser();
        apple = parser.parse(APPLE.resolve("aapl-20250329.htm"));
        assertEquals(List.of(), parser.warnings());
        fizz = parser.parse(FIZZ.resolve("fizz20200502_10k.htm"));
        fizzWarnings = parser.warnings();
        extracted = new InstanceParser().parse(APPLE.resolve("aapl-20250329_htm.xml"));
    }

    @Test
    void appleCounts() {
        assertEquals("ixbrl", apple.form());
        assertEquals(163, apple.contexts().size());
        assertEquals(5, apple.units().size());
        assertEquals(760, apple.facts().size());
        assertEquals(674, apple.facts().stream().filter(XbrlFact::numeric).count());
        assertEquals(9, apple.facts().stream().filter(XbrlFact::hidden).count());
        assertEquals(2, apple.facts().stream().filter(XbrlFact::nil).count());
        assertEquals(52, apple.facts().stream().filter(f -> f.numeric() && f.value() != null && f.value().signum() < 0)
                .count(), "sign=\"-\" and nothing else makes a value negative");
        assertEquals(extracted.contexts().keySet(), apple.contexts().keySet());
        assertEquals(extracted.units(), apple.units());
        assertEquals(extracted.facts().stream().map(XbrlFact::id).sorted().toList(),
                apple.facts().stream().map(XbrlFact::id).sorted().toList());
    }

    /**
     * Fact by fact, keyed by concept, entity, period, dimensions and unit, the inline document and the extracted
     * instance agree on value, nil and decimals; non-numeric facts agree on their text with white space runs collapsed
     * (text blocks included: the escaped ones compare as markup, which is what the extracted instance holds). There is
     * no real difference to list: the 53 keys that repeat (113 facts: the same fact shown in a statement and again in
     * a note) carry the same values on both sides.
     */
    @Test
    void inlineAndExtractedInstanceGiveTheSameFacts() {
        Map<String, List<String>> inline = byKey(apple);
        Map<String, List<String>> xml = byKey(extracted);
        assertEquals(700, xml.size());
        assertEquals(xml.keySet(), inline.keySet());
        List<String> differences = new ArrayList<>();
        for (String key : xml.keySet()) {
            if (!xml.get(key).equals(inline.get(key))) {
                differences.add(key + ": xml " + xml.get(key) + " inline " + inline.get(key));
            }
        }
        assertEquals(List.of(), differences);
        // the comparison is not vacuous: text blocks with markup and continuations are among the values compared
        assertTrue(xml.values().stream().flatMap(List::stream).anyMatch(v -> v.startsWith(
                "text Summary of Significant Accounting Policies<div style=\"margin-top:9pt;text-align:justify\">")));
    }

    @Test
    void appleTransformsScaleAndSign() {
        XbrlFact nonOperating = byId(apple, "f-98");
        assertEquals(new BigDecimal("-279000000"), nonOperating.value(), "sign=\"-\" with scale 6");
        assertEquals(-6, nonOperating.decimals());
        assertEquals(new BigDecimal("0.66"), byId(apple, "f-393").value(), "scale -2");
        assertEquals(0, BigDecimal.ZERO.compareTo(byId(apple, "f-433").value()), "ixt:fixed-zero on an em dash");
        assertEquals(new BigDecimal("2"), byId(apple, "f-639").value(), "ixt-sec:numwordsen \"two\"");
        // nested nonFractions: both facts read the inner text
        assertEquals(new BigDecimal("0.00001"), byId(apple, "f-216").value());
        assertEquals(new BigDecimal("0.00001"), byId(apple, "f-217").value());
        assertEquals(new BigDecimal("14939315000"), byId(apple, "f-220").value());
        assertEquals(new BigDecimal("14939315000"), byId(apple, "f-221").value());
        assertEquals("2025-03-29", byId(apple, "f-3").text(), "ixt:date-monthname-day-year-en");
        assertEquals("P2Y8M12D", byId(apple, "f-696").text(), "ixt-sec:duryear 2.7");
        assertEquals("NASDAQ", byId(apple, "f-41").text(), "ixt-sec:exchnameen");
        assertEquals("Common Stock, $0.00001 par value per share", byId(apple, "f-15").text());
        assertTrue(byId(apple, "f-49").hidden());
        assertEquals("false", byId(apple, "f-49").text());
        XbrlFact ar = InstanceParserTest.fact(apple, "us-gaap:AccountsReceivableNetCurrent", "2025-03-29");
        assertEquals(new BigDecimal("26136000000"), ar.value());
        assertEquals(8, ar.location().line(), "Workiva writes the body on line 8");
        assertTrue(ar.location().column() > 0, "so locations carry the column");
    }

    @Test
    void nationalBeverageCounts() {
        assertEquals(104, fizz.contexts().size());
        assertEquals(49, fizz.contexts().values().stream().filter(c -> c.period().isInstant()).count());
        assertEquals(81, fizz.contexts().values().stream().filter(c -> !c.dimensions().isEmpty()).count());
        assertEquals(6, fizz.units().size());
        assertEquals(681, fizz.facts().size());
        assertEquals(593, fizz.facts().stream().filter(XbrlFact::numeric).count());
        assertEquals(44, fizz.facts().stream().filter(XbrlFact::hidden).count());
        assertEquals(5, fizz.facts().stream().filter(XbrlFact::nil).count());
        // 66 carry sign="-", 6 of them on a zerodash: minus zero is zero
        assertEquals(60, fizz.facts().stream().filter(f -> f.numeric() && f.value() != null && f.value().signum() < 0)
                .count());
        assertEquals(List.of(), fizzWarnings);
        assertEquals("0000069891", fizz.entity());
    }

    @Test
    void nationalBeverageReceivables() {
        XbrlFact net = InstanceParserTest.fact(fizz, "us-gaap:AccountsReceivableNetCurrent", "2020-05-02");
        assertEquals(new BigDecimal("84921000"), net.value());
        assertEquals(-3, net.decimals());
        assertEquals(new BigDecimal("84841000"),
                InstanceParserTest.fact(fizz, "us-gaap:AccountsReceivableNetCurrent", "2019-04-27").value());

        List<XbrlFact> allowance = fizz.facts().stream()
                .filter(f -> f.concept().equals("us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent")).toList();
        Map<String, String> byPeriod = new TreeMap<>();
        for (XbrlFact f : allowance) {
            byPeriod.merge(fizz.contexts().get(f.contextRef()).period().toString(),
                    f.value().toPlainString() + " d=" + f.decimals(), (a, b) -> a.equals(b) ? a : a + " | " + b);
        }
        // 2019-04-27 and 2018-04-28 are reported twice (balance sheet and schedule II) with equal values
        assertEquals(Map.of("2017-04-29", "468000 d=-3", "2018-04-28", "452000 d=-3", "2019-04-27", "516000 d=-3",
                "2020-05-02", "1350000 d=-4"), byPeriod);
        assertEquals(6, allowance.size());
    }

    @Test
    void nationalBeverageTextsAndTransforms() {
        assertEquals("Large Accelerated Filer", InstanceParserTest.fact(fizz, "dei:EntityFilerCategory",
                "2019-04-28/2020-05-02").text());
        assertEquals("DE", InstanceParserTest.fact(fizz, "dei:EntityIncorporationStateCountryCode",
                "2019-04-28/2020-05-02").text());
        assertEquals("true", InstanceParserTest.fact(fizz, "dei:DocumentAnnualReport", "2019-04-28/2020-05-02").text(),
                "ixt-sec:boolballotbox");
        assertEquals("2020-05-02", InstanceParserTest.fact(fizz, "dei:DocumentPeriodEndDate",
                "2019-04-28/2020-05-02").text(), "ixt:datemonthdayyearen");
        assertEquals("P4Y3M18D", InstanceParserTest.fact(fizz,
                "us-gaap:OperatingLeaseWeightedAverageRemainingLeaseTerm1", "2020-05-02").text(), "ixt-sec:duryear 4.3");
        // the page footers and headers between pages sit in ix:exclude inside the text blocks: none leaks in
        assertTrue(fizz.facts().stream().filter(f -> f.text() != null)
                .noneMatch(f -> f.text().contains("PGNUM") || f.text().contains("PGHDR")));
        XbrlFact policies = InstanceParserTest.fact(fizz, "us-gaap:SignificantAccountingPoliciesTextBlock",
                "2019-04-28/2020-05-02");
        assertTrue(policies.text().startsWith("<p style="), policies.text().substring(0, 40));
        assertFalse(policies.text().contains("ix:"));
    }

    private static XbrlFact byId(XbrlInstance in, String id) {
        return in.facts().stream().filter(f -> id.equals(f.id())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** Facts by concept | entity | period | dimensions (sorted) | unit measures; values sorted within a key. */
    private static Map<String, List<String>> byKey(XbrlInstance in) {
        Map<String, List<String>> out = new TreeMap<>();
        for (XbrlFact f : in.facts()) {
            XbrlContext c = in.contexts().get(f.contextRef());
            XbrlUnit u = f.unitRef() == null ? null : in.units().get(f.unitRef());
            String key = f.concept() + " | " + c.entityScheme() + " " + c.entityId() + " | " + c.period() + " | "
                    + new TreeMap<>(c.dimensions()) + " | " + (u == null ? "-" : u.numerator() + "/" + u.denominator());
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value(f));
        }
        out.values().forEach(values -> values.sort(null));
        return out;
    }

    private static String value(XbrlFact f) {
        if (f.nil()) {
            return "nil";
        }
        if (f.numeric()) {
            return "number " + f.value().stripTrailingZeros().toPlainString() + " decimals " + f.decimals();
        }
        return "text " + f.text().replaceAll("\\s+", " ").strip();
    }
}
