package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.xbrllinker.testing.CliProcesses.EOF;
import static org.xbrllinker.testing.CliProcesses.drained;
import static org.xbrllinker.testing.CliProcesses.exit;
import static org.xbrllinker.testing.CliProcesses.lines;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.jberet.runtime.AbstractStepExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.batch.DisclosureItemReader;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.CliProcesses;
import org.xbrllinker.testing.Shared;

/**
 * Crash and restart: a {@code link} process is killed (SIGKILL: no shutdown hook runs) in the middle of its link step,
 * another process restarts the execution from the store's job repository, and the store and the report it ends with
 * are those of a run that never crashed: the same quads, the same named graphs, each graph isomorphic, the same JSON
 * report, the same exit code. The kill waits for an event, not for time: the process is held before its third item
 * ({@link DisclosureItemReader#HOLD_BEFORE_ITEM}), once two chunks committed, and killed there. Before the restart the
 * killed run's store is looked at too: its execution is left STARTED, and the store holds the two committed chunks'
 * disclosure graphs, no more, with a saved checkpoint that says 2.
 */
class CrashRestartTest {

    /** Twelve inputs, one item each. */
    static final int INPUTS = 12;
    /** The kill comes once this many chunks (one item each) committed, before the next one starts. */
    static final int KILL_AFTER = 2;
    static final Pattern STARTED = Pattern.compile("execution (\\d+) of link-disclosures started");
    static final Pattern EXECUTION = Pattern.compile("(?m)^Job execution: (\\d+) ");

    @TempDir
    Path tmp;

    @Test
    void aRunKilledMidStepAndRestartedInANewProcessEndsWithTheStoreAndReportOfARunNeverKilled() throws Exception {
        String[] inputs = inputs(tmp.resolve("inputs"));

        // the run that never crashed, in a process of its own too
        Path reference = tmp.resolve("reference");
        Process link0 = cli("reference", args("link", inputs, "--store", reference.toString(), "--chunk-size", "1",
                "--quiet"));
        BlockingQueue<String> referenceErr = lines(link0);
        int uninterrupted = exit(link0, referenceErr);
        assertEquals(1, uninterrupted, "two inputs fail a calculation: " + Files.readString(tmp.resolve("reference.out")));

        // the run that is killed once its second chunk committed: the reader holds it before the third item (then
        // the second chunk's TDB2 transaction has committed and its checkpoint is saved) and says so; the kill comes
        // after that line, so the run is killed at that point and nowhere else, however fast or slow the machine
        Path crashed = tmp.resolve("crashed");
        Process link = CliProcesses.start(tmp, "crashed-link",
                List.of("-D" + DisclosureItemReader.HOLD_BEFORE_ITEM + "=" + KILL_AFTER),
                args("link", inputs, "--store", crashed.toString(), "--chunk-size", "1", "--quiet", "--progress"));
        BlockingQueue<String> err = lines(link);
        long execution = -1;
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        for (boolean held = false; !held; ) {
            String line = err.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                link.destroyForcibly();
                fail("the link process " + (line == null ? "was not held within 5 minutes" : "ended before it was "
                        + "held (exit " + link.waitFor() + ")") + "; its output:\n" + String.join("\n", seen) + "\n"
                        + String.join("\n", drained(err)));
            }
            seen.add(line);
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                execution = Long.parseLong(started.group(1));
            }
            held = line.equals(DisclosureItemReader.HELD + " " + KILL_AFTER);
        }
        link.destroyForcibly();
        assertTrue(link.waitFor(1, TimeUnit.MINUTES), "the killed process is gone");
        assertEquals(137, link.exitValue(), "the link process was killed (SIGKILL): " + String.join("\n", seen));
        assertTrue(execution > 0, "link named its execution: " + String.join("\n", seen));
        assertTrue(Files.notExists(crashed.resolve("report.json")), "the killed run wrote no report");

        // what the kill left: an execution marked STARTED, and a store in step with its checkpoint
        int checkpoint;
        try (StoreJobs jobs = StoreJobs.open(crashed)) {
            JobExecution left = jobs.operator().getJobExecution(execution);
            assertEquals(BatchStatus.STARTED, left.getBatchStatus(), "nothing could mark the killed execution");
            StepExecution step = jobs.operator().getStepExecutions(execution).stream()
                    .filter(s -> s.getStepName().equals(JobRun.LINK_STEP)).findFirst().orElseThrow();
            Serializable saved = ((AbstractStepExecution) step).getReaderCheckpointInfo();
            assertNotNull(saved, "a checkpoint was saved before the kill");
            checkpoint = (Integer) saved;
        }
        int graphs;
        XbrlStore partial = XbrlStore.open(crashed);
        try {
            graphs = disclosureGraphs(partial);
        } finally {
            partial.release(); // the restart, another process, takes the store
        }
        // killed between two chunks: the store holds the committed chunks, the checkpoint (saved on disk before the
        // next chunk starts: WRITE_DELAY=0) counts them, and neither is behind or ahead of the other
        assertEquals(KILL_AFTER, checkpoint, "the checkpoint after " + KILL_AFTER + " committed chunks of one item");
        assertEquals(KILL_AFTER, graphs, "disclosure graphs in the store after " + KILL_AFTER + " committed chunks");

        // the restart, in another process
        Process restart = cli("restart", "restart", Long.toString(execution), "--store", crashed.toString(), "--quiet");
        BlockingQueue<String> restartErr = lines(restart);
        int restartExit = exit(restart, restartErr);
        String restartOut = Files.readString(tmp.resolve("restart.out"), StandardCharsets.UTF_8);
        String restartMessages = String.join("\n", drained(restartErr));
        assertEquals(uninterrupted, restartExit, restartOut + restartMessages);
        assertTrue(restartMessages.contains("execution " + execution + " is marked STARTED but no process runs it"),
                restartMessages);
        assertFalse(restartMessages.contains("JBERET000018"), "no warning about steps the killed run never reached");
        Matcher restarted = EXECUTION.matcher(restartOut);
        assertTrue(restarted.find(), restartOut);
        assertEquals(execution + 1, Long.parseLong(restarted.group(1)), "a new execution of the same run: " + restartOut);
        assertTrue(restartOut.contains("12 disclosure(s), 120 line item(s), 228 fact(s)"), restartOut);

        // the same store
        XbrlStore expected = XbrlStore.open(reference);
        XbrlStore actual = XbrlStore.open(crashed);
        assertEquals(expected.size(), actual.size(), "quads");
        Map<String, Graph> want = graphs(expected);
        Map<String, Graph> got = graphs(actual);
        assertEquals(want.keySet(), got.keySet(), "named graphs");
        assertEquals(INPUTS, disclosureGraphs(actual));
        for (Map.Entry<String, Graph> g : want.entrySet()) {
            assertEquals(g.getValue().size(), got.get(g.getKey()).size(), g.getKey());
            assertTrue(g.getValue().isIsomorphicWith(got.get(g.getKey())), "isomorphic: " + g.getKey());
        }
        // and the same report
        Report before = ReportJson.read(reference.resolve("report.json"));
        Report after = ReportJson.read(crashed.resolve("report.json"));
        assertEquals(before.summary(), after.summary());
        assertEquals(before.disclosures(), after.disclosures());
        assertEquals(before.findings(), after.findings());
        assertEquals(before.rejected(), after.rejected());
        assertEquals(before, after);
    }

    /**
     * Ten copies of the seed and two whose 2021 net receivables read 90 more than the sum: a folder of ten pages and
     * two more pages, three input paths (so the job parameter holds several).
     */
    static String[] inputs(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pages"));
        String seed = Files.readString(Shared.seed(), StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>(List.of(folder.toString()));
        for (int i = 1; i <= INPUTS; i++) {
            String text = i % 6 == 0 ? seed.replace(CliTest.SEED_NET_2021, CliTest.TAMPERED_NET_2021) : seed;
            Path page = (i <= INPUTS - 2 ? folder : dir).resolve(String.format("page-%02d.txt", i));
            Files.writeString(page, text, StandardCharsets.UTF_8);
            if (i > INPUTS - 2) {
                paths.add(page.toString());
            }
        }
        return paths.toArray(String[]::new);
    }

    private static String[] args(String command, String[] inputs, String... options) {
        List<String> out = new ArrayList<>(List.of(command));
        out.addAll(List.of(inputs));
        out.addAll(List.of(options));
        return out.toArray(String[]::new);
    }

    /** The command line in a JVM of its own, working in {@link #tmp}; standard output goes to {@code NAME.out}. */
    private Process cli(String name, String... args) throws IOException {
        return CliProcesses.start(tmp, name, args);
    }

    /** Each named graph of the store, copied into memory (TDB2 graphs compare by value there). */
    static Map<String, Graph> graphs(XbrlStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Graph> out = new TreeMap<>();
            for (Iterator<Node> it = store.dataset().asDatasetGraph().listGraphNodes(); it.hasNext(); ) {
                Node name = it.next();
                Graph copy = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(copy, store.dataset().asDatasetGraph().getGraph(name));
                out.put(name.getURI(), copy);
            }
            return out;
        });
    }

    private static int disclosureGraphs(XbrlStore store) {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        return (int) graphs(store).keySet().stream().filter(iris::isDisclosureGraph).count();
    }
}
