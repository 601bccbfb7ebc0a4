package org.xbrllinker.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A read-only view of a TDB2 store for queries that read a few named graphs whole: its named graphs are in-memory
 * copies of those graphs (each read with one index range scan), its default graph is the store's union, read through
 * the transaction the view was made in. A query then joins inside a graph in memory instead of descending B+trees for
 * every pattern, and one query with {@code GRAPH ?g} unbound reads the copied graphs only, whatever else the store
 * holds; queries run with the store's context (a server's timeout and limits). Valid only inside the transaction that
 * made it ({@link XbrlStore#overCopies}); it cannot write.
 */
final class CopiedGraphs implements RdfStore {

    private final org.apache.jena.query.Dataset local;

    CopiedGraphs(DatasetGraph stored, Collection<String> graphs) {
        DatasetGraph view = DatasetGraphFactory.create(stored.getUnionGraph());
        // the store's settings go with it: a server's query timeout, no SERVICE (ARQ reads them from the context)
        view.getContext().putAll(stored.getContext());
        for (String g : graphs) {
            Node name = NodeFactory.createURI(g);
            Graph copy = GraphFactory.createGraphMem();
            stored.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            view.addGraph(name, copy);
        }
        this.local = DatasetFactory.wrap(view);
    }

    @Override
    public void forEachRow(Query query, Map<String, RDFNode> bindings, Consumer<QuerySolution> row) {
        try (QueryExecution qe = execution(query, bindings)) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    @Override
    public List<QuerySolution> selectAll(Query query, Map<String, RDFNode> bindings) {
        List<QuerySolution> rows = new ArrayList<>();
        // detached from the store's terms: the rows outlive the transaction the view was made in
        Model detached = ModelFactory.createDefaultModel();
        forEachRow(query, bindings, row -> {
            rows.add(RdfStore.detached(row, detached));
        });
        return rows;
    }

    @Override
    public <T> T execute(Query query, Function<QueryExecution, T> handler) {
        try (QueryExecution qe = execution(query, Map.of())) {
            return handler.apply(qe);
        }
    }

    private QueryExecution execution(Query query, Map<String, RDFNode> bindings) {
        var builder = QueryExecution.dataset(local).query(query);
        for (Map.Entry<String, RDFNode> b : bindings.entrySet()) {
            builder = builder.substitution(b.getKey(), b.getValue());
        }
        return builder.build();
    }

    @Override
    public boolean containsGraph(String graph) {
        return local.asDatasetGraph().containsGraph(NodeFactory.createURI(graph));
    }

    @Override
    public Model copyOf(String graph) {
        Model m = RdfMapper.newModel();
        if (containsGraph(graph)) {
            m.add(local.getNamedModel(graph));
        }
        return m;
    }

    @Override
    public long size() {
        long n = 0;
        for (var it = local.asDatasetGraph().listGraphNodes(); it.hasNext(); ) {
            n += local.asDatasetGraph().getGraph(it.next()).size();
        }
        return n;
    }

    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        throw readOnly();
    }

    @Override
    public void addToGraphs(Map<String, Model> graphs) {
        throw readOnly();
    }

    @Override
    public void removeGraphs(List<String> graphs) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a view of copied graphs is read-only: write to the store it was made from");
    }

    @Override
    public void close() {
        // the copies go with the view; the store stays open
    }
}
