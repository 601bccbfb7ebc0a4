package org.xbrllinker.rdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The store the pipeline writes disclosure graphs into and runs its queries over: a TDB2 folder ({@link XbrlStore})
 * or a SPARQL 1.1 server named by its dataset URL ({@link RemoteStore}). Either way a query's default graph is the
 * union of the named graphs, and a reader sees a graph whole or not at all.
 */
public interface RdfStore extends AutoCloseable {

    /** The store a {@code --store} value or {@code store} job parameter names: an http(s) URL or a TDB2 folder. */
    static RdfStore open(String location) {
        return isRemote(location) ? RemoteStore.connect(location) : XbrlStore.open(Path.of(location));
    }

    /** Whether a store location is a SPARQL server's dataset URL rather than a folder. */
    static boolean isRemote(String location) {
        String l = location == null ? "" : location.strip().toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /**
     * Replaces the named graphs given (an empty model removes its graph): in TDB2 all of them in one transaction, on a
     * server graph by graph, each whole.
     */
    void replaceGraphs(Map<String, Model> graphs);

    /**
     * Adds the triples given to the named graphs given, keeping what they hold (in TDB2 in one transaction; on a server
     * as one SPARQL {@code INSERT DATA} request).
     */
    void addToGraphs(Map<String, Model> graphs);

    /** A copy of a named graph (empty when the store has none), to change and put back with {@link #replaceGraphs}. */
    /**
     * Replaces the graphs {@code replace} names and adds the triples of {@code add} to theirs (taxonomy graphs, which
     * many disclosures share). A store that has transactions does both in one; by default the additions go first, so
     * that a graph is never written before the taxonomy items it points to.
     */
    default void write(Map<String, Model> replace, Map<String, Model> add) {
        addToGraphs(add);
        replaceGraphs(replace);
    }

    Model copyOf(String graph);

    /** Removes named graphs (those absent are no error). */
    void removeGraphs(List<String> graphs);

    boolean containsGraph(String graph);

    /** Number of quads in all named graphs. */
    long size();

    /**
     * The graphs that hold what the given inputs ({@code xlk:input} IRIs, {@link Iris#input}) gave in earlier runs:
     * one query, however many inputs.
     */
    default java.util.Set<String> graphsOfInputs(java.util.Collection<String> inputs) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (inputs.isEmpty()) {
            return out;
        }
        StringBuilder q = new StringBuilder("SELECT DISTINCT ?g WHERE { VALUES ?in {");
        inputs.forEach(in -> q.append(" <").append(in).append('>'));
        q.append(" } GRAPH ?g { ?x <").append(XLK.input.getURI()).append("> ?in } }");
        selectAll(org.apache.jena.query.QueryFactory.create(q.toString())).forEach(row -> out.add(row.getResource("g").getURI()));
        return out;
    }

    /**
     * A copy of a query row whose terms belong to {@code into} (a plain model): it outlives the transaction or request
     * it was read in, and printing it never reaches for a store's prefixes.
     */
    static QuerySolution detached(QuerySolution row, Model into) {
        org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
        row.varNames().forEachRemaining(v -> copy.add(v, into.asRDFNode(row.get(v).asNode())));
        return copy;
    }

    /** All rows of a SELECT; the default graph is the union of the named graphs. */
    default List<QuerySolution> selectAll(Query query) {
        return selectAll(query, Map.of());
    }

    /** All rows of a SELECT with variables bound beforehand (Jena substitution, never string concatenation). */
    List<QuerySolution> selectAll(Query query, Map<String, RDFNode> bindings);

    /**
     * {@link #selectAll(Query, Map)} for a query that reads a few named graphs whole ({@code copied}) and looks terms up
     * in the union of the rest: the same rows. TDB2 reads each named graph given with one index range scan into memory
     * and runs the query there, the default graph still the store's union (a query that joins inside one disclosure
     * graph then costs what the graph holds, not a B+tree descent a pattern); other stores run the query as it is.
     */
    default List<QuerySolution> selectOverCopies(Query query, Map<String, RDFNode> bindings,
                                                 java.util.Collection<String> copied) {
        return overCopies(copied, view -> view.selectAll(query, bindings));
    }

    /**
     * Runs {@code work} over a read-only view of this store whose named graphs are the graphs given, copied (in TDB2,
     * into memory, each with one index range scan), and whose default graph is still this store's union: a query with
     * {@code GRAPH ?g} unbound then ranges over those graphs only, and joins inside them in memory. The view is valid
     * only while {@code work} runs. A store that does not copy ({@link #copiesGraphs()} false) hands itself.
     */
    default <T> T overCopies(java.util.Collection<String> graphs, Function<RdfStore, T> work) {
        return work.apply(this);
    }

    /** Whether {@link #overCopies} gives a view of the graphs given only (else it gives the whole store). */
    default boolean copiesGraphs() {
        return false;
    }

    /**
     * Hands each row of a SELECT (variables bound beforehand) to {@code row} as it is read, without holding the rows:
     * in TDB2 inside the read (or the caller's write) transaction, so {@code row} must not write to the store.
     */
    default void forEachRow(Query query, Map<String, RDFNode> bindings, java.util.function.Consumer<QuerySolution> row) {
        selectAll(query, bindings).forEach(row);
    }

    /** Any query form, for the command line: the handler reads the execution while it is open. */
    <T> T execute(Query query, Function<QueryExecution, T> handler);

    /**
     * Loads the vocabulary into its own graph, so that queries can ask it which roles are known: only when the graph
     * does not already hold it, as its {@code xlk:contentDigest} (the SHA-256 of the bundled file) tells. Parsing and
     * rewriting the same 1,100 triples was a tenth of a one-page run.
     */
    default void loadOntology(String graph) {
        String digest = XbrlStore.ontologyDigest();
        org.apache.jena.query.ParameterizedSparqlString ask = new org.apache.jena.query.ParameterizedSparqlString(
                "ASK { GRAPH ?g { ?g ?p ?digest } }");
        ask.setIri("g", graph);
        ask.setIri("p", XLK.contentDigest.getURI());
        ask.setLiteral("digest", digest);
        if (execute(ask.asQuery(), QueryExecution::execAsk)) {
            return;
        }
        Model vocabulary = XbrlStore.ontology();
        vocabulary.add(vocabulary.createResource(graph), XLK.contentDigest, digest);
        replaceGraphs(Map.of(graph, vocabulary));
    }

    /** Lets go of the store for good (for TDB2: its folder, so that another class loader can open it). */
    /**
     * Runs {@code work} as one step with no other writer in between: one TDB2 write transaction. A remote store has no
     * transaction across requests; there each graph it writes is replaced in one request, and {@code work} just runs.
     */
    default <T> T inWriteTransaction(java.util.function.Supplier<T> work) {
        return work.get();
    }

    default void release() {
        close();
    }

    @Override
    void close();
}
