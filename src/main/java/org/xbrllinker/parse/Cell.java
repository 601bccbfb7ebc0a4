package org.xbrllinker.parse;

import java.math.BigDecimal;

/**
 * A displayed value. {@code amount} is the number as displayed (sign included, page scale applied), null when nil
 * (blank or dash) or text. {@code columnInferred} is true when the flattened text dropped empty cells and the column
 * was inferred. {@code text} is true for a non-numeric value (a document type, a date, "1 year"): {@code displayed}
 * holds it and {@code amount} is null. {@code element} is the element id the page names for this cell alone
 * ({@code us-gaap_CashAndCashEquivalentsAtCarryingValue}: the renderer's toggle beside a value whose element differs
 * from its row's), null when the cell names none.
 */
public record Cell(int column, String displayed, BigDecimal amount, boolean displayedNegative, int decimals,
                   boolean columnInferred, boolean text, SourceLocation location, String element) {

    public Cell(int column, String displayed, BigDecimal amount, boolean displayedNegative, int decimals,
                boolean columnInferred, boolean text, SourceLocation location) {
        this(column, displayed, amount, displayedNegative, decimals, columnInferred, text, location, null);
    }

    public Cell(int column, String displayed, BigDecimal amount, boolean displayedNegative, int decimals,
                boolean columnInferred, SourceLocation location) {
        this(column, displayed, amount, displayedNegative, decimals, columnInferred, false, location);
    }

    /** No value: blank or a dash. */
    public boolean isNil() {
        return amount == null && !text;
    }
}
