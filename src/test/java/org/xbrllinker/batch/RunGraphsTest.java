package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;

import org.apache.jena.rdf.model.Model;
import org.jberet.operations.DelegatingJobOperator;
import org.jberet.runtime.JobExecutionImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Work;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * The check and report steps learn the run's graphs from the planned work and the store ({@link RunGraphs}), so a state
 * that misses a partition's last chunk (a kill after the chunk committed, before any checkpoint named it) or that names
 * nothing still covers every graph the run wrote, a filing's pages and instance included.
 */
class RunGraphsTest {

    static final Path APPLE = PartitionedJobTest.APPLE;

    @TempDir
    static Path tmp;

    static Path store;
    static List<Path> inputs;
    static RunState.Parts saved;
    static Report unbroken;
    static String checked;

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    /** One partitioned run (two partitions: the loose pages, then Apple's filing in one chunk) to completion. */
    @BeforeAll
    static void run() throws Exception {
        inputs = new ArrayList<>();
        inputs.add(Shared.seed());
        try (Stream<Path> misc = Files.list(Shared.data().resolve("filings/r-pages-misc"))) {
            misc.sorted().forEach(inputs::add);
        }
        inputs.add(Files.writeString(tmp.resolve("bad.txt"),
                Files.readString(Shared.seed()).replace("|(86,170)", "|(86,17O)")));
        inputs.add(APPLE);
        store = tmp.resolve("store");
        JobOperator jberet = ((DelegatingJobOperator) BatchRuntime.getJobOperator()).getDelegate();
        Properties p = new Properties();
        p.setProperty(JobSettings.INPUTS, inputs.stream().map(Path::toString).collect(Collectors.joining("\n")));
        p.setProperty(JobSettings.STORE, store.toString());
        p.setProperty(JobSettings.PARTITIONS, "2");
        p.setProperty(JobSettings.CHUNK_SIZE, "50");
        long id = jberet.start(JobSettings.JOB, p);
        ((JobExecutionImpl) jberet.getJobExecution(id)).awaitTermination(5, TimeUnit.MINUTES);
        assertEquals(BatchStatus.COMPLETED, jberet.getJobExecution(id).getBatchStatus());
        StepExecution partitioned = jberet.getStepExecutions(id).stream()
                .filter(s -> s.getStepName().equals("link-partitioned")).findFirst().orElseThrow();
        saved = (RunState.Parts) partitioned.getPersistentUserData();
        checked = jberet.getStepExecutions(id).stream().filter(s -> s.getStepName().equals("check")).findFirst()
                .orElseThrow().getExitStatus();
        unbroken = ReportJson.read(store.resolve("report.json"));
    }

    @Test
    void aStateThatMissesAPartitionsLastChunkStillChecksAndReportsEveryGraph() throws Exception {
        // the parts as a restart would find them had the process been killed after the Apple partition's one chunk
        // (its instance and 42 pages) committed and before any partition saved a checkpoint naming it
        int appleFrom = Inputs.plan(inputs).indexOf(Inputs.plan(List.of(APPLE)).get(0));
        assertEquals(List.of(0, appleFrom), List.copyOf(saved.byStart().keySet()), "two partitions, Apple's second");
        TreeMap<Integer, RunState.Part> truncated = new TreeMap<>(saved.byStart());
        // and the first partition's skip of bad.txt as if saved with no checkpoint either (its rejection graph is in
        // the store)
        RunState.Part first = truncated.get(0);
        truncated.put(0, new RunState.Part(0, first.next(), new RunState.Saved(first.saved().graphs(),
                first.saved().filings(), new ArrayList<>(), null)));
        truncated.put(appleFrom, new RunState.Part(appleFrom, appleFrom,
                new RunState.Saved(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), null)));
        RunState state = new RunState();
        state.parts(new RunState.Parts(truncated, null));
        state.joinParts();
        assertEquals(inputs.size() - 2, state.graphs().size(), "the state names the loose pages only");
        assertTrue(state.filings().isEmpty());
        assertTrue(state.rejected().isEmpty());

        // the findings of the whole store go, so what the check step covers is what the report then shows
        XbrlStore xbrl = XbrlStore.open(store);
        Map<String, Model> none = new HashMap<>();
        unbroken.disclosures().forEach(d -> none.put(IRIS.findingsGraphOf(d.graph()), RdfMapper.newModel()));
        none.put(IRIS.findingsGraphOf(IRIS.filingGraph(APPLE.toString())), RdfMapper.newModel());
        xbrl.replaceGraphs(none);

        JobContext context = context(state);
        CheckBatchlet check = new CheckBatchlet();
        check.jobContext = context;
        check.stores = new Stores();
        check.inputs = inputs.stream().map(Path::toString).collect(Collectors.joining("\n"));
        check.store = store.toString();
        assertEquals(checked, check.process());
        ReportBatchlet report = new ReportBatchlet();
        report.jobContext = context;
        report.stores = check.stores;
        report.inputs = check.inputs;
        report.store = store.toString();
        report.report = tmp.resolve("restarted.json").toString();
        report.process();

        Report actual = ReportJson.read(tmp.resolve("restarted.json"));
        assertEquals(inputs.size() - 2 + 42, actual.disclosures().size());
        assertEquals(1, actual.filings().size());
        assertEquals(760, actual.filings().get(0).facts());
        assertEquals(42, actual.filings().get(0).reports());
        assertEquals(List.of(inputs.get(inputs.size() - 2).toString()),
                actual.rejected().stream().map(Report.Rejected::source).toList());
        assertEquals(unbroken.rejected(), actual.rejected());
        assertEquals(unbroken.disclosures(), actual.disclosures());
        assertEquals(unbroken.filings(), actual.filings());
        assertEquals(unbroken.findings(), actual.findings());
        assertEquals(unbroken, actual);
    }

    @Test
    void aStateThatNamesNothingFindsTheFilingsPagesAndInstanceInTheStore() {
        XbrlStore xbrl = XbrlStore.open(store);
        List<Work> plan = Inputs.plan(inputs);
        RunGraphs run = RunGraphs.of(new RunState(), plan, IRIS, xbrl);

        List<String> applePages = run.disclosures().stream()
                .filter(g -> g.startsWith(IRIS.filingPagesGraphPrefix(APPLE.toString()))).toList();
        assertEquals(42, applePages.size());
        // in the order of the work: the FilingSummary's order, as the report lists them
        List<String> expected = plan.stream().filter(w -> w.kind() == Work.Kind.PAGE && w.filing() != null)
                .map(w -> IRIS.disclosureGraph(Iris.source(w.filingSource(), w.path().toString()))).toList();
        assertEquals(expected, applePages);
        assertEquals(unbroken.disclosures().stream().map(Report.DisclosureReport::graph).toList(), run.disclosures());
        assertEquals(List.of(IRIS.filingGraph(APPLE.toString())), run.filingGraphs());
        RunState.FilingRun apple = run.filings().get(0);
        assertEquals(APPLE.toString(), apple.source());
        assertEquals(760, apple.facts());
        assertEquals(unbroken.filings().get(0).entity(), apple.entity());
        assertEquals(unbroken.filings().get(0).contexts(), apple.contexts());
        assertEquals(unbroken.filings().get(0).units(), apple.units());
        // the refused input from its rejection graph, with its located message
        assertEquals(unbroken.rejected().stream().map(r -> new RunState.Rejected(r.source(), r.message())).toList(),
                run.rejected());
        assertTrue(run.rejected().get(0).message().startsWith(inputs.get(inputs.size() - 2) + ":"),
                run.rejected().toString());

        // an item whose rejection graph is in the store was refused by its last reading: not the run's, though an
        // older graph of it is there
        String seedSource = Shared.seed().toString();
        String seedGraph = IRIS.disclosureGraph(seedSource);
        assertTrue(run.disclosures().contains(seedGraph));
        Model rejection = new RdfMapper(IRIS, org.xbrllinker.link.LinkerOptions.DEFAULT_NAMESPACE)
                .rejection(seedSource, seedSource, org.xbrllinker.parse.SourceLocation.of(seedSource, 3), "broken",
                        java.time.Instant.now());
        xbrl.replaceGraphs(Map.of(IRIS.rejectionGraph(seedSource), rejection));
        try {
            RunGraphs without = RunGraphs.of(new RunState(), plan, IRIS, xbrl);
            assertEquals(run.disclosures().size() - 1, without.disclosures().size());
            assertTrue(!without.disclosures().contains(seedGraph));
        } finally {
            xbrl.replaceGraphs(Map.of(IRIS.rejectionGraph(seedSource), RdfMapper.newModel()));
        }
    }

    /** A job context outside a job: only its transient user data, holding the given state. */
    private static JobContext context(RunState state) {
        Object[] data = {state};
        return (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getTransientUserData" -> data[0];
                    case "setTransientUserData" -> {
                        data[0] = args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
