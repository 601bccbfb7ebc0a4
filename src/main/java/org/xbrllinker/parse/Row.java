package org.xbrllinker.parse;

import java.util.List;

/**
 * A table row of an R page, numbered 1.. in page order (abstract rows included). {@code elementName} is the element the
 * page names for the row (HTML pages), null where the form does not say (the flattened text).
 */
public record Row(int number, String label, boolean abstractRow, List<Cell> cells, String elementName,
                  SourceLocation location) {

    public Row {
        cells = List.copyOf(cells);
    }
}
