package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.testing.RPages;

/** The flattening in r2text.py's form, checked line by line on real pages and on pages showing its quirks. */
class TextRenderingTest {

    /** Small pages written to show r2text.py's quirks (not real pages: those are in {@link RPages#corpus()}). */
    static final Path QUIRKS = Path.of("src", "test", "resources", "text-rendering");

    @Test
    void headerAndRowsAsTheSeedShowsThem() throws IOException {
        TextRendering.Rendered r = TextRendering.render(RPages.apple("R4.htm"));
        List<String> lines = r.text().lines().toList();
        assertEquals(List.of("|", "CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited) - USD ($)", "$ in Millions",
                "|", "Mar. 29, 2025", "|", "Sep. 28, 2024",
                "|Current assets:",
                "|Cash and cash equivalents", "|$ 28,162", "|$ 29,943",
                "|Marketable securities", "|20,336", "|35,228",
                "|Accounts receivable, net", "|26,136", "|33,410"), lines.subList(0, 17));
        // the blank value cells of headings and of "Commitments and contingencies" are gone
        int commitments = lines.indexOf("|Commitments and contingencies");
        assertEquals("|Shareholders’ equity:", lines.get(commitments + 1));
        assertEquals(33, r.rowElements().size());
        assertEquals("us-gaap_AccountsReceivableNetCurrent", r.element(4));
        assertEquals("us-gaap_AssetsCurrentAbstract", r.element(1));
    }

    @Test
    void definitionsKeepHeadingsDocumentationAndTheFirstReferenceLine() throws IOException {
        String text = TextRendering.render(RPages.apple("R4.htm")).text();
        String first = text.substring(text.indexOf("|X\n"));
        assertTrue(first.startsWith("|X\n- Definition\n+ References\nCarrying value as of the balance sheet date of "
                + "liabilities incurred"), first);
        String block = first.substring(0, first.indexOf("|X\n", 1));
        assertTrue(block.endsWith("\n+ Details\nReference 1: http://fasb.org/us-gaap/role/ref/legacyRef\n"), block);
        assertFalse(text.contains("us-gaap_AccountsPayableCurrent"), "element names are gone");
        assertFalse(text.contains("Period Type"), "the Details table is gone");
        assertFalse(text.contains("-Topic"), "only the first reference line is kept");

        String r2 = TextRendering.render(RPages.apple("R2.htm")).text();
        assertTrue(r2.contains("|X\n- References\n+ Details\nNo definition available.\n|X\n"),
                "an abstract element without documentation or references");
    }

    @Test
    void nestedTablesAndTextBlocksJoinTheirLinesWithSpaces() throws IOException {
        String adi = TextRendering.render(RPages.misc("adi_2019_R2.htm")).text();
        assertTrue(adi.contains("|\nNov. 03, 2018\n|[1]\n"), adi);
        // the footnote section is one cell of the table's last row: its nested table is flattened into one line
        assertTrue(adi.contains("\n|[1] Balances have been restated to reflect the adoption of Accounting Standards "
                + "Update (ASU) 2014-09, Revenue from Contracts with Customers (ASU 2014-09). See Note 2a,"), adi);

        String eps = TextRendering.render(RPages.apple("R10.htm")).text();
        assertTrue(eps.contains("\n|Earnings Per Share The following table shows the computation of basic and diluted "
                + "earnings per share"), eps);
    }

    @Test
    void toggleCellsMemberRowsAndDefinitionShapes() throws IOException {
        TextRendering.Rendered r = TextRendering.render(QUIRKS.resolve("toggle-cells-and-entry-shapes.htm"));
        List<String> lines = r.text().lines().toList();
        // the hidden span of a toggle cell is text like any other, and footnote markers stay in their cell
        assertEquals(List.of("|Cash and cash equivalents", "|$ 250.0us-gaap_CashAndCashEquivalentsAtCarryingValue",
                "|$ 240.0[1]", "|Class A common stock [Member]", "|NASDAQ NYSE"), lines.subList(8, 13));
        assertFalse(r.text().contains("Second table"), "only the first table.report counts");
        // an entry whose only section is the Details table: toggle, then the table's text
        assertTrue(r.text().contains("|X\n- Details\nName:us-gaap_StatementClassOfStockAxis=us-gaap_CommonClassAMember\n"
                + "Namespace Prefix:\nData Type:na\nBalance Type:\nPeriod Type:\n|X\n"), r.text());
        // a link inside a definition's block restarts the capture: the block's other text is lost
        assertTrue(r.text().endsWith("|X\n- Definition\nof the\nName: dei_EntityRegistrantName\n+ Details\n"),
                r.text());

        assertEquals(3, r.rows().size());
        TextRendering.TruthRow member = r.rows().get(1);
        assertEquals("us-gaap_StatementClassOfStockAxis=us-gaap_CommonClassAMember", member.elementId());
        assertEquals("us-gaap:StatementClassOfStockAxis=us-gaap_CommonClassAMember", member.element());
        assertEquals(List.of("", "NASDAQ\nNYSE"), member.values());
        assertEquals(List.of("A&B CO \u2013 Holdings", "one\ntwo"), r.rows().get(2).values());
    }

    @Test
    void tokenizedAsPythonsHtmlParserDoes() throws IOException {
        TextRendering.Rendered r = TextRendering.render(QUIRKS.resolve("sgml-envelope-and-tokenizer.htm"));
        assertEquals("|\nIncome Statement (USD $)\nIn Thousands\n|Revenues & Sales\n"
                + "|1,000 < 2,000var s = \"<td>not a cell</td>\";\n|3 x;\u00acit;\u2014\uFFFD z\n"
                // an unclosed cell is replaced by the next one: "Unclosed label" is gone, and its row is no truth row
                + "|5\n|Cost of revenue\n|(7)\n"
                + "|X\n- Definition\n+ References\nAmounts\nof revenue.\n+ Details\n"
                + "Reference 1: http://www.xbrl.org/2003/role/presentationRef\n", r.text());
        assertEquals(List.of("us-gaap_Revenues", "us-gaap_CostOfRevenue"), r.rowElements());
    }

    @Test
    void aPageR2TextCannotConvertIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextRendering.render(QUIRKS.resolve("unknown-marked-section.htm")));
        assertEquals("unknown-marked-section.htm:1: expected a marked section keyword (CDATA, IF, …), found "
                + "\"SECTION\"", e.getMessage());
    }
}
