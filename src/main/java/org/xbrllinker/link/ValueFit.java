package org.xbrllinker.link;

import java.util.regex.Pattern;

import org.xbrllinker.parse.Cell;
import org.xbrllinker.parse.Row;

/**
 * How well what a row shows fits a concept's data type: a date shown by a date concept, "true"/"false" by a boolean
 * one, a name by a text concept, "(in shares)" rows by a shares concept and per-share rows by a per-share one. +1 for
 * a fit, -1 for a clash, 0 when the row or the type says nothing: numbers shown by a numeric concept (most concepts
 * are), or an amount-looking code such as a CIK or an area code by a text concept (the flattened text cannot tell
 * them from numbers).
 */
final class ValueFit {

    private static final Pattern VIEWER_DATE = Pattern.compile(
            "^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? \\d{1,2}, \\d{4}$|^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern BOOLEAN = Pattern.compile("^(?:true|false)$");
    private static final Pattern SHARES_ROW = Pattern.compile("\\(in shares\\)|\\| shares$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_SHARE_ROW = Pattern.compile("\\(in [^)]*per share[^)]*\\)|/ shares$",
            Pattern.CASE_INSENSITIVE);

    private ValueFit() {
    }

    /**
     * The data type a row's own display gives an element the taxonomy lacks: per-share and shares rows by their
     * marks, dates, booleans and other text by their cells; null for numbers without a mark (the page's unit decides).
     */
    static String typeShown(Row row) {
        String label = row.label();
        if (PER_SHARE_ROW.matcher(label).find()) {
            return "num:perShareItemType";
        }
        if (SHARES_ROW.matcher(label).find()) {
            return "xbrli:sharesItemType";
        }
        if (row.cells().isEmpty() || row.cells().stream().anyMatch(c -> !c.text() && c.amount() != null)) {
            return null;
        }
        boolean dates = row.cells().stream().allMatch(c -> VIEWER_DATE.matcher(c.displayed().strip()).matches());
        boolean booleans = row.cells().stream().allMatch(c -> BOOLEAN.matcher(c.displayed().strip()).matches());
        return dates ? "xbrli:dateItemType" : booleans ? "xbrli:booleanItemType" : "xbrli:stringItemType";
    }

    static int of(Row row, String type) {
        if (type == null || row.cells().isEmpty()) {
            return 0;
        }
        // one classification of data types: the one facts are typed by
        String t = type.substring(type.indexOf(':') + 1);
        String datatype = FactValues.datatypeOf(type);
        boolean dateType = FactValues.DATE.equals(datatype) || FactValues.DATE_TIME.equals(datatype);
        boolean booleanType = FactValues.BOOLEAN.equals(datatype);
        boolean numericType = FactValues.kind(type) == FactValues.Kind.NUMERIC;
        boolean textual = !numericType && !dateType && !booleanType;
        int dates = 0;
        int booleans = 0;
        int texts = 0;
        int amounts = 0;
        for (Cell c : row.cells()) {
            String shown = c.displayed().strip();
            if (VIEWER_DATE.matcher(shown).matches()) {
                dates++;
            } else if (BOOLEAN.matcher(shown).matches()) {
                booleans++;
            } else if (c.text()) {
                texts++;
            } else if (c.amount() != null) {
                amounts++;
            }
        }
        String label = row.label();
        if (SHARES_ROW.matcher(label).find()) {
            return t.equals("sharesItemType") ? 1 : t.matches("(?i)(?:monetary|perShare)\\w*") ? -1 : 0;
        }
        if (PER_SHARE_ROW.matcher(label).find()) {
            return t.equals("perShareItemType") ? 1 : t.matches("(?i)(?:monetary|shares)\\w*") ? -1 : 0;
        }
        if (dates > 0 && dates >= texts + booleans + amounts) {
            return dateType ? 1 : -1;
        }
        if (booleans > 0 && booleans >= texts + dates + amounts) {
            return booleanType ? 1 : -1;
        }
        if (texts > 0 && texts >= dates + booleans + amounts) {
            return textual ? 1 : -1;
        }
        if (amounts > 0) {
            // numbers fit most concepts: only a clash says something
            return dateType || booleanType ? -1 : 0;
        }
        return 0;
    }
}
