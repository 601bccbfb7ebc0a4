package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The HTML reader on real pages of every renderer generation kept in {@code src/test/resources/r-pages/} (see its
 * SOURCES.md): renderer 2 titles and rounding lines, toggle cells, member rows and columns, SGML envelopes.
 */
class HtmlRendererGenerationsTest {

    private final HtmlRPageParser parser = new HtmlRPageParser();

    private Disclosure page(String folder, String file) throws InputException {
        return parser.parse(Path.of("src", "test", "resources", "r-pages", folder, file));
    }

    private static Disclosure parse(String html) throws InputException {
        return new HtmlRPageParser().parse("R1.htm", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static Row row(Disclosure d, int number) {
        Row r = d.rows().get(number - 1);
        assertEquals(number, r.number());
        return r;
    }

    private static void assertAmount(Cell c, int column, String amount, int decimals, String element) {
        assertAll(c.displayed(),
                () -> assertEquals(column, c.column()),
                () -> assertNotNull(c.amount()),
                () -> assertEquals(0, new BigDecimal(amount).compareTo(c.amount()), c.amount() + " vs " + amount),
                () -> assertEquals(decimals, c.decimals()),
                () -> assertFalse(c.text()),
                () -> assertEquals(element, c.element()));
    }

    // ---- renderer 2.4 (Actavis plc, 10-K for 2014): title, rounding line, toggle cells, a member row ----------

    @Test
    void renderer2CoverPage() throws InputException {
        Disclosure d = page("actavis-2014", "R1.htm");
        assertEquals("Document and Entity Information", d.title());
        assertEquals("USD $", d.unitLine());
        assertEquals("USD", d.unit());
        assertEquals(0, BigDecimal.valueOf(1_000_000).compareTo(d.scale()));
        assertEquals(List.of(
                new ColumnHeader(0, "12 Months Ended", 12, LocalDate.of(2014, 12, 31), "Dec. 31, 2014", null),
                new ColumnHeader(1, null, null, LocalDate.of(2015, 2, 13), "Feb. 13, 2015", null),
                new ColumnHeader(2, null, null, LocalDate.of(2014, 6, 30), "Jun. 30, 2014", null)), d.columns());
        assertEquals(30, d.rows().size());

        Row heading = row(d, 1);
        assertEquals("Document Information [Line Items]", heading.label());
        assertTrue(heading.abstractRow());
        Row date = row(d, 4);
        assertEquals("dei_DocumentPeriodEndDate", date.elementName());
        assertEquals("Dec. 31, 2014", date.cells().get(0).displayed());
        assertTrue(date.cells().get(0).text());

        // "In Millions, except Share data": shares in units, money in millions; the hidden span is no part of them
        Row shares = row(d, 15);
        assertEquals("Entity Common Stock, Shares Outstanding", shares.label());
        assertEquals(1, shares.cells().size());
        assertAmount(shares.cells().get(0), 1, "266252295", 0, "dei_EntityCommonStockSharesOutstanding");
        Row flt = row(d, 16);
        assertAmount(flt.cells().get(0), 2, "38723000000", -5, "dei_EntityPublicFloat");
        assertEquals("$ 38,723.0", flt.cells().get(0).displayed());

        // a dimension member heading (tr.rh), then the member's own cover rows
        Row member = row(d, 17);
        assertEquals("Warner Chilcott Limited [Member]", member.label());
        assertEquals("dei_LegalEntityAxis=act_WarnerChilcottMember", member.elementName());
        assertTrue(member.abstractRow());
        assertEquals("WARNER CHILCOTT LIMITED", row(d, 24).cells().get(0).displayed());
        assertNull(row(d, 24).cells().get(0).element());
        assertEquals("Non-accelerated Filer", row(d, 30).cells().get(0).displayed());
    }

    // ---- renderer 3.3 (Apple, 10-K for 2015): a cover page with three date columns and two scale statements ----

    @Test
    void renderer3CoverPageScalesSharesByTheSharesStatement() throws InputException {
        Disclosure d = page("apple-2015", "R1.htm");
        assertEquals("Document and Entity Information", d.title());
        assertEquals("USD ($)", d.unitLine());
        assertEquals(List.of(LocalDate.of(2015, 9, 26), LocalDate.of(2015, 10, 9), LocalDate.of(2015, 3, 27)),
                d.columns().stream().map(ColumnHeader::date).toList());
        assertEquals(List.of(12), d.columns().stream().map(ColumnHeader::months).filter(m -> m != null).toList());
        Row shares = row(d, 14);
        assertEquals("Entity Common Stock, Shares Outstanding", shares.label());
        // "shares in Thousands, $ in Millions": the label has no "(in shares)", its Details say sharesItemType
        assertAmount(shares.cells().get(0), 1, "5575331000", -3, null);
        assertAmount(row(d, 15).cells().get(0), 2, "709923000000", -6, null);
        assertEquals("Sep. 26, 2015", row(d, 3).cells().get(0).displayed());
    }

    // ---- renderer 3.10 (Apple, 10-Q for Q3 2018): a shares-only cover page ----------------------------------

    @Test
    void renderer310CoverPageInSharesOnly() throws InputException {
        Disclosure d = page("apple-2018q3", "R1.htm");
        assertEquals("Document and Entity Information", d.title());
        assertEquals("shares", d.unitLine());
        assertEquals(List.of(
                new ColumnHeader(0, "9 Months Ended", 9, LocalDate.of(2018, 6, 30), "Jun. 30, 2018", null),
                new ColumnHeader(1, null, null, LocalDate.of(2018, 7, 20), "Jul. 20, 2018", null)), d.columns());
        assertEquals("Q3", row(d, 6).cells().get(0).displayed());
        assertAmount(row(d, 12).cells().get(0), 1, "4829926000", -3, null);
    }

    // ---- renderer 3.6 (Fitbit, 10-K for 2016): a statement in thousands with per-share and share rows ---------

    @Test
    void renderer36IncomeStatement() throws InputException {
        Disclosure d = page("fitbit-2016", "R4.htm");
        assertEquals("Consolidated Statements of Operations", d.title());
        assertEquals(0, BigDecimal.valueOf(1000).compareTo(d.scale()));
        assertEquals(List.of(12, 12, 12), d.columns().stream().map(ColumnHeader::months).toList());
        assertEquals(27, d.rows().size());
        assertAmount(row(d, 2).cells().get(0), 0, "2169461000", -3, null);
        assertAmount(row(d, 11).cells().get(0), 0, "-112465000", -3, null);
        assertEquals("Net income (loss) attributable to common stockholders\u2014basic", row(d, 19).label());
        assertAmount(row(d, 23).cells().get(0), 0, "-0.47", 2, null);
        assertAmount(row(d, 26).cells().get(1), 1, "129886000", -3, null);
    }

    // ---- renderer 3.20 (Kamada, IFRS 20-F for 2020): an equity statement whose columns are members ------------

    @Test
    void equityStatementWithMemberColumns() throws InputException {
        Disclosure d = page("kamada-2021-20f", "R4.htm");
        assertEquals("Consolidated Statements of Changes in Equity", d.title());
        assertEquals(9, d.columns().size());
        ColumnHeader capital = d.columns().get(0);
        assertEquals("Share capital", capital.member());
        assertNull(capital.date());
        assertNull(capital.months());
        assertEquals("Total", d.columns().get(8).member());
        assertEquals("Capital reserve From securities measured at fair value through other Comprehensive income",
                d.columns().get(2).member());

        Row opening = row(d, 1);
        assertEquals("Balance at Dec. 31, 2017", opening.label());
        assertEquals("ifrs-full_Equity", opening.elementName());
        assertFalse(opening.abstractRow());
        assertEquals(9, opening.cells().size());
        assertAmount(opening.cells().get(2), 2, "-4000", -3, null);
        assertAmount(opening.cells().get(8), 8, "89492000", -3, null);
        // blank cells (an ASCII space or &#160;) are no cells: only the values sit in their member's column
        Row ifrs15 = row(d, 2);
        assertEquals(List.of(7, 8), ifrs15.cells().stream().map(Cell::column).toList());
        Row closing = d.rows().get(d.rows().size() - 1);
        assertEquals("Balance at Dec. 31, 2020", closing.label());
        assertEquals(8, closing.cells().size());
        assertAmount(closing.cells().get(7), 8, "178638000", -3, null);
    }

    @Test
    void ifrs20FCoverPageWithAUnitUnderItsDate() throws InputException {
        Disclosure d = page("kamada-2021-20f", "R1.htm");
        assertEquals("Document And Entity Information", d.title());
        assertNull(d.unitLine());
        assertEquals(List.of(new ColumnHeader(0, "12 Months Ended", 12, LocalDate.of(2020, 12, 31),
                "Dec. 31, 2020 shares", null)), d.columns());
        assertEquals(22, d.rows().size());
        assertEquals("20-F", row(d, 3).cells().get(0).displayed());
        assertAmount(row(d, 5).cells().get(0), 0, "44742963", 0, null);
        assertEquals("L3", row(d, 21).cells().get(0).displayed());
    }

    @Test
    void renderer2RoundingLines() throws InputException {
        RPageText.Title t = RPageText.Title.parse("CONSOLIDATED STATEMENTS OF INCOME (USD $) In Millions, except "
                + "Per Share data, unless otherwise specified");
        assertEquals("CONSOLIDATED STATEMENTS OF INCOME", t.title());
        assertEquals("USD", t.unit());
        RPageText.Scales s = new RPageText.Scales(t.scales());
        assertEquals(6, s.pageExponent());
        assertEquals(6, s.exponentFor("Weighted average shares (in shares)"));
        assertEquals(0, s.exponentFor("Diluted (in dollars per share)", "num:perShareItemType"));

        RPageText.Scales thousands = new RPageText.Scales(RPageText.Title.parse(
                "BALANCE SHEETS (Parenthetical) (USD $) In Thousands, except Share data in Millions").scales());
        assertEquals(3, thousands.pageExponent());
        assertEquals(6, thousands.exponentFor("Common stock, shares issued", "xbrli:sharesItemType"));
        assertEquals("BALANCE SHEETS (Parenthetical)", RPageText.Title.parse(
                "BALANCE SHEETS (Parenthetical) (USD $) In Thousands, except Share data in Millions").title());

        RPageText.Title plain = RPageText.Title.parse("Segment Information (Details) (USD $) In Thousands");
        assertEquals(3, new RPageText.Scales(plain.scales()).pageExponent());
        assertEquals("Segment Information (Details)", plain.title());
        assertEquals("Reconciliation (US GAAP)", RPageText.Title.parse("Reconciliation (US GAAP)").title());
        assertEquals("EUR", RPageText.Title.parse("BALANCE SHEETS (EUR \u20ac) In Thousands").unit());
        // renderer 3 titles are read as before
        RPageText.Title three = RPageText.Title.parse("CONSOLIDATED BALANCE SHEETS - USD ($) $ in Millions");
        assertEquals("CONSOLIDATED BALANCE SHEETS", three.title());
        assertEquals("USD ($)", three.unitLine());
    }

    @Test
    void hiddenContentOfAValueCellIsNeverItsValue() throws InputException {
        Disclosure d = parse("""
                <table class="report"><tr><th class="tl"><div><strong>Notes - USD ($)<br>$ in Millions</strong></div></th>
                <th class="th"><div>Dec. 31, 2015</div></th><th class="th"><div>Dec. 31, 2014</div></th></tr>
                <tr class="re"><td class="pl"><a onclick="top.Show.showAR( this, 'defref_us-gaap_Cash', window );">Cash</a></td>
                <td class="nump"><a onclick="toggleNextSibling(this);">$ 250.0</a><span style="display:none;white-space:normal;">us-gaap_CashAndCashEquivalentsAtCarryingValue</span><span></span></td>
                <td class="text">n/a<div style="DISPLAY: none">hidden words</div></td></tr></table>""");
        Row r = d.rows().get(0);
        // no title on the toggle: the hidden span names the element
        assertAmount(r.cells().get(0), 0, "250000000", -5, "us-gaap_CashAndCashEquivalentsAtCarryingValue");
        assertEquals("n/a", r.cells().get(1).displayed());
        assertNull(r.cells().get(1).element());
    }

    @Test
    void aToggleTitleNamesTheElementAndTheDimensionsOfTheFact() throws InputException {
        Disclosure d = parse("""
                <table class="report"><tr><th class="tl"><div><strong>Segments (Details) - USD ($)<br>$ in Millions</strong></div></th>
                <th class="th"><div>Dec. 31, 2015</div></th><th class="th"><div>Dec. 31, 2014</div></th></tr>
                <tr class="re"><td class="pl"><a onclick="top.Show.showAR( this, 'defref_us-gaap_Revenues', window );">Revenue</a></td>
                <td class="nump"><a title="us-gaap_Revenues[us-gaap_StatementBusinessSegmentsAxis=abc_AmericasMember;srt_ProductOrServiceAxis=abc_PhoneMember]" onclick="toggleNextSibling(this);">$ 1,250</a><span style='display:none;white-space:normal;text-align:left;'>us-gaap_Revenues<br/>/ us-gaap_StatementBusinessSegmentsAxis<br/>= abc_AmericasMember</span><span> </span></td>
                <td class="nump">none<span> </span></td></tr></table>""");
        Row r = d.rows().get(0);
        Cell revenue = r.cells().get(0);
        assertAmount(revenue, 0, "1250000000", -6, "us-gaap_Revenues");
        assertEquals(List.of("us-gaap_StatementBusinessSegmentsAxis=abc_AmericasMember",
                "srt_ProductOrServiceAxis=abc_PhoneMember"), revenue.dimensions());
        // DisplayZeroAsNone: the renderer writes "none" for a zero
        assertAmount(r.cells().get(1), 1, "0", -6, null);
        assertEquals(List.of(), r.cells().get(1).dimensions());
    }
}
