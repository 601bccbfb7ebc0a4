package org.xbrllinker.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.link.LineItem;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.taxonomy.Balance;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.PeriodType;
import org.xbrllinker.taxonomy.Reference;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;
import org.xbrllinker.parse.TextRendering;

/** HTML R pages as a taxonomy source: their definitions give concepts, which then link the pages' text form. */
class RPageTaxonomySourceTest {

    private static final Path MISC = Shared.data().resolve("filings/r-pages-misc");

    private static TaxonomyLoader loader() {
        List<org.xbrllinker.taxonomy.TaxonomySource> sources = new ArrayList<>(TaxonomyLoader.defaultSources());
        sources.add(new RPageTaxonomySource());
        return new TaxonomyLoader(sources);
    }

    @Test
    void anRPageGivesItsElementsWithDetailsAndReferenceParts() throws Exception {
        Taxonomy t = loader().load(List.of(Shared.data().resolve("filings/aapl-0000320193-25-000057/R4.htm")));
        Concept ar = t.concept("us-gaap:AccountsReceivableNetCurrent").orElseThrow();
        assertEquals(Balance.DEBIT, ar.balance());
        assertEquals(PeriodType.INSTANT, ar.periodType());
        assertEquals("Accounts receivable, net", ar.label("http://www.xbrl.org/2003/role/label"));
        assertTrue(ar.documentation().startsWith("Amount, after allowance for credit loss"), ar.documentation());
        Reference disclosure = ar.references().stream().filter(r -> "310".equals(r.parts().get("Topic")))
                .findFirst().orElseThrow(() -> new AssertionError(ar.references().toString()));
        assertEquals("FASB", disclosure.parts().get("Publisher"));
        assertEquals("http://www.xbrl.org/2009/role/commonPracticeRef", disclosure.role());
        assertEquals(List.of("Topic", "SubTopic", "Name", "Section", "Paragraph", "Publisher", "URI"),
                List.copyOf(disclosure.parts().keySet()));
        assertEquals("45", disclosure.parts().get("Section"));
    }

    @Test
    void aFolderOfPagesLinksTheirOwnTextFormExactly() throws Exception {
        Taxonomy t = loader().load(List.of(MISC));
        assertEquals(89, t.size(), "distinct elements defined by the four pages");
        Linker linker = new Linker(t, LinkerOptions.defaults());
        int rows = 0;
        List<String> wrong = new ArrayList<>();
        for (String page : List.of("adi_2019_R2.htm", "adsk_2019_R2.htm", "att-R3.htm", "orcl-R2.html")) {
            TextRendering.Rendered r = TextRendering.render(MISC.resolve(page));
            LinkedDisclosure linked = linker.link(new TextRPageParser().parse(page + ".txt", r.text()));
            for (LineItem li : linked.lineItems()) {
                String element = r.element(li.row().number());
                if (li.row().abstractRow() || element == null) {
                    continue;
                }
                rows++;
                String expected = element.replaceFirst("_", ":");
                if (!expected.equals(li.concept().qname())) {
                    wrong.add(page + " row " + li.row().number() + ": " + li.concept().qname() + " for " + expected);
                }
            }
        }
        assertFalse(rows == 0);
        // a page labels an element once per row, and dimensional rows repeat one element under several members:
        // the first label seen is the one kept, so a few rows sharing a label with a sibling go astray
        assertTrue(wrong.size() * 10 <= rows, wrong.toString());
    }
}
