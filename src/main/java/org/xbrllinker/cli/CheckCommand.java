package org.xbrllinker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.check.CalcMode;
import org.xbrllinker.check.Check;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check [ID...]}: re-runs checks over every disclosure and filing the store already holds — a steward's run
 * after dropping a new {@code .rq} into a folder. Plain core classes, no batch job.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run checks (all, or those named by id or family) over every disclosure and filing in the store; "
                + "store and print the findings, optionally write them as JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no error-level check failed", "1:an error-level check failed",
                "2:an unknown check id, a broken check (named with file and line), no store, a store another process holds "
                        + "(a running serve), a server that refused or did not answer, or bad usage"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "ID",
            description = "Check ids or families (calculation, cross-reference, ...); all checks when none is given.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "TDB2 store folder, or a SPARQL server's dataset URL (default: ${DEFAULT-VALUE}).")
    String store = JobSettings.DEFAULT_STORE;

    @Option(names = "--checks", paramLabel = "DIR", description = "Folder of more .rq checks; repeatable.")
    List<Path> checks = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the findings as a JSON report.")
    Path report;

    @Option(names = "--base-iri", paramLabel = "IRI", description = "Base of the store's IRIs, as given to link.")
    String baseIri;

    @Option(names = "--calc-mode", paramLabel = "MODE", converter = CalcModeConverter.class,
            description = "How the calculation checks judge a summation: c11r (Calculations 1.1 round-to-nearest, the "
                    + "default), c11t (Calculations 1.1 truncation) or xbrl21 (XBRL 2.1 section 5.2.5.2).")
    CalcMode calcMode = CalcMode.DEFAULT;

    @Option(names = "--quiet", description = "Print only the summary line.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        CheckCatalogue all = ChecksCommand.load(checks);
        if (all == null) {
            return 2;
        }
        CheckCatalogue selected;
        try {
            selected = all.select(ids);
        } catch (IllegalArgumentException e) {
            System.err.println("xbrl-linker: " + e.getMessage() + "; 'xbrl-linker checks' lists them");
            return 2;
        }
        if (!RdfStore.isRemote(store) && !Files.isDirectory(Path.of(store))) {
            System.err.println("xbrl-linker: " + store + ": no store here; run 'xbrl-linker link' first");
            return 2;
        }
        Iris iris = JobSettings.iris(baseIri);
        CheckRunner runner = new CheckRunner(selected, iris, calcMode);
        Report.Outcome r;
        try (RdfStore s = RdfStore.isRemote(store) ? RdfStore.open(store)
                : ServedStores.openToWrite(Path.of(store), "check")) {
            if (org.xbrllinker.rdf.StoreLayout.isEarlier(s)) {
                System.err.println("xbrl-linker: " + org.xbrllinker.rdf.StoreLayout.message(store));
                return 2;
            }
            s.loadOntology(iris.ontologyGraph());
            List<String> disclosures = new ArrayList<>();
            Map<String, String> filings = new LinkedHashMap<>();
            for (CheckRunner.StoredGraph g : runner.storedGraphs(s)) {
                if (Check.FILING.equals(g.scope())) {
                    filings.put(g.graph(), g.source());
                } else {
                    disclosures.add(g.graph());
                }
            }
            List<String> filingGraphs = List.copyOf(filings.keySet());
            if (ids.isEmpty()) {
                runner.runAndStore(s, disclosures, filingGraphs);
            } else {
                runner.runAndUpdate(s, disclosures, filingGraphs);
            }
            Set<String> run = selected.checks().stream().map(Check::id).collect(Collectors.toSet());
            // streamed into the JSON file (if any) and onto the screen (unless quiet) as the findings are read
            ReportPrinter.Findings printed = new ReportPrinter.Findings(quiet ? null : System.out);
            r = new ReportBuilder(iris, calcMode.code()).writeForChecks(s, disclosures, filings, run, report, printed);
            printed.end();
            if (!quiet) {
                System.out.println(ReportPrinter.calcModeLine(calcMode.code()));
            }
            System.out.printf("%d check(s) on %d disclosure(s) and %d filing(s) in %s; %s%n", run.size(),
                    disclosures.size(), filings.size(), store, ReportPrinter.findingCounts(r.summary()));
        } catch (ServedStores.InUseException | RuntimeException e) {
            return ServedStores.refused(store, e);
        }
        if (report != null) {
            System.out.println("JSON report: " + report);
        }
        return r.exitCode();
    }
}
