package org.xbrllinker.link;

import java.util.List;

import org.xbrllinker.parse.Definition;
import org.xbrllinker.parse.Row;
import org.xbrllinker.taxonomy.Concept;

/**
 * A row linked to the concept it reports. {@code labelRole} is the label role the row's wording and signs imply
 * (period start/end, negated, or the standard label). {@code section} is the row number of the heading the row
 * sits under (0 for none). {@code labelTerms} counts the content terms of the row label and {@code labelSupport}
 * is the share of them found in the concept's labels, documentation or name.
 */
public record LineItem(Row row, Definition definition, Concept concept, boolean extension, String labelRole,
                       boolean negated, double confidence, List<Evidence> evidence, int section, int labelTerms,
                       double labelSupport, List<FactCell> cells) {

    public LineItem {
        evidence = List.copyOf(evidence);
        cells = List.copyOf(cells);
    }
}
