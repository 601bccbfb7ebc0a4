package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.parse.Cell;
import org.xbrllinker.parse.Row;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.PeriodType;

/** What a row shows against a concept's data type, and what a documentation's words say of an element's types. */
class ValueFitTest {

    private static final SourceLocation AT = SourceLocation.of("t.txt", 1);

    private static Row row(String label, String... shown) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            boolean number = shown[i].matches("[\\d,.()$ -]+");
            cells.add(new Cell(i, shown[i], number ? new BigDecimal(shown[i].replaceAll("[^\\d.]", "")) : null, false,
                    0, false, !number, AT));
        }
        return new Row(1, label, false, cells, null, AT);
    }

    @Test
    void datesBooleansAndTextFitTheirTypesAndClashWithOthers() {
        // the displays of 3M's and Apple's cover pages against the data types their Details give
        assertEquals(1, ValueFit.of(row("Document Period End Date", "Mar. 08, 2024"), "xbrli:dateItemType"));
        assertEquals(-1, ValueFit.of(row("DELAWARE", "DE"), "xbrli:dateItemType"));
        assertEquals(1, ValueFit.of(row("Amendment Flag", "false"), "xbrli:booleanItemType"));
        assertEquals(1, ValueFit.of(row("No Trading Symbol Flag", "true"), "dei:trueItemType"));
        assertEquals(-1, ValueFit.of(row("Security Exchange Name", "NYSE"), "xbrli:booleanItemType"));
        assertEquals(1, ValueFit.of(row("Entity Registrant Name", "3M COMPANY"), "xbrli:normalizedStringItemType"));
        assertEquals(-1, ValueFit.of(row("Entity Registrant Name", "3M COMPANY"), "xbrli:monetaryItemType"));
        // numbers fit most concepts: no evidence either way, but never a date's
        assertEquals(0, ValueFit.of(row("Revenue", "1,443,219"), "xbrli:monetaryItemType"));
        assertEquals(0, ValueFit.of(row("Entity Central Index Key", "0000066740"), "dei:centralIndexKeyItemType"));
        assertEquals(-1, ValueFit.of(row("Revenue", "1,443,219"), "xbrli:dateItemType"));
        // the units a row names: shares and per share
        assertEquals(1, ValueFit.of(row("Beginning balance (in shares) | shares", "163,326"), "xbrli:sharesItemType"));
        assertEquals(-1, ValueFit.of(row("Beginning Balance (in Shares) | Shares", "163,326"), "num:perShareItemType"));
        assertEquals(1, ValueFit.of(row("Basic (in dollars per share)", "1.65"), "num:perShareItemType"));
        assertEquals(-1, ValueFit.of(row("Basic (in dollars per share)", "1.65"), "xbrli:sharesItemType"));
        assertEquals(0, ValueFit.of(row("Revenue"), "xbrli:monetaryItemType"), "a row without values says nothing");
    }

    @Test
    void theTypeARowShowsForAnElementTheTaxonomyLacks() {
        assertEquals("num:perShareItemType", ValueFit.typeShown(row("RSUs granted (in dollars per share) | $ / shares", "228.10")));
        assertEquals("xbrli:sharesItemType", ValueFit.typeShown(row("RSUs granted (in shares) | shares", "63,378")));
        assertEquals("xbrli:dateItemType", ValueFit.typeShown(row("Fiscal Year End", "Sept. 28, 2024")));
        assertEquals("xbrli:stringItemType", ValueFit.typeShown(row("Auditor Name", "Ernst & Young LLP")));
        assertNull(ValueFit.typeShown(row("Revenue", "1,443,219")), "the page's unit decides");
    }

    @Test
    void theFasbWordsOfADocumentationGiveTypes() {
        assertEquals("xbrli:sharesItemType", DocumentationHints.type("The number of non-vested equity-based payment "
                + "instruments, excluding stock (or unit) options, that validly exist and are outstanding as of the "
                + "balance sheet date."));
        assertEquals("num:perShareItemType", DocumentationHints.type("Per share or unit weighted-average fair value of "
                + "nonvested award under share-based payment arrangement."));
        assertEquals("num:perShareItemType", DocumentationHints.type("The weighted average fair value as of grant date "
                + "pertaining to an equity-based award plan other than a stock (or unit) option plan."));
        assertEquals("xbrli:monetaryItemType", DocumentationHints.type("Amount of foreign exchange of accounts "
                + "receivable charged against the allowance."));
        assertNull(DocumentationHints.type("A roll forward is a reconciliation of a concept."));
        assertEquals(PeriodType.INSTANT, DocumentationHints.periodType("... outstanding as of the balance sheet date."));
        assertEquals(PeriodType.DURATION, DocumentationHints.periodType("... that were forfeited during the reporting period."));
        assertNull(DocumentationHints.periodType("Amount of foreign exchange of accounts receivable."));
    }
}
