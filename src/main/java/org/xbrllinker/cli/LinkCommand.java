package org.xbrllinker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import org.jberet.operations.DelegatingJobOperator;
import org.jberet.runtime.JobExecutionImpl;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.batch.SkipRecordingListener;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code link PATH...}: runs the link-disclosures job on JBeret SE and prints the report. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Parse, link, load into the store and check disclosures; print the report and write it as JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no error-level check failed", "1:an error-level check failed",
                "2:bad input (named with file and line), more rejected inputs than the skip limit, or bad usage"})
final class LinkCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Disclosures: text R pages, or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "TDB2 store folder, or a SPARQL server's dataset URL (http://host:port/ds) "
                    + "(default: ${DEFAULT-VALUE}).")
    String store = JobSettings.DEFAULT_STORE;

    @Option(names = "--taxonomy", paramLabel = "PATH",
            description = "Taxonomy schema, linkbase, package folder, catalog file or MetaLinks.json; repeatable "
                    + "(default: the bundled US-GAAP 2021 subset).")
    List<Path> taxonomy = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE.json", description = "Where to write the JSON report (default: DIR/report.json; ./report.json for a URL).")
    Path report;

    @Option(names = "--base-iri", paramLabel = "IRI", description = "Base of minted IRIs.")
    String baseIri;

    @Option(names = "--extension-prefix", paramLabel = "PREFIX", description = "Prefix of extension concepts (default: ext).")
    String extensionPrefix;

    @Option(names = "--extension-namespace", paramLabel = "IRI", description = "Namespace of extension concepts.")
    String extensionNamespace;

    @Option(names = "--checks", paramLabel = "DIR", description = "Folder of more .rq checks; repeatable.")
    List<Path> checks = new ArrayList<>();

    @Option(names = "--skip-limit", paramLabel = "N",
            description = "How many bad inputs may be rejected and skipped; one more stops the job (default: "
                    + JobSettings.DEFAULT_SKIP_LIMIT + ").")
    Integer skipLimit;

    @Option(names = "--quiet", description = "Print only the summary line.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        // a broken check would fail the job's check step after linking everything; say so before starting it
        if (!checks.isEmpty() && ChecksCommand.load(checks) == null) {
            return 2;
        }
        Path reportFile = report != null ? report : JobSettings.defaultReport(store);
        Files.deleteIfExists(reportFile);
        Properties params = new Properties();
        params.setProperty(JobSettings.INPUTS, Settings.join(inputs));
        params.setProperty(JobSettings.STORE, store);
        params.setProperty(JobSettings.REPORT, reportFile.toString());
        if (!taxonomy.isEmpty()) {
            params.setProperty(JobSettings.TAXONOMY, Settings.join(taxonomy));
        }
        if (!checks.isEmpty()) {
            params.setProperty(JobSettings.CHECKS, Settings.join(checks));
        }
        setIfPresent(params, JobSettings.BASE_IRI, baseIri);
        setIfPresent(params, JobSettings.EXTENSION_PREFIX, extensionPrefix);
        setIfPresent(params, JobSettings.EXTENSION_NAMESPACE, extensionNamespace);
        if (skipLimit != null) {
            if (skipLimit < 0) {
                System.err.println("xbrl-linker: --skip-limit must be 0 or more, found " + skipLimit);
                return 2;
            }
            params.setProperty(JobSettings.SKIP_LIMIT, Integer.toString(skipLimit));
        }

        JobExecution execution = runJob(params);
        String exit = execution.getExitStatus();
        if (exit != null && exit.startsWith(SkipRecordingListener.SKIP_LIMIT_EXCEEDED)) {
            // the first line says what happened, each further one names an input refused
            exit.substring(SkipRecordingListener.SKIP_LIMIT_EXCEEDED.length() + 2).lines()
                    .forEach(line -> System.err.println("xbrl-linker: " + line));
            return 2;
        }
        if (execution.getBatchStatus() != BatchStatus.COMPLETED || !Files.exists(reportFile)) {
            System.err.println("xbrl-linker: job " + JobSettings.JOB + " ended " + execution.getBatchStatus()
                    + " (" + execution.getExitStatus() + "); see the log above");
            return 2;
        }
        Report r = ReportJson.read(reportFile);
        ReportPrinter.print(r, quiet, System.out);
        System.out.println("JSON report: " + reportFile);
        for (Report.Rejected rejected : r.rejected()) {
            System.err.println("xbrl-linker: " + rejected.message());
        }
        return r.exitCode();
    }

    /** Starts the job on JBeret SE and waits for it to end. */
    static JobExecution runJob(Properties params) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start(JobSettings.JOB, params);
        JobOperator jberet = operator instanceof DelegatingJobOperator d ? d.getDelegate() : operator;
        JobExecution execution = jberet.getJobExecution(id);
        if (execution instanceof JobExecutionImpl impl) {
            LinkProgressBar.await(impl, id);
        }
        return jberet.getJobExecution(id);
    }

    private static void setIfPresent(Properties p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.setProperty(key, value);
        }
    }

}
