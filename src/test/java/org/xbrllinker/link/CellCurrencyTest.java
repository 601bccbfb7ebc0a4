package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.testing.LinkedPages;
import org.xbrllinker.testing.RPages;
import org.xbrllinker.testing.Shared;

/**
 * The currency of a fact: the page's, the one its column headers name where its title names none, or the one a cell
 * shows by its sign where a row mixes currencies (Kamada's option prices in dollars and in shekels).
 */
class CellCurrencyTest {

    private static LinkedDisclosure html(Path page) throws Exception {
        return LinkedPages.html(page);
    }

    private static LineItem row(LinkedDisclosure linked, String label) {
        return linked.lineItems().stream().filter(li -> li.row().label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    @Test
    void aCellsCurrencySignNamesItsUnitInARowOfTwoCurrencies() throws Exception {
        LinkedDisclosure linked = html(Shared.data().resolve("r-pages/kamada-2021-20f/R100.htm"));
        LineItem price = row(linked,
                "Weighted Average Exercise Price, Outstanding at beginning of year | (per share)");
        List<String> shown = price.cells().stream().map(FactCell::displayed).toList();
        List<String> units = price.cells().stream().map(c -> c.fact().unit()).toList();
        assertEquals(List.of("$ 68", "₪ 27.87", "₪ 29.99", "₪ 32.47"), shown);
        assertEquals(List.of("USD/shares", "ILS/shares", "ILS/shares", "ILS/shares"), units);
    }

    @Test
    void theColumnHeadersNameTheCurrencyWhereTheTitleNamesNone() throws Exception {
        LinkedDisclosure linked = html(RPages.RESOURCE_PAGES.resolve("kamada-2020-20f/R84.htm"));
        LineItem payments = row(linked, "Payments");
        assertEquals("USD", payments.cells().get(0).fact().unit(), payments.cells().toString());
        assertEquals(0, new java.math.BigDecimal("-1545000").compareTo(payments.cells().get(0).fact().value()));
    }
}
