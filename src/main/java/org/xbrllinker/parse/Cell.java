package org.xbrllinker.parse;

import java.math.BigDecimal;

/**
 * A displayed value. {@code amount} is the number as displayed (sign included, page scale applied), null when nil
 * (blank or dash). {@code columnInferred} is true when the flattened text dropped empty cells and the column was inferred.
 */
public record Cell(int column, String displayed, BigDecimal amount, boolean displayedNegative, int decimals,
                   boolean columnInferred, SourceLocation location) {

    public boolean isNil() {
        return amount == null;
    }
}
