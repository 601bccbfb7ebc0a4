package org.xbrllinker.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.xbrllinker.check.QueryHeader;
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
        Map<String, String> header = QueryHeader.parse(text, Set.of("title", "description"));
        String title = header.get("title");
        String description = header.getOrDefault("description", "");
        if (title == null || title.isEmpty()) {
            throw new IllegalArgumentException(file + ": an example query needs a \"# title:\" line");
        }
        try {
            QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(file + ":" + e.getLine() + ": " + e.getMessage(), e);
        }
        return new ExampleQuery(file, title, description, text);
    }
}
