package org.xbrllinker.parse;

import java.math.BigDecimal;

/**
 * A displayed value. {@code amount} is the number as displayed (sign included, page scale applied), null when nil
 * (blank or dash) or text. {@code columnInferred} is true when the flattened text dropped empty cells and the column
 * was inferred. {@code text} is true for a non-numeric value (a document type, a date, "1 year"): {@code displayed}
 * holds it and {@code amount} is null.
 */
public record Cell(int column, String displayed, BigDecimal amount, boolean displayedNegative, int decimals,
                   boolean columnInferred, boolean text, SourceLocation location) {

    public Cell(int column, String displayed, BigDecimal amount, boolean displayedNegative, int decimals,
                boolean columnInferred, SourceLocation location) {
        this(column, displayed, amount, displayedNegative, decimals, columnInferred, false, location);
    }

    /** No value: blank or a dash. */
    public boolean isNil() {
        return amount == null && !text;
    }
}
