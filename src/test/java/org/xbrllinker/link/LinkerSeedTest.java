package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.taxonomy.LabelRoles;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;

class LinkerSeedTest {

    static LinkedDisclosure linked;

    @BeforeAll
    static void link() throws Exception {
        var disclosure = new TextRPageParser().parse(Shared.seed());
        linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults()).link(disclosure);
    }

    private static LineItem row(int n) {
        return linked.lineItems().get(n - 1);
    }

    private static List<String> facts(int n) {
        return row(n).cells().stream().map(c -> c.fact().period() + "=" + c.fact().value().toPlainString()).toList();
    }

    @Test
    void linksEveryRowToItsConcept() {
        assertEquals(10, linked.lineItems().size());
        assertTrue(row(1).row().abstractRow());
        assertTrue(row(1).extension(), "the heading has no taxonomy concept among its sorted neighbours");
        assertEquals("us-gaap:AccountsReceivableGrossCurrent", row(2).concept().qname());
        assertEquals("us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent", row(3).concept().qname());
        assertEquals("us-gaap:AccountsReceivableNetCurrent", row(4).concept().qname());
        assertEquals("us-gaap:AllowanceForDoubtfulAccountsReceivableRollforward", row(5).concept().qname());
        assertEquals("us-gaap:AllowanceForDoubtfulAccountsReceivable", row(6).concept().qname());
        assertEquals("us-gaap:AllowanceForDoubtfulAccountsReceivableRecoveries", row(7).concept().qname());
        assertEquals("us-gaap:AllowanceForDoubtfulAccountsReceivableWriteOffs", row(8).concept().qname());
        assertTrue(row(9).extension());
        assertEquals("ext:ForeignExchange", row(9).concept().qname());
        assertEquals("us-gaap:AllowanceForDoubtfulAccountsReceivable", row(10).concept().qname());
    }

    @Test
    void balancesAreInstantsAndChangesDurations() {
        assertEquals(List.of("2021-12-31=3523543", "2020-12-31=1584448"), facts(2));
        assertEquals(List.of("2020-12-31=1121115", "2019-12-31=874355", "2018-12-31=0"), facts(6));
        assertEquals(List.of("2021-01-01/2021-12-31=391189", "2020-01-01/2020-12-31=92009",
                "2019-01-01/2019-12-31=946590"), facts(7));
        assertEquals(List.of("2021-12-31=1475983", "2020-12-31=1121115", "2019-12-31=874355"), facts(10));
        assertEquals(LabelRoles.PERIOD_START, row(6).labelRole());
        assertEquals(LabelRoles.PERIOD_END, row(10).labelRole());
    }

    @Test
    void negatedLabelsStorePositiveAndUnexplainedNegativesStayNegative() {
        assertEquals(List.of("2021-12-31=1475983", "2020-12-31=1121115"), facts(3));
        assertEquals(LabelRoles.NEGATED, row(3).labelRole());
        assertEquals(List.of("2021-01-01/2021-12-31=86170", "2020-01-01/2020-12-31=0",
                "2019-01-01/2019-12-31=51418"), facts(8));
        assertEquals(LabelRoles.NEGATED, row(8).labelRole());
        assertEquals(new BigDecimal("-20817"), row(9).cells().get(2).fact().value());
        assertFalse(row(9).negated());
    }

    @Test
    void nineteenDistinctFactsFromTwentyOneCells() {
        long cells = linked.lineItems().stream().mapToLong(li -> li.cells().size()).sum();
        assertEquals(21, cells);
        assertEquals(19, linked.facts().size());
    }

    @Test
    void everyLinkKeepsItsEvidenceAndAConfidence() {
        for (LineItem li : linked.lineItems()) {
            assertFalse(li.evidence().isEmpty(), "row " + li.row().number());
            assertTrue(li.confidence() > 0 && li.confidence() <= 1, "row " + li.row().number());
        }
        assertTrue(row(2).evidence().stream().anyMatch(e -> e.kind().equals("documentation")));
        assertTrue(row(3).evidence().stream().anyMatch(e -> e.kind().equals("calculation")));
        assertTrue(row(7).confidence() < row(2).confidence(), "Additions is linked by elimination only");
        assertTrue(row(7).evidence().stream().anyMatch(e -> e.kind().equals("balance")
                && e.detail().equals("credit concept in a roll-forward of a credit balance, shown as an increase")));
        assertTrue(row(8).evidence().stream().anyMatch(e -> e.kind().equals("balance")
                && e.detail().contains("debit concept in a roll-forward of a credit balance")));
        assertTrue(row(9).evidence().stream().noneMatch(e -> e.kind().equals("balance")), "an extension has no balance");
    }

    @Test
    void labelSupportFlagsTheRowWhoseLabelSharesNothingWithItsConcept() {
        assertEquals(0.0, row(7).labelSupport());
        assertTrue(row(7).labelTerms() > 0);
        for (int n : new int[] {2, 3, 4, 8}) {
            assertTrue(row(n).labelSupport() > 0, "row " + n);
        }
    }
}
