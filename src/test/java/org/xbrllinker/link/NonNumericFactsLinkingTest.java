package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.taxonomy.TaxonomyLoader;

/**
 * The linker makes a fact of every cell, numbers as before and non-numeric values typed: a cell the reader took for
 * an amount (a CIK, a year) is text when its concept is non-numeric, and a concept the page made up takes its type
 * from the display.
 */
class NonNumericFactsLinkingTest {

    /** A cover page whose CIK and fiscal year sit in amount cells (td.nump), as an amount-reading form gives them. */
    private static final String PAGE = """
            <html><body><table class="report">
            <tr><th class="tl" colspan="1" rowspan="2"><div style="width: 200px;"><strong>Cover - USD ($)</strong></div></th><th class="th" colspan="1">12 Months Ended</th></tr>
            <tr><th class="th"><div>Dec. 31, 2023</div></th></tr>
            <tr class="re"><td class="pl"><a onclick="Show.showAR( this, 'defref_dei_EntityCentralIndexKey', window );">Entity Central Index Key</a></td><td class="nump">0000066740</td></tr>
            <tr class="ro"><td class="pl"><a onclick="Show.showAR( this, 'defref_dei_DocumentFiscalYearFocus', window );">Document Fiscal Year Focus</a></td><td class="nump">2023</td></tr>
            <tr class="re"><td class="pl"><a onclick="Show.showAR( this, 'defref_dei_DocumentPeriodEndDate', window );">Document Period End Date</a></td><td class="text">Dec. 31, 2023<span></span></td></tr>
            <tr class="ro"><td class="pl"><a onclick="Show.showAR( this, 'defref_acme_SpinOffCompleted', window );">Spin-off completed</a></td><td class="text">true<span></span></td></tr>
            <tr class="re"><td class="pl"><a onclick="Show.showAR( this, 'defref_us-gaap_Revenues', window );">Revenues</a></td><td class="nump">$ 1,234</td></tr>
            </table>
            <div style="display: none;">
            %s
            </div></body></html>
            """.formatted(String.join("\n",
            definition("dei_EntityCentralIndexKey", "dei:centralIndexKeyItemType", "duration"),
            definition("dei_DocumentFiscalYearFocus", "xbrli:gYearItemType", "duration"),
            definition("dei_DocumentPeriodEndDate", "xbrli:dateItemType", "duration"),
            "<table class=\"authRefData\" id=\"defref_acme_SpinOffCompleted\"><tr><td><a>- Definition</a>"
                    + "<div><p>Whether the spin-off completed.</p></div></td></tr></table>",
            definition("us-gaap_Revenues", "xbrli:monetaryItemType", "duration")));

    private static String definition(String id, String type, String period) {
        return "<table class=\"authRefData\" id=\"defref_" + id + "\"><tr><td>"
                + "<a>- Definition</a><div><p>No definition available.</p></div>"
                + "<a>+ Details</a><div><table><tr><td><strong> Name:</strong></td><td>" + id + "</td></tr>"
                + "<tr><td><strong> Data Type:</strong></td><td>" + type + "</td></tr>"
                + "<tr><td><strong> Period Type:</strong></td><td>" + period + "</td></tr></table></div>"
                + "</td></tr></table>";
    }

    @Test
    void everyCellIsAFactOfItsType() throws Exception {
        var disclosure = new HtmlRPageParser().parse("cover.htm",
                new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new BigDecimal("66740"), disclosure.rows().get(0).cells().get(0).amount(),
                "the reader takes the CIK for an amount");
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults()).link(disclosure);
        Period fy2023 = Period.duration(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

        FactCell cik = cell(linked, "dei:EntityCentralIndexKey");
        assertEquals(Fact.nonNumeric(cik.fact().concept(), fy2023, "", "0000066740", FactValues.STRING), cik.fact());
        assertNull(cik.displayedAmount(), "a CIK is no amount");
        FactCell year = cell(linked, "dei:DocumentFiscalYearFocus");
        assertEquals("2023", year.fact().text());
        assertEquals(FactValues.G_YEAR, year.fact().datatype());
        assertNull(year.displayedAmount());
        FactCell end = cell(linked, "dei:DocumentPeriodEndDate");
        assertEquals("2023-12-31", end.fact().text());
        assertEquals(FactValues.DATE, end.fact().datatype());
        assertEquals(fy2023, end.fact().period());

        // an element the page names but no taxonomy has, without a type: the display decides
        FactCell made = cell(linked, "acme:SpinOffCompleted");
        assertEquals("true", made.fact().text());
        assertEquals(FactValues.BOOLEAN, made.fact().datatype());

        FactCell revenues = cell(linked, "us-gaap:Revenues");
        assertTrue(revenues.fact().numeric());
        assertEquals(new BigDecimal("1234"), revenues.fact().value());
        assertEquals("USD", revenues.fact().unit());
        assertEquals(new BigDecimal("1234"), revenues.displayedAmount());
        assertEquals(5, linked.facts().size());
    }

    private static FactCell cell(LinkedDisclosure linked, String qname) {
        LineItem item = linked.lineItems().stream().filter(li -> li.concept().qname().equals(qname)).findFirst()
                .orElseThrow(() -> new AssertionError(qname + " not linked: " + linked.lineItems().stream()
                        .map(li -> li.concept().qname()).toList()));
        assertEquals(1, item.cells().size());
        return item.cells().get(0);
    }

    @Test
    void aTextCellOfANumericConceptGivesNoFact() throws Exception {
        String page = PAGE.replace("<td class=\"nump\">$ 1,234</td>", "<td class=\"text\">n/a<span></span></td>");
        var disclosure = new HtmlRPageParser().parse("cover.htm",
                new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults()).link(disclosure);
        FactCell revenues = cell(linked, "us-gaap:Revenues");
        assertNull(revenues.fact());
        assertEquals(4, linked.facts().size());
    }
}
