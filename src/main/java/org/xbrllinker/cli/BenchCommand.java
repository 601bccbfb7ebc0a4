package org.xbrllinker.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.jberet.operations.DelegatingJobOperator;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.bench.CorpusGenerator;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.pipeline.StageClock;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench --disclosures 1000,10000}: for each N, in a JVM of its own (so that its peak RSS is its own), writes a
 * corpus, runs the link-disclosures job on it into a fresh TDB2 store, then loads the same quads with Jena's TDB2
 * bulk loader, and prints one table row per N.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the link-disclosures job end to end (parse + link + load + check + report) against "
                + "Jena's TDB2 bulk loader on the same quads; one child JVM per N.")
final class BenchCommand implements Callable<Integer> {

    private static final String ROW = "BENCH ";

    @Option(names = "--disclosures", paramLabel = "N[,N...]", split = ",",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> disclosures = new ArrayList<>(List.of(1000, 10000));

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for corpora and stores (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target", "bench");

    @Option(names = "--error-rate", paramLabel = "SHARE", description = "Share of planted errors (default: ${DEFAULT-VALUE}).")
    double errorRate = 0.05;

    @Option(names = "--instance-share", paramLabel = "SHARE",
            description = "Share of disclosures in filing folders with an instance (default: ${DEFAULT-VALUE}).")
    double instanceShare = BenchCorpusCommand.DEFAULT_INSTANCE_SHARE;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--seed-page", paramLabel = "FILE", description = "Text page to derive from (default: ${DEFAULT-VALUE}).")
    Path seedPage = BenchCorpusCommand.DEFAULT_SEED;

    @Option(names = "--pages", paramLabel = "DIR", description = "Apple's filing folder (default: ${DEFAULT-VALUE}).")
    Path pages = BenchCorpusCommand.DEFAULT_PAGES;

    @Option(names = "--chunk-size", paramLabel = "N",
            description = "The job's chunkSize: disclosures per TDB2 write transaction (default: the job's, 10).")
    Integer chunkSize;

    @Option(names = "--compact-above-mb", paramLabel = "MB",
            description = "The job's compactAboveMb: compact the store during the link step past this size "
                    + "(default: only at the end of the step).")
    Long compactAboveMb;

    @Option(names = "--check-scaling", paramLabel = "K",
            description = "After each N, link K more disclosures (another corpus) into the N store and into an empty "
                    + "store, and print how long their check step took in each (default: not measured).")
    Integer checkScaling;

    /** Set in the child JVM: measure this one N and print its row. */
    @Option(names = "--child", hidden = true)
    Integer child;

    @Override
    public Integer call() throws Exception {
        if (child != null) {
            return measure(child);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n : disclosures) {
            System.out.println("bench: N = " + n + " ...");
            System.out.flush();
            Map<String, String> row = fork(n);
            if (row == null) {
                System.err.println("xbrl-linker: the run for N = " + n + " failed; see above");
                return 2;
            }
            rows.add(row);
        }
        print(rows, System.out);
        return 0;
    }

    /** Runs this command with {@code --child N} in a new JVM with the same class path and heap limit. */
    private Map<String, String> fork(int n) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms")).forEach(cmd::add);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench",
                "--child", Integer.toString(n), "--work", work.resolve("n" + n).toString(),
                "--error-rate", Double.toString(errorRate), "--instance-share", Double.toString(instanceShare),
                "--seed", Long.toString(seed),
                "--seed-page", seedPage.toString(), "--pages", pages.toString()));
        if (chunkSize != null) {
            cmd.addAll(List.of("--chunk-size", chunkSize.toString()));
        }
        if (compactAboveMb != null) {
            cmd.addAll(List.of("--compact-above-mb", compactAboveMb.toString()));
        }
        if (checkScaling != null) {
            cmd.addAll(List.of("--check-scaling", checkScaling.toString()));
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> row = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(ROW)) {
                    row = new LinkedHashMap<>();
                    for (String kv : line.substring(ROW.length()).split(" ")) {
                        int eq = kv.indexOf('=');
                        row.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                } else {
                    System.out.println("  " + line);
                }
            }
        }
        return p.waitFor() == 0 ? row : null;
    }

    /** In the child: corpus, job, counts, export, bulk load; prints one {@value #ROW} line. */
    private int measure(int n) throws Exception {
        deleteTree(work);
        Path corpus = work.resolve("corpus");
        long g0 = System.nanoTime();
        List<CorpusGenerator.Entry> entries = new CorpusGenerator(seedPage, pages).generate(n, errorRate, instanceShare, seed, corpus);
        double genSeconds = (System.nanoTime() - g0) / 1e9;
        Path store = work.resolve("store");
        Path report = work.resolve("report.json");
        Properties params = jobParameters(entries, corpus, store, report);
        if (compactAboveMb != null) {
            params.setProperty(JobSettings.COMPACT_ABOVE_MB, compactAboveMb.toString());
        }

        JobOperator operator = BatchRuntime.getJobOperator(); // boots Weld and JBeret outside the timed part
        StageClock.resetAll();
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakAnon = new AtomicLong();
        HeapSamples samples = new HeapSamples();
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                long used = memory.getHeapMemoryUsage().getUsed();
                peakHeap.accumulateAndGet(used, Math::max);
                samples.add(System.currentTimeMillis(), used);
                peakAnon.accumulateAndGet(statusBytes("RssAnon:"), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        HeapSamples afterGc = new HeapSamples();
        Runnable stopListening = listenAfterGc(afterGc);
        sampler.start();
        long t0 = System.nanoTime();
        JobExecution execution = LinkCommand.runJob(params);
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        stopListening.run();
        long rss = statusBytes("VmHWM:");

        JobOperator jberet = operator instanceof DelegatingJobOperator d ? d.getDelegate() : operator;
        Map<String, Double> steps = new LinkedHashMap<>();
        Map<String, Long> stepHeap = new LinkedHashMap<>();
        Map<String, Long> stepLive = new LinkedHashMap<>();
        for (StepExecution s : jberet.getStepExecutions(execution.getExecutionId())) {
            steps.put(s.getStepName(), (s.getEndTime().getTime() - s.getStartTime().getTime()) / 1e3);
            String step = s.getStepName().startsWith("link") ? "link" : s.getStepName();
            stepHeap.merge(step, samples.peak(s.getStartTime().getTime(), s.getEndTime().getTime()), Math::max);
            stepLive.merge(step, afterGc.peak(s.getStartTime().getTime(), s.getEndTime().getTime()), Math::max);
        }
        Report.Outcome r = ReportJson.readOutcome(report); // its summary alone: the report of N = 100,000 is large
        long planted = entries.stream().filter(CorpusGenerator.Entry::planted).count();
        long quads;
        Path nquads = work.resolve("store.nq");
        long dataQuads;
        long storedFacts;
        try (XbrlStore xs = XbrlStore.open(store)) {
            quads = xs.size();
            // the quads of the disclosure and filing graphs (taxonomy, findings, ontology and rejection graphs not
            // counted) over the facts they hold: the "quads per fact"
            Iris iris = Iris.defaults();
            long[] counts = new long[2];
            Txn.executeRead(xs.dataset(), () -> xs.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                String g = q.getGraph().getURI();
                if (iris.isDisclosureGraph(g) || iris.isFilingGraph(g)) {
                    counts[0]++;
                    if (q.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode())
                            && (q.getObject().equals(org.xbrllinker.rdf.XLK.Fact.asNode())
                                || q.getObject().equals(org.xbrllinker.rdf.XLK.InstanceFact.asNode()))) {
                        counts[1]++;
                    }
                }
            }));
            dataQuads = counts[0];
            storedFacts = counts[1];
            try (OutputStream out = Files.newOutputStream(nquads)) {
                Txn.executeRead(xs.dataset(), () -> RDFDataMgr.write(out, xs.dataset().asDatasetGraph(), Lang.NQUADS));
            }
        }
        long storeBytes = treeSize(store);

        Path raw = work.resolve("raw-store");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(raw.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        long l0 = System.nanoTime();
        loader.startBulk();
        loader.load(nquads.toString());
        loader.finishBulk();
        double loaderSeconds = (System.nanoTime() - l0) / 1e9;
        long loaded = loader.countQuads() + loader.countTriples();
        long loaderStoreBytes = treeSize(raw);

        Map<String, Object> row = new LinkedHashMap<>();
        row.put("n", n);
        row.put("chunkSize", chunkSize == null ? 10 : chunkSize);
        row.put("status", execution.getBatchStatus());
        row.put("disclosures", r.summary().disclosures());
        row.put("facts", r.summary().facts());
        row.put("quads", quads);
        row.put("planted", planted);
        row.put("failedErrors", r.summary().failedErrors());
        row.put("rejected", r.summary().rejected());
        row.put("seconds", seconds);
        row.put("genSeconds", genSeconds);
        row.put("parse", StageClock.PARSE.nanos() / 1e9);
        row.put("link", StageClock.LINK.nanos() / 1e9);
        row.put("map", StageClock.MAP.nanos() / 1e9);
        row.put("write", StageClock.WRITE.nanos() / 1e9);
        row.put("compact", StageClock.COMPACT.nanos() / 1e9);
        row.put("linkStep", steps.getOrDefault("link", 0.0));
        row.put("check", steps.getOrDefault("check", 0.0));
        row.put("report", steps.getOrDefault("report", 0.0));
        row.put("peakHeap", peakHeap.get());
        row.put("peakRss", rss);
        row.put("peakAnon", peakAnon.get());
        row.put("peakLive", afterGc.peak(Long.MIN_VALUE, Long.MAX_VALUE));
        stepHeap.forEach((step, peak) -> row.put("heap." + step, peak));
        stepLive.forEach((step, peak) -> row.put("live." + step, peak));
        row.put("storeBytes", storeBytes);
        row.put("loaderSeconds", loaderSeconds);
        row.put("loaderQuads", loaded);
        row.put("loaderStoreBytes", loaderStoreBytes);
        row.put("dataQuads", dataQuads);
        row.put("storedFacts", storedFacts);
        if (checkScaling != null && checkScaling > 0) {
            // the same K disclosures, checked once into the N store and once into an empty one
            Path extra = work.resolve("corpus-extra");
            List<CorpusGenerator.Entry> more = new CorpusGenerator(seedPage, pages)
                    .generate(checkScaling, errorRate, instanceShare, seed + 1, extra);
            row.put("scalingK", checkScaling);
            row.put("checkIntoStore", checkStepSeconds(jberet, more, extra, store, work.resolve("report-extra.json")));
            row.put("checkIntoEmpty", checkStepSeconds(jberet, more, extra, work.resolve("store-empty"),
                    work.resolve("report-empty.json")));
        }
        StringBuilder line = new StringBuilder(ROW);
        row.forEach((k, v) -> line.append(k).append('=').append(v instanceof Double d
                ? String.format(Locale.ROOT, "%.4f", d) : v).append(' '));
        System.out.println(line.toString().strip());
        return 0;
    }

    /** The job's parameters for linking the entries of {@code corpus} into {@code store}. */
    private Properties jobParameters(List<CorpusGenerator.Entry> entries, Path corpus, Path store, Path report) {
        Properties params = new Properties();
        params.setProperty(JobSettings.INPUTS, Settings.join(entries.stream().map(e -> corpus.resolve(e.file())).toList()));
        params.setProperty(JobSettings.STORE, store.toString());
        params.setProperty(JobSettings.REPORT, report.toString());
        if (chunkSize != null) {
            params.setProperty("chunkSize", chunkSize.toString());
        }
        return params;
    }

    /** Links the entries of {@code corpus} into {@code store} and returns the seconds its check step took. */
    private double checkStepSeconds(JobOperator jberet, List<CorpusGenerator.Entry> entries, Path corpus, Path store,
                                    Path report) throws Exception {
        JobExecution execution = LinkCommand.runJob(jobParameters(entries, corpus, store, report));
        for (StepExecution s : jberet.getStepExecutions(execution.getExecutionId())) {
            if (s.getStepName().equals("check")) {
                return (s.getEndTime().getTime() - s.getStartTime().getTime()) / 1e3;
            }
        }
        throw new IllegalStateException("the job over " + corpus + " into " + store + " ran no check step ("
                + execution.getBatchStatus() + ")");
    }

    /** {@code num / den} formatted, or "-" for a row measured before the column existed. */
    private static String ratio(Map<String, String> r, String num, String den, String format) {
        if (!r.containsKey(num) || !r.containsKey(den) || Double.parseDouble(r.get(den)) == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, format, Double.parseDouble(r.get(num)) / Double.parseDouble(r.get(den)));
    }

    /** The table: rates, each stage's share of the end-to-end time, memory, store, and the raw loader's rate. */
    static void print(List<Map<String, String>> rows, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%-7s %9s %9s %10s | %6s %6s %6s %6s %7s %6s %6s %6s | %8s %9s %8s %8s %8s %9s %7s | %11s %6s %8s | %s%n",
                "N", "disc/s", "facts/s", "triples/s", "parse", "link", "map", "write", "compact", "step*", "check",
                "report", "heap MB", "postGC MB", "RSS MB", "anon MB", "store MB", "triples", "q/fact", "loader t/s",
                "ratio", "store/ld", "planted/failed");
        for (Map<String, String> r : rows) {
            double s = d(r, "seconds");
            double parse = d(r, "parse"), link = d(r, "link"), map = d(r, "map"), write = d(r, "write");
            double compact = Double.parseDouble(r.getOrDefault("compact", "0"));
            double stepOther = Math.max(0, d(r, "linkStep") - parse - link - map - write - compact);
            double rate = d(r, "quads") / s;
            double loaderRate = d(r, "loaderQuads") / d(r, "loaderSeconds");
            out.printf(Locale.ROOT, "%-7s %9.1f %9.1f %10.0f | %5.1f%% %5.1f%% %5.1f%% %5.1f%% %6.1f%% %5.1f%% %5.1f%% "
                            + "%5.1f%% | %8.0f %9.0f %8.0f %8.0f %8.1f %9s %7s | %11.0f %5.1f%% %8s | %s/%s%n",
                    r.get("n"), d(r, "disclosures") / s, d(r, "facts") / s, rate,
                    100 * parse / s, 100 * link / s, 100 * map / s, 100 * write / s, 100 * compact / s,
                    100 * stepOther / s, 100 * d(r, "check") / s, 100 * d(r, "report") / s,
                    d(r, "peakHeap") / 1048576, Double.parseDouble(r.getOrDefault("peakLive", "0")) / 1048576,
                    d(r, "peakRss") / 1048576,
                    Double.parseDouble(r.getOrDefault("peakAnon", "0")) / 1048576, d(r, "storeBytes") / 1048576,
                    r.get("quads"), ratio(r, "dataQuads", "storedFacts", "%.1f"), loaderRate, 100 * rate / loaderRate,
                    ratio(r, "storeBytes", "loaderStoreBytes", "%.2fx"), r.get("planted"), r.get("failedErrors"));
        }
        out.println("compact = compacting the TDB2 store (at the end of the link step, and during it past "
                + "--compact-above-mb); step* = rest of the link step (JBeret chunk handling, reading the work list); "
                + "ratio = end-to-end triples/s over the TDB2 phased bulk loader's on the same quads (N-Quads file); "
                + "q/fact = quads of the disclosure and filing graphs per fact they hold (taxonomy, findings and "
                + "ontology graphs not counted); store/ld = the job's store on disk after the job over the bulk "
                + "loader's store of the same quads; "
                + "planted/failed = planted errors / failed error-level findings; RSS = peak resident set (VmHWM), "
                + "which counts the pages of the store's memory-mapped files; anon = peak anonymous resident memory "
                + "(RssAnon: heap, metaspace, native), what the process itself holds; heap = peak heap in use, "
                + "garbage included; postGC = peak heap in use right after a garbage collection, an upper bound of what the "
                + "job keeps (a young collection leaves the old generation's garbage in place).");
        for (Map<String, String> r : rows) {
            if (r.containsKey("scalingK")) {
                out.printf(Locale.ROOT, "check step of %s more disclosures at N = %s: %.2f s into the N store, %.2f s "
                                + "into an empty store (%s)%n", r.get("scalingK"), r.get("n"), d(r, "checkIntoStore"),
                        d(r, "checkIntoEmpty"), ratio(r, "checkIntoStore", "checkIntoEmpty", "%.2fx"));
            }
        }
        for (Map<String, String> r : rows) {
            StringBuilder byStep = new StringBuilder();
            r.forEach((k, v) -> {
                if (k.startsWith("heap.")) {
                    String live = r.get("live." + k.substring(5));
                    byStep.append(byStep.isEmpty() ? "" : ", ").append(k.substring(5)).append(' ')
                            .append(Math.round(Double.parseDouble(v) / 1048576)).append(" MB")
                            .append(live == null ? "" : " (after GC " + Math.round(Double.parseDouble(live) / 1048576) + " MB)");
                }
            });
            if (!byStep.isEmpty()) {
                out.println("peak heap by step at N = " + r.get("n") + ": " + byStep);
            }
        }
        if (!rows.isEmpty() && rows.size() > 1) {
            Map<String, String> first = rows.get(0);
            Map<String, String> last = rows.get(rows.size() - 1);
            out.printf(Locale.ROOT, "peak RSS at N = %s is %.2f x that at N = %s%n", last.get("n"),
                    d(last, "peakRss") / d(first, "peakRss"), first.get("n"));
            if (first.containsKey("peakLive") && last.containsKey("peakLive")) {
                out.printf(Locale.ROOT, "peak anonymous RSS at N = %s is %.2f x that at N = %s; peak heap %.2f x, "
                                + "peak heap after GC %.2f x%n",
                        last.get("n"), d(last, "peakAnon") / d(first, "peakAnon"), first.get("n"),
                        d(last, "peakHeap") / d(first, "peakHeap"), d(last, "peakLive") / d(first, "peakLive"));
            }
        }
    }

    private static double d(Map<String, String> row, String key) {
        return Double.parseDouble(row.get(key));
    }

    /**
     * Records, after each garbage collection, the heap in use (all heap pools after it) with the time, until the
     * returned action is run: closer to what the job keeps than the peak of the heap in use, though a young collection
     * leaves the old generation's garbage in place, so it is an upper bound.
     */
    static Runnable listenAfterGc(HeapSamples afterGc) {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .forEach(p -> heapPools.add(p.getName()));
        javax.management.NotificationListener listener = (notification, handback) -> {
            if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                    .equals(notification.getType())) {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                afterGc.add(System.currentTimeMillis(), used);
            }
        };
        List<javax.management.NotificationEmitter> emitters = new ArrayList<>();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        return () -> emitters.forEach(e -> {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException gone) {
                // already removed
            }
        });
    }

    /** Heap samples (time in ms, bytes used), to find a step's peak from its start and end. */
    static final class HeapSamples {
        private long[] times = new long[4096];
        private long[] used = new long[4096];
        private int size;

        synchronized void add(long time, long bytes) {
            if (size == times.length) {
                times = java.util.Arrays.copyOf(times, size * 2);
                used = java.util.Arrays.copyOf(used, size * 2);
            }
            times[size] = time;
            used[size++] = bytes;
        }

        /** The largest heap use sampled from {@code from} to {@code to} (ms, both included); 0 when none was. */
        synchronized long peak(long from, long to) {
            long peak = 0;
            for (int i = 0; i < size; i++) {
                if (times[i] >= from && times[i] <= to) {
                    peak = Math.max(peak, used[i]);
                }
            }
            return peak;
        }
    }

    /**
     * A size line of this JVM's {@code /proc/self/status}, in bytes: {@code VmHWM:} (peak resident set) or
     * {@code RssAnon:} (anonymous resident memory now); 0 where /proc is missing or unreadable.
     */
    static long statusBytes(String field) {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
