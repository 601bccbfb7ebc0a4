package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.testing.RPages;

/**
 * Each HTML page, flattened as people copy it out of the viewer ({@link TextRendering}), reads with
 * {@link TextRPageParser} into the same rows: the same labels, the same non-empty amounts in the same order, text
 * values in the same rows, the same title, unit and scale, documentation and first reference role; and the rendering's truth names the same element for each row as the HTML parser.
 */
class HtmlTextRoundTripTest {

    /** Pages whose flattened text genuinely cannot carry what the HTML says, with the reason. */
    static final Map<String, String> CANNOT_ROUND_TRIP = Map.of(
            "R1.htm", "the cover page's values are text (\"Apple Inc.\", \"NASDAQ\", \"CA\", \"Mar. 29, 2025\", "
                    + "\"001-36743\", \"0000320193\"): flattened, they read as row labels or as malformed or "
                    + "plain amounts, and nothing in the text tells them apart",
            "att-R3.htm", "its earnings-per-share rows carry no per-share marker in their labels (\"Basic Earnings "
                    + "(Loss) Per Share from continuing operations\"): the HTML's Details name perShareItemType, so "
                    + "\"$ in Millions\" does not scale them (1.97); the flattened text keeps no data type and "
                    + "scales them by millions");

    private final HtmlRPageParser html = new HtmlRPageParser();
    private final TextRPageParser text = new TextRPageParser();

    @Test
    void allButTheListedPagesRoundTrip() {
        assertEquals(46, RPages.all().size());
        assertTrue(RPages.all().stream().map(p -> p.getFileName().toString()).toList()
                .containsAll(CANNOT_ROUND_TRIP.keySet()));
        assertEquals(2, CANNOT_ROUND_TRIP.size(), "44 of the 46 pages round-trip");
    }

    @TestFactory
    Stream<DynamicTest> everyPageRoundTrips() {
        return RPages.all().stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            String name = page.getFileName().toString();
            if (CANNOT_ROUND_TRIP.containsKey(name)) {
                assertThrows(Throwable.class, () -> roundTrip(page), name + " is listed as not round-tripping: "
                        + "it now does, take it off the list");
                return;
            }
            roundTrip(page);
        }));
    }

    private void roundTrip(Path page) throws Exception {
        String name = page.getFileName().toString();
        Disclosure fromHtml = html.parse(page);
        TextRendering.Rendered rendered = TextRendering.render(page);
        Disclosure fromText = text.parse(name + ".txt", rendered.text());

        assertEquals(fromHtml.title(), fromText.title(), "title");
        assertEquals(fromHtml.unitLine(), fromText.unitLine(), "unit line");
        assertEquals(0, fromHtml.scale().compareTo(fromText.scale()), "scale");
        assertEquals(labels(fromHtml), labels(fromText), "row labels");
        assertEquals(amounts(fromHtml), amounts(fromText), "amounts");
        assertEquals(textCells(fromHtml), textCells(fromText), "rows with text values");
        assertEquals(fromHtml.definitions().size(), fromText.definitions().size(), "definitions");
        for (int i = 0; i < fromHtml.definitions().size(); i++) {
            Definition h = fromHtml.definitions().get(i);
            Definition t = fromText.definitions().get(i);
            assertEquals(h.documentation(), t.documentation(), "documentation of " + h.elementName());
            assertEquals(h.referenceRoles().isEmpty() ? List.of() : h.referenceRoles().subList(0, 1),
                    t.referenceRoles(), "first reference role of " + h.elementName());
        }
        assertEquals(fromHtml.rows().stream().map(Row::elementName).toList(), rendered.rowElements(), "truth");
        for (Row r : fromText.rows()) {
            assertEquals(fromHtml.rows().get(r.number() - 1).elementName(), rendered.element(r.number()));
        }
    }

    private static List<String> labels(Disclosure d) {
        return d.rows().stream().map(Row::label).toList();
    }

    private static List<Integer> textCells(Disclosure d) {
        return d.rows().stream().flatMap(r -> r.cells().stream().filter(Cell::text).map(c -> r.number())).toList();
    }

    private static List<String> amounts(Disclosure d) {
        return d.rows().stream().flatMap(r -> r.cells().stream()).map(Cell::amount).filter(Objects::nonNull)
                .map(a -> a.stripTrailingZeros().toPlainString()).toList();
    }
}
