package org.xbrllinker.server;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The API's JSON, written and read with the application's own Jackson so that the output does not depend on which JSON
 * provider the server prefers.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A request body as a JSON object; an empty body is an empty object. */
    static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            return MAPPER.createObjectNode();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw ProblemException.badRequest("bad-json", "request body is not JSON"
                    + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw ProblemException.badRequest("bad-json", "request body must be a JSON object, not " + node.getNodeType());
        }
        return node;
    }

    /**
     * The {@code parameters} object of a request: each value a string, a number, a boolean or an array of strings
     * (joined one a line, the job's list format).
     */
    static Map<String, String> parameters(JsonNode body, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode params = body.get(field);
        if (params == null || params.isNull()) {
            return out;
        }
        if (!params.isObject()) {
            throw ProblemException.badRequest("bad-parameter", "'" + field + "' must be an object of job parameters");
        }
        for (var it = params.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            if (v.isArray()) {
                StringBuilder joined = new StringBuilder();
                for (JsonNode item : v) {
                    if (!item.isValueNode()) {
                        throw ProblemException.badRequest("bad-parameter",
                                "job parameter '" + e.getKey() + "' must be a string or an array of strings");
                    }
                    joined.append(joined.isEmpty() ? "" : "\n").append(item.asText());
                }
                out.put(e.getKey(), joined.toString());
            } else if (v.isValueNode() && !v.isNull()) {
                out.put(e.getKey(), v.asText());
            } else {
                throw ProblemException.badRequest("bad-parameter",
                        "job parameter '" + e.getKey() + "' must be a string or an array of strings");
            }
        }
        return out;
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
