package org.xbrllinker.parse;

/** A problem found at a place in a file; the message is {@code file:line: what was expected}. */
public abstract class LocatedException extends Exception {

    private final SourceLocation location;
    private final String problem;

    protected LocatedException(SourceLocation location, String problem, Throwable cause) {
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
