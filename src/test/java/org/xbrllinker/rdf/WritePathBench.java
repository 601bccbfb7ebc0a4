package org.xbrllinker.rdf;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Micro-measurement of the store's write path (not a test; no assertion on time). Reads an N-Quads file (such as
 * {@code ./xbrl-linker export --format nq} of a linked bench corpus), cuts its graphs into chunks of {@code --chunk}
 * graphs, and writes them into a fresh on-disk TDB2 store, one write transaction per chunk, the way the link step's
 * writer does; or loads all quads with TDB2's phased bulk loader, for comparison. Prints the process CPU time (user +
 * system of all threads, GC and JIT included) and the wall time of each repetition, and their medians without the
 * first (JIT warm-up).
 *
 * <pre>
 * mvn -o -q test-compile
 * java -cp target/classes:target/test-classes:'target/lib/*' org.xbrllinker.rdf.WritePathBench \
 *     QUADS.nq MODE [--chunk 100] [--reps 5] [--indexes GSPO,GPOS,...] [--again] [--compact] [--keep DIR]
 * </pre>
 * MODE: {@code perquad} (one {@code DatasetGraph.add} a quad, the write path before {@link SortedQuadWriter}),
 * {@code store} ({@link XbrlStore#replaceGraphs}, today's path), {@code loader} (phased loader, one transaction).
 * {@code --again} also times replacing every chunk a second time (the graphs are there: delete, then add);
 * {@code --compact} times {@link XbrlStore#compact} after; {@code --keep DIR} leaves the last store in DIR.
 */
public final class WritePathBench {

    public static void main(String[] args) throws Exception {
        Path quads = Path.of(args[0]);
        String mode = args[1];
        int chunk = 100;
        int reps = 5;
        String[] indexes = null;
        boolean again = false;
        boolean compact = false;
        Path keep = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--chunk" -> chunk = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--indexes" -> indexes = args[++i].split(",");
                case "--again" -> again = true;
                case "--compact" -> compact = true;
                case "--keep" -> keep = Path.of(args[++i]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        DatasetGraph source = RDFDataMgr.loadDatasetGraph(quads.toString());
        Map<String, Model> all = new LinkedHashMap<>();
        Dataset ds = DatasetFactory.wrap(source);
        source.listGraphNodes().forEachRemaining(g -> all.put(g.getURI(), ds.getNamedModel(g.getURI())));
        List<Map<String, Model>> chunks = new ArrayList<>();
        Map<String, Model> current = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, Model> e : all.entrySet()) {
            Model copy = RdfMapper.newModel().add(e.getValue()); // a plain in-memory model, as the mapper hands over
            current.put(e.getKey(), copy);
            total += copy.size();
            if (current.size() == chunk) {
                chunks.add(current);
                current = new LinkedHashMap<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        System.out.printf(Locale.ROOT, "%s: %,d quads in %d graphs, %d chunks of %d graphs; mode %s%s%n", quads, total,
                all.size(), chunks.size(), chunk, mode, indexes == null ? "" : " indexes " + String.join(",", indexes));

        List<double[]> write = new ArrayList<>();
        List<double[]> rewrite = new ArrayList<>();
        List<double[]> compaction = new ArrayList<>();
        for (int rep = 0; rep < reps; rep++) {
            Path dir = Files.createTempDirectory("wp-bench");
            DatasetGraph dsg = indexes == null ? DatabaseMgr.connectDatasetGraph(dir.toString())
                    : DatabaseMgr.connectDatasetGraph(dir.toString(), params(indexes));
            XbrlStore store = XbrlStore.over(DatasetFactory.wrap(dsg));
            double[] w = time(() -> write(mode, dsg, store, chunks));
            write.add(w);
            String line = String.format(Locale.ROOT, "rep %d: write %.2f s CPU, %.2f s wall, %,.0f quads/CPU s", rep,
                    w[0], w[1], total / w[0]);
            if (again) {
                double[] a = time(() -> write(mode.equals("loader") ? "store" : mode, dsg, store, chunks));
                rewrite.add(a);
                line += String.format(Locale.ROOT, "; again %.2f s CPU, %.2f s wall", a[0], a[1]);
            }
            long bytes = store.dataBytes();
            line += String.format(Locale.ROOT, "; %,d MB", bytes >> 20);
            if (compact) {
                double[] c = time(store::compact);
                compaction.add(c);
                line += String.format(Locale.ROOT, "; compact %.2f s CPU, %.2f s wall -> %,d MB", c[0], c[1],
                        store.dataBytes() >> 20);
            }
            System.out.println(line);
            TDBInternal.expel(dsg);
            if (keep != null && rep == reps - 1) {
                if (Files.exists(keep)) {
                    IO.deleteAll(keep);
                }
                Files.move(dir, keep);
            } else {
                IO.deleteAll(dir);
            }
        }
        System.out.println("median (reps after the first): write " + median(write)
                + (again ? "; again " + median(rewrite) : "") + (compact ? "; compact " + median(compaction) : ""));
    }

    private static StoreParams params(String[] quadIndexes) {
        return StoreParamsBuilder.create(StoreParams.getDftStoreParams()).primaryIndexQuads(quadIndexes[0])
                .quadIndexes(quadIndexes).build();
    }

    private static void write(String mode, DatasetGraph dsg, XbrlStore store, List<Map<String, Model>> chunks) {
        switch (mode) {
            case "store" -> chunks.forEach(store::replaceGraphs);
            case "perquad" -> chunks.forEach(c -> Txn.executeWrite(dsg, () -> c.forEach((iri, m) -> {
                Node g = org.apache.jena.graph.NodeFactory.createURI(iri);
                if (dsg.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
                    dsg.removeGraph(g);
                }
                m.getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            })));
            case "loader" -> {
                var loader = LoaderFactory.phasedLoader(dsg, (fmt, fmtArgs) -> { });
                loader.startBulk();
                chunks.forEach(c -> c.forEach((iri, m) -> {
                    Node g = org.apache.jena.graph.NodeFactory.createURI(iri);
                    m.getGraph().find().forEachRemaining(t -> loader.stream().quad(
                            org.apache.jena.sparql.core.Quad.create(g, t)));
                }));
                loader.finishBulk();
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }

    /** Process CPU seconds (all threads) and wall seconds of {@code work}. */
    private static double[] time(Runnable work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new double[] {(os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9};
    }

    private static String median(List<double[]> runs) {
        List<double[]> warm = runs.size() > 1 ? runs.subList(1, runs.size()) : runs;
        double[] cpu = warm.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] wall = warm.stream().mapToDouble(r -> r[1]).sorted().toArray();
        return String.format(Locale.ROOT, "%.2f s CPU, %.2f s wall (n=%d)", mid(cpu), mid(wall), cpu.length);
    }

    private static double mid(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private WritePathBench() {
    }
}
