package org.xbrllinker.parse;

/**
 * What a reader may know of row labels beyond the page itself: whether a text is a label some concept of the
 * taxonomy in use has. The flattened text form cannot tell a label from a text value ("Entity Registrant Name",
 * "3M COMPANY") by its shape alone; a known label is evidence that a cell starts a row.
 */
@FunctionalInterface
public interface LabelLexicon {

    /** Knows no label: the reader decides by the page alone. */
    LabelLexicon NONE = label -> false;

    /** True when {@code label}, as displayed (footnote markers removed), is a label of a known concept. */
    boolean isKnownLabel(String label);
}
