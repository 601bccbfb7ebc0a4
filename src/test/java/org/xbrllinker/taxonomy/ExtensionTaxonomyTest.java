package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Company extension taxonomies loaded from their schema alone, US-GAAP, DEI, SRT and ECD being remote and never fetched.
 * The expected numbers were counted with Python ElementTree scripts over the same files:
 * <ul>
 * <li>Apple: 40 xs:element in aapl-20250329.xsd; 450 distinct locator hrefs in _lab, _pre and _cal (us-gaap 267, ecd 104,
 *     aapl 40, dei 33, srt 6; the _def linkbase locates none beyond them); 955 (concept, label role) pairs, all en-US
 *     (label 450, terseLabel 384, documentation 40, totalLabel 32, negatedLabel 18, verboseLabel 14, negatedTerseLabel 8,
 *     periodStart/EndLabel 4 each, negatedTotalLabel 1); 106 summation-item arcs in 9 roles, 26 in the balance sheet's;</li>
 * <li>Boeing: 285 xs:element in ba-20221231.xsd; 1170 distinct locator hrefs in _lab, _pre and _cal (the _def linkbase
 *     locates 2 more, not read); 2705 label pairs; 274 summation-item arcs in 33 roles.</li>
 * </ul>
 */
class ExtensionTaxonomyTest {

    private static final Path APPLE = SharedData.root().resolve("filings").resolve("aapl-0000320193-25-000057")
            .resolve("aapl-20250329.xsd");
    private static final Path BOEING = SharedData.root().resolve("filings").resolve("ba-10k-fy2022-extension")
            .resolve("ba-20221231.xsd");
    private static final String BALANCE_SHEET = "http://www.apple.com/role/CONDENSEDCONSOLIDATEDBALANCESHEETSUnaudited";
    private static final String NOT_MAPPED = " to be available locally, but no catalog maps it; not loaded";

    @Test
    void appleExtensionWithItsLinkbases() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        Taxonomy t = loader.load(List.of(APPLE));

        assertEquals(List.of(
                APPLE + ":7: expected https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd" + NOT_MAPPED,
                APPLE + ":8: expected https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd" + NOT_MAPPED,
                APPLE + ":14: expected https://xbrl.sec.gov/dei/2024/dei-2024.xsd" + NOT_MAPPED,
                APPLE + ":15: expected https://xbrl.sec.gov/ecd/2024/ecd-2024.xsd" + NOT_MAPPED),
                loader.warnings());

        assertEquals(450, t.size());
        Map<String, Integer> byPrefix = new TreeMap<>();
        t.concepts().forEach(c -> byPrefix.merge(c.prefix(), 1, Integer::sum));
        assertEquals(Map.of("aapl", 40, "dei", 33, "ecd", 104, "srt", 6, "us-gaap", 267), byPrefix);
        assertEquals(40, t.concepts().stream().filter(c -> c.namespace().equals("http://www.apple.com/20250329")).count());

        Map<String, Integer> labelsByRole = new TreeMap<>();
        t.concepts().forEach(c -> c.labels().keySet().forEach(role -> labelsByRole.merge(role, 1, Integer::sum)));
        assertEquals(955, labelsByRole.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(450, labelsByRole.get(LabelRoles.STANDARD));
        assertEquals(384, labelsByRole.get(LabelRoles.TERSE));
        assertEquals(40, labelsByRole.get(LabelRoles.DOCUMENTATION));
        assertEquals(18, labelsByRole.get(LabelRoles.NEGATED));

        assertEquals(106, t.calculations().size());
        assertEquals(9, t.calculations().stream().map(CalculationArc::role).distinct().count());
        assertEquals(26, t.calculations().stream().filter(a -> a.role().equals(BALANCE_SHEET)).count());
        List<CalculationArc> currentAssets = t.calculationsFrom("us-gaap:AssetsCurrent");
        assertEquals(List.of("us-gaap:CashAndCashEquivalentsAtCarryingValue", "us-gaap:MarketableSecuritiesCurrent",
                        "us-gaap:AccountsReceivableNetCurrent", "us-gaap:NontradeReceivablesCurrent", "us-gaap:InventoryNet",
                        "us-gaap:OtherAssetsCurrent"),
                currentAssets.stream().map(CalculationArc::child).toList());
        assertEquals(new CalculationArc(BALANCE_SHEET, "us-gaap:AssetsCurrent", "us-gaap:AccountsReceivableNetCurrent",
                new BigDecimal("1.0"), new BigDecimal("3")), currentAssets.get(2));
    }

    @Test
    void aUsGaapConceptCarriesApplesLabels() throws TaxonomyException {
        Taxonomy t = new TaxonomyLoader().load(List.of(APPLE));

        Concept receivables = t.concept("us-gaap:AccountsReceivableNetCurrent").orElseThrow();
        assertEquals("http://fasb.org/us-gaap/2024#AccountsReceivableNetCurrent", receivables.iri(),
                "the namespace is the one the extension imports the schema with");
        assertEquals("Accounts receivable, net", receivables.label(LabelRoles.TERSE));
        assertEquals("Accounts Receivable, after Allowance for Credit Loss, Current", receivables.label(LabelRoles.STANDARD));
        // only the absent schema could say these
        assertNull(receivables.type());
        assertNull(receivables.balance());
        assertNull(receivables.periodType());
        assertEquals(List.of(), receivables.references());
        assertEquals(false, receivables.abstractConcept());
        assertEquals(true, t.concept("us-gaap:IncreaseDecreaseInStockholdersEquityRollForward").orElseThrow().abstractConcept(),
                "abstract by the style guides' naming rule");
        assertEquals(true, t.concept("us-gaap:StatementClassOfStockAxis").orElseThrow().abstractConcept());

        Concept repurchases = t.concept("us-gaap:PaymentsForRepurchaseOfCommonStock").orElseThrow();
        assertEquals("Repurchases of common stock", repurchases.label(LabelRoles.NEGATED));

        Concept equity = t.concept("us-gaap:StockholdersEquity").orElseThrow();
        assertEquals("Beginning balances", equity.label(LabelRoles.PERIOD_START));
        assertEquals("Ending balances", equity.label(LabelRoles.PERIOD_END));
        assertEquals("Total shareholders\u2019 equity", equity.label(LabelRoles.TOTAL));

        Concept cover = t.concept("dei:CoverAbstract").orElseThrow();
        assertEquals("http://xbrl.sec.gov/dei/2024#CoverAbstract", cover.iri());

        Concept notes = t.concept("aapl:A0.000Notesdue2025Member").orElseThrow();
        assertEquals("dtr-types1:domainItemType", notes.type(), "extension concepts keep their declaration");
        assertEquals("0.000% Notes due 2025", notes.label(LabelRoles.TERSE));
    }

    @Test
    void boeingExtensionWithItsAllowanceLabels() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        Taxonomy t = loader.load(List.of(BOEING));

        assertEquals(List.of(
                BOEING + ":7: expected https://xbrl.fasb.org/srt/2022/elts/srt-2022.xsd" + NOT_MAPPED,
                BOEING + ":8: expected https://xbrl.fasb.org/us-gaap/2022/elts/us-gaap-2022.xsd" + NOT_MAPPED,
                BOEING + ":14: expected https://xbrl.sec.gov/country/2022/country-2022.xsd" + NOT_MAPPED,
                BOEING + ":15: expected https://xbrl.sec.gov/dei/2022/dei-2022.xsd" + NOT_MAPPED,
                BOEING + ":16: expected https://xbrl.sec.gov/sic/2022/sic-2022.xsd" + NOT_MAPPED,
                BOEING + ":17: expected https://xbrl.sec.gov/stpr/2022/stpr-2022.xsd" + NOT_MAPPED),
                loader.warnings());
        assertEquals(1170, t.size());
        assertEquals(285, t.concepts().stream().filter(c -> c.prefix().equals("ba")).count());
        assertEquals(2705, t.concepts().stream().mapToInt(c -> c.labels().size()).sum());
        assertEquals(274, t.calculations().size());
        assertEquals(33, t.calculations().stream().map(CalculationArc::role).distinct().count());

        Concept allowance = t.concept("us-gaap:AllowanceForDoubtfulAccountsReceivable").orElseThrow();
        assertEquals("http://fasb.org/us-gaap/2022#AllowanceForDoubtfulAccountsReceivable", allowance.iri());
        assertEquals("Less valuation allowance", allowance.label(LabelRoles.NEGATED_TERSE));
        assertEquals("Account receivable, allowance for credit loss, beginning balance",
                allowance.label(LabelRoles.NEGATED_PERIOD_START));
        assertEquals("Account receivable, allowance for credit loss, ending balance",
                allowance.label(LabelRoles.NEGATED_PERIOD_END));
        assertEquals("Accounts receivable, write-offs",
                t.concept("us-gaap:AllowanceForDoubtfulAccountsReceivableWriteOffs").orElseThrow().label(LabelRoles.TERSE));
    }
}
