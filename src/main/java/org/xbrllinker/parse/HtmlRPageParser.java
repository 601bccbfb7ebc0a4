package org.xbrllinker.parse;

import static org.xbrllinker.parse.RPageText.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.xbrllinker.taxonomy.Reference;

/**
 * Reads an EDGAR R page as the SEC renderer writes it (HTML, every EdgarRenderer version from 2.x to 3.25, with or
 * without SEC's SGML {@code <DOCUMENT><TYPE>…<TEXT>} envelope) into a {@link Disclosure}.
 *
 * <p>What it reads from the first {@code table.report}:
 * <ul>
 * <li><b>Title.</b> The first header cell: report name, " - USD ($)" and the scale statements ("shares in Thousands,
 * $ in Millions"), read by the same rules as the flattened text (rows marked "(in shares)" or "| shares" take the
 * shares scale, per-share rows the "$ / shares" one). Renderer 2 writes "(USD $)" after the name and a rounding line
 * ("In Millions, except Share data"): money in that scale, shares too unless share data are excepted, per-share
 * amounts never scaled. A row whose element's Details give {@code sharesItemType} or {@code perShareItemType} takes
 * the shares or per-share statement whatever its label says (cover pages, earnings-per-share rows without a
 * marker).</li>
 * <li><b>Columns.</b> The header rows form a grid (colspan and rowspan honoured). Each cell of the last header row
 * is a column, except cells holding only a footnote marker ("[1]", a column of the older renderers). A column's first
 * line, when it is a date, is its date; its other lines are units ("USD ($)", "shares", or any unit the rows name
 * after their label, as in "Number of vendors | Vendor") or member names; a column without a date is a member column
 * (the equity statement's "Total", "Retained earnings"); the cell above gives the group ("6 Months Ended", 6 months)
 * or, when it is something else, a member. Empty group cells mean an instant column.</li>
 * <li><b>Rows.</b> Every table row with a {@code td.pl} label cell, numbered 1.. in page order (abstract rows
 * included; the footnote section at the end has no label cell and is not a row). The label loses its footnote
 * markers; {@link Row#elementName()} is the element id of the label's {@code showAR(…, 'defref_…')} link
 * ({@code us-gaap_X}, or {@code us-gaap_XAxis=us-gaap_YMember} on dimensional rows). A row is abstract when it has no
 * value, its label is bold, it is a dimension heading ({@code tr.rh}) or its label ends with a structural marker
 * ("[Abstract]", "[Roll Forward]", …).</li>
 * <li><b>Values.</b> Each value cell sits in the column its position falls in ({@code columnInferred} is false):
 * {@code td.num}/{@code td.nump} are amounts (parentheses mean displayed negative; currency signs, thousands
 * separators and the scale as in the text form; "none" is the renderer's zero); {@code td.text} holding only blanks
 * or {@code &#160;} is no cell, any other text (a document type, "1 year", a text block) is a text cell
 * ({@link Cell#text()}); footnote cells ({@code td.fn}, {@code td.th}) are not values. Content hidden by its style
 * ({@code display:none}) is never a value's text. The renderer's toggle ({@code <a title="us-gaap_X[axis=member]"
 * onclick="toggleNextSibling(this);">250.0</a>} and a hidden span repeating the title) gives the cell its
 * {@link Cell#element()} and {@link Cell#dimensions()}.</li>
 * <li><b>Definitions.</b> The hidden {@code table.authRefData} tables in page order: element id, documentation
 * ("No definition available." gives null), every reference with its role and all its parts
 * ({@code -Topic 310 -SubTopic 10 …}, names kept as written; a part name repeated within one reference has its
 * values joined with "; "), the reference lines as displayed (stripped), and the "+ Details" table.</li>
 * </ul>
 *
 * <p>Locations: a row is located at the line of its {@code tr}, a cell at the line of its {@code td} with its 1-based
 * position among the row's cells as column, a definition at the line of its table. Errors in the table name the row
 * and cell ({@code R4.htm: row 7, cell 2: expected an amount after "Cash", found "12x4"}); a page without
 * {@code table.report} is rejected. Truncated HTML is read as far as it goes (a definition cut short keeps what it
 * has). Bounded work: files over {@value #MAX_FILE_BYTES} bytes, or with more than {@value #MAX_MARKUP} tags and
 * attributes (counted in one pass over the bytes, before any element is built: each becomes an object of a few hundred
 * bytes), are rejected before parsing; elements nested deeper than {@value #MAX_NESTING_DEPTH} are attached at that
 * depth, as browsers do, and a table.report deeper than {@value #MAX_TABLE_DEPTH} is rejected; spans are capped at {@value #MAX_SPAN}, the header grid at {@value #MAX_HEADER_ROWS} rows by
 * {@value #MAX_WIDTH} columns, and every other step is linear in the page. Instances hold only their limits and may be
 * shared between threads.
 */
public final class HtmlRPageParser {

    /** Largest file accepted, in bytes. */
    public static final long MAX_FILE_BYTES = 50L << 20;

    /**
     * Most tags (start and end) and attributes accepted. Real R pages have a few thousand; the limit keeps the parsed
     * page within a few hundred megabytes even for a file made of nothing but tags.
     */
    public static final int MAX_MARKUP = 1_000_000;
    /** Deepest element nesting kept (jsoup's open-element stack); real pages nest a few dozen deep. */
    public static final int MAX_NESTING_DEPTH = 512;

    /** Deepest table.report accepted: its rows, cells and their content need a few levels under it. */
    static final int MAX_TABLE_DEPTH = MAX_NESTING_DEPTH - 12;

    /** Largest colspan or rowspan honoured (HTML's own limit for colspan). */
    static final int MAX_SPAN = 1000;
    /** Most header rows and header columns accepted; real pages have two or three rows and a few dozen columns. */
    static final int MAX_HEADER_ROWS = 20;
    static final int MAX_WIDTH = 10_000;

    private static final Pattern DEFREF = Pattern.compile("showAR\\s*\\(\\s*this\\s*,\\s*'defref_([^']+)'");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> BLOCKS = Set.of("div", "p", "br", "table", "tr", "li", "ul", "ol", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "center", "section", "article", "dl", "dt", "dd", "hr");

    private final long maxFileBytes;
    private final int maxMarkup;

    public HtmlRPageParser() {
        this(MAX_FILE_BYTES);
    }

    /** With another size limit, so that tests can reach it without megabytes of input. */
    HtmlRPageParser(long maxFileBytes) {
        this(maxFileBytes, MAX_MARKUP);
    }

    /** With other limits, so that tests can reach them without megabytes of input. */
    HtmlRPageParser(long maxFileBytes, int maxMarkup) {
        if (maxFileBytes < 1 || maxMarkup < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxFileBytes = maxFileBytes;
        this.maxMarkup = maxMarkup;
    }

    /** Parses a file; locations name the file by its file name. */
    public Disclosure parse(Path file) throws InputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.size(file) > maxFileBytes) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(name, in);
            }
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(name, 0), "cannot read the file: " + e, e);
        }
    }

    /** Parses a page's bytes (charset from a BOM or meta tag, else UTF-8). */
    public Disclosure parse(String sourceName, InputStream in) throws InputException {
        Objects.requireNonNull(in);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(sourceName, 0), "cannot read: " + e, e);
        }
        if (bytes.length > maxFileBytes) {
            throw tooLarge(sourceName);
        }
        int over = markupOverLimit(bytes, maxMarkup);
        if (over > 0) {
            throw new InputException(SourceLocation.of(sourceName, over), "more than " + maxMarkup
                    + " tags and attributes: too large for an R page");
        }
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "",
                    Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_NESTING_DEPTH));
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(sourceName, 0), "cannot read: " + e, e);
        }
        return new Page(sourceName, doc).read();
    }

    private static final int TEXT = 0;
    private static final int NAME = 1;
    private static final int SPACE = 2;
    private static final int ATTRIBUTE = 3;
    private static final int VALUE = 4;
    private static final int QUOTED = 5;
    private static final int UNQUOTED = 6;

    /**
     * The 1-based line where the count of tags (start or end: "&lt;" then a letter or "/") and attributes passes
     * {@code limit}, or 0 when it never does. A rough tokenizer over the bytes: it may count a little more than the
     * parser builds (a "&lt;b" in a script), never much less. NUL bytes are passed over, so that UTF-16 text counts
     * the same as ASCII.
     */
    static int markupOverLimit(byte[] bytes, int limit) {
        int count = 0;
        int line = 1;
        int state = TEXT;
        byte quote = 0;
        byte previous = 0;
        for (byte b : bytes) {
            if (b == 0) {
                continue;
            }
            if (b == '\n') {
                line++;
            }
            boolean space = b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f';
            switch (state) {
                case TEXT -> {
                    if (previous == '<' && ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '/')) {
                        count++;
                        state = NAME;
                    }
                }
                case NAME -> state = b == '>' ? TEXT : space || b == '/' ? SPACE : NAME;
                case SPACE -> {
                    if (b == '>') {
                        state = TEXT;
                    } else if (!space && b != '/') {
                        count++;
                        state = ATTRIBUTE;
                    }
                }
                case ATTRIBUTE -> state = b == '>' ? TEXT : space ? SPACE : b == '=' ? VALUE : ATTRIBUTE;
                case VALUE -> {
                    if (b == '"' || b == '\'') {
                        quote = b;
                        state = QUOTED;
                    } else if (b == '>') {
                        state = TEXT;
                    } else if (!space) {
                        state = UNQUOTED;
                    }
                }
                case QUOTED -> state = b == quote ? SPACE : QUOTED;
                default -> state = b == '>' ? TEXT : space ? SPACE : UNQUOTED;
            }
            if (count > limit) {
                return line;
            }
            previous = state == TEXT ? b : 0;
        }
        return 0;
    }

    private InputException tooLarge(String name) {
        return new InputException(SourceLocation.of(name, 0),
                "file longer than the limit of " + maxFileBytes + " bytes");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The rows of a table itself, not of tables nested in its cells. */
    static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("tbody") || child.nameIs("thead") || child.nameIs("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.nameIs("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    /** The element name of a label cell: the {@code defref_} id its {@code showAR} link opens, or null. */
    static String elementName(Element labelCell) {
        for (Element e : labelCell.select("[onclick]")) {
            Matcher m = DEFREF.matcher(e.attr("onclick"));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** One page being read; holds the state the steps share. */
    private static final class Page {
        private final String source;
        private final Document doc;

        Page(String source, Document doc) {
            this.source = source;
            this.doc = doc;
        }

        Disclosure read() throws InputException {
            Element table = doc.selectFirst("table.report");
            if (table == null) {
                throw new InputException(SourceLocation.of(source, 0), "expected an R page: no table.report found");
            }
            int depth = table.parents().size();
            if (depth > MAX_TABLE_DEPTH) {
                // its rows would sit deeper than the parser nests, so they would not be inside it
                throw new InputException(at(table), "expected table.report at most " + MAX_TABLE_DEPTH
                        + " elements deep, found it " + depth + " deep");
            }
            List<Element> trs = rowsOf(table);
            int headerRows = 0;
            while (headerRows < trs.size() && isHeaderRow(trs.get(headerRows))) {
                headerRows++;
            }
            if (headerRows == 0) {
                throw new InputException(at(trs.isEmpty() ? table : trs.get(0)), "expected the title and column "
                        + "headers in the first rows of table.report, found " + (trs.isEmpty() ? "no rows"
                        : "a row without header cells"));
            }
            if (headerRows > MAX_HEADER_ROWS) {
                throw new InputException(at(table), "more than " + MAX_HEADER_ROWS + " header rows in table.report");
            }
            Header header = header(trs.subList(0, headerRows));
            Scales scales = new Scales(header.title().scales()).withColumnUnits(header.lines());
            List<Definition> definitions = definitions();
            Map<String, String> dataTypes = new HashMap<>();
            for (Definition definition : definitions) {
                String type = definition.details().get("Data Type");
                if (definition.elementName() != null && type != null) {
                    dataTypes.putIfAbsent(definition.elementName(), type);
                }
            }
            List<Row> rows = new ArrayList<>();
            Set<String> rowUnits = new HashSet<>();
            for (Element tr : trs.subList(headerRows, trs.size())) {
                Element label = labelCell(tr);
                if (label != null) {
                    Row row = row(tr, label, rows.size() + 1, header, scales, dataTypes);
                    rows.add(row);
                    Matcher unit = UNIT_SUFFIX.matcher(row.label());
                    if (unit.find()) {
                        rowUnits.add(unit.group(1));
                    }
                }
            }
            if (rows.isEmpty()) {
                throw new InputException(at(table), "expected rows with a label cell (td.pl) below the column "
                        + "headers of table.report, found none");
            }
            // a header line that rows name as their unit ("Number of vendors | Vendor") is a unit, not a member
            List<ColumnHeader> columns = new ArrayList<>();
            for (ColumnHeader c : header.columns()) {
                columns.add(new ColumnHeader(c.index(), c.group(), c.months(), c.date(), c.displayed(),
                        members(header.members().get(c.index()), rowUnits)));
            }
            Title title = header.title();
            String unit = title.unit() != null ? title.unit() : Title.currencyOfColumns(header.lines());
            return new Disclosure(source, title.title(), title.unitLine(), unit,
                    BigDecimal.ONE.movePointRight(scales.pageExponent()), columns, rows, definitions,
                    scales.statements());
        }

        private static String members(List<String> candidates, Set<String> units) {
            List<String> members = candidates.stream().filter(m -> !units.contains(m)).toList();
            return members.isEmpty() ? null : String.join(" | ", members);
        }

        // ---- header ------------------------------------------------------------------------------------------

        private record HeaderCell(int row, int start, int span, List<String> lines) {

            String text() {
                return String.join(" ", lines);
            }
        }

        /**
         * The header: the columns (members not yet told from units), each column's member candidates, the lines
         * below the dates (unit or member lines), and which column each grid position belongs to.
         */
        private record Header(Title title, int labelWidth, List<ColumnHeader> columns, List<List<String>> members,
                              Set<String> lines, int[] columnAt) {
        }

        private Header header(List<Element> trs) throws InputException {
            int height = trs.size();
            long width = 0;
            for (Element tr : trs) {
                for (Element th : tr.children()) {
                    width += span(th, "colspan");
                }
            }
            if (width > MAX_WIDTH) {
                throw new InputException(at(trs.get(0)), "header of table.report wider than " + MAX_WIDTH
                        + " columns");
            }
            HeaderCell[][] grid = new HeaderCell[height][(int) width];
            HeaderCell titleCell = null;
            for (int r = 0; r < height; r++) {
                int col = 0;
                for (Element th : trs.get(r).children()) {
                    if (!th.nameIs("th") && !th.nameIs("td")) {
                        continue;
                    }
                    while (col < width && grid[r][col] != null) {
                        col++;
                    }
                    int span = Math.min(span(th, "colspan"), (int) width - col);
                    int down = Math.min(span(th, "rowspan"), height - r);
                    if (span <= 0) {
                        break;
                    }
                    HeaderCell cell = new HeaderCell(r, col, span, lines(th));
                    if (titleCell == null) {
                        titleCell = cell;
                    }
                    for (int rr = r; rr < r + down; rr++) {
                        for (int cc = col; cc < col + span; cc++) {
                            grid[rr][cc] = cell;
                        }
                    }
                    col += span;
                }
            }
            if (titleCell == null || titleCell.text().isEmpty()) {
                throw new InputException(at(trs.get(0)), "expected an R page title in the first header cell");
            }
            Title title = Title.parse(titleCell.text());
            if (title.title().isEmpty()) {
                throw new InputException(at(trs.get(0)), "expected an R page title, found \"" + titleCell.text()
                        + "\"");
            }

            int labelWidth = titleCell.start() + titleCell.span();
            int[] columnAt = new int[(int) width];
            java.util.Arrays.fill(columnAt, -1);
            List<ColumnHeader> columns = new ArrayList<>();
            List<List<String>> members = new ArrayList<>();
            Set<String> lines = new HashSet<>();
            HeaderCell previous = null;
            for (int p = labelWidth; p < width; p++) {
                HeaderCell leaf = grid[height - 1][p];
                if (leaf == null || leaf == previous || leaf == titleCell) {
                    continue;
                }
                previous = leaf;
                List<String> shown = new ArrayList<>();
                for (String line : leaf.lines()) {
                    if (!FOOTNOTES_ONLY.matcher(line).matches()) {
                        String s = stripFootnotes(line);
                        if (!s.isEmpty()) {
                            shown.add(s);
                        }
                    }
                }
                if (shown.isEmpty() && !leaf.lines().isEmpty()) {
                    continue; // a footnote-marker column of the older renderers
                }
                ColumnHeader column = column(columns.size(), leaf, shown, grid, trs);
                columns.add(column);
                members.add(column.member() == null ? List.of() : List.of(column.member().split(" \\| ")));
                if (column.date() != null) {
                    lines.addAll(shown.subList(1, shown.size()));
                }
                for (int c = leaf.start(); c < leaf.start() + leaf.span(); c++) {
                    columnAt[c] = columns.size() - 1;
                }
            }
            if (columns.isEmpty()) {
                throw new InputException(at(trs.get(0)),
                        "expected column headers (dates, period groups or members) in table.report");
            }
            return new Header(title, labelWidth, columns, members, lines, columnAt);
        }

        private ColumnHeader column(int index, HeaderCell leaf, List<String> shown, HeaderCell[][] grid,
                                    List<Element> trs) throws InputException {
            LocalDate date = null;
            List<String> members = new ArrayList<>();
            int from = 0;
            if (!shown.isEmpty()) {
                Matcher m = DATE_LIKE.matcher(shown.get(0));
                if (m.find()) {
                    try {
                        date = RPageText.date(m);
                    } catch (DateTimeParseException e) {
                        throw new InputException(at(trs.get(leaf.row())),
                                "impossible date \"" + m.group() + "\" in the column header");
                    }
                    from = 1;
                }
            }
            for (String line : shown.subList(from, shown.size())) {
                if (!Title.isUnitText(line)) {
                    members.add(line);
                }
            }
            String group = null;
            Integer months = null;
            List<String> above = new ArrayList<>();
            HeaderCell last = leaf;
            for (int r = 0; r < leaf.row(); r++) {
                HeaderCell up = grid[r][leaf.start()];
                if (up == null || up == last) {
                    continue;
                }
                last = up;
                String text = stripFootnotes(up.text());
                Matcher g = GROUP.matcher(text);
                if (g.matches()) {
                    group = text;
                    months = Integer.parseInt(g.group(1));
                } else if (!text.isEmpty() && !FOOTNOTES_ONLY.matcher(text).matches()) {
                    above.add(text);
                }
            }
            above.addAll(members);
            return new ColumnHeader(index, group, months, date, String.join(" ", shown),
                    above.isEmpty() ? null : String.join(" | ", above));
        }

        // ---- rows --------------------------------------------------------------------------------------------

        private Row row(Element tr, Element labelCell, int number, Header header, Scales scales,
                        Map<String, String> dataTypes) throws InputException {
            Element clean = labelCell.clone();
            clean.select("sup").remove();
            String label = stripFootnotes(String.join(" ", lines(clean)));
            String element = elementName(labelCell);
            int exponent = scales.exponentFor(label, element == null ? null : dataTypes.get(element));

            List<Cell> cells = new ArrayList<>();
            boolean[] taken = new boolean[header.columns().size()];
            int position = 0;
            int cellNumber = 0;
            for (Element td : tr.children()) {
                if (!td.nameIs("td") && !td.nameIs("th")) {
                    continue;
                }
                cellNumber++;
                int start = position;
                position += span(td, "colspan");
                if (td == labelCell || td.hasClass("fn") || td.hasClass("th") || td.nameIs("th")
                        || td.hasClass("hide") || start < header.labelWidth()) {
                    continue;
                }
                Cell cell = value(td, start, number, cellNumber, label, exponent, header);
                if (cell == null) {
                    continue;
                }
                if (taken[cell.column()]) {
                    throw new InputException(SourceLocation.of(source, 0), "row " + number + ", cell " + cellNumber
                            + ": a second value in the column of \"" + header.columns().get(cell.column()).displayed()
                            + "\"");
                }
                taken[cell.column()] = true;
                cells.add(cell);
            }
            boolean abstractRow = cells.isEmpty() || !labelCell.select("strong, b").isEmpty() || tr.hasClass("rh")
                    || isStructural(label);
            return new Row(number, label, abstractRow, cells, element, at(tr));
        }

        private Cell value(Element td, int start, int row, int cellNumber, String label, int exponent, Header header)
                throws InputException {
            Element clean = td.clone();
            clean.select("sup").remove();
            Toggle toggle = Toggle.of(clean);
            removeHidden(clean);
            boolean numeric = td.hasClass("num") || td.hasClass("nump");
            List<String> lines = lines(clean);
            String shown = numeric ? stripFootnotes(String.join(" ", lines)) : String.join("\n", lines).strip();
            if (shown.isEmpty()) {
                return null;
            }
            int column = start < header.columnAt().length ? header.columnAt()[start] : -1;
            if (column < 0) {
                throw new InputException(SourceLocation.of(source, 0), "row " + row + ", cell " + cellNumber
                        + ": a value outside the columns of the table: \"" + shown + "\"");
            }
            SourceLocation where = new SourceLocation(source, line(td), cellNumber);
            if (!numeric) {
                return new Cell(column, shown, null, false, 0, false, true, where, toggle.element(),
                        toggle.dimensions());
            }
            // the renderer writes "none" for a zero it is told to show so (DisplayZeroAsNone)
            Amount amount = Amount.parse(shown.equals("none") ? "0" : shown, exponent);
            if (amount == null) {
                throw new InputException(SourceLocation.of(source, 0), "row " + row + ", cell " + cellNumber
                        + ": expected an amount after \"" + label + "\", found \"" + shown + "\"");
            }
            return new Cell(column, shown, amount.amount(), amount.negative(), amount.decimals(), false, false,
                    where, toggle.element(), toggle.dimensions());
        }

        // ---- definitions -------------------------------------------------------------------------------------

        private List<Definition> definitions() {
            List<Definition> out = new ArrayList<>();
            for (Element table : doc.select("table.authRefData")) {
                String id = table.id();
                String element = id.startsWith("defref_") ? id.substring("defref_".length()) : null;
                String documentation = null;
                List<String> referenceLines = List.of();
                Map<String, String> details = new LinkedHashMap<>();
                for (Element heading : table.select("a")) {
                    String text = heading.text().strip();
                    Element section = heading.nextElementSibling();
                    if (section == null || !section.nameIs("div")) {
                        continue;
                    }
                    switch (text) {
                        case "- Definition", "+ Definition" -> {
                            String doc = String.join("\n", lines(section));
                            documentation = doc.isEmpty() || doc.equals(NO_DEFINITION) ? null : doc;
                        }
                        case "- References", "+ References" -> referenceLines = lines(section);
                        case "- Details", "+ Details" -> details = details(section);
                        default -> {
                        }
                    }
                }
                List<Reference> references = new ArrayList<>();
                List<String> roles = new ArrayList<>();
                if (!referenceLines.isEmpty() && referenceLines.get(0).equals(NO_DEFINITION)) {
                    referenceLines = List.of();
                }
                RPageText.references(referenceLines, references, roles);
                out.add(new Definition(out.size() + 1, element, documentation, roles, referenceLines, references,
                        details, at(table)));
            }
            return out;
        }

        private static Map<String, String> details(Element section) {
            Map<String, String> details = new LinkedHashMap<>();
            for (Element tr : section.select("tr")) {
                List<Element> tds = tr.select("> td");
                if (tds.size() >= 2) {
                    String key = tds.get(0).text().replace('\u00A0', ' ').strip();
                    if (key.endsWith(":")) {
                        key = key.substring(0, key.length() - 1).strip();
                    }
                    if (!key.isEmpty()) {
                        details.putIfAbsent(key, tds.get(1).text().replace('\u00A0', ' ').strip());
                    }
                }
            }
            return details;
        }

        // ---- helpers -----------------------------------------------------------------------------------------

        private SourceLocation at(Node node) {
            return SourceLocation.of(source, line(node));
        }

        private static int line(Node node) {
            int line = node.sourceRange().start().lineNumber();
            return Math.max(line, 0);
        }

        private static boolean isHeaderRow(Element tr) {
            boolean th = false;
            for (Element cell : tr.children()) {
                if (cell.nameIs("td")) {
                    return false;
                }
                th |= cell.nameIs("th");
            }
            return th;
        }

        private static Element labelCell(Element tr) {
            for (Element td : tr.children()) {
                if (td.nameIs("td") && td.hasClass("pl")) {
                    return td;
                }
            }
            return null;
        }

        private static int span(Element cell, String attribute) {
            String value = cell.attr(attribute).strip();
            if (value.isEmpty()) {
                return 1;
            }
            try {
                return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value)));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /**
     * The renderer's toggle in a value cell: {@code <a title="us-gaap_X[axis=member;axis2=member2]"
     * onclick="toggleNextSibling(this);">250.0</a><span style="display:none">us-gaap_X<br>/ axis<br>= member</span>}.
     * The title names the fact's element and, in brackets, its dimensions; the hidden span repeats them and is never
     * displayed text. {@code element} is null when the cell has no toggle.
     */
    record Toggle(String element, List<String> dimensions) {

        private static final Toggle NONE = new Toggle(null, List.of());
        private static final Pattern TITLE = Pattern.compile("^([^\\[\\]\\s]+)(?:\\[([^\\]]*)\\])?$");

        static Toggle of(Element cell) {
            Element a = cell.selectFirst("a[onclick*=toggleNextSibling]");
            if (a == null) {
                return NONE;
            }
            String title = a.attr("title").strip();
            Element hidden = a.nextElementSibling();
            if (title.isEmpty() && hidden != null && isHidden(hidden)) {
                // no title: the hidden span's first line is the element
                List<String> lines = lines(hidden);
                title = lines.isEmpty() ? "" : lines.get(0).strip();
            }
            Matcher m = TITLE.matcher(title);
            if (!m.matches()) {
                return NONE;
            }
            List<String> dimensions = new ArrayList<>();
            if (m.group(2) != null) {
                for (String pair : m.group(2).split(";")) {
                    if (pair.contains("=")) {
                        dimensions.add(pair.strip());
                    }
                }
            }
            return new Toggle(m.group(1), dimensions);
        }
    }

    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

    /** True when the element's own style hides it ({@code display:none}): the viewer never shows its text. */
    static boolean isHidden(Element e) {
        return DISPLAY_NONE.matcher(e.attr("style")).find();
    }

    /** Removes every element under {@code root} that its style hides, so that only displayed text remains. */
    static void removeHidden(Element root) {
        for (Element e : root.select("[style]")) {
            if (e != root && e.parent() != null && isHidden(e)) {
                e.remove();
            }
        }
    }

    /**
     * The text of an element as lines: block elements and {@code <br>} break lines; the cells of a nested table are
     * separated by a space; whitespace (no-break spaces included) collapses to one space; blank lines are dropped.
     */
    static List<String> lines(Element element) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, lines);
                } else if (node instanceof Element e && (e.nameIs("td") || e.nameIs("th")) && e != element) {
                    current.append(' ');
                }
            }
        }, element);
        flush(current, lines);
        return lines;
    }

    private static void flush(StringBuilder current, List<String> lines) {
        String line = WHITESPACE.matcher(normalize(current.toString())).replaceAll(" ").strip();
        if (!line.isEmpty()) {
            lines.add(line);
        }
        current.setLength(0);
    }
}
