package org.xbrllinker.taxonomy;

import org.xbrllinker.parse.SourceLocation;

/** A taxonomy document that cannot be read; the message is {@code file:line: what was expected}. */
public class TaxonomyException extends Exception {

    private final SourceLocation location;
    private final String problem;

    public TaxonomyException(SourceLocation location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public TaxonomyException(SourceLocation location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
    }

    public SourceLocation location() {
        return location;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }
}
