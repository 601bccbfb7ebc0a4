package org.xbrllinker.parse;

/** Input that cannot be read as what it claims to be; the message starts with the file and line. */
public class InputException extends LocatedException {

    public InputException(SourceLocation location, String problem) {
        super(location, problem, null);
    }

    public InputException(SourceLocation location, String problem, Throwable cause) {
        super(location, problem, cause);
    }
}
