package org.xbrllinker.parse;

import java.util.List;
import java.util.Map;

import org.xbrllinker.taxonomy.Reference;

/**
 * One hidden definition of an R page, in the page's order (the viewer sorts them by element name).
 * {@code elementName} is {@code prefix_LocalName} where the page names it (HTML; dimensional rows
 * {@code prefix_Axis=prefix_Member}), null in the flattened text. {@code documentation} is null for "No definition
 * available." or a block with no Definition section; {@code referenceRoles} are the role URIs of the reference lines
 * the form kept (the flattened text keeps the first one) and {@code references} the references with their parts
 * where the form has them (HTML). {@code details} holds the "+ Details" table of an HTML page (Name, Namespace Prefix,
 * Data Type, Balance Type, Period Type), empty where the form has none.
 */
public record Definition(int index, String elementName, String documentation, List<String> referenceRoles,
                         List<String> referenceLines, List<Reference> references, Map<String, String> details,
                         SourceLocation location) {

    public Definition {
        referenceRoles = List.copyOf(referenceRoles);
        referenceLines = List.copyOf(referenceLines);
        references = List.copyOf(references);
        details = Map.copyOf(details);
    }

    /** A definition of the flattened text: no element name, no reference parts, no details. */
    public Definition(int index, String elementName, String documentation, List<String> referenceRoles,
                      List<String> referenceLines, SourceLocation location) {
        this(index, elementName, documentation, referenceRoles, referenceLines, List.of(), Map.of(), location);
    }

    public boolean hasReferences() {
        return !referenceRoles.isEmpty();
    }
}
