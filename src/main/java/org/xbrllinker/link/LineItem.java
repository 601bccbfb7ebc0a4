package org.xbrllinker.link;

import java.util.List;

import org.xbrllinker.parse.Definition;
import org.xbrllinker.parse.Row;
import org.xbrllinker.taxonomy.Concept;

/**
 * A row linked to the concept it reports. {@code dimension} is the axis and member a member row names (the rows under
 * it report facts of that member), null for every other row; such a row's {@code concept} is its member (the axis for
 * a typed member). {@code labelRole} is the label role the row's wording and signs imply
 * (period start/end, negated, or the standard label). {@code section} is the row number of the heading the row
 * sits under (0 for none). {@code labelTerms} counts the content terms of the row label and {@code labelSupport}
 * is the share of them found in the concept's labels, documentation or name.
 */
public record LineItem(Row row, Definition definition, Concept concept, boolean extension, String labelRole,
                       boolean negated, double confidence, List<Evidence> evidence, int section, int labelTerms,
                       double labelSupport, List<FactCell> cells, Dimension dimension) {

    public LineItem {
        evidence = List.copyOf(evidence);
        cells = List.copyOf(cells);
    }

    /** A row that names no dimension. */
    public LineItem(Row row, Definition definition, Concept concept, boolean extension, String labelRole,
                    boolean negated, double confidence, List<Evidence> evidence, int section, int labelTerms,
                    double labelSupport, List<FactCell> cells) {
        this(row, definition, concept, extension, labelRole, negated, confidence, evidence, section, labelTerms,
                labelSupport, cells, null);
    }

    /** The element id this row links to, as an R page names it: {@code us-gaap_X}, or {@code axis=member}. */
    public String elementId() {
        return dimension != null ? dimension.elementId() : concept.prefix() + "_" + concept.localName();
    }
}
