package org.xbrllinker.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update service without {@code LOAD} or {@code SERVICE}: a user allowed to update may change the
 * store, but not make the server read one of its own files or fetch a URL into it. Such a request gets a 400 and
 * changes nothing; data goes in through the graph store protocol ({@code PUT /xbrl/data?graph=IRI}) instead.
 */
final class LimitedUpdateProcessor extends SPARQL_Update {

    private static boolean hasService(Update update) {
        if (!(update instanceof UpdateModify modify) || modify.getWherePattern() == null) {
            return false;
        }
        boolean[] found = {false};
        ElementWalker.walk(modify.getWherePattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        // the body is bounded by the server's request size limit, so it can be read whole and parsed twice
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            // Fuseki's own parse reports it, with its base IRI
            request = null;
        }
        if (request != null && request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            ServletOps.errorBadRequest("LOAD is not allowed on this server: it would read a file or a URL of the "
                    + "server's choosing. PUT or POST the data to /xbrl/data?graph=IRI instead.");
        }
        if (request != null && request.getOperations().stream().anyMatch(LimitedUpdateProcessor::hasService)) {
            // the dataset's context refuses it too, but as a 500 once the update has begun
            ServletOps.errorBadRequest("SERVICE is not allowed on this server: it would fetch a URL.");
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
