package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.testing.RPages;
import org.xbrllinker.testing.Shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every real HTML R page there is ({@link RPages#corpus()}) read against the truth that
 * {@code ../shared/tools/r2text.py} writes for it: the same rows in the same order, each naming the element its
 * label links, each value cell the page shows as a cell of its row (with what the page displays, the renderer's hidden
 * element names left out), and each toggle cell naming its element.
 */
class HtmlRPageCorpusTest {

    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\d+\\]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final ObjectMapper JSON = new ObjectMapper();


    @TempDir
    static Path temp;

    private final HtmlRPageParser parser = new HtmlRPageParser();

    @TestFactory
    Stream<DynamicTest> everyPageReadsAsItsTruth() {
        List<Path> pages = RPages.corpus();
        assertTrue(pages.size() >= 83, "the 83 shared pages at least, found " + pages.size());
        return pages.stream().map(page -> DynamicTest.dynamicTest(name(page), () -> check(page)));
    }

    private void check(Path page) throws Exception {
        JsonNode truth = truth(page);
        Disclosure d = parser.parse(page);
        List<Element> trs = labelledRows(page);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            if (i >= d.rows().size()) {
                wrong.add("row " + (i + 1) + ": missing");
                continue;
            }
            String problem = compare(d.rows().get(i), truth.get(i), i < trs.size() ? trs.get(i) : null);
            if (problem != null) {
                wrong.add("row " + (i + 1) + ": " + problem);
            }
        }
        assertEquals(truth.size(), d.rows().size(), "rows of " + name(page));
        if (!wrong.isEmpty()) {
            fail(name(page) + ": " + wrong.size() + " of " + truth.size() + " rows wrong, first: "
                    + String.join("; ", wrong.subList(0, Math.min(5, wrong.size()))));
        }
    }

    /** Null when the row is what the truth says, else what differs. */
    private static String compare(Row row, JsonNode truth, Element tr) {
        String element = truth.get("element").isNull() ? null : truth.get("element").asText().replaceFirst(":", "_");
        if (element == null ? row.elementName() != null : !element.equals(row.elementName())) {
            return "element " + row.elementName() + ", truth " + element;
        }
        JsonNode values = truth.get("values");
        List<Element> tds = tr == null ? List.of() : tr.children().stream()
                .filter(e -> e.nameIs("td") || e.nameIs("th")).toList();
        int matched = 0;
        for (int v = 0; v < values.size(); v++) {
            String shown = values.get(v).asText();
            if (shown.isEmpty() || FOOTNOTE.matcher(shown).replaceAll("").isBlank()) {
                continue; // no value, or a footnote-marker cell of the older renderers
            }
            int cellNumber = v + 2;
            Cell cell = row.cells().stream().filter(c -> c.location().column() == cellNumber).findFirst()
                    .orElse(null);
            if (cell == null) {
                return "cell " + cellNumber + " \"" + shown + "\" not read";
            }
            matched++;
            Element td = cellNumber - 1 < tds.size() ? tds.get(cellNumber - 1) : null;
            Element toggle = td == null ? null : td.selectFirst("a[onclick*=toggleNextSibling]");
            String named = toggle == null ? null : toggle.attr("title").replaceFirst("\\[.*$", "");
            if (toggle != null && !named.equals(cell.element())) {
                return "cell " + cellNumber + " names element " + cell.element() + ", its toggle "
                        + toggle.attr("title");
            }
            // r2text.py keeps the text of hidden spans ("250.0us-gaap_X"); the page does not show it
            String expected = normal(shown);
            if (td != null) {
                for (Element hidden : td.select("[style~=(?i)display\\s*:\\s*none]")) {
                    String h = normal(hidden.text());
                    int at = h.isEmpty() ? -1 : expected.lastIndexOf(h);
                    if (at >= 0) {
                        expected = expected.substring(0, at) + expected.substring(at + h.length());
                    }
                }
            }
            if (!expected.equals(normal(cell.displayed()))) {
                return "cell " + cellNumber + " reads \"" + cell.displayed() + "\", the page shows \"" + shown + "\"";
            }
            boolean numeric = td != null && (td.hasClass("num") || td.hasClass("nump"));
            if (numeric == cell.text()) {
                return "cell " + cellNumber + " \"" + cell.displayed() + "\" read as " + (cell.text() ? "text"
                        : "an amount");
            }
        }
        if (matched != row.cells().size()) {
            return row.cells().size() + " cells read, the page shows " + matched;
        }
        return null;
    }

    /**
     * The text without footnote markers and without whitespace: r2text.py runs the cells of a text block's tables
     * together where the parser keeps a space between them, and neither is what a person reads.
     */
    private static String normal(String text) {
        return SPACE.matcher(FOOTNOTE.matcher(text.replace('\u00A0', ' ')).replaceAll("")).replaceAll("");
    }

    /** The label rows of the page's first table.report, as r2text.py and the parser count them. */
    private static List<Element> labelledRows(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), null);
        Element table = doc.selectFirst("table.report");
        List<Element> rows = new ArrayList<>();
        for (Element tr : HtmlRPageParser.rowsOf(table)) {
            if (tr.children().stream().anyMatch(td -> td.nameIs("td") && td.hasClass("pl"))) {
                rows.add(tr);
            }
        }
        return rows;
    }

    private static JsonNode truth(Path page) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(temp, "page");
        Path text = dir.resolve("out.txt");
        Path json = dir.resolve("out.truth.json");
        Path script = Shared.data().resolveSibling("tools").resolve("r2text.py");
        Process p = new ProcessBuilder("python3", script.toString(), page.toString(), text.toString(),
                json.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "r2text.py did not finish on " + page);
        assertEquals(0, p.exitValue(), "r2text.py failed on " + page + ": " + output);
        return JSON.readTree(json.toFile());
    }

    private static String name(Path page) {
        return RPages.name(page);
    }
}
