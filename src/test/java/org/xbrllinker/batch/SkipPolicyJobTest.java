package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.riot.RDFDataMgr;
import org.jberet.operations.DelegatingJobOperator;
import org.jberet.runtime.JobExecutionImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * The link step's skip policy: a bad input is skipped, named with its reason in the report and recorded in the store
 * as an {@code xlk:RejectedInput}, and the other inputs are linked, checked and reported; one bad input more than the
 * skip limit fails the job, which says so and names every input refused.
 */
class SkipPolicyJobTest {

    @TempDir
    Path tmp;

    private Path empty;
    private Path notAmount;
    private Path binary;

    private void badInputs() throws Exception {
        empty = Files.writeString(tmp.resolve("empty.txt"), "");
        notAmount = Files.writeString(tmp.resolve("not-an-amount.txt"),
                Files.readString(Shared.seed()).replace("|(86,170)", "|(86,17O)"));
        binary = Files.write(tmp.resolve("binary.txt"), new byte[] {'|', 'T', '\n', 0, 1, 2});
    }

    private record Run(JobExecution execution, Map<String, StepExecution> steps) {
        long skips() {
            return Arrays.stream(steps.get("link").getMetrics())
                    .filter(m -> m.getType() == Metric.MetricType.PROCESS_SKIP_COUNT).mapToLong(Metric::getValue)
                    .sum();
        }
    }

    private Run run(Path store, Integer skipLimit, Path... inputs) throws Exception {
        Properties p = new Properties();
        p.setProperty(JobSettings.INPUTS, Arrays.stream(inputs).map(Path::toString).collect(Collectors.joining("\n")));
        p.setProperty(JobSettings.STORE, store.toString());
        p.setProperty(JobSettings.REPORT, tmp.resolve("report.json").toString());
        if (skipLimit != null) {
            p.setProperty(JobSettings.SKIP_LIMIT, skipLimit.toString());
        }
        JobOperator jberet = ((DelegatingJobOperator) BatchRuntime.getJobOperator()).getDelegate();
        long id = jberet.start(JobSettings.JOB, p);
        ((JobExecutionImpl) jberet.getJobExecution(id)).awaitTermination(5, TimeUnit.MINUTES);
        return new Run(jberet.getJobExecution(id), jberet.getStepExecutions(id).stream()
                .collect(Collectors.toMap(StepExecution::getStepName, s -> s)));
    }

    private static List<QuerySolution> rejections(XbrlStore store) {
        return store.selectAll(org.apache.jena.query.QueryFactory.create("""
                PREFIX xlk: <https://w3id.org/xbrl-linker/ns#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?g ?r ?file ?message ?whereFile ?line ?at WHERE {
                  GRAPH ?g { ?r a xlk:RejectedInput, prov:Entity ; xlk:sourceFile ?file ; xlk:message ?message ;
                               prov:generatedAtTime ?at ; prov:wasDerivedFrom ?where .
                             ?where a xlk:SourceLocation ; xlk:sourceFile ?whereFile ; xlk:sourceLine ?line } }
                ORDER BY ?file"""));
    }

    @Test
    void badInputsAreSkippedAndRecordedAsProvenanceWhileTheRestCompletes() throws Exception {
        badInputs();
        Path store = tmp.resolve("store");
        Run run = run(store, null, empty, Shared.seed(), notAmount, binary);
        assertEquals(BatchStatus.COMPLETED, run.execution().getBatchStatus());
        assertEquals(3, run.skips());
        assertEquals("EXIT_2", run.steps().get("report").getExitStatus());

        Report report = ReportJson.read(tmp.resolve("report.json"));
        assertEquals(1, report.disclosures().size());
        assertEquals(10, report.disclosures().get(0).lineItems().size());
        assertEquals(List.of(
                        empty + ":1: empty file: expected an R page title",
                        notAmount + ":30: expected an amount after \"Write-off\", found \"(86,17O)\"",
                        binary + ":2: not a text R page: binary content"),
                report.rejected().stream().map(Report.Rejected::message).toList());
        assertFalse(report.findings().isEmpty(), "the seed was checked");

        Iris iris = Iris.defaults();
        {
            XbrlStore s = XbrlStore.open(store);
            List<String> rows = rejections(s).stream().map(q -> q.get("g").toString() + " | "
                    + q.getLiteral("file").getString() + " | " + q.getLiteral("line").getInt() + " | "
                    + q.getLiteral("message").getString()).toList();
            assertEquals(List.of(
                    iris.rejectionGraph(binary.toString()) + " | binary.txt | 2 | " + binary
                            + ":2: not a text R page: binary content",
                    iris.rejectionGraph(empty.toString()) + " | empty.txt | 1 | " + empty
                            + ":1: empty file: expected an R page title",
                    iris.rejectionGraph(notAmount.toString()) + " | not-an-amount.txt | 30 | " + notAmount
                            + ":30: expected an amount after \"Write-off\", found \"(86,17O)\""), rows);
            assertEquals(iris.rejection(empty.toString()), rejections(s).get(1).getResource("r").getURI());
            assertTrue(iris.rejection(empty.toString()).matches(".*/rejected/empty-[0-9a-f]{16}"));

            // each rejection graph is what the shapes ask of provenance
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes/xbrl-linker-shapes.ttl"));
            Model graph = s.copyOf(iris.rejectionGraph(notAmount.toString()));
            ValidationReport conforms = ShaclValidator.get().validate(shapes, graph.getGraph());
            assertTrue(conforms.conforms(), () -> conforms.getEntries().toString());
            assertTrue(s.containsGraph(iris.disclosureGraph(Shared.seed().toString())));
        }

        // the input mended and linked again: its rejection is gone, the others' stay
        Files.writeString(notAmount, Files.readString(Shared.seed()));
        Run again = run(store, null, notAmount);
        assertEquals(BatchStatus.COMPLETED, again.execution().getBatchStatus());
        assertEquals(0, again.skips());
        {
            XbrlStore s = XbrlStore.open(store);
            assertEquals(List.of("binary.txt", "empty.txt"),
                    rejections(s).stream().map(q -> q.getLiteral("file").getString()).toList());
            assertTrue(s.containsGraph(iris.disclosureGraph(notAmount.toString())));
        }
    }

    @Test
    void oneBadInputMoreThanTheSkipLimitFailsTheJobNamingEveryRefusal() throws Exception {
        badInputs();
        Run within = run(tmp.resolve("within"), 2, empty, Shared.seed(), notAmount);
        assertEquals(BatchStatus.COMPLETED, within.execution().getBatchStatus());
        assertEquals(2, within.skips());

        Run over = run(tmp.resolve("over"), 1, empty, Shared.seed(), notAmount);
        assertEquals(BatchStatus.FAILED, over.execution().getBatchStatus());
        assertEquals(BatchStatus.FAILED, over.steps().get("link").getBatchStatus());
        assertFalse(over.steps().containsKey("report"), "the job stops at the link step");
        assertEquals(1, over.skips());
        assertEquals(String.join("\n",
                        SkipRecordingListener.SKIP_LIMIT_EXCEEDED + ": more than 1 input(s) rejected, the skip limit; "
                                + "the job stopped",
                        empty + ":1: empty file: expected an R page title",
                        notAmount + ":30: expected an amount after \"Write-off\", found \"(86,17O)\""),
                over.execution().getExitStatus());
        // the input skipped within the limit is recorded; the one over it stopped the job
        {
            XbrlStore s = XbrlStore.open(tmp.resolve("over"));
            assertEquals(List.of("empty.txt"), rejections(s).stream().map(q -> q.getLiteral("file").getString())
                    .toList());
        }
    }

    @Test
    void aFilingWhoseOwnSchemaIsRefusedSkipsItsPagesNotTheJob() throws Exception {
        Path filing = Files.createDirectories(tmp.resolve("acme-filing"));
        Files.copy(org.xbrllinker.testing.RPages.apple("R5.htm"), filing.resolve("R5.htm"));
        Path schema = Files.writeString(filing.resolve("acme-20250329.xsd"), """
                <?xml version="1.0"?>
                <!DOCTYPE xs:schema [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:acme"/>
                """);
        Run run = run(tmp.resolve("store"), null, filing, Shared.seed());
        assertEquals(BatchStatus.COMPLETED, run.execution().getBatchStatus());
        assertEquals(1, run.skips());
        Report report = ReportJson.read(tmp.resolve("report.json"));
        assertEquals(1, report.disclosures().size(), "the seed is linked");
        assertEquals(List.of(schema + ":2: expected no DOCTYPE declaration; DTDs are refused (they can pull in "
                + "external entities)"), report.rejected().stream().map(Report.Rejected::message).toList());
        assertEquals(filing.resolve("R5.htm").toString(), report.rejected().get(0).source());
        XbrlStore s = XbrlStore.open(tmp.resolve("store"));
        // the page is the input refused; the place it went wrong is its filing's schema
        assertEquals(List.of("R5.htm acme-20250329.xsd:2"), rejections(s).stream().map(q -> q.getLiteral("file")
                .getString() + " " + q.getLiteral("whereFile").getString() + ":" + q.getLiteral("line").getInt())
                .toList());
        assertEquals(Iris.defaults().rejectionGraph(Iris.source(filing.toString(), filing.resolve("R5.htm").toString())),
                rejections(s).get(0).get("g").toString());
    }
}
