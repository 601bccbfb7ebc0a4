package org.xbrllinker.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.xbrllinker.rdf.XbrlStore;

/**
 * An example query of the query page: a {@code .rq} file under {@value #RESOURCE_DIR}, headed by {@code # title:} and
 * {@code # description:} comments (the description may go on over the following comment lines).
 */
public record ExampleQuery(String file, String title, String description, String query) {

    /** Where the examples are, in the jar and in the source tree. */
    public static final String RESOURCE_DIR = "ontology/queries/examples";

    /** The bundled examples in file name order. */
    public static List<ExampleQuery> bundled() {
        List<ExampleQuery> out = new ArrayList<>();
        XbrlStore.bundledQueryFiles(RESOURCE_DIR).forEach((name, text) -> out.add(parse(name, text)));
        return out;
    }

    /**
     * Reads an example from its text; {@code file} names it in errors.
     *
     * @throws IllegalArgumentException when the title is missing or the query does not parse (file and line)
     */
    public static ExampleQuery parse(String file, String text) {
        String title = null;
        StringBuilder description = new StringBuilder();
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
            if (key.equals("title")) {
                title = body.substring(colon + 1).strip();
                last = key;
            } else if (key.equals("description")) {
                description.append(body.substring(colon + 1).strip());
                last = key;
            } else if ("description".equals(last) && !body.isEmpty()) {
                description.append(' ').append(body);
            }
        }
        if (title == null || title.isEmpty()) {
            throw new IllegalArgumentException(file + ": an example query needs a \"# title:\" line");
        }
        try {
            QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(file + ":" + e.getLine() + ": " + e.getMessage(), e);
        }
        return new ExampleQuery(file, title, description.toString(), text);
    }
}
