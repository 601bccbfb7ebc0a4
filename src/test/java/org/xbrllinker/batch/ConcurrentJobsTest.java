package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.jberet.operations.DelegatingJobOperator;
import org.jberet.runtime.JobExecutionImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XLK;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.testing.Shared;

/**
 * Two {@code link-disclosures} runs on the same store at once (two starts on JBeret SE in one JVM) serialize: both
 * complete, and the store ends as after one of the two runs in sequence, graph for graph, with the findings of the
 * disclosure both runs wrote matching the version of it that stayed. Run A links the seed; run B links a copy of the
 * seed with one amount changed (both in a folder named by the same accession number, so the same disclosure graph: a
 * page is named by its filing's accession number, not its content; a failing calculation) and another page.
 */
class ConcurrentJobsTest {

    static final String SEED_NET_2021 = "2,047,560";
    static final String TAMPERED_NET_2021 = "2,047,650";
    static final int CONCURRENT_ROUNDS = 2;

    @TempDir
    static Path tmp;

    static Path[] runA;
    static Path[] runB;

    @BeforeAll
    static void inputs() throws Exception {
        String seed = Files.readString(Shared.seed(), StandardCharsets.UTF_8);
        assertEquals(1, seed.split(SEED_NET_2021, -1).length - 1);
        String accession = "000032019325000057";
        Path original = Files.createDirectories(tmp.resolve("original").resolve(accession)).resolve(Shared.seed().getFileName());
        Files.writeString(original, seed, StandardCharsets.UTF_8);
        Path tampered = Files.createDirectories(tmp.resolve("tampered").resolve(accession)).resolve(Shared.seed().getFileName());
        Files.writeString(tampered, seed.replace(SEED_NET_2021, TAMPERED_NET_2021), StandardCharsets.UTF_8);
        runA = new Path[] {original};
        runB = new Path[] {tampered, Shared.data().resolve("filings/r-pages-misc/adi_2019_R2.htm")};
    }

    static long start(Path store, String name, Path... inputs) {
        Properties p = new Properties();
        p.setProperty(JobSettings.INPUTS, Arrays.stream(inputs).map(Path::toString).collect(Collectors.joining("\n")));
        p.setProperty(JobSettings.STORE, store.toString());
        p.setProperty(JobSettings.REPORT, store.resolveSibling(store.getFileName() + "-" + name + ".json").toString());
        return jberet().start(JobSettings.JOB, p);
    }

    static JobOperator jberet() {
        return ((DelegatingJobOperator) BatchRuntime.getJobOperator()).getDelegate();
    }

    static JobExecution await(long id) throws InterruptedException {
        ((JobExecutionImpl) jberet().getJobExecution(id)).awaitTermination(5, TimeUnit.MINUTES);
        return jberet().getJobExecution(id);
    }

    static void completed(long id) throws InterruptedException {
        JobExecution e = await(id);
        assertEquals(BatchStatus.COMPLETED, e.getBatchStatus(), e.getExitStatus());
    }

    /** Every named graph of the store, copied out in one read transaction. */
    static Map<String, Model> graphs(Path dir) {
        XbrlStore store = XbrlStore.open(dir);
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Map<String, Model> out = new TreeMap<>();
            ds.listNames().forEachRemaining(g -> out.put(g, ModelFactory.createDefaultModel().add(ds.getNamedModel(g))));
            return out;
        });
    }

    static long size(Map<String, Model> graphs) {
        return graphs.values().stream().mapToLong(Model::size).sum();
    }

    /** Whether the findings graph has a failed calculation finding. */
    static boolean calculationFails(Model findings) {
        return findings.listSubjectsWithProperty(XLK.checkId, "calculation").toList().stream()
                .anyMatch(f -> f.hasProperty(XLK.status, "fail"));
    }

    @Test
    void twoRunsAtOnceEndAsOneRunAfterTheOther() throws Exception {
        Path ab = tmp.resolve("a-then-b");
        completed(start(ab, "a", runA));
        completed(start(ab, "b", runB));
        Path ba = tmp.resolve("b-then-a");
        completed(start(ba, "b", runB));
        completed(start(ba, "a", runA));
        Map<String, Model> afterAb = graphs(ab);
        Map<String, Model> afterBa = graphs(ba);
        assertEquals(afterAb.keySet(), afterBa.keySet());

        Iris iris = new Iris(Iris.DEFAULT_BASE);
        String seedGraph = iris.disclosureGraph(runA[0].toString());
        assertEquals(seedGraph, iris.disclosureGraph(runB[0].toString()), "one disclosure, two versions");
        String seedFindings = iris.findingsGraphOf(seedGraph);
        assertTrue(afterAb.containsKey(seedGraph) && afterAb.containsKey(seedFindings), afterAb.keySet().toString());
        // the two orders differ exactly where both runs wrote: the seed's graph and its findings
        List<String> differing = new ArrayList<>();
        afterAb.forEach((g, m) -> {
            if (!m.isIsomorphicWith(afterBa.get(g))) {
                differing.add(g);
            }
        });
        assertEquals(List.of(seedGraph, seedFindings).stream().sorted().toList(), differing);
        assertTrue(calculationFails(afterAb.get(seedFindings)), "B's amount fails the calculation");
        assertFalse(calculationFails(afterBa.get(seedFindings)), "the seed's amounts pass it");

        List<String> orders = new ArrayList<>();
        for (int round = 0; round < CONCURRENT_ROUNDS; round++) {
            Path both = tmp.resolve("at-once-" + round);
            long a = start(both, "a", runA);
            long b = start(both, "b", runB);
            completed(a);
            completed(b);
            Map<String, Model> after = graphs(both);

            assertEquals(afterAb.keySet(), after.keySet());
            boolean lastWasB = after.get(seedGraph).isIsomorphicWith(afterAb.get(seedGraph));
            Map<String, Model> sequential = lastWasB ? afterAb : afterBa;
            orders.add(lastWasB ? "A then B" : "B then A");
            for (String g : after.keySet()) {
                assertTrue(after.get(g).isIsomorphicWith(sequential.get(g)),
                        "round " + round + ", " + orders.get(round) + ": " + g + " is not as after a sequential run");
            }
            assertEquals(size(sequential), size(after));
            // the findings agree with the data that stayed: the calculation fails on B's amount only
            boolean failsCalculation = calculationFails(after.get(seedFindings));
            assertEquals(lastWasB, failsCalculation, "round " + round + ": findings of the other version");
        }
    }
}
