package org.xbrllinker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;

import org.jberet.operations.DelegatingJobOperator;
import org.jberet.runtime.JobExecutionImpl;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.rdf.RdfStore;

import org.xbrllinker.check.CalcMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code link PATH...}: runs the link-disclosures job on JBeret SE, with the store's own job repository (see
 * {@link StoreJobs}), and prints the report and the execution id ({@code restart} takes up a run that did not end).
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Parse, link, load into the store and check disclosures; print the report and write it as JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no error-level check failed", "1:an error-level check failed",
                "2:bad input (named with file and line), more rejected inputs than the skip limit, a store another process "
                        + "holds (a running serve), or bad usage"})
final class LinkCommand implements Callable<Integer> {

    /** Where the job repository of runs on a remote store (a SPARQL server) is kept: a local folder. */
    static final String REMOTE_JOB_REPOSITORY = "xbrl-remote-jobs";

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

    @Option(names = "--chunk-size", paramLabel = "N",
            description = "Items (pages, instances) per chunk of the link step: one TDB2 transaction and one checkpoint "
                    + "each (default: 10).")
    Integer chunkSize;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Run the link step as N partitions, each on a thread of its own (a filing stays in one); "
                    + "their writes take turns on the store's write lock; the skip limit counts per partition "
                    + "(default: 1).")
    String partitions;

    @Option(names = "--compact-above-mb", paramLabel = "MB",
            description = "Compact the TDB2 store during the link step whenever its data exceed MB and have doubled "
                    + "since the last compaction (default: only at the end of the step, when the store doubled).")
    Long compactAboveMb;

    @Option(names = "--calc-mode", paramLabel = "MODE", converter = CalcModeConverter.class,
            description = "How the calculation checks judge a summation: c11r (Calculations 1.1 round-to-nearest, the "
                    + "default), c11t (Calculations 1.1 truncation) or xbrl21 (XBRL 2.1 section 5.2.5.2).")
    CalcMode calcMode;

    @Option(names = "--quiet", description = "Print only the summary line.")
    boolean quiet;

    @Option(names = "--progress", description = "Name the job execution when it starts and count the items written "
            + "as chunks commit, on standard error.")
    boolean progress;

    /** The command line this command belongs to: its {@link LinkWarmup}. */
    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        org.xbrllinker.pipeline.Timing.mark("command line parsed (picocli)");
        LinkWarmup warmup = main != null ? main.warmup : LinkWarmup.NONE;
        warmup.awaitJena(); // before anything here touches Jena (see LinkWarmup#awaitJena)
        // a broken check would fail the job's check step after linking everything; say so before starting it
        if (!checks.isEmpty() && ChecksCommand.load(checks) == null) {
            return 2;
        }
        boolean remote = RdfStore.isRemote(store);
        Path reportFile = report != null ? report : JobSettings.defaultReport(store);
        Properties params = new Properties();
        params.setProperty(JobSettings.INPUTS, Settings.join(inputs));
        // absolute, so that `restart` finds the store and the report from any working directory
        params.setProperty(JobSettings.STORE, remote ? store : Path.of(store).toAbsolutePath().normalize().toString());
        params.setProperty(JobSettings.REPORT, reportFile.toAbsolutePath().normalize().toString());
        if (!taxonomy.isEmpty()) {
            params.setProperty(JobSettings.TAXONOMY, Settings.join(taxonomy));
        }
        if (!checks.isEmpty()) {
            params.setProperty(JobSettings.CHECKS, Settings.join(checks));
        }
        setIfPresent(params, JobSettings.BASE_IRI, baseIri);
        setIfPresent(params, JobSettings.CALC_MODE, calcMode == null ? null : calcMode.code());
        setIfPresent(params, JobSettings.EXTENSION_PREFIX, extensionPrefix);
        setIfPresent(params, JobSettings.EXTENSION_NAMESPACE, extensionNamespace);
        if (skipLimit != null) {
            if (skipLimit < 0) {
                System.err.println("xbrl-linker: --skip-limit must be 0 or more, found " + skipLimit);
                return 2;
            }
            params.setProperty(JobSettings.SKIP_LIMIT, Integer.toString(skipLimit));
        }
        if (chunkSize != null) {
            if (chunkSize < 1) {
                System.err.println("xbrl-linker: --chunk-size must be 1 or more, found " + chunkSize);
                return 2;
            }
            params.setProperty(JobSettings.CHUNK_SIZE, Integer.toString(chunkSize));
        }
        if (partitions != null) {
            try {
                params.setProperty(JobSettings.PARTITIONS, Integer.toString(JobSettings.partitions(partitions)));
            } catch (IllegalArgumentException e) {
                System.err.println("xbrl-linker: --partitions must be a positive integer, found '" + partitions.strip()
                        + "'");
                return 2;
            }
        }
        if (compactAboveMb != null) {
            if (compactAboveMb < 0) {
                System.err.println("xbrl-linker: --compact-above-mb must be 0 or more, found " + compactAboveMb);
                return 2;
            }
            params.setProperty(JobSettings.COMPACT_ABOVE_MB, Long.toString(compactAboveMb));
        }

        // the job repository lives in the store's folder; a remote store's runs are kept in a local folder of their own
        try (StoreJobs jobs = StoreJobs.open(remote ? Path.of(REMOTE_JOB_REPOSITORY) : Path.of(store))) {
            org.xbrllinker.pipeline.Timing.mark("job repository (H2) opened");
            if (!remote) {
                // a store a serve (or any process) holds would fail the job's first write: say so before starting it
                ServedStores.refuseIfHeld(Path.of(store), "link into");
                // the run goes ahead on this store: the warm-up opens it while the job starts (TDB2 keeps one
                // connection per folder, which the job's steps then use)
                warmup.openStore(Path.of(store).toAbsolutePath().normalize());
            }
            Files.deleteIfExists(reportFile);
            long id = jobs.operator().start(JobSettings.JOB, params);
            return JobRun.finish(jobs, id, store, reportFile, quiet, progress);
        } catch (StoreJobs.InUseException | ServedStores.InUseException e) {
            System.err.println("xbrl-linker: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Starts the job on JBeret SE's default (in-memory) job repository and waits for it to end, with the progress bar on
     * a terminal: for measuring the job ({@code bench}), where no restart is wanted.
     */
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
