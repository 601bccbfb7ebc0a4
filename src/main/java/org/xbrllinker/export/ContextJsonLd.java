package org.xbrllinker.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.JenaException;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a graph as JSON-LD compacted with the vocabulary's published context ({@value #RESOURCE}). Jena 5's JSON-LD
 * writer builds its context from the prefixes only and takes no other, so this goes through titanium-json-ld, which
 * Jena bundles, the way Jena's writer does.
 */
public final class ContextJsonLd {

    /** The context's place in the jar (and under {@code ontology/} in the source tree). */
    public static final String RESOURCE = "ontology/context.jsonld";

    private static final JsonObject CONTEXT = load();

    private ContextJsonLd() {
    }

    /** The context document: an object with one {@code @context} member. */
    public static JsonObject context() {
        return CONTEXT;
    }

    /** Writes {@code graph}, compacted with the context (which is embedded, so the output reads without a network). */
    public static void write(Graph graph, OutputStream out) {
        JsonObject compacted = compact(graph);
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.write(compacted);
        }
    }

    /** {@code graph} compacted with the context. */
    public static JsonObject compact(Graph graph) {
        QuadsToJsonld toJson = JsonLd.fromRdf().mode(JsonLdVersion.V1_1);
        try {
            for (Triple t : graph.find().toList()) {
                Node o = t.getObject();
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    toJson.quad(resource(t.getSubject()), resource(t.getPredicate()), o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(), lang.isEmpty() ? null : lang, null, null);
                } else {
                    toJson.quad(resource(t.getSubject()), resource(t.getPredicate()), resource(o), null, null, null, null);
                }
            }
            return JsonLd.compact(JsonDocument.of(toJson.toJsonLd()), JsonDocument.of(CONTEXT)).get();
        } catch (JsonLdError | RdfConsumerException e) {
            throw new JenaException("cannot write the graph as JSON-LD with " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static String resource(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        throw new JenaException("not an IRI or a blank node: " + n);
    }

    private static JsonObject load() {
        try (InputStream in = ContextJsonLd.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
