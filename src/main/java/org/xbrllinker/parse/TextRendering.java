package org.xbrllinker.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Flattens an HTML R page into the text people copy out of the SEC viewer (the form of the seed,
 * {@code seeds/000_c342e9fcd42f2d70.txt}), and keeps what the flattening loses: the element each row names.
 *
 * <p>The form, as the seed shows it:
 * <ul>
 * <li>Every non-empty cell of {@code table.report} starts a line with {@code |}, in page order: the title cell, the
 * header cells, then each row's label and values. Empty cells ({@code &#160;}, blanks, empty footnote cells) are
 * dropped. A cell whose content starts with a block ({@code <div>}: the title, the dates) has its bar on a line of its
 * own; {@code <br>} and blocks break lines; whitespace collapses as a browser shows it. Footnote markers stay where
 * the page shows them ("[1]" cells, "Label[1]").</li>
 * <li>A value cell holding a text block keeps its whole text in that one cell (its nested tables give one line per
 * row, cells separated by tabs); other nested tables (the page's footnote section) give a cell per cell.</li>
 * <li>Then each hidden definition in page order (the viewer's order by element name): {@code |X}, the section
 * headings but the last ("- Definition", "+ References", or "- References" alone), the documentation when there
 * is one, "+ Details", and the first line of the references ("Reference 1: &lt;role&gt;") or
 * "No definition available."; element names and the Details table are gone.</li>
 * </ul>
 * A line inside a cell that would start with {@code |} gets a leading space so that it does not start a cell.
 */
public final class TextRendering {

    /**
     * The flattened text and the truth it lost: {@code rowElements.get(n - 1)} is the element id the HTML names for
     * text row {@code n} ({@code us-gaap_AccountsReceivableNetCurrent}, {@code axis=member} on dimensional rows).
     */
    public record Rendered(String text, List<String> rowElements) {

        public Rendered {
            rowElements = List.copyOf(rowElements);
        }

        /** The element of text row {@code number} (1-based, as {@code Row.number()}). */
        public String element(int number) {
            return rowElements.get(number - 1);
        }
    }

    private static final Set<String> BLOCKS = Set.of("div", "p", "table", "tr", "li", "ul", "ol", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "center", "section", "article", "dl", "dt", "dd", "hr");
    private static final String NO_DEFINITION = "No definition available.";

    private TextRendering() {
    }

    public static Rendered render(Path page) throws IOException {
        return render(Files.readString(page, StandardCharsets.UTF_8));
    }

    public static Rendered render(String html) {
        Document doc = Jsoup.parse(html);
        Element table = doc.selectFirst("table.report");
        if (table == null) {
            throw new IllegalArgumentException("not an R page: no table.report");
        }
        StringBuilder out = new StringBuilder();
        List<String> elements = new ArrayList<>();
        for (Element tr : HtmlRPageParser.rowsOf(table)) {
            for (Element cell : tr.children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) {
                    continue;
                }
                boolean label = cell.hasClass("pl");
                boolean written = cell(cell, out);
                if (label && written) {
                    elements.add(HtmlRPageParser.elementName(cell));
                }
            }
        }
        for (Element definition : doc.select("table.authRefData")) {
            definition(definition, out);
        }
        return new Rendered(out.toString(), elements);
    }

    /** Writes one cell (or, for a layout cell holding a table, that table's cells); true when something was written. */
    private static boolean cell(Element cell, StringBuilder out) {
        Element nested = cell.selectFirst("table");
        if (nested != null && !cell.hasClass("text") && !cell.hasClass("pl")) {
            boolean any = false;
            for (Element tr : HtmlRPageParser.rowsOf(nested)) {
                for (Element inner : tr.children()) {
                    if (inner.nameIs("td") || inner.nameIs("th")) {
                        any |= cell(inner, out);
                    }
                }
            }
            return any;
        }
        Text text = text(cell);
        if (text.lines().isEmpty()) {
            return false;
        }
        out.append('|');
        if (text.startsWithBlock()) {
            out.append('\n');
        }
        for (int i = 0; i < text.lines().size(); i++) {
            String line = text.lines().get(i);
            if (i > 0 || text.startsWithBlock()) {
                line = line.startsWith("|") ? " " + line : line;
            }
            out.append(line).append('\n');
        }
        return true;
    }

    private static void definition(Element table, StringBuilder out) {
        List<String> headings = new ArrayList<>();
        List<String> documentation = List.of();
        String firstReference = NO_DEFINITION;
        for (Element heading : table.select("a")) {
            String name = heading.text().strip();
            Element section = heading.nextElementSibling();
            if (!name.matches("[-+] (Definition|References|Details)") || section == null) {
                continue;
            }
            if (!name.endsWith("Details")) {
                headings.add(name);
            }
            List<String> lines = text(section).lines();
            if (name.endsWith("Definition") && !lines.isEmpty() && !lines.get(0).equals(NO_DEFINITION)) {
                documentation = lines;
            } else if (name.endsWith("References") && !lines.isEmpty()) {
                firstReference = lines.get(0);
            }
        }
        out.append("|X\n");
        headings.forEach(h -> out.append(h).append('\n'));
        documentation.forEach(d -> out.append(d.startsWith("|") ? " " + d : d).append('\n'));
        out.append("+ Details\n").append(firstReference).append('\n');
    }

    private record Text(List<String> lines, boolean startsWithBlock) {
    }

    /** The lines a browser shows for an element: blocks and {@code <br>} break lines, nested cells are tab-separated. */
    private static Text text(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean[] blockFirst = {false};
        walk(root, root, lines, line, blockFirst);
        flush(line, lines);
        return new Text(lines, blockFirst[0]);
    }

    private static void walk(Node node, Element root, List<String> lines, StringBuilder line, boolean[] blockFirst) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (child instanceof Element e) {
                boolean block = BLOCKS.contains(e.normalName());
                if (e.nameIs("br")) {
                    flush(line, lines);
                    continue;
                }
                if (block) {
                    if (lines.isEmpty() && line.toString().isBlank() && !e.text().isBlank()) {
                        blockFirst[0] = true;
                    }
                    flush(line, lines);
                }
                walk(e, root, lines, line, blockFirst);
                if (block) {
                    flush(line, lines);
                } else if (e.nameIs("td") || e.nameIs("th")) {
                    line.append('\t');
                }
            }
        }
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().replace('\u00A0', ' ');
        // collapse spaces as a browser does, but keep the tabs between the cells of a nested table
        text = text.replaceAll("[ \\n\\r\\f\\x0B]+", " ").replaceAll(" *\t *", "\t").strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
