package org.xbrllinker.parse;

/** Where something was read: a file and a 1-based line (0 when unknown), optionally a 1-based column or cell. */
public record SourceLocation(String file, int line, int column) implements java.io.Serializable {

    public static SourceLocation of(String file, int line) {
        return new SourceLocation(file, line, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
