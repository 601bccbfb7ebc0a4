package org.xbrllinker.instance;

import org.xbrllinker.parse.SourceLocation;

/**
 * A fact an inline XBRL document holds that the reader left out, while reading the rest of the document: where its
 * element starts, its concept, the format it names as written ({@code ixt:num-dot-comma}), that format's namespace
 * (null when the prefix is not declared), and why.
 *
 * @param at              file, line and column of the fact's start tag
 * @param concept         the fact's concept as a prefixed name
 * @param format          the {@code format} attribute as written
 * @param formatNamespace the namespace its prefix stands for; null when undeclared
 * @param reason          what is wrong, in words
 */
public record RefusedFact(SourceLocation at, String concept, String format, String formatNamespace, String reason) {

    /** A fact whose format no transformation registry this reader knows defines. */
    static RefusedFact unknownFormat(SourceLocation at, String concept, String format, String formatNamespace) {
        return new RefusedFact(at, concept, format, formatNamespace, "left out " + concept
                + ": its format \"" + format + "\"" + (formatNamespace == null ? " (undeclared prefix)"
                : " (" + formatNamespace + ")") + " is no transformation of a registry this reader knows");
    }

    /** {@code file:line:column: reason}, as the parser's warnings read. */
    public String message() {
        return at + ": " + reason;
    }
}
