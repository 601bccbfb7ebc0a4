package org.xbrllinker.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * Fuseki's SPARQL query service with a result-size limit, which Fuseki does not have: a SELECT may return at most
 * {@code limit} rows and a CONSTRUCT or DESCRIBE at most {@code limit} triples. A query over the limit gets a
 * 400 naming the limit, before any result is sent, and the server goes on serving.
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {

    private final long limit;

    LimitedQueryProcessor(long limit) {
        this.limit = limit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        // one row more than allowed is enough to know the limit is passed; the engine stops there
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > limit)) {
            query.setLimit(limit + 1);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query requestQuery, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, qExec, requestQuery, queryStringLog);
        if (result.isRowSet()) {
            RowSetRewindable rows = RowSetMem.create(result.rowSet());
            if (rows.size() > limit) {
                tooLarge("rows");
            }
            rows.reset();
            return new QueryExecResult(rows);
        }
        if (result.isDataset() && result.dataset().stream().limit(limit + 1).count() > limit) {
            tooLarge("triples");
        }
        if (result.isGraph() && result.graph().size() > limit) {
            tooLarge("triples");
        }
        return result;
    }

    private void tooLarge(String what) {
        ServletOps.errorBadRequest("The result has more than " + limit + " " + what + ", this server's result limit "
                + "(serve --result-limit); add a LIMIT or narrow the query.");
    }
}
