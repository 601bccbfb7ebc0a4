package org.xbrllinker.parse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed R page: title, unit line, columns, rows in page order and the hidden definitions in page order.
 * {@code unit} is the ISO 4217 code or unit id ("USD"), {@code scale} the multiplier the page applies ("$ in Thousands" gives 1000).
 * {@code scaleStatements} are the page's rounding statements, subject to power of ten ("$" 6, "shares" 3, "$ / shares"
 * 0 for "shares in Thousands, $ in Millions"), empty when it makes none.
 */
public record Disclosure(String source, String title, String unitLine, String unit, BigDecimal scale,
                         List<ColumnHeader> columns, List<Row> rows, List<Definition> definitions,
                         java.util.Map<String, Integer> scaleStatements) {

    public Disclosure {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        definitions = List.copyOf(definitions);
        scaleStatements = scaleStatements == null ? java.util.Map.of() : java.util.Map.copyOf(scaleStatements);
    }

    /** A page without rounding statements beyond its scale. */
    public Disclosure(String source, String title, String unitLine, String unit, BigDecimal scale,
                      List<ColumnHeader> columns, List<Row> rows, List<Definition> definitions) {
        this(source, title, unitLine, unit, scale, columns, rows, definitions, java.util.Map.of());
    }
}
