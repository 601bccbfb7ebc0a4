package org.xbrllinker.parse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A displayed value. {@code amount} is the number as displayed (sign included, page scale applied), null when nil
 * (blank or dash) or text. {@code columnInferred} is true when the flattened text dropped empty cells and the column
 * was inferred. {@code text} is true for a non-numeric value (a document type, a date, "1 year"): {@code displayed}
 * holds it and {@code amount} is null. {@code element} is the element id the page names for this cell alone
 * ({@code us-gaap_CashAndCashEquivalentsAtCarryingValue}: the renderer's toggle beside a value, whose title names the
 * fact's element), null when the cell names none. {@code dimensions} are the {@code axis=member} pairs the same toggle
 * names for the fact ({@code us-gaap_StatementBusinessSegmentsAxis=abc_AmericasMember}, element ids as the page
 * writes them), empty when it names none.
 */
public record Cell(int column, String displayed, BigDecimal amount, boolean displayedNegative, int decimals,
                   boolean columnInferred, boolean text, SourceLocation location, String element,
                   List<String> dimensions) {

    public Cell {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public Cell(int column, String displayed, BigDecimal amount, boolean displayedNegative, int decimals,
                boolean columnInferred, boolean text, SourceLocation location, String element) {
        this(column, displayed, amount, displayedNegative, decimals, columnInferred, text, location, element,
                List.of());
    }

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
