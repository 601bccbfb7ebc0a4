package org.xbrllinker.check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The comment header of a bundled or steward's {@code .rq} file: {@code # key: value} lines before the query, read
 * the same way for checks ({@code id}, {@code severity}, {@code description}, {@code message}, {@code scope}) and
 * example queries ({@code title}, {@code description}). A description goes on over the comment lines that follow it.
 */
public final class QueryHeader {

    private static final String DESCRIPTION = "description";

    private QueryHeader() {
    }

    /** The values of {@code keys} (lower case) found in the header of {@code text}; absent keys are left out. */
    public static Map<String, String> parse(String text, Set<String> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        String last = null;
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                if (t.isEmpty()) {
                    continue;
                }
                break;
            }
            String body = t.substring(1).strip();
            int colon = body.indexOf(':');
            String key = colon > 0 ? body.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
            if (keys.contains(key)) {
                out.put(key, body.substring(colon + 1).strip());
                last = key;
            } else if (DESCRIPTION.equals(last) && !body.isEmpty()) {
                out.merge(DESCRIPTION, body, (a, b) -> a + " " + b);
            }
        }
        return out;
    }
}
