package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real US-GAAP 2020 calculation linkbases whose element schema is absent: arcs are named from the locator fragments. */
class UsGaap2020CalculationTest {

    private static final Path PARTIAL = SharedData.root().resolve("taxonomy").resolve("us-gaap-2020-partial");

    @Test
    void classifiedBalanceSheetNetsTheAllowance() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        Path linkbase = PARTIAL.resolve("stm").resolve("us-gaap-stm-sfp-cls-cal-2020-01-31.xml");
        Taxonomy t = loader.load(List.of(linkbase));

        assertEquals(0, t.size(), "no element schema, so no concepts");
        // grep -c '<link:calculationArc' gives 631, all summation-item, none repeated
        assertEquals(631, t.calculations().size());
        List<CalculationArc> arcs = t.calculationsFrom("us-gaap:AccountsReceivableNetCurrent");
        assertEquals(List.of(
                        new CalculationArc("http://fasb.org/us-gaap/role/statement/StatementOfFinancialPositionClassified",
                                "us-gaap:AccountsReceivableNetCurrent", "us-gaap:AccountsReceivableGrossCurrent",
                                new BigDecimal("1.0"), new BigDecimal("10")),
                        new CalculationArc("http://fasb.org/us-gaap/role/statement/StatementOfFinancialPositionClassified",
                                "us-gaap:AccountsReceivableNetCurrent", "us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent",
                                new BigDecimal("-1.0"), new BigDecimal("20"))),
                arcs);

        String missing = linkbase + ":10: expected the linked document "
                + PARTIAL.resolve("elts").resolve("us-gaap-2020-01-31.xsd")
                + "; it does not exist, so locators into it keep only the name their #fragment gives";
        assertEquals(List.of(missing), loader.warnings());
    }

    @Test
    void allowanceRollForwardTotal() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        Taxonomy t = loader.load(List.of(PARTIAL.resolve("dis").resolve("us-gaap-dis-rlnro-cal-2020-01-31.xml")));
        List<CalculationArc> arcs = t.calculationsFrom("us-gaap:AllowanceForDoubtfulAccountsReceivablePeriodIncreaseDecrease");
        assertEquals(List.of("us-gaap:AllowanceForDoubtfulAccountsReceivableWriteOffs",
                        "us-gaap:AllowanceForDoubtfulAccountsReceivableRecoveries", "us-gaap:ProvisionForDoubtfulAccounts"),
                arcs.stream().map(CalculationArc::child).toList());
        assertEquals(List.of(-1, 1, 1), arcs.stream().map(a -> a.weight().intValueExact()).toList());
        assertTrue(loader.warnings().get(0).contains("us-gaap-2020-01-31.xsd; it does not exist"), loader.warnings().toString());
    }
}
