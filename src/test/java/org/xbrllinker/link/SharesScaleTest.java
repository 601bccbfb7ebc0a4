package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.parse.TextRendering;
import org.xbrllinker.pipeline.RPageTaxonomySource;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyLoader;

/**
 * Per-share and shares rows whose labels name no unit (older renderers: "Basic" under "Earnings per share:") are
 * scaled by their page's statement about shares, not about money: the text form, which has no data types, reads
 * them as money, and the linker scales them again once it knows their concept.
 */
class SharesScaleTest {

    private static final Path PAGES = Path.of("src/test/resources/r-pages");

    private static List<String> facts(LinkedDisclosure linked) {
        List<String> out = new ArrayList<>();
        for (LineItem li : linked.lineItems()) {
            String type = li.concept().type() == null ? "" : li.concept().type();
            if (type.endsWith("perShareItemType") || type.endsWith("sharesItemType")) {
                li.cells().stream().filter(c -> c.fact() != null && c.fact().numeric())
                        .forEach(c -> out.add(li.row().number() + " " + c.fact().value().stripTrailingZeros()
                                .toPlainString()));
            }
        }
        return out;
    }

    @Test
    void theTextFormsPerShareAndSharesFactsAreTheHtmlFormsOnOldRendererPages() throws Exception {
        for (String name : List.of("microsoft-2011/R2.htm", "apple-2015/R2.htm", "apple-2015/R1.htm")) {
            Path page = PAGES.resolve(name);
            Taxonomy taxonomy = new TaxonomyLoader(List.of(new RPageTaxonomySource())).load(List.of(page));
            LinkedDisclosure html = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults())
                    .link(new HtmlRPageParser().parse(page));
            Linker linker = new Linker(taxonomy, LinkerOptions.defaults());
            LinkedDisclosure text = linker.link(new TextRPageParser().withLexicon(linker.lexicon())
                    .parse(page.getFileName() + ".txt", TextRendering.render(page).text()));
            assertFalse(facts(html).isEmpty(), name);
            assertEquals(facts(html), facts(text), name);
        }
        // Microsoft's basic earnings per share for fiscal 2011, "$ in Millions" on the page: 2.73, not 2,730,000
        Path msft = PAGES.resolve("microsoft-2011/R2.htm");
        Linker linker = new Linker(new TaxonomyLoader(List.of(new RPageTaxonomySource())).load(List.of(msft)),
                LinkerOptions.defaults());
        LinkedDisclosure text = linker.link(new TextRPageParser().withLexicon(linker.lexicon())
                .parse("R2.txt", TextRendering.render(msft).text()));
        BigDecimal basic = text.lineItems().stream()
                .filter(li -> li.concept().qname().equals("us-gaap:EarningsPerShareBasic"))
                .flatMap(li -> li.cells().stream()).map(c -> c.fact().value()).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("2.73").compareTo(basic), basic.toPlainString());
    }
}
