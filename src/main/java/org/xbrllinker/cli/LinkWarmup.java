package org.xbrllinker.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.xbrllinker.pipeline.Timing;

/**
 * The start-up work of a {@code link} run, begun on a thread of its own as soon as the command line names {@code link},
 * so that it runs beside the parsing of the command line, the opening of the job repository and the job's start
 * instead of after them: Jena's initialisation, Weld (JBeret SE's bean container), reading the job XML, the bundled
 * taxonomy, check catalogue and vocabulary, the check and report queries (run on nothing), Jackson, and — once the job repository of the store is open ({@link #openStore}) — the
 * TDB2 store. Each is work the job does anyway, through the same once-per-JVM caches the job's steps use (TDB2's
 * connection per folder, {@code TaxonomyLoader.bundled()}, the bundled checks, Weld's container), so the job finds it
 * done; none of it prints, and a failure is ignored: the job then meets it itself, with the same message as without
 * the warm-up.
 * <p>
 * {@code XBRL_LINKER_WARMUP=0} in the environment (or {@code -Dxbrllinker.warmup=false}) turns it off.
 */
final class LinkWarmup implements AutoCloseable {

    /** No warm-up: for other commands, or when it is turned off. */
    static final LinkWarmup NONE = new LinkWarmup();

    /** The arguments that only print (usage, version): nothing to warm up for. */
    private static final Set<String> PRINT_ONLY = Set.of("-h", "--help", "-V", "--version");

    /** A step of the warm-up; what it returns is not used (the caches it fills are). */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private final Thread thread;
    /** Counted down once Jena is initialised (or its initialisation failed): see {@link #awaitJena()}. */
    private final CountDownLatch jena = new CountDownLatch(1);

    /** The store the warm-up opened, if it did (for tests: it is the one the job's steps get). */
    private volatile org.xbrllinker.rdf.XbrlStore opened;

    // guarded by this
    private Thread storeThread;
    private boolean closed;

    private LinkWarmup() {
        thread = null;
        jena.countDown();
    }

    private LinkWarmup(List<Step> steps) {
        thread = new Thread(() -> run(steps), "xbrl-linker-warmup");
        thread.setDaemon(true);
    }

    /** Whether the warm-up is on: unless {@code XBRL_LINKER_WARMUP=0} or {@code -Dxbrllinker.warmup=false}. */
    static boolean enabled() {
        return !"0".equals(System.getenv("XBRL_LINKER_WARMUP"))
                && !"false".equalsIgnoreCase(System.getProperty("xbrllinker.warmup"));
    }

    /** Starts the warm-up when {@code args} run {@code link} (and do not just ask for its usage); else {@link #NONE}. */
    static LinkWarmup startFor(String... args) {
        if (args.length == 0 || !"link".equals(args[0]) || !enabled()
                || List.of(args).stream().anyMatch(PRINT_ONLY::contains)) {
            return NONE;
        }
        // the bundled taxonomy only when no --taxonomy replaces it
        boolean bundledTaxonomy = List.of(args).stream().noneMatch(a -> a.startsWith("--taxonomy"));
        List<Step> steps = new java.util.ArrayList<>();
        steps.add(StoreJobs::bootWeld);
        steps.add(() -> StoreJobs.readJobXml(org.xbrllinker.batch.JobSettings.JOB));
        if (bundledTaxonomy) {
            steps.add(org.xbrllinker.taxonomy.TaxonomyLoader::bundled);
        }
        steps.add(() -> org.xbrllinker.check.CheckCatalogue.load(List.of()));
        steps.add(org.xbrllinker.rdf.XbrlStore::ontology);
        steps.add(LinkWarmup::runQueriesOnNothing);
        steps.add(() -> new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(List.of()));
        LinkWarmup warmup = new LinkWarmup(steps);
        warmup.thread.start();
        return warmup;
    }

    /**
     * Waits until Jena is initialised. The command waits for it before it starts the job: two threads that initialise
     * Jena at once can block each other in their class initialisers (Jena's advice is one thread first).
     */
    void awaitJena() throws InterruptedException {
        jena.await();
    }

    /**
     * Opens the TDB2 store in {@code dir} on a thread of its own (TDB2 keeps one connection per folder and JVM, which
     * the job's steps then use): to be called once the job repository in the store's folder is open, that is once the
     * run is known to go ahead with this store. The job's start waits for Weld meanwhile, so the store has a core.
     */
    void openStore(Path dir) {
        if (thread == null) {
            return;
        }
        synchronized (this) {
            if (closed || storeThread != null) {
                return;
            }
            storeThread = new Thread(() -> {
                quietly(() -> opened = org.xbrllinker.rdf.XbrlStore.open(dir));
                Timing.mark("warm-up: TDB2 store opened");
            }, "xbrl-linker-warmup-store");
            storeThread.setDaemon(true);
            storeThread.start();
        }
    }

    /**
     * Ends the warm-up: the store, if it is being opened, is waited for (so that nothing is opened after the command
     * returned), and the warm-up thread stops after its current step.
     */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        Thread store;
        synchronized (this) {
            closed = true;
            store = storeThread;
        }
        try {
            if (store != null) {
                store.join();
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(List<Step> steps) {
        try {
            quietly(org.apache.jena.sys.JenaSystem::init);
        } finally {
            jena.countDown();
        }
        Timing.mark("warm-up: Jena initialised");
        for (Step step : steps) {
            if (isClosed()) {
                return;
            }
            quietly(step);
        }
        Timing.mark("warm-up: done");
    }

    /**
     * Runs the bundled checks' and the report's queries once over an empty in-memory dataset, as the check and report
     * steps run them over copies of a run's graphs: the query engine's classes are loaded and initialised here, beside
     * the job's start, instead of in the steps (about a tenth of a one-page run).
     */
    private static void runQueriesOnNothing() {
        List<org.apache.jena.query.Query> queries = new java.util.ArrayList<>();
        org.xbrllinker.check.CheckCatalogue.load(List.of()).checks().forEach(c -> queries.add(c.query()));
        for (String q : List.of("line-items.rq", "findings.rq", "warnings.rq")) {
            queries.add(org.xbrllinker.rdf.XbrlStore.bundledQuery("ontology/queries/report/" + q));
        }
        org.apache.jena.query.Dataset nothing = org.apache.jena.query.DatasetFactory.create();
        for (org.apache.jena.query.Query query : queries) {
            try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.dataset(nothing)
                    .query(query).build()) {
                qe.execSelect().forEachRemaining(row -> { });
            }
        }
    }

    /** The store {@link #openStore} opened; null if none was asked for, or opening it failed. */
    org.xbrllinker.rdf.XbrlStore opened() {
        return opened;
    }

    /** Whether this warm-up runs (is not {@link #NONE}). */
    boolean running() {
        return thread != null;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Runs a step; whatever it throws is the job's to meet again, with its own message. */
    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            // ignored: the job does the same work and reports its failure as it always did
        }
    }
}
