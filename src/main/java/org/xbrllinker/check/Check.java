package org.xbrllinker.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * One check: a SPARQL SELECT from a {@code .rq} file whose header comments give {@code # id:}, {@code # severity:},
 * {@code # description:} and {@code # message:} (a template over the query's variables: {@code {name}}, numbers
 * with thousands separators; {@code {name:sum}}, {@code key|amount} tokens as a sum in key order;
 * {@code {name:amounts}}, a list of amounts).
 * The query binds {@code ?g} (the graph it runs on) and {@code ?status} ("pass" or "fail") for each subject;
 * {@code # scope:} says which graphs: {@code disclosure} (an R page's, the default) or {@code filing} (an instance's).
 */
public record Check(String id, String severity, String description, String messageTemplate, Query query,
                    String source, String scope) {

    /** Runs on each disclosure graph (an R page). */
    public static final String DISCLOSURE = "disclosure";
    /** Runs on each filing graph (an instance). */
    public static final String FILING = "filing";

    private static final List<String> SEVERITIES = List.of("error", "warning", "info");
    private static final Set<String> HEADER_KEYS = Set.of("id", "severity", "description", "message", "scope");

    /** Reads a check from its text; {@code source} names the file in errors. */
    public static Check parse(String source, String text) {
        Map<String, String> header = QueryHeader.parse(text, HEADER_KEYS);
        String id = header.get("id");
        String severity = header.containsKey("severity") ? header.get("severity").toLowerCase(Locale.ROOT) : null;
        String description = header.getOrDefault("description", "");
        String message = header.get("message");
        String scope = header.getOrDefault("scope", DISCLOSURE).toLowerCase(Locale.ROOT);
        List<String> missing = new ArrayList<>();
        if (id == null) {
            missing.add("# id:");
        }
        if (severity == null) {
            missing.add("# severity:");
        }
        if (message == null) {
            missing.add("# message:");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(source + ": check header lacks " + String.join(", ", missing));
        }
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException(source + ": severity \"" + severity + "\" is not one of " + SEVERITIES);
        }
        if (!scope.equals(DISCLOSURE) && !scope.equals(FILING)) {
            throw new IllegalArgumentException(source + ": scope \"" + scope + "\" is not disclosure or filing");
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(source + ":" + e.getLine() + ": " + e.getMessage(), e);
        }
        if (!query.isSelectType() || !query.getResultVars().contains("g") || !query.getResultVars().contains("status")) {
            throw new IllegalArgumentException(source + ": a check is a SELECT that returns ?g and ?status");
        }
        return new Check(id, severity, description, message, query, source, scope);
    }

    /** The family: the id up to its first dot. */
    public String family() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
