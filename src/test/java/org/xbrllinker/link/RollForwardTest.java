package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbrllinker.parse.ColumnHeader;
import org.xbrllinker.testing.LinkedPages;
import org.xbrllinker.testing.RPages;

/**
 * The roll-forwards the linker finds on real pages and the subtotals among their changes: Kamada's statement of
 * changes in equity (IFRS 20-F for 2020), whose columns are components and whose balances are dated by their labels,
 * with "Total comprehensive income (loss)" beside the net income, other comprehensive income and tax effect it totals;
 * Apple's 10-Q statement of shareholders' equity, whose opening balances stand above their "[Roll Forward]" heading.
 */
class RollForwardTest {

    private static LinkedDisclosure html(Path page) throws Exception {
        return LinkedPages.html(page);
    }

    @Test
    void balancesDatedByTheirLabelsChainIntoRollForwards() throws Exception {
        LinkedDisclosure linked = html(RPages.RESOURCE_PAGES.resolve("kamada-2021-20f/R4.htm"));
        List<String> spans = linked.rollForwards().stream().map(rf -> rf.opening() + "-" + rf.closing()).toList();
        // Dec. 31, 2017 -> Jan. 1, 2018 after IFRS 15 -> Dec. 31, 2018 -> Jan. 1, 2019 after IFRS 16 -> 2019 -> 2020
        assertEquals(List.of("1-3", "3-11", "11-13", "13-20", "20-28"), spans);
        RollForward y2018 = linked.rollForwards().get(1);
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10), y2018.changes());
        assertEquals("Balance as at January 1, 2018 (after initially application of IFRS 15) to Balance at Dec. 31, 2018",
                y2018.label());
    }

    @Test
    void totalComprehensiveIncomeTotalsTheRowsAboveIt() throws Exception {
        LinkedDisclosure linked = html(RPages.RESOURCE_PAGES.resolve("kamada-2021-20f/R4.htm"));
        // net income + other comprehensive income + tax effect = total comprehensive income, in every column shown
        assertEquals(List.of(new Subtotal(7, List.of(4, 5, 6), "total label"),
                        new Subtotal(17, List.of(14, 15, 16), "total label"),
                        new Subtotal(24, List.of(21, 22, 23), "total label")),
                linked.subtotals());
    }

    @Test
    void anOpeningBalanceAboveItsRollForwardHeadingOpensThatHeadingsRows() throws Exception {
        LinkedDisclosure linked = html(RPages.apple("R6.htm"));
        assertEquals(4, linked.rollForwards().size(), linked.rollForwards().toString());
        RollForward first = linked.rollForwards().get(0);
        assertEquals("Beginning balances at Sep. 30, 2023", linked.lineItems().get(first.opening() - 1).row().label());
        assertEquals("Ending balances at Mar. 30, 2024", linked.lineItems().get(first.closing() - 1).row().label());
        assertEquals("Increase (Decrease) in Stockholders' Equity [Roll Forward]", first.label());
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), first.changes(), "issued, withheld, share-based compensation, net "
                + "income, dividends, repurchased, other comprehensive income");
        assertTrue(linked.subtotals().isEmpty(), linked.subtotals().toString());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "beginning, START",
            "ending balance, END",
            "balance at the beginning of the year, START",
            "cash at end of period, END",
            "'balance at january 1,', START",
            "'balance at december 31,', END",
            "balance at dec. 31, END",
            "'balance at june 30,', ",
            "'balance at february 30,', ",
            "net income, ",
            "ending inventory shrinkage reserve release, ",
    })
    void periodRoleOfALabelInAYearTable(String label, String role) {
        List<ColumnHeader> year = List.of(new ColumnHeader(0, "12 Months Ended", 12,
                LocalDate.of(2019, 12, 31), "Dec. 31, 2019"));
        Object got = Linker.periodRole(label, year);
        if (role == null) {
            assertNull(got, label);
        } else {
            assertEquals(role, String.valueOf(got), label);
        }
    }
}
