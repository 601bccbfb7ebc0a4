package org.xbrllinker.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xbrllinker.batch.TaxonomyCache;
import org.xbrllinker.link.LineItem;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.parse.TextRendering;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.RPages;

/**
 * Every real R page ({@link RPages#corpus()}) linked in both forms and scored row by row against the truth the page
 * itself gives (the element its label link names, as {@code r2text.py} writes it): the HTML with the bundled taxonomy,
 * the text form ({@link TextRendering}) with all the corpus pages as {@code --taxonomy}. Prints a table per page and a
 * reliability table (how often a link of confidence at least c is right), writes both to
 * {@code target/corpus-report.md}, lists the text form's first wrong rows, and holds the floors.
 */
class RPageCorpusTest {

    /** Share of truth rows each form must link exactly. */
    static final double HTML_FLOOR = 1.0;
    static final double TEXT_FLOOR = 0.98;
    static final double[] THRESHOLDS = {0.5, 0.7, 0.8, 0.9, 0.95, 0.99};
    static final int WRONG_ROWS_SHOWN = 60;
    static final int HTML_WRONG_ROWS_SHOWN = 20;
    static final Path REPORT = Path.of("target", "corpus-report.md");

    private static final Pattern RENDERER = Pattern.compile(
            "<span style=\"display:\\s*none;?\">\\s*(v?\\d+(?:\\.\\w+)+)\\s*</span>");

    /** A linked row's outcome: scored against the truth, with the confidence the linker gave it. */
    record Outcome(boolean right, double confidence) {
    }

    /** A truth row the text form got wrong. */
    record Wrong(String page, int row, String label, String linked, String truth) {
    }

    /** One form of one page: how many truth rows it linked exactly, or why it was rejected. */
    record FormScore(int exact, String rejected, List<Outcome> outcomes, List<Wrong> wrong) {
    }

    record PageScore(String page, String renderer, int rows, FormScore html, FormScore text) {
    }

    @FunctionalInterface
    interface LinkStep {
        LinkedDisclosure run() throws Exception;
    }

    @Test
    void everyRealPageLinksInBothFormsAboveTheFloors() throws Exception {
        List<Path> pages = RPages.corpus();
        Linker htmlLinker = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults());
        // the text form is linked as `link --taxonomy <every corpus page>` links it: one load for the whole corpus
        Taxonomy pagesTaxonomy = TaxonomyCache.loader().load(pages);
        Linker textLinker = new Linker(pagesTaxonomy, LinkerOptions.defaults());
        HtmlRPageParser htmlParser = new HtmlRPageParser();
        // as the link step reads a text page: knowing the labels of the job's taxonomy
        TextRPageParser textParser = new TextRPageParser().withLexicon(textLinker.lexicon());

        List<PageScore> scores = new ArrayList<>();
        for (Path page : pages) {
            String name = RPages.name(page);
            String html = Files.readString(page, StandardCharsets.UTF_8);
            TextRendering.Rendered rendered = TextRendering.render(page);
            List<TextRendering.TruthRow> truth = rendered.rows();
            FormScore h = score(name, truth, () -> htmlLinker.link(htmlParser.parse(page)));
            FormScore t = score(name, truth,
                    () -> textLinker.link(textParser.parse(page.getFileName() + ".txt", rendered.text())));
            int rows = (int) truth.stream().filter(r -> r.elementId() != null).count();
            scores.add(new PageScore(name, renderer(html), rows, h, t));
        }

        String pageTable = pageTable(scores);
        String reliability = reliabilityTable(scores);
        // the tables and the rows linked wrong go to the report file, not the build's output
        String failures = failures("HTML", scores.stream().map(PageScore::html).toList(), scores, HTML_WRONG_ROWS_SHOWN)
                + failures("Text", scores.stream().map(PageScore::text).toList(), scores, WRONG_ROWS_SHOWN);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "## R-page corpus: rows linked to the element the page names\n\n" + pageTable
                + "\n## Reliability: of the rows linked with confidence ≥ c, the share linked right\n\n" + reliability
                + (failures.isEmpty() ? "" : "\n## Rows not linked to the element the page names\n\n" + failures));

        int rows = scores.stream().mapToInt(PageScore::rows).sum();
        int htmlExact = scores.stream().mapToInt(s -> s.html().exact()).sum();
        int textExact = scores.stream().mapToInt(s -> s.text().exact()).sum();
        List<String> htmlRejected = scores.stream().filter(s -> s.html().rejected() != null).map(PageScore::page)
                .toList();
        List<String> textRejected = scores.stream().filter(s -> s.text().rejected() != null).map(PageScore::page)
                .toList();
        assertTrue(rows > 0, "the corpus has truth rows");
        assertAll(
                () -> assertTrue(htmlExact >= HTML_FLOOR * rows,
                        String.format("HTML form: %d of %d rows exact (%s), floor %s", htmlExact, rows,
                                percent(htmlExact, rows), percent(HTML_FLOOR))),
                () -> assertTrue(textExact >= TEXT_FLOOR * rows,
                        String.format("text form: %d of %d rows exact (%s), floor %s", textExact, rows,
                                percent(textExact, rows), percent(TEXT_FLOOR))),
                () -> assertTrue(htmlRejected.isEmpty(), "HTML form rejects " + htmlRejected),
                () -> assertTrue(textRejected.isEmpty(), "text form rejects " + textRejected));
    }

    /** Parses and links one form of a page and scores its rows; a parse or link that throws rejects the page. */
    private static FormScore score(String page, List<TextRendering.TruthRow> truth, LinkStep step) {
        LinkedDisclosure linked;
        try {
            linked = step.run();
        } catch (Exception | StackOverflowError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new FormScore(0, message.lines().findFirst().orElse(""), List.of(), List.of());
        }
        List<LineItem> items = linked.lineItems().stream()
                .sorted(Comparator.comparingInt(li -> li.row().number())).toList();
        int[] match = RowAlignment.align(truth.stream().map(TextRendering.TruthRow::label).toList(),
                items.stream().map(li -> li.row().label()).toList());
        int exact = 0;
        List<Outcome> outcomes = new ArrayList<>();
        List<Wrong> wrong = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            TextRendering.TruthRow row = truth.get(i);
            if (row.elementId() == null) {
                continue;
            }
            LineItem li = match[i] < 0 ? null : items.get(match[i]);
            String linkedId = li == null ? null : elementId(li);
            boolean right = row.elementId().equals(linkedId);
            if (right) {
                exact++;
            } else {
                wrong.add(new Wrong(page, i + 1, row.label(), li == null ? "(no row)" : linkedId, row.elementId()));
            }
            if (li != null) {
                outcomes.add(new Outcome(right, li.confidence()));
            }
        }
        return new FormScore(exact, null, outcomes, wrong);
    }

    private static String elementId(LineItem li) {
        return li.concept() == null && li.dimension() == null ? "(no concept)" : li.elementId();
    }

    private static String renderer(String html) {
        int report = html.indexOf("class=\"report\"");
        Matcher m = RENDERER.matcher(report < 0 ? html : html.substring(0, report));
        return m.find() ? m.group(1) : "-";
    }

    static String pageTable(List<PageScore> scores) {
        StringBuilder out = new StringBuilder();
        out.append("| page | renderer | rows | HTML exact | text exact | rejected |\n");
        out.append("|---|---|--:|--:|--:|---|\n");
        for (PageScore s : scores) {
            out.append(String.format("| %s | %s | %d | %d | %d | %s |%n", s.page(), s.renderer(), s.rows(),
                    s.html().exact(), s.text().exact(), rejected(s)));
        }
        int rows = scores.stream().mapToInt(PageScore::rows).sum();
        int h = scores.stream().mapToInt(s -> s.html().exact()).sum();
        int t = scores.stream().mapToInt(s -> s.text().exact()).sum();
        long hr = scores.stream().filter(s -> s.html().rejected() != null).count();
        long tr = scores.stream().filter(s -> s.text().rejected() != null).count();
        out.append(String.format("| **all %d pages** | | **%d** | **%d (%s)** | **%d (%s)** | HTML %d, text %d |%n",
                scores.size(), rows, h, percent(h, rows), t, percent(t, rows), hr, tr));
        return out.toString();
    }

    private static String rejected(PageScore s) {
        boolean h = s.html().rejected() != null;
        boolean t = s.text().rejected() != null;
        return h && t ? "both" : h ? "HTML" : t ? "text" : "";
    }

    static String reliabilityTable(List<PageScore> scores) {
        StringBuilder out = new StringBuilder();
        out.append("| confidence ≥ | HTML rows | HTML right | text rows | text right |\n");
        out.append("|--:|--:|--:|--:|--:|\n");
        List<Outcome> html = scores.stream().flatMap(s -> s.html().outcomes().stream()).toList();
        List<Outcome> text = scores.stream().flatMap(s -> s.text().outcomes().stream()).toList();
        for (double c : THRESHOLDS) {
            out.append(String.format(Locale.ROOT, "| %.2f | %s | %s |%n", c, reliability(html, c),
                    reliability(text, c)));
        }
        return out.toString();
    }

    private static String reliability(List<Outcome> outcomes, double c) {
        List<Outcome> above = outcomes.stream().filter(o -> o.confidence() >= c).toList();
        long right = above.stream().filter(Outcome::right).count();
        return above.size() + " | " + (above.isEmpty() ? "-" : percent(right, above.size()));
    }

    /** The rejected pages of one form with their messages, then its first wrong rows of the pages it read. */
    private static String failures(String form, List<FormScore> forms, List<PageScore> scores, int shown) {
        StringBuilder out = new StringBuilder();
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).rejected() != null) {
                rejected.add(scores.get(i).page() + ": " + abbreviate(forms.get(i).rejected(), 200));
            }
        }
        if (!rejected.isEmpty()) {
            out.append(form).append(" form: rejected pages (").append(rejected.size()).append(")\n");
            rejected.forEach(r -> out.append("  ").append(r).append('\n'));
        }
        List<Wrong> wrong = forms.stream().flatMap(f -> f.wrong().stream()).toList();
        if (wrong.isEmpty()) {
            return out.toString();
        }
        // a member row linked to its member alone (no axis) is a miss of its own kind: say how many there are
        long memberOnly = wrong.stream().filter(w -> w.truth().contains("=")
                && w.truth().substring(w.truth().indexOf('=') + 1).equals(w.linked())).count();
        out.append(String.format("%s form: %d wrong rows on the pages read (%d of them member rows linked to the member "
                + "without its axis); the first %d: page, row, label, linked, truth%n", form, wrong.size(),
                memberOnly, Math.min(shown, wrong.size())));
        wrong.stream().limit(shown).forEach(w -> out.append(String.format("  %s row %d \"%s\": %s, not %s%n",
                w.page(), w.row(), abbreviate(w.label(), 60), w.linked(), w.truth())));
        return out.toString();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : percent((double) part / whole);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
