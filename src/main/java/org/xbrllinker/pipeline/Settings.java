package org.xbrllinker.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Splits the list-valued job parameters the same way for the CLI, the server and the job: one path a line, or a JSON
 * array of strings. {@link #join} writes several paths as a JSON array because a JDBC job repository of JBeret keeps
 * each job parameter on one line ({@code key = value}): the lines after the first would be lost on a restart.
 */
public final class Settings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Settings() {
    }

    /** Paths of a job parameter holding one path a line or a JSON array of paths; blank ones are ignored. */
    public static List<Path> paths(String value) {
        List<Path> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        String v = value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            String[] items;
            try {
                items = JSON.readValue(v, String[].class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("expected a JSON array of paths, found " + v + ": "
                        + e.getOriginalMessage(), e);
            }
            for (String item : items) {
                if (item != null && !item.isBlank()) {
                    out.add(Path.of(item.strip()));
                }
            }
            return out;
        }
        for (String line : value.split("\\R")) {
            if (!line.isBlank()) {
                out.add(Path.of(line.strip()));
            }
        }
        return out;
    }

    /** The inverse of {@link #paths(String)}, on one line: a single path as it is, several as a JSON array. */
    public static String join(List<Path> paths) {
        if (paths.size() == 1 && !paths.get(0).toString().startsWith("[")) {
            return paths.get(0).toString();
        }
        if (paths.isEmpty()) {
            return "";
        }
        try {
            return JSON.writeValueAsString(paths.stream().map(Path::toString).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
