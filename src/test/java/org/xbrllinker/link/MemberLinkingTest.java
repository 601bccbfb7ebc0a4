package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.parse.TextRendering;
import org.xbrllinker.pipeline.RPageTaxonomySource;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.RPages;
import org.xbrllinker.testing.Shared;

/**
 * Member rows, typed members, a member the title names and member columns: each linked to its axis and member, and
 * the facts below or in them qualified by it — in the text form, where the page names no row's element.
 */
class MemberLinkingTest {

    private static LinkedDisclosure textForm(Path page, Taxonomy taxonomy) throws Exception {
        Linker linker = new Linker(taxonomy, LinkerOptions.defaults());
        return linker.link(new TextRPageParser().withLexicon(linker.lexicon())
                .parse(page.getFileName() + ".txt", TextRendering.render(page).text()));
    }

    private static Taxonomy pages(Path... pages) throws Exception {
        return new TaxonomyLoader(List.of(new RPageTaxonomySource())).load(List.of(pages));
    }

    @Test
    void memberRowsOfTheTextFormTakeTheirMembersInTheOrderTheyFirstAppear() throws Exception {
        Path page = Shared.data().resolve("r-pages/3m-2024/R1.htm");
        LinkedDisclosure linked = textForm(page, pages(page));
        LineItem nyse = linked.lineItems().get(20);
        assertEquals("Common Stock, Par Value $.01 Per Share | New York Stock Exchange", nyse.row().label());
        assertEquals("us-gaap_StatementClassOfStockAxis=us-gaap_CommonStockMember", nyse.elementId());
        // the second member of the row (the exchange) qualifies the facts below it too
        LineItem symbol = linked.lineItems().get(23);
        assertEquals("Trading Symbol", symbol.row().label());
        assertEquals("dei:EntityListingsExchangeAxis=exch:XNYS;us-gaap:StatementClassOfStockAxis=us-gaap:CommonStockMember",
                symbol.cells().get(0).fact().dimensions());
        LineItem chicago = linked.lineItems().get(25);
        assertEquals("us-gaap_StatementClassOfStockAxis=us-gaap_CommonStockMember", chicago.elementId());
        assertEquals("dei:EntityListingsExchangeAxis=exch:XCHI;us-gaap:StatementClassOfStockAxis=us-gaap:CommonStockMember",
                linked.lineItems().get(28).cells().get(0).fact().dimensions());
        // the cover's own rows, above every member row, report facts of no dimension
        assertEquals("", linked.lineItems().get(1).cells().get(0).fact().dimensions());
    }

    @Test
    void aTypedMemberIsItsAxisAndValue() throws Exception {
        Path page = Shared.data().resolve("r-pages/aerovironment-2025/R2.htm");
        LinkedDisclosure linked = textForm(page, pages(page));
        LineItem first = linked.lineItems().get(0);
        assertEquals("Offering: 1", first.row().label());
        assertEquals("ffd_OfferingAxis=1", first.elementId());
        assertEquals("1", first.dimension().typedMember());
        assertNull(first.dimension().member());
        assertEquals("ffd:OfferingAxis=1", linked.lineItems().get(2).cells().get(0).fact().dimensions());
    }

    @Test
    void aMemberTheTitleNamesQualifiesEveryFact() throws Exception {
        Path page = RPages.apple("R38.htm");
        LinkedDisclosure linked = textForm(page, pages(page));
        assertTrue(linked.lineItems().stream().noneMatch(li -> li.dimension() != null), "no member row");
        List<String> keys = linked.facts().stream().map(Fact::dimensions).distinct().toList();
        assertEquals(List.of("us-gaap:AwardTypeAxis=us-gaap:RestrictedStockUnitsRSUMember"), keys);
    }

    @Test
    void aMemberColumnIsTheMemberItsLabelNamesUnderTheAxisThePresentationGives() throws Exception {
        Path apple = RPages.apple("R6.htm").getParent();
        Taxonomy taxonomy = new TaxonomyLoader().load(List.of(apple.resolve("aapl-20250329.xsd"),
                apple.resolve("MetaLinks.json")));
        String html = """
                <html><body><table class="report">
                <tr><th class="tl"><div style="width: 200px;"><strong>EQUITY (Details) - USD ($)<br/>$ in Millions</strong></div></th>
                <th class="th"><div>Mar. 29, 2025</div><div>Retained earnings/(Accumulated deficit)</div></th>
                <th class="th"><div>Mar. 29, 2025</div><div>Total</div></th></tr>
                <tr class="re"><td class="pl"><a onclick="Show.showAR( this, 'defref_us-gaap_StockholdersEquity', window );">Total shareholders’ equity</a></td>
                <td class="nump">$ 88,711</td><td class="nump">$ 66,796</td></tr>
                </table></body></html>
                """;
        LinkedDisclosure linked = new Linker(taxonomy, LinkerOptions.defaults()).link(new HtmlRPageParser()
                .parse("equity.htm", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
        List<FactCell> cells = linked.lineItems().get(0).cells();
        assertEquals("us-gaap:StatementEquityComponentsAxis=us-gaap:RetainedEarningsMember",
                cells.get(0).fact().dimensions());
        assertEquals("", cells.get(1).fact().dimensions(), "the Total column is no member");
    }
}
