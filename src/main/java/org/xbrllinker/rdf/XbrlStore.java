package org.xbrllinker.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The RDF store: a TDB2 dataset on disk (or in memory for tests), one named graph per disclosure. Every access runs
 * in a Jena transaction, so a reader sees a disclosure's graph whole or not at all.
 */
public final class XbrlStore implements RdfStore {

    private final Dataset dataset;
    private final boolean tdb2;

    private XbrlStore(Dataset dataset, boolean tdb2) {
        this.dataset = dataset;
        this.tdb2 = tdb2;
    }

    /**
     * Opens (creating if needed) a TDB2 dataset in {@code dir}. A failed open can be tried again and fails the same way:
     * TDB2 takes the folder's process lock before it reads the folder and keeps it when the reading fails, so the next
     * open in this JVM would only say the lock is held; it is let go here (no connection of this JVM uses the folder
     * then, or the open would have found it). A folder another process holds is a {@link StoreHeldException} naming
     * that process.
     */
    public static XbrlStore open(Path dir) {
        String location = dir.toAbsolutePath().toString();
        synchronized (XbrlStore.class) {
            try {
                return new XbrlStore(TDB2Factory.connectDataset(location), true);
            } catch (RuntimeException e) {
                org.apache.jena.dboe.base.file.ProcessFileLock lock = org.apache.jena.tdb2.sys.DatabaseConnection
                        .lockForLocation(org.apache.jena.dboe.base.file.Location.create(location));
                if (lock.isLockedHere()) {
                    org.apache.jena.dboe.base.file.ProcessFileLock.release(lock); // unlock() alone cannot be locked again
                }
                if (heldElsewhere(e)) {
                    throw new StoreHeldException(dir, lockHolder(dir, e), e);
                }
                throw e;
            }
        }
    }

    private static final java.util.regex.Pattern HELD_BY = java.util.regex.Pattern.compile("held by process (\\d+)");

    /** Whether an open failed because another process holds the folder's lock (TDB2's DBOpEnvException says so). */
    private static boolean heldElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.dboe.DBOpEnvException && t.getMessage() != null
                    && t.getMessage().startsWith("Failed to get a lock")) {
                return true;
            }
        }
        return false;
    }

    /** The process id the lock file holds (TDB2 writes its holder's), else the one TDB2's message names; 0 if none. */
    private static long lockHolder(Path dir, Throwable e) {
        try {
            return Long.parseLong(java.nio.file.Files.readString(dir.resolve("tdb.lock")).strip());
        } catch (IOException | NumberFormatException unreadable) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                java.util.regex.Matcher m = HELD_BY.matcher(String.valueOf(t.getMessage()));
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
            return 0;
        }
    }

    /** An in-memory TDB2 dataset (same transactions and union default graph as on disk), for tests. */
    public static XbrlStore inMemory() {
        return new XbrlStore(TDB2Factory.createDataset(), true);
    }

    /** A store over a dataset opened elsewhere, such as the one a server was given; closing the store closes it. */
    public static XbrlStore over(Dataset dataset) {
        return new XbrlStore(dataset, org.apache.jena.tdb2.DatabaseMgr.isTDB2(dataset.asDatasetGraph()));
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces the named graphs given, all in one write transaction: all of them are written or none. On TDB2 the
     * triples go straight into the quad table (no graph view per graph), and a graph is deleted first only when the
     * store holds it: a new graph costs one index probe, not a delete.
     */
    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> {
            if (!tdb2) {
                for (Map.Entry<String, Model> e : graphs.entrySet()) {
                    dataset.removeNamedModel(e.getKey());
                    dataset.addNamedModel(e.getKey(), e.getValue());
                }
                return;
            }
            DatasetGraph dsg = dataset.asDatasetGraph();
            Map<Node, Model> byNode = new LinkedHashMap<>();
            for (Map.Entry<String, Model> e : graphs.entrySet()) {
                Node g = NodeFactory.createURI(e.getKey());
                removeIfPresent(dsg, g);
                byNode.put(g, e.getValue());
            }
            add(dsg, byNode);
        });
    }

    /** Replaces {@code replace} and adds {@code add} in one write transaction: all of it is written or none. */
    @Override
    public void write(Map<String, Model> replace, Map<String, Model> add) {
        Txn.executeWrite(dataset, () -> {
            replaceGraphs(replace);
            addToGraphs(add);
        });
    }

    /**
     * Removes a graph the store holds; a new graph costs one index probe. removeGraph deletes by TDB2 node ids;
     * deleteAny goes through the decoded terms, and misses the quads of decimals stored inline whose decoded form
     * encodes to another id ("20" -> "20.0"). Jena's own delete, not one in each index's key order: deleting a
     * graph's records in key order measured slower (README, "The write path").
     */
    private static void removeIfPresent(DatasetGraph dsg, Node g) {
        if (dsg.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
            dsg.removeGraph(g);
        }
    }

    /**
     * Adds each model's triples to its graph, straight into the quad table: all the graphs' quads at once, each quad
     * index in its own key order ({@link SortedQuadWriter}), inside the caller's write transaction.
     */
    private static void add(DatasetGraph dsg, Map<Node, Model> graphs) {
        SortedQuadWriter.add(org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dsg), graphs);
    }

    /**
     * Compacts the TDB2 store on disk: copies its current state into a new {@code Data-NNNN} folder, switches to it
     * and deletes the old one (TDB2 is copy-on-write: every write transaction leaves copies of the index blocks it
     * touched, and only compaction reclaims them). Waits for running writers; readers that started before go on
     * reading the old state. Other files of the store folder (the job repository, the report) stay. Returns whether
     * it compacted: an in-memory store, or one that is not TDB2, has nothing to compact.
     */
    public boolean compact() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!tdb2 || !DatabaseMgr.isTDB2(dsg) || DatabaseMgr.location(dsg).isMem()) {
            return false;
        }
        DatabaseMgr.compact(dsg, true);
        return true;
    }

    /**
     * Bytes on disk of the store's current {@code Data-NNNN} folder (what the next compaction would shrink); 0 for a
     * store that is not on disk.
     */
    public long dataBytes() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!tdb2 || !DatabaseMgr.isTDB2(dsg) || DatabaseMgr.location(dsg).isMem()) {
            return 0;
        }
        Path data = Path.of(org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath());
        try (var files = java.nio.file.Files.walk(data)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + data, e);
        }
    }

    /**
     * Runs {@code work} in one write transaction and returns its result: what it reads (through this store's
     * methods, which join the transaction) and what it writes are one step, with no other writer in between.
     */
    @Override
    public <T> T inWriteTransaction(Supplier<T> work) {
        return Txn.calculateWrite(dataset, work);
    }

    /** A copy of a named graph (empty when the store has none), to change and put back with {@link #replaceGraphs}. */
    @Override
    public Model copyOf(String graph) {
        return Txn.calculateRead(dataset, () -> {
            Model m = RdfMapper.newModel();
            if (dataset.containsNamedModel(graph)) {
                m.add(dataset.getNamedModel(graph));
            }
            return m;
        });
    }

    /** Removes named graphs in one write transaction (on TDB2 by node ids, see {@link #removeIfPresent}). */
    @Override
    public void removeGraphs(List<String> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach(g -> {
            if (!tdb2) {
                dataset.removeNamedModel(g);
                return;
            }
            removeIfPresent(dataset.asDatasetGraph(), NodeFactory.createURI(g));
        }));
    }

    /** Adds the triples given to the named graphs given, in one write transaction. */
    @Override
    public void addToGraphs(Map<String, Model> graphs) {
        if (graphs.isEmpty()) {
            return;
        }
        Txn.executeWrite(dataset, () -> {
            if (!tdb2) {
                DatasetGraph dsg = dataset.asDatasetGraph();
                graphs.forEach((g, triples) -> {
                    Node n = NodeFactory.createURI(g);
                    triples.getGraph().find().forEachRemaining(t -> dsg.add(n, t.getSubject(), t.getPredicate(),
                            t.getObject()));
                });
                return;
            }
            Map<Node, Model> byNode = new LinkedHashMap<>();
            graphs.forEach((g, triples) -> byNode.put(NodeFactory.createURI(g), triples));
            add(dataset.asDatasetGraph(), byNode);
        });
    }

    /** A query shipped in the jar ({@code ontology/queries/...}), read once by the class that runs it. */
    public static Query bundledQuery(String resource) {
        try (InputStream in = XbrlStore.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return org.apache.jena.query.QueryFactory.create(
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file in each bundled query folder that lists its queries, one file name a line. */
    public static final String QUERY_INDEX = "index.txt";

    /**
     * The queries of a bundled class-path folder ({@code ontology/queries/checks}, {@code .../examples}), file name to
     * text, in name order. The folder's {@value #QUERY_INDEX} names them: a class-path folder cannot be listed
     * everywhere (not inside a WAR, on WildFly's virtual file system). A test keeps each index equal to its folder.
     */
    public static SortedMap<String, String> bundledQueryFiles(String folder) {
        SortedMap<String, String> out = new TreeMap<>();
        for (String name : bundledQueryIndex(folder)) {
            out.put(name, bundledText(folder + "/" + name, folder + "/" + QUERY_INDEX + " names " + name
                    + ", which is missing from the class path"));
        }
        return out;
    }

    /** The file names a bundled folder's {@value #QUERY_INDEX} lists; comments ({@code #}) and blank lines left out. */
    public static List<String> bundledQueryIndex(String folder) {
        String index = bundledText(folder + "/" + QUERY_INDEX, folder + "/" + QUERY_INDEX + " is missing from the class path");
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String bundledText(String resource, String missing) {
        try (InputStream in = XbrlStore.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(missing);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The SHA-256 (hex) of the bundled vocabulary file, read once. */
    static String ontologyDigest() {
        return OntologyDigest.VALUE;
    }

    private static final class OntologyDigest {
        static final String VALUE = digest();

        private static String digest() {
            try (InputStream in = XbrlStore.class.getClassLoader().getResourceAsStream("ontology/xbrl-linker.ttl")) {
                if (in == null) {
                    throw new IllegalStateException("ontology/xbrl-linker.ttl is missing from the classpath");
                }
                return java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read ontology/xbrl-linker.ttl", e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // every Java platform has SHA-256
            }
        }
    }

    /**
     * The vocabulary ({@code ontology/xbrl-linker.ttl}) as a model of its own, for {@link RdfStore#loadOntology}: a
     * copy of the one parsed once per JVM (the link warm-up parses it beside the job's start).
     */
    public static Model ontology() {
        Model m = RdfMapper.newModel();
        m.add(ParsedOntology.MODEL);
        return m;
    }

    private static final class ParsedOntology {
        static final Model MODEL = parseOntology();
    }

    private static Model parseOntology() {
        Model m = RdfMapper.newModel();
        try (InputStream in = XbrlStore.class.getClassLoader().getResourceAsStream("ontology/xbrl-linker.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/xbrl-linker.ttl is missing from the classpath");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read ontology/xbrl-linker.ttl", e);
        }
        return m;
    }

    @Override
    public boolean containsGraph(String graph) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graph));
    }

    /** Number of quads in all named graphs. */
    @Override
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Runs a SELECT inside a read transaction; the default graph is the union of the named graphs. */
    public <T> T select(Query query, Function<ResultSet, T> handler) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query)) {
                return handler.apply(qe.execSelect());
            }
        });
    }

    /** All rows of a SELECT with variables bound beforehand (Jena substitution, never string concatenation). */
    @Override
    public List<QuerySolution> selectAll(Query query, Map<String, org.apache.jena.rdf.model.RDFNode> bindings) {
        List<QuerySolution> rows = new java.util.ArrayList<>();
        // TDB2 resolves a binding's terms lazily: copy them while the transaction is open
        // detached from the dataset's model too: printing a node must not reach for the store's prefixes
        Model detached = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        forEachRow(query, bindings, row -> {
            rows.add(RdfStore.detached(row, detached));
        });
        return rows;
    }

    /** On TDB2 one index lookup an input (the quads whose object is its IRI), not a SPARQL query to parse and plan. */
    @Override
    public java.util.Set<String> graphsOfInputs(java.util.Collection<String> inputs) {
        if (!tdb2) {
            return RdfStore.super.graphsOfInputs(inputs);
        }
        return Txn.calculateRead(dataset, () -> {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String in : inputs) {
                dsg.find(Node.ANY, Node.ANY, XLK.input.asNode(), NodeFactory.createURI(in)).forEachRemaining(q -> {
                    if (q.getGraph().isURI()) {
                        out.add(q.getGraph().getURI());
                    }
                });
            }
            return out;
        });
    }

    @Override
    public boolean copiesGraphs() {
        return tdb2;
    }

    @Override
    public <T> T overCopies(java.util.Collection<String> graphs, Function<RdfStore, T> work) {
        if (!tdb2) {
            return work.apply(this);
        }
        // in the caller's transaction if it has one (a write transaction sees its own writes), else in a read one
        return Txn.calculateRead(dataset, () -> work.apply(new CopiedGraphs(dataset.asDatasetGraph(), graphs)));
    }

    /** Hands each row to {@code row} as the query yields it, inside the read (or the caller's write) transaction. */
    @Override
    public void forEachRow(Query query, Map<String, org.apache.jena.rdf.model.RDFNode> bindings,
                           java.util.function.Consumer<QuerySolution> row) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = execution(query, bindings)) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    /** Any query form, for the command line: the handler reads the execution inside a read transaction. */
    @Override
    public <T> T execute(Query query, Function<QueryExecution, T> handler) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query)) {
                return handler.apply(qe);
            }
        });
    }

    private QueryExecution execution(Query query) {
        return execution(query, Map.of());
    }

    private QueryExecution execution(Query query, Map<String, org.apache.jena.rdf.model.RDFNode> bindings) {
        var builder = QueryExecution.dataset(dataset).query(query);
        if (tdb2) {
            builder = builder.set(TDB2.symUnionDefaultGraph, true);
        }
        for (Map.Entry<String, org.apache.jena.rdf.model.RDFNode> b : bindings.entrySet()) {
            builder = builder.substitution(b.getKey(), b.getValue());
        }
        return builder.build();
    }

    @Override
    public void close() {
        dataset.close();
    }

    /**
     * Closes the store and lets go of its folder, so that another class loader of the same JVM (a redeployed WAR) can
     * open it again; TDB2 otherwise keeps it cached and locked until the JVM ends.
     */
    @Override
    public void release() {
        if (tdb2) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        } else {
            dataset.close();
        }
    }
}
