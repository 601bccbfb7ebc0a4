package org.xbrllinker.link;

import org.xbrllinker.instance.XbrlContext;
import org.xbrllinker.instance.XbrlFact;

/**
 * A displayed cell (row, column) tied to the instance fact it shows, with that fact's context and unit code. {@code agrees} is
 * false when the value the page implies (sign included) differs from the instance's; {@code note} says how.
 */
public record CellTie(int row, int column, XbrlFact fact, XbrlContext context, String unitCode, boolean agrees,
                      String note) {
}
