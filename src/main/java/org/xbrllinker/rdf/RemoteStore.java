package org.xbrllinker.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.UpdateRequest;

/**
 * A store on a SPARQL 1.1 server, named by its dataset URL ({@code http://host:port/ds}): queries go to
 * {@code URL/query}, updates to {@code URL/update}, graphs are written through the Graph Store Protocol at {@code URL/data}
 * (Fuseki's layout; {@code URL} itself answers all three on Fuseki too).
 *
 * <p>Replacing a graph is a Graph Store Protocol {@code PUT}, removing one a {@code DROP SILENT GRAPH}. A server need not make its
 * default graph the union of the named graphs, as the TDB2 store does; a query that reads the default graph is sent
 * with a {@code FROM} and a {@code FROM NAMED} for every named graph the server holds, which makes it so by the
 * SPARQL standard itself. Queries that read only {@code GRAPH} patterns go as they are.
 */
public final class RemoteStore implements RdfStore {

    private static final Query GRAPHS = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }");
    private static final Query SIZE = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query CONTAINS = QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }");
    private static final Query COPY = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");

    private final String url;
    private final RDFConnection connection;
    /** Whether the server's default graph is already the union of its named graphs (xbrl-linker's {@code serve}). */
    private final boolean unionDefaultGraph;

    private RemoteStore(String url, RDFConnection connection, boolean unionDefaultGraph) {
        this.url = url;
        this.connection = connection;
        this.unionDefaultGraph = unionDefaultGraph;
    }

    /** A store on the server whose dataset is at {@code url}; nothing is sent until the first read or write. */
    public static RemoteStore connect(String url) {
        return connect(url, false);
    }

    /**
     * A store on a server whose default graph is the union of its named graphs, as xbrl-linker's {@code serve} makes
     * it: queries go as they are, without the {@code FROM} per graph ({@link #withUnionDefaultGraph}).
     */
    public static RemoteStore connectUnion(String url) {
        return connect(url, true);
    }

    private static RemoteStore connect(String url, boolean unionDefaultGraph) {
        String base = url.strip().replaceAll("/+$", "");
        RDFConnection connection = RDFConnectionRemote.newBuilder()
                .destination(base)
                .queryEndpoint("query")
                .updateEndpoint("update")
                .gspEndpoint("data")
                .build();
        return new RemoteStore(base, connection, unionDefaultGraph);
    }

    /**
     * An in-memory copy of the named graphs (or of the one named), each read by a Graph Store Protocol {@code GET}:
     * at {@code URL/get}, the read-only endpoint Fuseki and {@code serve} offer without a login, else at
     * {@code URL/data}. The graphs are listed by a SPARQL query. Each graph is read whole, one request each, so a
     * reader sees each graph whole, though not all of them at one instant.
     */
    public org.apache.jena.sparql.core.DatasetGraph readGraphs(String graph) {
        org.apache.jena.sparql.core.DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        List<String> names = graph == null ? graphs() : List.of(graph);
        try (RDFConnection get = RDFConnectionRemote.newBuilder().destination(url).gspEndpoint("get").build()) {
            boolean useGet = true;
            for (String g : names) {
                Model m;
                if (useGet) {
                    try {
                        m = get.fetch(g);
                    } catch (org.apache.jena.atlas.web.HttpException e) {
                        if (e.getStatusCode() != 404 && e.getStatusCode() != 405) {
                            throw e;
                        }
                        useGet = false; // no URL/get on this server: its URL/data answers reads too
                        m = connection.fetch(g);
                    }
                } else {
                    m = connection.fetch(g);
                }
                org.apache.jena.graph.Node name = NodeFactory.createURI(g);
                m.getGraph().find().forEachRemaining(t -> copy.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }
        return copy;
    }

    /** The dataset URL. */
    public String url() {
        return url;
    }

    /**
     * Each non-empty graph goes as one Graph Store Protocol {@code PUT} (which the server runs as one transaction, so
     * a reader sees the old graph or the new one, never half), the empty ones as one {@code DROP SILENT GRAPH} update.
     * Unlike TDB2, the graphs of one call are not replaced all-or-nothing: a chunk that fails half-written is written
     * again, whole, when the job restarts (replacing is idempotent).
     */
    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, Model> e : graphs.entrySet()) {
            if (e.getValue().isEmpty()) {
                empty.add(e.getKey());
            } else {
                connection.put(e.getKey(), e.getValue());
            }
        }
        removeGraphs(empty);
    }

    /** One SPARQL {@code INSERT DATA} request with the triples of every graph given (which the server runs whole). */
    @Override
    public void addToGraphs(Map<String, Model> graphs) {
        org.apache.jena.sparql.modify.request.QuadDataAcc quads = new org.apache.jena.sparql.modify.request.QuadDataAcc();
        graphs.forEach((graph, model) -> {
            org.apache.jena.graph.Node g = NodeFactory.createURI(graph);
            model.getGraph().find().forEachRemaining(
                    t -> quads.addQuad(new org.apache.jena.sparql.core.Quad(g, t)));
        });
        if (!quads.getQuads().isEmpty()) {
            connection.update(new UpdateRequest(new org.apache.jena.sparql.modify.request.UpdateDataInsert(quads)));
        }
    }

    @Override
    public Model copyOf(String graph) {
        Model m = RdfMapper.newModel();
        try (QueryExecution qe = connection.newQuery().query(COPY)
                .substitution("g", ModelFactory.createDefaultModel().createResource(graph)).build()) {
            m.add(qe.execConstruct());
        }
        return m;
    }

    @Override
    public void removeGraphs(List<String> graphs) {
        if (graphs.isEmpty()) {
            return;
        }
        UpdateRequest request = new UpdateRequest();
        graphs.forEach(g -> request.add(new UpdateDrop(NodeFactory.createURI(g), true)));
        connection.update(request);
    }

    @Override
    public boolean containsGraph(String graph) {
        try (QueryExecution qe = connection.newQuery().query(CONTAINS)
                .substitution("g", ModelFactory.createDefaultModel().createResource(graph)).build()) {
            return qe.execAsk();
        }
    }

    @Override
    public long size() {
        try (QueryExecution qe = connection.query(SIZE)) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Override
    public void forEachRow(Query query, Map<String, RDFNode> bindings, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = connection.query(withUnionDefaultGraph(bound(query, bindings)))) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    @Override
    public List<QuerySolution> selectAll(Query query, Map<String, RDFNode> bindings) {
        try (QueryExecution qe = connection.query(withUnionDefaultGraph(bound(query, bindings)))) {
            List<QuerySolution> rows = new ArrayList<>();
            Model detached = ModelFactory.createDefaultModel();
            qe.execSelect().forEachRemaining(row -> {
                rows.add(RdfStore.detached(row, detached));
            });
            return rows;
        }
    }

    @Override
    public <T> T execute(Query query, Function<QueryExecution, T> handler) {
        try (QueryExecution qe = connection.newQuery().query(withUnionDefaultGraph(query)).build()) {
            return handler.apply(qe);
        }
    }

    /**
     * The query with its variables bound by a {@code VALUES} block opening its pattern: the same answers as Jena's
     * substitution, in text any server parses (substituted text would project {@code (<iri> AS ?g)}, which is not
     * SPARQL where {@code ?g} is also grouped by).
     */
    static Query bound(Query query, Map<String, RDFNode> bindings) {
        if (bindings.isEmpty()) {
            return query;
        }
        Query q = query.cloneQuery();
        BindingBuilder row = BindingFactory.builder();
        List<Var> vars = new ArrayList<>();
        bindings.forEach((name, value) -> {
            Var v = Var.alloc(name);
            vars.add(v);
            row.add(v, value.asNode());
        });
        ElementData data = new ElementData(vars, List.of(row.build()));
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        group.addElement(q.getQueryPattern());
        q.setQueryPattern(group);
        return q;
    }

    /** The named graphs the server holds. */
    public List<String> graphs() {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = connection.query(GRAPHS)) {
            qe.execSelect().forEachRemaining(row -> {
                if (row.get("g").isURIResource()) {
                    out.add(row.getResource("g").getURI());
                }
            });
        }
        return out;
    }

    /**
     * The query to send so that its default graph is the union of the named graphs: as it is when it reads no default
     * graph or names its own dataset; otherwise with a {@code FROM} and a {@code FROM NAMED} per graph (both: a query
     * with {@code FROM} and no {@code FROM NAMED} has no named graphs at all).
     */
    Query withUnionDefaultGraph(Query query) {
        if (unionDefaultGraph || query.hasDatasetDescription() || !readsDefaultGraph(query)) {
            return query;
        }
        Query q = query.cloneQuery();
        for (String g : graphs()) {
            q.addGraphURI(g);
            q.addNamedGraphURI(g);
        }
        if (q.getGraphURIs().isEmpty()) {
            // no graphs yet: a FROM of a graph that does not exist keeps the default graph empty, as the union of none
            q.addGraphURI(Iris.NO_GRAPH);
        }
        return q;
    }

    /**
     * Whether any pattern of the query is matched against the default graph, outside every {@code GRAPH}. Errs toward
     * yes (an {@code EXISTS}, a service call): that only costs a longer query, never a different answer.
     */
    public static boolean readsDefaultGraph(Query query) {
        Op op = Algebra.toQuadForm(Algebra.compile(query));
        String text = op.toString().toLowerCase(Locale.ROOT);
        if (text.contains("exists") || text.contains("(service")) {
            return true;
        }
        boolean[] found = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpQuadPattern quads) {
                found[0] |= quads.isDefaultGraph();
            }

            @Override
            public void visit(OpQuadBlock block) {
                found[0] |= block.getPattern().getList().stream().anyMatch(q -> q.isDefaultGraph());
            }

            @Override
            public void visit(OpGraph graph) {
                found[0] |= Quad.isDefaultGraph(graph.getNode());
            }
        });
        return found[0];
    }

    @Override
    public void close() {
        connection.close();
    }
}
