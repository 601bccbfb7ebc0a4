package org.xbrllinker.parse;

import java.util.List;

/**
 * One hidden definition of an R page, in the page's order (the viewer sorts them by element name).
 * {@code documentation} is null for "No definition available." or a block with no Definition section;
 * {@code referenceRoles} are the role URIs of the reference lines the form kept (the flattened text keeps the first one).
 */
public record Definition(int index, String elementName, String documentation, List<String> referenceRoles,
                         List<String> referenceLines, SourceLocation location) {

    public Definition {
        referenceRoles = List.copyOf(referenceRoles);
        referenceLines = List.copyOf(referenceLines);
    }

    public boolean hasReferences() {
        return !referenceRoles.isEmpty();
    }
}
