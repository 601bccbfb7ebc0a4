package org.xbrllinker.parse;

import static org.xbrllinker.parse.RPageText.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits the cells below the column headers of a flattened R page into rows: which cell is a row label and which
 * are its values. The flattening kept one cell a line and dropped the empty ones, so a text value ("3M COMPANY",
 * "St. Paul") reads like a label; the split is the most probable one under these rules:
 * <ul>
 * <li>Some cells can only be values: amounts and dashes, dates as the viewer shows them ("Mar. 08, 2024",
 * "--12-31"), "true"/"false"/"Yes"/"No", durations ("2 years 8 months"), form types ("10-Q"), fiscal periods ("FY",
 * "Q2"), filer categories, numbers joined by hyphens ("001-36743", "55144-1000"), text blocks (a cell of several lines
 * or written below its bar) and prose (200 characters or more ending with a full stop). Some can only be labels:
 * headings ending with a structural marker ("[Abstract]", "[Line Items]", "[Member]", …) and member rows
 * ("… [Axis]: 2025-03-30").</li>
 * <li>A row has at most as many values as the table has columns; a heading ending with a structural marker takes no
 * text value.</li>
 * <li>Every other cell is weighed: the page's own mix of text and numbers among the cells that can only be values
 * (a cover page is mostly text, a statement mostly numbers), a label the taxonomy knows ({@link LabelLexicon}), a
 * trailing colon (a heading), capitals or a leading digit ("NYSE", "DE", "3M COMPANY": values), length (150 characters
 * or more: a text block), a second text value in one row (rare), and a row left without values that is not a heading
 * (rare on a page of text values, except for the member row right before a heading).</li>
 * </ul>
 * Cells that can only be values but sit where no row has room for them make the page malformed: the first such cell
 * is reported (a value before any label, or more values than columns).
 */
final class TextRows {

    private TextRows() {
    }

    /** Where a cell's kind comes from; the hard kinds decide, the soft ones weigh. */
    enum Kind {
        /** An amount or a dash: always a value. */
        AMOUNT,
        /** A non-numeric shape only values have: always a value. */
        TEXT_VALUE,
        /** Starts like an amount, is none, and has only the characters amounts have: a malformed amount. */
        MALFORMED,
        /** A structural heading or a member row: always a label. */
        HEADING,
        /** Soft kinds: weighed. */
        YEAR, LIKELY_VALUE, NEUTRAL, LABELISH
    }

    /** A cell below the headers: its text (footnote markers removed), lines, whether it was written below its bar. */
    record In(String shown, List<String> lines, boolean block, boolean afterMarker) {
    }

    /** A row: the index of its label cell and of its value cells. */
    record Span(int label, List<Integer> values) {
    }

    /** A page the rules cannot split: the cell at {@code index} and what was wrong with it. */
    static final class Refusal extends Exception {
        final int index;

        Refusal(int index, String message) {
            super(message, null, false, false);
            this.index = index;
        }
    }

    private static final Pattern VALUE_SHAPES = Pattern.compile(
            "^\\d+ (?:years?|months?|weeks?|days?|hours?)(?: \\d+ (?:years?|months?|weeks?|days?|hours?))*$"
                    + "|^(?:\\d{1,3}-[A-Z]{1,2}|[A-Z]{1,2}-\\d{1,2}[A-Z]{0,3}|\\d{3}[A-Z]\\d|N-[A-Z0-9]{1,5}|DEF 14A)(?:/A)?$"
                    + "|^--\\d{2}-\\d{2}$"
                    + "|^\\d{4}-\\d{2}-\\d{2}$"
                    + "|^(?:true|false|Yes|No)$"
                    + "|^(?:FY|CY|Q[1-4]|H[12]|M\\d{1,2}|T[1-3])$"
                    + "|^\\d+(?:-\\d+)+$"
                    + "|^\\(\\d{3}\\) ?\\d{3}-\\d{4}$"
                    + "|^(?:Large Accelerated Filer|Accelerated Filer|Non-accelerated Filer)$");
    private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d{2}$");
    private static final Pattern AMOUNT_CHARACTERS = Pattern.compile("^[\\p{Sc}\\d,.()%\\s—–-]+$");
    /** One word that starts like an amount and holds a letter: a number with a typing error, not a text. */
    private static final Pattern GARBLED = Pattern.compile("^[\\p{Sc}(.-]?\\d\\S*\\p{L}\\S*$");
    private static final Pattern MEMBER_ROW = Pattern.compile("\\[Axis\\]:\\s");
    private static final Pattern CAPITALS = Pattern.compile("^(?=.*\\p{Lu})[^\\p{Ll}]+$");
    /** Shortest one-line text taken for prose when it ends with a full stop; the longest labels seen are shorter. */
    private static final int PROSE_LENGTH = 200;
    private static final int LONG = 150;

    // log-odds weights of a soft cell being a value rather than a label (see the class comment)
    private static final double KNOWN_LABEL = -6;
    private static final double HEADING_COLON = -4;
    private static final double LIKELY_VALUE = 2.5;
    private static final double YEAR_VALUE = 6;
    private static final double LONG_TEXT = 4;
    private static final double SECOND_TEXT_VALUE = -5;
    private static final double BEFORE_HEADING = -3;
    private static final double EMPTY_ROW = 2;
    private static final double ECHOES_LABEL = 3;
    private static final double UNKNOWN_ON_KNOWN_PAGE = 2;
    private static final double MEDIUM_TEXT = 1.5;
    private static final int MEDIUM = 80;
    /** Share of a page's cells that may be labels the lexicon must know for an unknown one to count as a value. */
    private static final double KNOWN_PAGE = 0.3;
    private static final double MAX_PRIOR = 2.5;
    private static final double MIN_PRIOR = -4;

    static Kind kind(In cell) {
        String s = cell.shown();
        if (isStructural(s) || MEMBER_ROW.matcher(s).find()) {
            return Kind.HEADING;
        }
        if (NIL.matcher(s).matches() || (AMOUNT.matcher(s).matches() && Amount.parse(s, 0) != null)) {
            return YEAR.matcher(s).matches() ? Kind.YEAR : Kind.AMOUNT;
        }
        if (ToggleValue.of(s) != null) {
            return Kind.AMOUNT;
        }
        if (cell.lines().size() > 1 || cell.block() || VALUE_SHAPES.matcher(s).matches() || isViewerDate(s)
                || (s.length() >= PROSE_LENGTH && s.endsWith("."))) {
            return Kind.TEXT_VALUE;
        }
        if (startsLikeAmount(s)) {
            return AMOUNT_CHARACTERS.matcher(s).matches() ? Kind.MALFORMED : Kind.LIKELY_VALUE;
        }
        if (s.endsWith(":")) {
            return Kind.LABELISH;
        }
        if (CAPITALS.matcher(s).matches() && s.length() <= 40) {
            return Kind.LIKELY_VALUE;
        }
        return Kind.NEUTRAL;
    }

    /** A date as the viewer shows it in a cell: "Mar. 08, 2024", "Sept. 28, 2024". */
    static boolean isViewerDate(String s) {
        var m = DATE_LIKE.matcher(s);
        return m.find() && m.end() == s.length();
    }

    static boolean isHardValue(Kind k) {
        return k == Kind.AMOUNT || k == Kind.TEXT_VALUE || k == Kind.MALFORMED;
    }

    /**
     * The most probable rows, or a refusal naming the first cell that cannot be placed. {@code columns} is the
     * number of value columns.
     */
    static List<Span> segment(List<In> cells, int columns, LabelLexicon lexicon) throws Refusal {
        int n = cells.size();
        Kind[] kinds = new Kind[n];
        boolean[] known = new boolean[n];
        int textValues = 0;
        int numbers = 0;
        for (int i = 0; i < n; i++) {
            kinds[i] = kind(cells.get(i));
            known[i] = !isHardValue(kinds[i]) && kinds[i] != Kind.HEADING && lexicon.isKnownLabel(cells.get(i).shown());
            if (kinds[i] == Kind.AMOUNT) {
                numbers++;
            } else if (kinds[i] == Kind.TEXT_VALUE) {
                textValues++;
            }
        }
        checkFeasible(cells, kinds, columns);
        int soft = 0;
        int knownCount = 0;
        for (int i = 0; i < n; i++) {
            if (!isHardValue(kinds[i]) && kinds[i] != Kind.HEADING) {
                soft++;
                knownCount += known[i] ? 1 : 0;
            }
        }
        // where the taxonomy knows many of the page's labels, a text it does not know is likely a value
        boolean knownPage = soft > 0 && knownCount >= KNOWN_PAGE * soft;
        // the page's own mix: how likely a cell that may be either is a text value
        double share = (textValues + 0.5) / (textValues + numbers + 1.0);
        double prior = Math.max(MIN_PRIOR, Math.min(MAX_PRIOR, Math.log(share / (1 - share))));
        // on a page of text values every row but a heading and a member row has its value
        double emptyRow = prior > 0 ? EMPTY_ROW + 2 * prior : 0;

        // dynamic programme over (cell, values in the current row, current label a heading); sparse states
        List<Map<Long, Step>> steps = new ArrayList<>(n);
        Map<Long, Step> current = new HashMap<>();
        for (int i = 0; i < n; i++) {
            In cell = cells.get(i);
            Kind kind = kinds[i];
            Map<Long, Step> next = new HashMap<>();
            boolean mayLabel = !isHardValue(kind);
            boolean headingCell = kind == Kind.HEADING || kind == Kind.LABELISH;
            if (i == 0) {
                if (!mayLabel) {
                    throw new Refusal(i, "expected a row label, found \"" + cell.shown() + "\"");
                }
                next.put(state(0, headingCell), new Step(null, 0, true, 0));
            } else {
                for (Map.Entry<Long, Step> e : current.entrySet()) {
                    int k = (int) (e.getKey() >> 1);
                    boolean heading = (e.getKey() & 1) == 1;
                    double base = e.getValue().cost;
                    if (mayLabel) {
                        double cost = base;
                        if (k == 0 && !heading && !headingCell) {
                            cost += emptyRow; // a row without values that is no heading
                        }
                        relax(next, state(0, headingCell), new Step(e.getKey(), i, true, cost));
                    }
                    boolean room = k < columns && !(heading && !isHardValue(kind));
                    if (room && kind != Kind.HEADING && !(cell.afterMarker() && !isHardValue(kind))) {
                        double cost = base + valueCost(cells, kinds, known, i, k, prior, knownPage, labelOf(steps, e));
                        relax(next, state(k + 1, heading), new Step(e.getKey(), i, false, cost));
                    }
                }
            }
            if (next.isEmpty()) {
                // checkFeasible found every hard value a place; a soft cell always may be a label
                throw new IllegalStateException("no way to split the rows at cell " + i);
            }
            steps.add(next);
            current = next;
        }
        // the last row may end without values as well
        long bestState = -1;
        double best = Double.POSITIVE_INFINITY;
        for (Map.Entry<Long, Step> e : current.entrySet()) {
            int k = (int) (e.getKey() >> 1);
            boolean heading = (e.getKey() & 1) == 1;
            double cost = e.getValue().cost + (k == 0 && !heading ? emptyRow : 0);
            if (cost < best || (cost == best && e.getKey() < bestState)) {
                best = cost;
                bestState = e.getKey();
            }
        }
        boolean[] label = new boolean[n];
        long s = bestState;
        for (int i = n - 1; i >= 0; i--) {
            Step step = steps.get(i).get(s);
            label[i] = step.label;
            s = step.previous == null ? -1 : step.previous;
        }
        List<Span> spans = new ArrayList<>();
        List<Integer> values = null;
        for (int i = 0; i < n; i++) {
            if (label[i]) {
                values = new ArrayList<>();
                spans.add(new Span(i, values));
            } else {
                values.add(i);
            }
        }
        for (int k = 0; k < spans.size(); k++) {
            spans.set(k, new Span(spans.get(k).label(), Collections.unmodifiableList(spans.get(k).values())));
        }
        return spans;
    }

    /**
     * Every cell that can only be a value must find room in a row when every other cell is taken for a label (the
     * split with the most room): else the first that cannot is refused. A malformed amount is refused as such.
     */
    private static void checkFeasible(List<In> cells, Kind[] kinds, int columns) throws Refusal {
        int k = -1;
        int labelAt = -1;
        boolean rowHasAmount = false;
        for (int i = 0; i < cells.size(); i++) {
            String shown = cells.get(i).shown();
            if (!isHardValue(kinds[i])) {
                k = 0;
                labelAt = i;
                rowHasAmount = false;
                continue;
            }
            if (k < 0) {
                throw new Refusal(i, "expected a row label, found \"" + shown + "\"");
            }
            String label = cells.get(labelAt).shown();
            if (kinds[i] == Kind.MALFORMED) {
                throw new Refusal(i, "expected an amount after \"" + label + "\", found \"" + shown + "\"");
            }
            if (k == columns) {
                throw new Refusal(i, "too many values after \"" + label + "\": more than the " + columns
                        + " columns of the table");
            }
            k++;
            rowHasAmount |= kinds[i] == Kind.AMOUNT;
            // a garbled number ("12x4") right after an amount of the same row is a malformed amount
            if (i + 1 < cells.size() && rowHasAmount && k < columns && kinds[i + 1] == Kind.LIKELY_VALUE
                    && GARBLED.matcher(cells.get(i + 1).shown()).matches()) {
                throw new Refusal(i + 1, "expected an amount after \"" + label + "\", found \""
                        + cells.get(i + 1).shown() + "\"");
            }
        }
    }

    /** The label cell of the row a state is in (following the steps back to the last label). */
    private static int labelOf(List<Map<Long, Step>> steps, Map.Entry<Long, Step> state) {
        Step step = state.getValue();
        long s = state.getKey();
        int i = steps.size() - 1;
        while (!step.label && step.previous != null) {
            s = step.previous;
            i--;
            step = steps.get(i).get(s);
        }
        return step.index;
    }

    /** The cost (negative log-odds) of taking a soft cell for a value; hard values cost nothing. */
    private static double valueCost(List<In> cells, Kind[] kinds, boolean[] knownLabels, int i, int valuesSoFar,
                                    double prior, boolean knownPage, int labelIndex) {
        Kind kind = kinds[i];
        if (isHardValue(kind)) {
            return 0;
        }
        boolean known = knownLabels[i];
        String text = cells.get(i).shown();
        int length = text.length();
        double odds = prior;
        switch (kind) {
            case YEAR -> odds += YEAR_VALUE;
            case LIKELY_VALUE -> odds += LIKELY_VALUE;
            case LABELISH -> odds += HEADING_COLON;
            default -> {
            }
        }
        if (known) {
            odds += KNOWN_LABEL;
        }
        if (knownPage && !known) {
            odds += UNKNOWN_ON_KNOWN_PAGE;
        }
        if (length >= LONG) {
            odds += LONG_TEXT;
        } else if (length >= MEDIUM) {
            odds += MEDIUM_TEXT;
        }
        String label = cells.get(labelIndex).shown();
        if (text.length() > label.length() + 1 && text.regionMatches(true, 0, label, 0, label.length())) {
            odds += ECHOES_LABEL; // a text block starts with its note's title, the row's label
        }
        if (valuesSoFar > 0 && kind != Kind.YEAR) {
            odds += SECOND_TEXT_VALUE;
        }
        if (i + 1 < cells.size() && kinds[i + 1] == Kind.HEADING) {
            odds += BEFORE_HEADING; // the member row of a group comes right before its heading
        }
        return -odds;
    }

    private static long state(int values, boolean heading) {
        return ((long) values << 1) | (heading ? 1 : 0);
    }

    private static void relax(Map<Long, Step> next, long state, Step step) {
        Step old = next.get(state);
        if (old == null || step.cost < old.cost || (step.cost == old.cost && step.previous != null
                && old.previous != null && step.previous < old.previous)) {
            next.put(state, step);
        }
    }

    private record Step(Long previous, int index, boolean label, double cost) {
    }

    /**
     * A value cell that also names its element, as the flattening of a renderer toggle leaves it:
     * "$ 250.0us-gaap_CashAndCashEquivalentsAtCarryingValue" is the amount "$ 250.0" shown for that element.
     */
    record ToggleValue(String displayed, String element) {

        private static final Pattern SHAPE = Pattern.compile("^(.*?)([a-z][a-z0-9-]*_[A-Z][A-Za-z0-9_.-]*)$");

        static ToggleValue of(String s) {
            var m = SHAPE.matcher(s);
            if (!m.matches()) {
                return null;
            }
            String value = m.group(1).strip();
            boolean amount = NIL.matcher(value).matches()
                    || (AMOUNT.matcher(value).matches() && Amount.parse(value, 0) != null);
            return amount && !value.isEmpty() ? new ToggleValue(value, m.group(2)) : null;
        }
    }
}
