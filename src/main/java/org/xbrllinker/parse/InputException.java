package org.xbrllinker.parse;

/** Input that cannot be read as what it claims to be; the message starts with the file and line. */
public class InputException extends Exception {

    private final SourceLocation location;
    private final String problem;

    public InputException(SourceLocation location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public InputException(SourceLocation location, String problem, Throwable cause) {
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
