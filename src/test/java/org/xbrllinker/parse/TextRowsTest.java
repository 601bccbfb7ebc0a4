package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xbrllinker.testing.Shared;

/**
 * How the text reader tells labels from values where the flattening dropped the difference: cover pages of text
 * values, member rows before their headings, text blocks, renderer toggles, the footnotes below the table.
 */
class TextRowsTest {

    private static Disclosure text(String... lines) throws InputException {
        return new TextRPageParser().parse("t.txt", String.join("\n", lines) + "\n");
    }

    private static List<String> labels(Disclosure d) {
        return d.rows().stream().map(Row::label).toList();
    }

    @Test
    void aCoverPageReadsAsTheViewerShowsItWithoutAnyTaxonomy() throws Exception {
        // 3M's 8-K cover, flattened exactly as r2text.py does: every row its one value, names and codes included
        TextRendering.Rendered rendered = TextRendering.render(Shared.data().resolve("r-pages/3m-2024/R1.htm"));
        Disclosure d = new TextRPageParser().parse("R1.txt", rendered.text());
        assertEquals(rendered.rows().stream().map(TextRendering.TruthRow::label).toList(), labels(d));
        Row name = d.rows().get(3);
        assertEquals("Entity Registrant Name", name.label());
        assertEquals("3M COMPANY", name.cells().get(0).displayed());
        assertTrue(name.cells().get(0).text());
        Row city = d.rows().get(7);
        assertEquals("St. Paul", city.cells().get(0).displayed());
        // "DELAWARE" is the label of a row whose value is "DE": the row before is full
        assertEquals("DELAWARE", d.rows().get(18).label());
        assertEquals("DE", d.rows().get(18).cells().get(0).displayed());
        // member rows keep no value and are headings of their groups
        Row member = d.rows().get(20);
        assertEquals("Common Stock, Par Value $.01 Per Share | New York Stock Exchange", member.label());
        assertTrue(member.cells().isEmpty());
        assertTrue(member.abstractRow());
    }

    @Test
    void aLabelTheTaxonomyKnowsStartsARowWhereTheShapeAloneWouldNot() throws InputException {
        String[] page = {"|Cover", "|12 Months Ended", "|", "Dec. 31, 2023", "|", "Feb. 15, 2024",
                "|Document Type", "|10-K", "|Auditor Name", "|Ernst & Young LLP", "|Auditor Location",
                "|San Jose, California"};
        LabelLexicon knows = label -> Set.of("Auditor Name", "Auditor Location", "Document Type").contains(label);
        Disclosure d = new TextRPageParser().withLexicon(knows).parse("t.txt", String.join("\n", page) + "\n");
        assertEquals(List.of("Document Type", "Auditor Name", "Auditor Location"), labels(d));
        assertEquals("San Jose, California", d.rows().get(2).cells().get(0).displayed());
    }

    @Test
    void aTextBlockThatRepeatsItsNotesTitleIsTheValueOfTheRowSoTitled() throws InputException {
        Disclosure d = text("|", "Condensed Consolidated Financial Statement Details (Tables)", "|6 Months Ended", "|",
                "Mar. 29, 2025", "|Organization, Consolidation and Presentation of Financial Statements [Abstract]",
                "|Inventories", "|Inventories March 29, 2025September 28, 2024 Components$2,673 $3,627 Finished "
                        + "goods3,596 3,659 Total inventories$6,269 $7,286");
        assertEquals(List.of("Organization, Consolidation and Presentation of Financial Statements [Abstract]",
                "Inventories"), labels(d));
        assertTrue(d.rows().get(1).cells().get(0).text());
    }

    @Test
    void aToggleInAValueCellNamesTheCellsElementAndIsNoPartOfTheValue() throws InputException {
        Disclosure d = text("|X - USD ($)", "$ in Millions", "|", "Dec. 31, 2015",
                "|Cash and cash equivalents", "|$ 250.0us-gaap_CashAndCashEquivalentsAtCarryingValue");
        Cell c = d.rows().get(0).cells().get(0);
        assertEquals("$ 250.0", c.displayed());
        assertEquals(0, new BigDecimal("250000000").compareTo(c.amount()));
        assertEquals("us-gaap_CashAndCashEquivalentsAtCarryingValue", c.element());
        assertNull(text("|X - USD ($)", "|Dec. 31, 2015", "|Cash", "|5").rows().get(0).cells().get(0).element());
    }

    @Test
    void theFootnotesBelowTheTableAreNoRows() throws InputException {
        // r2text.py writes the footnote table below the report as one cell starting with its first marker
        Disclosure d = text("|X - USD ($)", "|Dec. 31, 2021", "|Net revenue", "|[1]", "|132.4",
                "|[1] Previously labeled as \"License and other\" in prior periods.");
        assertEquals(List.of("Net revenue"), labels(d));
        // the older copy: a marker cell, then its text
        Disclosure older = text("|X - USD ($)", "|Dec. 31, 2021", "|Net revenue", "|132.4", "|[1]",
                "|Balances have been restated.", "|[2]", "|Represents charges recorded for restructuring.");
        assertEquals(List.of("Net revenue"), labels(older));
    }

    @Test
    void aNumberWithALetterForADigitIsStillAMalformedAmount() {
        InputException e = assertThrows(InputException.class, () -> text("|X - USD ($)", "|12 Months Ended", "|",
                "Dec. 31, 2021", "|", "Dec. 31, 2020", "|Write-off", "|(86,17O)", "|0"));
        assertEquals("t.txt:8: expected an amount after \"Write-off\", found \"(86,17O)\"", e.getMessage());
        assertTrue(TextRows.isMistypedAmount("1,2O0"));
        assertFalse(TextRows.isMistypedAmount("401(k)"));
        assertFalse(TextRows.isMistypedAmount("3M"));
    }

    @Test
    void everyRealPageFlattenedReadsIntoTheRowsItsHtmlShows() throws Exception {
        for (java.nio.file.Path page : org.xbrllinker.testing.RPages.corpus()) {
            TextRendering.Rendered rendered = TextRendering.render(page);
            Disclosure d = new TextRPageParser().parse(page.getFileName() + ".txt", rendered.text());
            List<String> truth = rendered.rows().stream().map(TextRendering.TruthRow::label)
                    .map(l -> l.replaceAll("(?:\\s*\\[\\d+\\])+\\s*$", "").strip()).toList();
            assertEquals(truth, labels(d), page.toString());
        }
    }
}
