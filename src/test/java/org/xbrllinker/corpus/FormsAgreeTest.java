package org.xbrllinker.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.batch.TaxonomyCache;
import org.xbrllinker.link.Fact;
import org.xbrllinker.link.FactCell;
import org.xbrllinker.link.LineItem;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.parse.TextRendering;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.RPages;

/**
 * Both forms of a page give the same facts: on every real page, a row linked to the same element in the HTML and in
 * the flattened text reports the same values in the same periods and dimensions (signs, scales and types included).
 */
class FormsAgreeTest {

    @Test
    void rowsLinkedAlikeInBothFormsReportTheSameFacts() throws Exception {
        List<Path> pages = RPages.corpus();
        Linker html = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults());
        Linker text = new Linker(TaxonomyCache.loader().load(pages), LinkerOptions.defaults());
        TextRPageParser reader = new TextRPageParser().withLexicon(text.lexicon());
        int compared = 0;
        List<String> differ = new ArrayList<>();
        for (Path page : pages) {
            LinkedDisclosure h = html.link(new HtmlRPageParser().parse(page));
            LinkedDisclosure t = text.link(reader.parse(page.getFileName() + ".txt", TextRendering.render(page).text()));
            if (h.lineItems().size() != t.lineItems().size()) {
                continue; // the corpus test scores such pages; here rows are compared one to one
            }
            for (int i = 0; i < h.lineItems().size(); i++) {
                LineItem a = h.lineItems().get(i);
                LineItem b = t.lineItems().get(i);
                if (!a.elementId().equals(b.elementId())) {
                    continue;
                }
                compared++;
                if (!facts(a).equals(facts(b))) {
                    differ.add(RPages.name(page) + " row " + a.row().number() + " \"" + a.row().label() + "\": HTML "
                            + facts(a) + ", text " + facts(b));
                }
            }
        }
        assertTrue(compared > 1500, "rows compared: " + compared);
        assertEquals(List.of(), differ);
    }

    /** The row's facts by value, sorted (the text form may place a short row's values in other columns). */
    private static List<String> facts(LineItem li) {
        List<String> out = new ArrayList<>();
        for (FactCell c : li.cells()) {
            Fact f = c.fact();
            if (f != null && f.numeric()) {
                out.add(f.value().stripTrailingZeros().toPlainString() + " " + f.unit());
            } else if (f != null) {
                // the flattened text joins a text block's lines and cells without breaks: the characters must
                // agree, not the spacing
                out.add(f.text().replaceAll("\\s+", "") + " "
                        + f.datatype().substring(f.datatype().indexOf('#') + 1));
            }
        }
        out.sort(null);
        return out;
    }
}
