package org.xbrllinker.parse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed R page: title, unit line, columns, rows in page order and the hidden definitions in page order.
 * {@code unit} is the ISO 4217 code or unit id ("USD"), {@code scale} the multiplier the page applies ("$ in Thousands" gives 1000).
 */
public record Disclosure(String source, String title, String unitLine, String unit, BigDecimal scale,
                         List<ColumnHeader> columns, List<Row> rows, List<Definition> definitions) {

    public Disclosure {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        definitions = List.copyOf(definitions);
    }
}
