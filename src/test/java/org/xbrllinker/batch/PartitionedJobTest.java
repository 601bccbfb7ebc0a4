package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;

import org.apache.jena.system.Txn;
import org.jberet.operations.DelegatingJobOperator;
import org.jberet.runtime.JobExecutionImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Work;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * The link step as a partitioned step ({@code partitions} > 1): the same store, graph for graph, and the same report
 * as one thread; a partition that fails is restarted from its own checkpoint and the run ends as an unbroken one; the
 * plan keeps a filing in one partition; bad values of the parameter are refused.
 */
class PartitionedJobTest {

    static final Path APPLE = Shared.data().resolve("filings/aapl-0000320193-25-000057");

    @TempDir
    Path tmp;

    private final JobOperator jberet = ((DelegatingJobOperator) BatchRuntime.getJobOperator()).getDelegate();

    @Test
    void twoPartitionsWriteTheSameStoreAndReportAsOne() throws Exception {
        // the seed, four R pages of other filers, four of Apple's R pages on their own (copies: a page given twice,
        // on its own and in its filing, would be one graph written by two partitions) and Apple's filing folder
        Path pages = Files.createDirectory(tmp.resolve("apple-pages"));
        List<Path> inputs = new ArrayList<>();
        inputs.add(Shared.seed());
        try (Stream<Path> misc = Files.list(Shared.data().resolve("filings/r-pages-misc"))) {
            misc.sorted().forEach(inputs::add);
        }
        for (String r : List.of("R2.htm", "R4.htm", "R6.htm", "R8.htm")) {
            inputs.add(Files.copy(APPLE.resolve(r), pages.resolve("aapl-" + r)));
        }
        inputs.add(APPLE);
        Path bad = Files.writeString(tmp.resolve("bad.txt"),
                Files.readString(Shared.seed()).replace("|(86,170)", "|(86,17O)"));
        inputs.add(2, bad);
        Path[] in = inputs.toArray(Path[]::new);

        long one = start(tmp.resolve("one"), Map.of(), in);
        long two = start(tmp.resolve("two"), Map.of(JobSettings.PARTITIONS, "2", JobSettings.CHUNK_SIZE, "3"), in);
        assertEquals(BatchStatus.COMPLETED, jberet.getJobExecution(one).getBatchStatus());
        assertEquals(BatchStatus.COMPLETED, jberet.getJobExecution(two).getBatchStatus());

        // partitions = 1: the step link does the work and link-partitioned does not run
        assertEquals(List.of("link", "check", "report"), stepNames(one));
        assertEquals(List.of("link", "link-partitioned", "check", "report"), stepNames(two));
        assertEquals(DisclosureItemReader.PARTITIONED, steps(two).get("link").getExitStatus());

        Report expected = ReportJson.read(tmp.resolve("one").resolve("report.json"));
        Report actual = ReportJson.read(tmp.resolve("two").resolve("report.json"));
        assertEquals(8 + 1 + 42, expected.disclosures().size(), "every page but the bad one");
        assertEquals(List.of(bad.toString()), actual.rejected().stream().map(Report.Rejected::source).toList());
        assertEquals(1, actual.filings().size());
        assertEquals(760, actual.filings().get(0).facts());
        assertEquals(expected.summary(), actual.summary());
        assertEquals(expected.disclosures(), actual.disclosures());
        assertEquals(expected.filings(), actual.filings());
        // reference-roles lists citations sorted, not in the store's order (which differs with the order of writes)
        List<Report.FindingReport> roles = actual.findings().stream()
                .filter(f -> f.check().equals("cross-reference.reference-roles") && f.message().contains("; ")).toList();
        assertTrue(roles.size() > 10, roles.toString());
        for (Report.FindingReport f : roles) {
            List<String> citations = List.of(f.message().substring(f.message().indexOf(" reference(s) ") + 14)
                    .split("; "));
            assertEquals(citations.stream().sorted().toList(), citations, f.message());
        }
        assertEquals(expected.findings(), actual.findings());
        assertEquals(expected, actual);
        assertSameStore(tmp.resolve("one"), tmp.resolve("two"));
    }

    @Test
    void aPartitionThatFailedIsRestartedFromItsCheckpointAndTheRunEndsAsAnUnbrokenOne() throws Exception {
        String seed = Files.readString(Shared.seed());
        String broken = seed.replace("|(86,170)", "|(86,17O)");
        // six pages, two partitions of three: [a, bad1, c] and [d, bad2, bad3]
        Path a = Files.writeString(tmp.resolve("a.txt"), seed);
        Path bad1 = Files.writeString(tmp.resolve("bad1.txt"), broken);
        Path c = Files.writeString(tmp.resolve("c.txt"), seed);
        Path d = Files.writeString(tmp.resolve("d.txt"), seed);
        Path bad2 = Files.writeString(tmp.resolve("bad2.txt"), broken);
        Path bad3 = Files.writeString(tmp.resolve("bad3.txt"), seed);
        assertEquals(List.of(new int[] {0, 3}, new int[] {3, 6}).stream().map(Arrays::toString).toList(),
                LinkPartitionMapper.ranges(Inputs.plan(List.of(a, bad1, c, d, bad2, bad3)), 2).stream()
                        .map(Arrays::toString).toList());
        Map<String, String> params = Map.of(JobSettings.PARTITIONS, "2", JobSettings.CHUNK_SIZE, "1",
                JobSettings.SKIP_LIMIT, "1");

        // the reference: bad3 readable, one refusal in each partition, within the limit of each
        long reference = start(tmp.resolve("reference"), params, a, bad1, c, d, bad2, bad3);
        assertEquals(BatchStatus.COMPLETED, jberet.getJobExecution(reference).getBatchStatus());

        // bad3 broken too: the second partition refuses two inputs, one more than its limit, and fails
        Files.writeString(bad3, broken);
        long failed = start(tmp.resolve("restarted"), params, a, bad1, c, d, bad2, bad3);
        JobExecution failedExecution = jberet.getJobExecution(failed);
        assertEquals(BatchStatus.FAILED, failedExecution.getBatchStatus());
        assertTrue(failedExecution.getExitStatus().startsWith(SkipRecordingListener.SKIP_LIMIT_EXCEEDED
                + ": more than 1 input(s) rejected"), failedExecution.getExitStatus());
        assertTrue(failedExecution.getExitStatus().contains(bad3 + ":30: expected an amount"),
                failedExecution.getExitStatus());
        assertEquals(BatchStatus.FAILED, steps(failed).get("link-partitioned").getBatchStatus());
        assertFalse(steps(failed).containsKey("check"));

        // fixed, and restarted: only the failed partition runs again, from its checkpoint (after bad2)
        Files.writeString(bad3, seed);
        long restarted = jberet.restart(failed, null);
        ((JobExecutionImpl) jberet.getJobExecution(restarted)).awaitTermination(5, TimeUnit.MINUTES);
        assertEquals(BatchStatus.COMPLETED, jberet.getJobExecution(restarted).getBatchStatus(),
                jberet.getJobExecution(restarted).getExitStatus());
        long read = steps(restarted).get("link-partitioned").getMetrics().length == 0 ? -1
                : Arrays.stream(steps(restarted).get("link-partitioned").getMetrics())
                .filter(m -> m.getType() == jakarta.batch.runtime.Metric.MetricType.READ_COUNT)
                .mapToLong(jakarta.batch.runtime.Metric::getValue).sum();
        assertEquals(1, read, "the restart read bad3 only");

        Report expected = ReportJson.read(tmp.resolve("reference").resolve("report.json"));
        Report actual = ReportJson.read(tmp.resolve("restarted").resolve("report.json"));
        assertEquals(List.of(bad1.toString(), bad2.toString()),
                actual.rejected().stream().map(Report.Rejected::source).toList());
        assertEquals(4, actual.disclosures().size());
        assertEquals(expected, actual);
        assertSameStore(tmp.resolve("reference"), tmp.resolve("restarted"));
    }

    @Test
    void theMapperKeepsAFilingInOnePartitionAndCutsNearEqualShares() throws Exception {
        List<Path> inputs = new ArrayList<>();
        inputs.add(Shared.seed());
        inputs.add(APPLE);
        inputs.add(Shared.seed());
        List<Work> plan = Inputs.plan(inputs);
        assertEquals(1 + 43 + 1, plan.size());
        List<String> two = LinkPartitionMapper.ranges(plan, 2).stream().map(Arrays::toString).toList();
        // the filing (positions 1..43) is one unit: the cut nearest the middle is before or after it
        assertEquals(List.of("[0, 1]", "[1, 45]"), two);
        // more partitions than units: one a unit
        assertEquals(List.of("[0, 1]", "[1, 44]", "[44, 45]"),
                LinkPartitionMapper.ranges(plan, 8).stream().map(Arrays::toString).toList());
        assertEquals(List.of("[0, 0]"), LinkPartitionMapper.ranges(List.of(), 4).stream().map(Arrays::toString)
                .toList());
        List<Path> ten = new ArrayList<>(Collections.nCopies(10, Shared.seed()));
        assertEquals(List.of("[0, 3]", "[3, 6]", "[6, 10]"),
                LinkPartitionMapper.ranges(Inputs.plan(ten), 3).stream().map(Arrays::toString).toList());
    }

    @Test
    void badPartitionCountsAreRefusedWithTheirValue() throws Exception {
        for (String value : List.of("0", "-2", "two", "1.5")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> JobSettings.partitions(value));
            assertEquals("job parameter 'partitions' must be a positive integer (the number of partitions of the "
                    + "link step), found '" + value + "'", e.getMessage());
        }
        assertEquals(1, JobSettings.partitions(null));
        assertEquals(1, JobSettings.partitions(" "));
        assertEquals(3, JobSettings.partitions(" 3 "));
        // the job itself refuses one too (a start that bypassed the command line's and the API's checks)
        long id = start(tmp.resolve("refused"), Map.of(JobSettings.PARTITIONS, "zero"), Shared.seed());
        assertEquals(BatchStatus.FAILED, jberet.getJobExecution(id).getBatchStatus());
        assertEquals(BatchStatus.FAILED, steps(id).get("link").getBatchStatus());
        assertFalse(Files.exists(tmp.resolve("refused").resolve("report.json")));
    }

    private long start(Path store, Map<String, String> params, Path... inputs) throws InterruptedException {
        Properties p = new Properties();
        p.setProperty(JobSettings.INPUTS, Arrays.stream(inputs).map(Path::toString).collect(Collectors.joining("\n")));
        p.setProperty(JobSettings.STORE, store.toString());
        params.forEach(p::setProperty);
        long id = jberet.start(JobSettings.JOB, p);
        ((JobExecutionImpl) jberet.getJobExecution(id)).awaitTermination(5, TimeUnit.MINUTES);
        return id;
    }

    private List<String> stepNames(long execution) {
        return jberet.getStepExecutions(execution).stream().map(StepExecution::getStepName).toList();
    }

    private Map<String, StepExecution> steps(long execution) {
        return jberet.getStepExecutions(execution).stream()
                .collect(Collectors.toMap(StepExecution::getStepName, Function.identity()));
    }

    /** The same named graphs, each isomorphic (a rejection graph's time differs: its size must not). */
    static void assertSameStore(Path expected, Path actual) {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        XbrlStore want = XbrlStore.open(expected);
        XbrlStore got = XbrlStore.open(actual);
        assertEquals(want.size(), got.size(), "quads");
        List<String> graphs = graphNames(want);
        assertEquals(graphs, graphNames(got));
        for (String g : graphs) {
            if (!g.startsWith(iris.base() + "graph/rejected/")) {
                assertTrue(want.copyOf(g).isIsomorphicWith(got.copyOf(g)), g);
            } else {
                assertEquals(want.copyOf(g).size(), got.copyOf(g).size(), g);
            }
        }
    }

    private static List<String> graphNames(XbrlStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> names = new ArrayList<>();
            store.dataset().listNames().forEachRemaining(names::add);
            Collections.sort(names);
            return names;
        });
    }
}
