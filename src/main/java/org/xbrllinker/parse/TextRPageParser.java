package org.xbrllinker.parse;

import static org.xbrllinker.parse.RPageText.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the flattened text of an EDGAR R page (what people copy out of the SEC viewer) into a {@link Disclosure}.
 *
 * <p>The form: every table cell starts a line with {@code |} and may continue on the following lines; empty cells are
 * gone; element names are gone. The first cell is the title ("X (Details) - USD ($)", optionally followed by a scale
 * such as "$ in Thousands" on the same or the next line, or in a cell of its own). Then the column headers: group cells
 * ("12 Months Ended") and date cells ("Dec. 31, 2021", possibly followed by unit or member lines), or, on a page whose
 * columns are members only, member cells copied like the dates with "|" alone on its line ("|", "Total"). Then the
 * rows: a
 * label cell followed by its value cells. From the first {@code |X} cell on, the hidden definitions:
 * {@code - Definition} (may be absent), {@code + References}/{@code - References}, the documentation (may be absent),
 * {@code + Details}, then the reference line(s) or "No definition available." (meaning: no references).
 *
 * <p>Rules this reader applies, because the flattening lost the information:
 * <ul>
 * <li><b>Dates and groups.</b> Dates that come before any group cell are instant columns (months null). When each group
 * cell is directly followed by its own dates, those dates belong to it. When all group cells come first and several
 * groups share the dates that follow: if the dates split into exactly as many runs of non-increasing dates as there are
 * groups (the renderer lists each group's dates most recent first), each run is one group; otherwise the dates are
 * dealt out in order as evenly as possible, the earlier groups taking one extra date each while the remainder
 * lasts.</li>
 * <li><b>Columns of values.</b> A row with as many values as columns maps value i to column i. A row with fewer values
 * lost its empty cells: its values go to the leftmost columns (the most recent periods) and are marked
 * {@code columnInferred}. More values than columns is an error.</li>
 * <li><b>Labels and values.</b> A cell is a value when it is blank, a dash ("—", "–", "-"), or starts like an amount (a
 * currency sign, a digit, "-" or "." followed by a digit, or "(" followed by a digit, currency sign, "-", "." or ")");
 * such a cell that is not a well-formed amount is an error. Before that, while the row has room for a value, a text
 * value the flattening left recognisable is a text cell ({@link Cell#text()}): a cell of several lines or with its text
 * below its bar (a text block), "true"/"false", a duration ("1 year", "2 years 8 months 12 days"), a form type
 * ("10-Q"), or one line of at least 200 characters ending with a full stop (prose, which labels are not); other text
 * values ("Apple Inc.", "NASDAQ") cannot be told from labels. Every other cell starts a new row. Footnote markers ("[1]")
 * are removed from labels and values; a cell holding only markers is dropped; a trailing run of marker-then-text cells
 * (the page's footnote section) is not a row.</li>
 * <li><b>Amounts.</b> Parentheses or a leading minus mean displayed negative (the amount is negative). The page scale
 * is applied ("$ in Millions": amount × 10⁶, decimals = displayed decimals − 6). Rows the renderer marks "(in shares)"
 * or "| shares" take the "shares in …" scale, rows marked "(in … per share)" or "| $ / shares" the "$ / shares in …"
 * scale (units when the title names none). Percentages are not scaled: "12.5%" gives 0.125 with decimals 3 (the value
 * of the pure fact). Nil cells have a null amount and decimals 0.</li>
 * <li><b>Rows.</b> A row is abstract when its label ends with "[Abstract]", "[Roll Forward]", "[Table]", "[Axis]",
 * "[Line Items]", "[Member]" or "[Domain]", or when it has no value cell. Rows are numbered 1.. in page order, abstract
 * rows included; columns 0..; definitions 1.. in page order. Locations are the line of the cell's text (the {@code |X}
 * line for a definition).</li>
 * </ul>
 * Bounded memory: a line or a cell longer than {@value #MAX_LINE_BYTES} bytes, a file longer than
 * {@value #MAX_FILE_BYTES} bytes, more than {@value #MAX_CELLS} cells or more than {@value #MAX_COLUMNS} columns is
 * rejected while reading. Every error is an
 * {@link InputException} naming the file and the line. Instances hold only their limits and may be shared between
 * threads.
 */
public final class TextRPageParser {

    /** Longest line accepted, in bytes (characters when reading from a {@link Reader}). */
    public static final int MAX_LINE_BYTES = 1 << 20;
    /** Longest file accepted, in bytes (characters when reading from a {@link Reader}). */
    public static final long MAX_FILE_BYTES = 50L << 20;

    /** Most cells accepted; real pages have a few thousand at most. */
    static final int MAX_CELLS = 200_000;
    /** Most columns accepted (as for the HTML form); real pages have a few dozen at most. */
    public static final int MAX_COLUMNS = 10_000;

    /** A cell that starts with a footnote marker and goes on: the page's footnotes below the table. */
    private static final Pattern FOOTNOTE_SECTION = Pattern.compile("^\\[\\d+\\]\\s*[^\\s\\[]");
    /** A section caption of a hidden definition: an open ("-") or closed ("+") toggle. */
    private static final Pattern CAPTION = Pattern.compile("^([-+]) (Definition|References|Details)$");
    /** A field of the Details table, with its value on the same line or on the next one. */
    private static final Pattern DETAIL_FIELD = Pattern.compile(
            "^(Name|Namespace Prefix|Data Type|Balance Type|Period Type):\\s*(.*)$");

    private final int maxLineBytes;
    private final long maxFileBytes;
    private final LabelLexicon lexicon;

    public TextRPageParser() {
        this(MAX_LINE_BYTES, MAX_FILE_BYTES, LabelLexicon.NONE);
    }

    /** With other limits, so that tests can reach them without megabytes of input. */
    TextRPageParser(int maxLineBytes, long maxFileBytes) {
        this(maxLineBytes, maxFileBytes, LabelLexicon.NONE);
    }

    private TextRPageParser(int maxLineBytes, long maxFileBytes, LabelLexicon lexicon) {
        if (maxLineBytes < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxLineBytes = maxLineBytes;
        this.maxFileBytes = maxFileBytes;
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /**
     * This reader, knowing the labels of a taxonomy: a cell that is a known label starts a row rather than being a
     * text value of the row before (see {@link TextRows}).
     */
    public TextRPageParser withLexicon(LabelLexicon lexicon) {
        return new TextRPageParser(maxLineBytes, maxFileBytes, lexicon);
    }

    /** Parses a file (UTF-8); locations name the file by its file name. */
    public Disclosure parse(Path file) throws InputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return parse(name, in);
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(name, 0), "cannot read the file: " + e, e);
        }
    }

    /** Parses UTF-8 bytes; invalid UTF-8 or NUL bytes are rejected as binary content. */
    public Disclosure parse(String sourceName, InputStream in) throws InputException {
        return parse(sourceName, new Utf8Lines(sourceName, in, maxLineBytes, maxFileBytes));
    }

    /** Parses already decoded text; the limits count characters. */
    public Disclosure parse(String sourceName, Reader text) throws InputException {
        return parse(sourceName, new CharLines(sourceName, text, maxLineBytes, maxFileBytes));
    }

    /** Parses text held in memory (tests, small pages). */
    public Disclosure parse(String sourceName, String text) throws InputException {
        return parse(sourceName, new StringReader(text));
    }

    private Disclosure parse(String source, LineSource lines) throws InputException {
        Cells cells = new Cells(source, lines, maxLineBytes);
        RawCell cell = cells.next();
        while (cell != null && cell.isBlank()) {
            cell = cells.next();
        }
        if (cell == null) {
            throw new InputException(SourceLocation.of(source, Math.max(1, lines.lineNumber())),
                    "empty file: expected an R page title");
        }

        // title, unit and scale
        String titleText = cell.text();
        if (isDefinitionStart(cell) || GROUP.matcher(titleText).matches() || DATE_LIKE.matcher(titleText).find()
                || SCALE_ONLY.matcher(titleText).matches()) {
            throw cell.error(source, "expected an R page title, found \"" + titleText + "\"");
        }
        Title title = Title.parse(titleText);
        if (title.title().isEmpty()) {
            throw cell.error(source, "expected an R page title, found \"" + titleText + "\"");
        }
        cell = cells.next();
        if (cell != null && title.scales().isEmpty() && SCALE_ONLY.matcher(cell.text()).matches()) {
            title = title.withScales(Scales.parse(cell.text()));
            cell = cells.next();
        }
        Scales scales = new Scales(title.scales());

        // column headers
        List<HeaderCell> header = new ArrayList<>();
        boolean anyColumn = false;
        int columnCount = 0;
        Set<String> columnUnits = new HashSet<>();
        for (; cell != null; cell = cells.next()) {
            String text = cell.text();
            if (text.isEmpty() || FOOTNOTES_ONLY.matcher(text).matches()) {
                continue;
            }
            Matcher group = GROUP.matcher(text);
            if (group.matches()) {
                header.add(new HeaderCell(text, Integer.parseInt(group.group(1)), null));
                continue;
            }
            String first = cell.contentLines().get(0);
            Matcher date = DATE_LIKE.matcher(first);
            if (date.find()) {
                header.add(new HeaderCell(stripFootnotes(text), null, parseDate(source, cell, date)));
                for (String line : cell.contentLines().subList(1, cell.contentLines().size())) {
                    columnUnits.add(stripFootnotes(line));
                }
            } else if (cell.startsBelowItsBar() && header.stream().noneMatch(h -> h.date() != null)) {
                // a member column of a dimensional page ("Total", "Retained earnings"): a block cell like the dates
                header.add(new HeaderCell(stripFootnotes(text), null, null));
            } else {
                break;
            }
            anyColumn = true;
            if (++columnCount > MAX_COLUMNS) {
                throw cell.error(source, "more than " + MAX_COLUMNS + " columns in the header: too large for an R page");
            }
        }
        if (!anyColumn) {
            int line = cell != null ? cell.textLine() : Math.max(1, lines.lineNumber());
            throw new InputException(SourceLocation.of(source, line),
                    "expected a column header (a date such as \"Dec. 31, 2021\")");
        }
        List<ColumnHeader> columns = columns(header);
        scales = scales.withColumnUnits(columnUnits);

        // rows: the cells up to the definitions, split into labels and values (see TextRows)
        List<RawCell> rowCells = new ArrayList<>();
        List<TextRows.In> inputs = new ArrayList<>();
        boolean afterMarker = false;
        boolean footnoteSection = false;
        for (; cell != null && !isDefinitionStart(cell); cell = cells.next()) {
            String text = cell.text();
            if (footnoteSection || text.isEmpty()) {
                continue;
            }
            if (FOOTNOTES_ONLY.matcher(text).matches()) {
                afterMarker = true;
                continue;
            }
            if (!inputs.isEmpty() && FOOTNOTE_SECTION.matcher(text).find()) {
                // the page's footnotes below the table ("[1] Previously labeled as ..."): no row
                footnoteSection = true;
                continue;
            }
            String shown = stripFootnotes(text);
            if (shown.isEmpty()) {
                continue;
            }
            rowCells.add(cell);
            inputs.add(new TextRows.In(shown, cell.contentLines(), cell.startsBelowItsBar(), afterMarker));
            afterMarker = false;
        }
        // the footnotes below the table copied a cell each: "[1]", its text, "[2]", ...
        while (inputs.size() > 1 && inputs.get(inputs.size() - 1).afterMarker()
                && TextRows.kind(inputs.get(inputs.size() - 1)) != TextRows.Kind.AMOUNT) {
            inputs.remove(inputs.size() - 1);
            rowCells.remove(rowCells.size() - 1);
        }
        // the hidden definitions, read before the rows are split (they count the page's elements); a fault in them
        // is reported after any in the rows, which come first in the file
        RawCell definitionsStart = cell;
        List<Definition> definitions = new ArrayList<>();
        InputException definitionFault = null;
        for (; cell != null; cell = cells.next()) {
            if (cell.isBlank()) {
                continue;
            }
            try {
                if (!isDefinitionStart(cell)) {
                    throw cell.error(source, "expected \"|X\" to start a definition, found \"" + cell.text() + "\"");
                }
                definitions.add(definition(source, cell, definitions.size() + 1));
            } catch (InputException e) {
                definitionFault = e;
                break;
            }
        }
        List<TextRows.Span> spans;
        try {
            int elements = (int) definitions.stream()
                    .filter(d -> d.elementName() == null || !d.elementName().contains("=")).count();
            spans = TextRows.segment(inputs, columns.size(), lexicon, definitionFault == null ? elements : 0);
        } catch (TextRows.Refusal r) {
            throw rowCells.get(r.index).error(source, r.getMessage());
        }
        List<RowBuilder> rows = new ArrayList<>();
        for (TextRows.Span span : spans) {
            RawCell labelCell = rowCells.get(span.label());
            TextRows.In label = inputs.get(span.label());
            RowBuilder row = new RowBuilder(label.shown(), SourceLocation.of(source, labelCell.textLine()),
                    label.afterMarker(), scales.exponentFor(label.shown()));
            for (int v : span.values()) {
                row.values.add(value(source, rowCells.get(v), inputs.get(v), row));
            }
            rows.add(row);
        }
        // the footnote section at the end of the table ("[1]" then its text) reads like rows without values
        while (!rows.isEmpty() && rows.get(rows.size() - 1).footnoteCandidate
                && rows.get(rows.size() - 1).values.isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        if (rows.isEmpty()) {
            // a page is its rows: without one there is nothing to link, and the file is cut short or not an R page
            throw definitionsStart != null ? definitionsStart.error(source, "expected a row label after the column headers, found the "
                    + "definitions (\"|X\")")
                    : new InputException(SourceLocation.of(source, Math.max(1, lines.lineNumber())),
                    "expected a row label after the column headers, found the end of the file");
        }
        List<Row> built = new ArrayList<>(rows.size());
        for (RowBuilder row : rows) {
            built.add(row.build(built.size() + 1, columns.size()));
        }
        if (definitionFault != null) {
            throw definitionFault;
        }

        String unit = title.unit() != null ? title.unit() : Title.currencyOfColumns(columnUnits);
        return new Disclosure(source, title.title(), title.unitLine(), unit,
                BigDecimal.ONE.movePointRight(scales.pageExponent()), columns, built, definitions, scales.statements());
    }

    private static LocalDate parseDate(String source, RawCell cell, Matcher date) throws InputException {
        try {
            return RPageText.date(date);
        } catch (DateTimeParseException e) {
            throw cell.error(source, "impossible date \"" + date.group() + "\" in the column header");
        }
    }

    /** Assigns the header's dates to its groups (see the class comment) and numbers the columns 0... */
    static List<ColumnHeader> columns(List<HeaderCell> header) {
        int groups = 0;
        boolean interleaved = false;
        boolean dateSinceGroup = false;
        for (HeaderCell h : header) {
            if (h.isGroup()) {
                groups++;
                interleaved |= dateSinceGroup;
                dateSinceGroup = false;
            } else if (groups > 0) {
                dateSinceGroup = true;
            }
        }
        List<HeaderCell> groupCells = header.stream().filter(HeaderCell::isGroup).toList();
        List<HeaderCell> dates = header.stream().filter(h -> !h.isGroup()).toList();
        HeaderCell[] owner = new HeaderCell[dates.size()];
        List<Integer> grouped = new ArrayList<>();
        int seenGroups = 0;
        int d = 0;
        for (HeaderCell h : header) {
            if (h.isGroup()) {
                seenGroups++;
            } else {
                if (seenGroups > 0) {
                    owner[d] = groupCells.get(seenGroups - 1);
                    grouped.add(d);
                }
                d++;
            }
        }
        if (groups > 1 && !interleaved && !grouped.isEmpty()) {
            int[] sizes = runSizes(grouped.stream().map(i -> dates.get(i).date()).toList(), groups);
            int k = 0;
            for (int g = 0; g < groups; g++) {
                for (int j = 0; j < sizes[g]; j++) {
                    owner[grouped.get(k++)] = groupCells.get(g);
                }
            }
        }
        List<ColumnHeader> columns = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            HeaderCell g = owner[i];
            HeaderCell h = dates.get(i);
            columns.add(new ColumnHeader(i, g == null ? null : g.text(), g == null ? null : g.months(), h.date(),
                    h.text(), h.date() == null ? h.text() : null));
        }
        return columns;
    }

    /** How many of the dates each of {@code groups} groups takes: the runs of non-increasing dates, or an even deal. */
    static int[] runSizes(List<LocalDate> dates, int groups) {
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < dates.size(); i++) {
            if (i > 0 && dates.get(i) != null && dates.get(i - 1) != null && dates.get(i).isAfter(dates.get(i - 1))) {
                runs.add(run);
                run = 0;
            }
            run++;
        }
        runs.add(run);
        int[] sizes = new int[groups];
        if (runs.size() == groups) {
            for (int g = 0; g < groups; g++) {
                sizes[g] = runs.get(g);
            }
        } else {
            for (int g = 0; g < groups; g++) {
                sizes[g] = dates.size() / groups + (g < dates.size() % groups ? 1 : 0);
            }
        }
        return sizes;
    }

    /**
     * One hidden definition as the viewer's copy shows it: "|X", then the captions of its sections ("- Definition",
     * "+ References", "+ Details", each present or not, open "-" or closed "+") and the text the copy keeps, which
     * follows the toggles, not the sections: with three captions, the first section's text after the second caption
     * and the first line of the second section's text after the third; with two, the first section's text after both;
     * with one, its text after it. The viewer always has a Details section; References hold "Reference N: role" lines
     * with their parts ("-Topic 310"), or "No definition available."; Details hold "Name:" (the element id, for a
     * dimension member {@code axis=member}), "Namespace Prefix:", "Data Type:", "Balance Type:" and "Period Type:",
     * each followed by its value when it has one.
     */
    private static Definition definition(String source, RawCell cell, int index) throws InputException {
        List<String> lines = cell.lines();
        List<String> captions = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        List<List<Integer>> numbers = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String raw = normalize(lines.get(i)).stripTrailing();
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (CAPTION.matcher(line).matches()) {
                captions.add(line);
                texts.add(new ArrayList<>());
                numbers.add(new ArrayList<>());
            } else if (captions.isEmpty()) {
                throw new InputException(SourceLocation.of(source, cell.line() + i), "expected a section caption "
                        + "(\"- Definition\", \"+ References\" or \"- Details\") after \"|X\", found \"" + line + "\"");
            } else {
                texts.get(texts.size() - 1).add(raw);
                numbers.get(numbers.size() - 1).add(cell.line() + i);
            }
        }
        if (captions.stream().noneMatch(c -> c.endsWith("Details"))) {
            throw new InputException(SourceLocation.of(source, cell.lastLine()),
                    "truncated definition block: expected \"+ Details\"");
        }
        if (captions.size() > 3) {
            throw new InputException(SourceLocation.of(source, cell.line()), "expected at most three sections "
                    + "(Definition, References, Details) in a definition, found " + captions.size());
        }
        // which section the kept text belongs to: the copy writes the texts after the toggles
        java.util.Map<String, List<String>> sections = new java.util.HashMap<>();
        java.util.Map<String, List<Integer>> at = new java.util.HashMap<>();
        int n = captions.size();
        // the viewer's copy keeps nothing between the first two captions; a copy that does shows each section's
        // text below its own caption
        boolean ownText = n > 1 && !texts.get(0).isEmpty();
        for (int c = 0; c < n; c++) {
            int owner = ownText ? c : n == 3 && c == 2 ? 1 : 0;
            String name = captions.get(owner).substring(2);
            List<String> text = texts.get(c);
            if (name.equals("Details") && !text.isEmpty() && isReferenceText(text.get(0).strip())) {
                // a copy that shows a closed Details toggle followed by the references' first line
                if (sections.containsKey("References")) {
                    continue;
                }
                name = "References";
            }
            boolean references = name.equals("References");
            List<String> stripped = new ArrayList<>();
            text.forEach(t -> stripped.add(references ? t : t.strip()));
            sections.computeIfAbsent(name, k -> new ArrayList<>()).addAll(stripped);
            at.computeIfAbsent(name, k -> new ArrayList<>()).addAll(numbers.get(c));
        }

        String documentation = null;
        if (sections.containsKey("Definition")) {
            String doc = String.join("\n", sections.get("Definition"));
            documentation = doc.isEmpty() || doc.equals(NO_DEFINITION) ? null : doc;
        }
        List<String> referenceLines = new ArrayList<>();
        List<org.xbrllinker.taxonomy.Reference> references = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        boolean referencesShown = captions.stream().anyMatch(c -> c.endsWith("References"))
                || sections.containsKey("References");
        if (referencesShown) {
            List<String> refs = sections.getOrDefault("References", List.of());
            if (refs.isEmpty()) {
                throw new InputException(SourceLocation.of(source, cell.lastLine()),
                        "truncated definition block: expected \"Reference 1: <role URI>\" or \"" + NO_DEFINITION
                                + "\" after \"+ Details\"");
            }
            String first = refs.get(0).strip();
            if (first.equals(NO_DEFINITION)) {
                if (refs.size() > 1) {
                    throw new InputException(SourceLocation.of(source, at.get("References").get(1)),
                            "unexpected text after \"" + NO_DEFINITION + "\": \"" + refs.get(1).strip() + "\"");
                }
            } else if (REFERENCE.matcher(first).find()) {
                referenceLines.addAll(refs);
                RPageText.references(refs.stream().map(String::strip).toList(), references, roles);
            } else {
                throw new InputException(SourceLocation.of(source, at.get("References").get(0)),
                        "expected \"Reference 1: <role URI>\" or \"" + NO_DEFINITION + "\" after \"+ Details\", found \""
                                + first + "\"");
            }
        }
        java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
        if (sections.containsKey("Details")) {
            details = details(source, sections.get("Details"), at.get("Details"), cell);
        }
        String element = details.get("Name");
        if (element != null && element.isEmpty()) {
            element = null;
        }
        return new Definition(index, element, documentation, roles, referenceLines, references, details,
                SourceLocation.of(source, cell.line()));
    }

    private static boolean isReferenceText(String line) {
        return line.equals(NO_DEFINITION) || REFERENCE.matcher(line).find();
    }

    /** The fields of a Details table as the copy shows them: "Name:" then the value, on its line or the next. */
    private static java.util.Map<String, String> details(String source, List<String> lines, List<Integer> numbers,
                                                          RawCell cell) throws InputException {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (lines.isEmpty()) {
            throw new InputException(SourceLocation.of(source, cell.lastLine()),
                    "truncated definition block: expected \"Name:\" after \"- Details\"");
        }
        String field = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = DETAIL_FIELD.matcher(line);
            if (m.matches()) {
                field = m.group(1);
                out.put(field, m.group(2).strip());
            } else if (field != null && out.get(field).isEmpty()) {
                out.put(field, line);
            } else {
                throw new InputException(SourceLocation.of(source, numbers.get(i)), "expected a Details field (\"Name:\", "
                        + "\"Namespace Prefix:\", \"Data Type:\", \"Balance Type:\" or \"Period Type:\"), found \"" + line + "\"");
            }
        }
        return out;
    }

    /** A value cell of a row: an amount (with the element a renderer toggle names, if any) or a text value. */
    private static Value value(String source, RawCell cell, TextRows.In in, RowBuilder row) throws InputException {
        SourceLocation at = SourceLocation.of(source, cell.textLine());
        TextRows.Kind kind = TextRows.kind(in);
        if (kind == TextRows.Kind.AMOUNT || kind == TextRows.Kind.YEAR) {
            TextRows.ToggleValue toggle = TextRows.ToggleValue.of(in.shown());
            String shown = toggle != null ? toggle.displayed() : in.shown();
            Amount amount = Amount.parse(shown, row.exponent);
            if (amount == null) {
                throw new InputException(at, "expected an amount after \"" + row.label + "\", found \"" + shown + "\"");
            }
            return new Value(shown, amount, false, at, toggle != null ? toggle.element() : null);
        }
        String displayed = in.lines().size() > 1 ? String.join("\n", in.lines()) : in.shown();
        return new Value(displayed, new Amount(null, false, 0), true, at, null);
    }

    private static boolean isDefinitionStart(RawCell cell) {
        return cell.hasBar() && normalize(cell.lines().get(0)).strip().equals("X");
    }

    /** A header cell: a group ("12 Months Ended", months set) or a date. */
    record HeaderCell(String text, Integer months, LocalDate date) {

        boolean isGroup() {
            return months != null;
        }
    }

    private record Value(String displayed, Amount amount, boolean text, SourceLocation location, String element) {
    }

    private static final class RowBuilder {
        final String label;
        final SourceLocation location;
        final boolean footnoteCandidate;
        final int exponent;
        final List<Value> values = new ArrayList<>();

        RowBuilder(String label, SourceLocation location, boolean footnoteCandidate, int exponent) {
            this.label = label;
            this.location = location;
            this.footnoteCandidate = footnoteCandidate;
            this.exponent = exponent;
        }

        Row build(int number, int columnCount) {
            boolean inferred = values.size() < columnCount;
            List<Cell> cells = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                Value v = values.get(i);
                cells.add(new Cell(i, v.displayed(), v.amount().amount(), v.amount().negative(), v.amount().decimals(),
                        inferred, v.text(), v.location(), v.element()));
            }
            boolean structural = isStructural(label);
            return new Row(number, label, structural || values.isEmpty(), cells, null, location);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A cell of the flattened text: the text after its {@code |} and the lines that continue it. */
    private record RawCell(int line, boolean hasBar, List<String> lines) {

        List<String> contentLines() {
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                String s = normalize(l).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        }

        String text() {
            return String.join(" ", contentLines());
        }

        /** True for "|" alone on its line with the text below it: how a cell starting with a block is copied. */
        boolean startsBelowItsBar() {
            return hasBar && normalize(lines.get(0)).isBlank() && !isBlank();
        }

        boolean isBlank() {
            return contentLines().isEmpty();
        }

        /** The line where the cell's text is (a cell may start with a bare "|" and continue below). */
        int textLine() {
            for (int i = 0; i < lines.size(); i++) {
                if (!normalize(lines.get(i)).isBlank()) {
                    return line + i;
                }
            }
            return line;
        }

        int lastLine() {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!normalize(lines.get(i)).isBlank()) {
                    return line + i;
                }
            }
            return line;
        }

        InputException error(String source, String problem) {
            return new InputException(SourceLocation.of(source, textLine()), problem);
        }
    }

    /**
     * Groups lines into cells: a cell starts at a line beginning with {@code |} (or at the first line). Cells are
     * limited in size (a line counts its characters plus one) and in number, so that what the parser keeps stays
     * bounded even for input made of tiny or empty lines.
     */
    private static final class Cells {
        private final String source;
        private final LineSource lines;
        private final long maxCell;
        private String pending;
        private int pendingNumber;
        private boolean started;
        private int count;

        Cells(String source, LineSource lines, long maxCell) {
            this.source = source;
            this.lines = lines;
            this.maxCell = maxCell;
        }

        RawCell next() throws InputException {
            if (!started) {
                started = true;
                pending = lines.next();
                pendingNumber = lines.lineNumber();
            }
            if (pending == null) {
                return null;
            }
            if (++count > MAX_CELLS) {
                throw new InputException(SourceLocation.of(source, pendingNumber),
                        "more than " + MAX_CELLS + " cells: too large for an R page");
            }
            int start = pendingNumber;
            boolean bar = pending.startsWith("|");
            List<String> cellLines = new ArrayList<>();
            cellLines.add(bar ? pending.substring(1) : pending);
            long size = pending.length() + 1L;
            while ((pending = lines.next()) != null && !pending.startsWith("|")) {
                size += pending.length() + 1L;
                if (size > maxCell) {
                    throw new InputException(SourceLocation.of(source, lines.lineNumber()),
                            "cell longer than the limit of " + maxCell + " characters");
                }
                cellLines.add(pending);
            }
            pendingNumber = lines.lineNumber();
            return new RawCell(start, bar, cellLines);
        }
    }

    private interface LineSource {
        /** The next line without its terminator, or null at the end. */
        String next() throws InputException;

        /** The number of the line last returned (0 before the first). */
        int lineNumber();
    }

    /** Lines of UTF-8 bytes, read in chunks; rejects NUL bytes, invalid UTF-8 and input over the limits. */
    private static final class Utf8Lines implements LineSource {
        private final String source;
        private final InputStream in;
        private final int maxLine;
        private final long maxFile;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] chunk = new byte[1 << 16];
        private int position;
        private int limit;
        private byte[] line = new byte[256];
        private long total;
        private int number;
        private boolean eof;

        Utf8Lines(String source, InputStream in, int maxLine, long maxFile) {
            this.source = source;
            this.in = Objects.requireNonNull(in);
            this.maxLine = maxLine;
            this.maxFile = maxFile;
        }

        @Override
        public String next() throws InputException {
            if (eof) {
                return null;
            }
            int length = 0;
            boolean any = false;
            while (true) {
                if (position == limit && !fill()) {
                    eof = true;
                    break;
                }
                byte b = chunk[position++];
                any = true;
                if (++total > maxFile) {
                    throw new InputException(SourceLocation.of(source, number + 1),
                            "file longer than the limit of " + maxFile + " bytes");
                }
                if (b == '\n') {
                    break;
                }
                if (b == 0) {
                    throw binary(number + 1);
                }
                if (length == maxLine) {
                    throw new InputException(SourceLocation.of(source, number + 1),
                            "line longer than the limit of " + maxLine + " bytes");
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLine, 2L * length));
                }
                line[length++] = b;
            }
            if (!any) {
                return null;
            }
            number++;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
            } catch (CharacterCodingException e) {
                throw binary(number);
            }
            return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        private boolean fill() throws InputException {
            try {
                int n;
                do {
                    n = in.read(chunk);
                } while (n == 0);
                position = 0;
                limit = Math.max(n, 0);
                return n > 0;
            } catch (IOException e) {
                throw new InputException(SourceLocation.of(source, number + 1), "cannot read: " + e, e);
            }
        }

        private InputException binary(int lineNumber) {
            return new InputException(SourceLocation.of(source, lineNumber), "not a text R page: binary content");
        }

        @Override
        public int lineNumber() {
            return number;
        }
    }

    /** Lines of decoded text; the limits count characters; NUL characters mean binary content. */
    private static final class CharLines implements LineSource {
        private final String source;
        private final Reader in;
        private final int maxLine;
        private final long maxFile;
        private final char[] chunk = new char[1 << 14];
        private int position;
        private int limit;
        private final StringBuilder line = new StringBuilder();
        private long total;
        private int number;
        private boolean eof;

        CharLines(String source, Reader in, int maxLine, long maxFile) {
            this.source = source;
            this.in = Objects.requireNonNull(in);
            this.maxLine = maxLine;
            this.maxFile = maxFile;
        }

        @Override
        public String next() throws InputException {
            if (eof) {
                return null;
            }
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (position == limit && !fill()) {
                    eof = true;
                    break;
                }
                char c = chunk[position++];
                any = true;
                if (++total > maxFile) {
                    throw new InputException(SourceLocation.of(source, number + 1),
                            "file longer than the limit of " + maxFile + " characters");
                }
                if (c == '\n') {
                    break;
                }
                if (c == 0) {
                    throw new InputException(SourceLocation.of(source, number + 1),
                            "not a text R page: binary content");
                }
                if (line.length() == maxLine) {
                    throw new InputException(SourceLocation.of(source, number + 1),
                            "line longer than the limit of " + maxLine + " characters");
                }
                line.append(c);
            }
            if (!any) {
                return null;
            }
            number++;
            int length = line.length();
            if (length > 0 && line.charAt(length - 1) == '\r') {
                line.setLength(length - 1);
            }
            String text = line.toString();
            return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        private boolean fill() throws InputException {
            try {
                int n;
                do {
                    n = in.read(chunk);
                } while (n == 0);
                position = 0;
                limit = Math.max(n, 0);
                return n > 0;
            } catch (IOException e) {
                throw new InputException(SourceLocation.of(source, number + 1), "cannot read: " + e, e);
            }
        }

        @Override
        public int lineNumber() {
            return number;
        }
    }
}
