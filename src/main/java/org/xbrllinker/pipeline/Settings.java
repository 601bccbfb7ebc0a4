package org.xbrllinker.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Splits the list-valued job parameters (one path a line) the same way for the CLI and the job. */
public final class Settings {

    private Settings() {
    }

    /** Paths of a job parameter holding one path a line; blank lines are ignored. */
    public static List<Path> paths(String value) {
        List<Path> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String line : value.split("\\R")) {
            if (!line.isBlank()) {
                out.add(Path.of(line.strip()));
            }
        }
        return out;
    }

    /** The inverse of {@link #paths(String)}. */
    public static String join(List<Path> paths) {
        StringBuilder out = new StringBuilder();
        for (Path p : paths) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(p.toString());
        }
        return out.toString();
    }
}
