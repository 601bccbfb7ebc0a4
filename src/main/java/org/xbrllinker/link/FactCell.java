package org.xbrllinker.link;

import java.math.BigDecimal;

import org.xbrllinker.parse.SourceLocation;

/** A displayed cell tied to the fact it shows; {@code displayedAmount} keeps the sign as shown on the page. */
public record FactCell(int row, int column, String displayed, BigDecimal displayedAmount, boolean columnInferred,
                       Fact fact, SourceLocation location) {
}
