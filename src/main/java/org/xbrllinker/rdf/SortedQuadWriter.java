package org.xbrllinker.rdf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;

/**
 * Adds a chunk's quads to a TDB2 quad table index by index, each index's records in that index's own key order,
 * inside the caller's write transaction (so the chunk stays one atomic commit, and an exception aborts it whole).
 * <p>
 * The per-quad path ({@code DatasetGraph.add}) looks up four terms and then inserts one record into each of the six
 * quad indexes in turn, so consecutive inserts land in six places of six B+trees. Here the chunk's distinct terms
 * get their node ids once each, the quads become node-id tuples, and each index then
 * receives them sorted in its column order: consecutive inserts go down the same path of the same tree and end in the
 * same or the next leaf, which the block manager and the CPU caches already hold. A tuple the index already holds
 * (two terms written differently that encode to the same inline id, {@code "20"} and {@code "20.0"}) is inserted once;
 * a B+tree insert of a record it holds would be a no-op anyway. This writes what {@code DatasetGraph.add} writes, and
 * only the quad table: TDB2 keeps no statistics or counts that an add updates, and prefixes are not touched.
 */
final class SortedQuadWriter {

    private SortedQuadWriter() {
    }

    /**
     * Adds each model's triples to its named graph (graph IRI nodes as keys). The caller holds the dataset's write
     * transaction; {@code tdb} is the storage of that dataset as the transaction sees it.
     */
    static void add(DatasetGraphTDB tdb, Map<Node, Model> graphs) {
        NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodeTable = table.getNodeTable();

        // the chunk's distinct terms, in first-seen order, and each quad as four term numbers
        Map<Node, Integer> termIndex = new HashMap<>();
        List<Node> terms = new ArrayList<>();
        int quads = 0;
        for (Model m : graphs.values()) {
            quads += (int) m.size();
        }
        int[] rows = new int[quads * 4];
        int r = 0;
        for (Map.Entry<Node, Model> e : graphs.entrySet()) {
            int g = term(e.getKey(), termIndex, terms);
            var it = e.getValue().getGraph().find();
            while (it.hasNext()) {
                Triple t = it.next();
                rows[r++] = g;
                rows[r++] = term(t.getSubject(), termIndex, terms);
                rows[r++] = term(t.getPredicate(), termIndex, terms);
                rows[r++] = term(t.getObject(), termIndex, terms);
            }
        }
        quads = r / 4; // a model's size() may count what find() does not yield only in theory; trust find()
        if (quads == 0) {
            return;
        }

        // node ids for the distinct terms, each once (allocating those the store lacks). Not
        // NodeTable.bulkNodeToNodeId: in 5.6.0 its cache layer returns fewer ids than terms, and the inline layer
        // passes it through, so numbers and dates would get node table entries instead of inline ids
        NodeId[] ids = new NodeId[terms.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = nodeTable.getAllocateNodeId(terms.get(i));
        }
        List<NodeId[]> tuples = new ArrayList<>(quads);
        for (int q = 0; q < quads; q++) {
            int b = q * 4;
            tuples.add(new NodeId[] {ids[rows[b]], ids[rows[b + 1]], ids[rows[b + 2]], ids[rows[b + 3]]});
        }
        apply(table, tuples);
    }

    /**
     * Adds the tuples, (G, S, P, O) order, to each quad index, sorted in that index's key order. (Only adds: deleting
     * a graph's records the same way, index by index in key order, measured slower than Jena's removeGraph; see the
     * README, "The write path".)
     */
    private static void apply(NodeTupleTable table, List<NodeId[]> tuples) {
        int n = tuples.size();
        if (n == 0) {
            return;
        }
        // each tuple's ids as 8-byte keys, compared unsigned: the byte order of the B+tree records
        long[][] keys = new long[n][4];
        byte[] buf = new byte[NodeId.SIZE];
        ByteBuffer bb = ByteBuffer.wrap(buf);
        for (int q = 0; q < n; q++) {
            NodeId[] t = tuples.get(q);
            for (int c = 0; c < 4; c++) {
                NodeIdFactory.set(t[c], buf);
                keys[q][c] = bb.getLong(0);
            }
        }
        long[][] sorted = new long[n][5];
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            int[] cols = columns(index);
            for (int q = 0; q < n; q++) {
                long[] k = sorted[q];
                long[] src = keys[q];
                k[0] = src[cols[0]];
                k[1] = src[cols[1]];
                k[2] = src[cols[2]];
                k[3] = src[cols[3]];
                k[4] = q;
            }
            Arrays.sort(sorted, SortedQuadWriter::compareKeys);
            long[] previous = null;
            for (long[] k : sorted) {
                if (previous != null && compareKeys(previous, k) == 0) {
                    continue; // the same record: two terms that encode to one inline id
                }
                previous = k;
                NodeId[] t = tuples.get((int) k[4]);
                Tuple<NodeId> tuple = TupleFactory.create4(t[0], t[1], t[2], t[3]);
                index.add(tuple);
            }
        }
    }

    private static int compareKeys(long[] a, long[] b) {
        return Arrays.compareUnsigned(a, 0, 4, b, 0, 4);
    }

    private static int term(Node n, Map<Node, Integer> termIndex, List<Node> terms) {
        Integer i = termIndex.get(n);
        if (i == null) {
            i = terms.size();
            termIndex.put(n, i);
            terms.add(n);
        }
        return i;
    }

    /** For each column of the index's key, the slot of the (G, S, P, O) tuple it holds. */
    static int[] columns(TupleIndex index) {
        Tuple<Integer> mapped = index.getMapping().map(TupleFactory.create4(0, 1, 2, 3));
        int[] cols = new int[mapped.len()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = mapped.get(i);
        }
        return cols;
    }
}
