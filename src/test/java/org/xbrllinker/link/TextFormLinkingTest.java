package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;
import org.xbrllinker.parse.TextRendering;

/**
 * Apple's 42 R pages flattened to the text people copy out of the viewer (element names gone), linked with Apple's
 * MetaLinks.json and SRT 2024 as the taxonomy: the share of non-abstract rows linked to the element the HTML names.
 */
class TextFormLinkingTest {

    private static final double FLOOR = 0.95;

    @Test
    void flattenedApplePagesLinkToTheElementsTheirHtmlNames() throws Exception {
        Path apple = Shared.data().resolve("filings/aapl-0000320193-25-000057");
        Taxonomy taxonomy = new TaxonomyLoader().load(List.of(apple.resolve("MetaLinks.json"),
                Shared.data().resolve("taxonomy/srt-2024")));
        Linker linker = new Linker(taxonomy, LinkerOptions.defaults());
        int rows = 0;
        int right = 0;
        int skippedPages = 0;
        List<String> wrong = new ArrayList<>();
        for (int n = 1; n <= 42; n++) {
            Path page = apple.resolve("R" + n + ".htm");
            TextRendering.Rendered rendered = TextRendering.render(page);
            LinkedDisclosure linked;
            try {
                linked = linker.link(new TextRPageParser().parse("R" + n + ".txt", rendered.text()));
            } catch (org.xbrllinker.parse.InputException e) {
                skippedPages++;
                continue;
            }
            for (LineItem li : linked.lineItems()) {
                if (li.row().abstractRow()) {
                    continue;
                }
                String element = rendered.element(li.row().number());
                if (element == null) {
                    continue;
                }
                String expected = (element.contains("=") ? element.substring(element.indexOf('=') + 1) : element)
                        .replaceFirst("_", ":");
                rows++;
                if (expected.equals(li.concept().qname())) {
                    right++;
                } else {
                    wrong.add("R" + n + " row " + li.row().number() + " \"" + li.row().label() + "\": "
                            + li.concept().qname() + " instead of " + expected);
                }
            }
        }
        double share = rows == 0 ? 0 : (double) right / rows;
        assertTrue(share >= FLOOR, String.format("text form of Apple's 42 R pages: %d of %d non-abstract rows "
                + "(%.1f %%) linked to the element the HTML names, floor %.2f; %d page(s) not readable as text; "
                + "wrong: %s", right, rows, share * 100, FLOOR, skippedPages, wrong.stream().limit(40).toList()));
    }
}
