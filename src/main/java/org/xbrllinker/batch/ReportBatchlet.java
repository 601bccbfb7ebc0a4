package org.xbrllinker.batch;

import java.nio.file.Path;
import java.util.List;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.pipeline.Work;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportBuilder;

/** Writes the JSON report of the run from the store: line items, facts, findings and rejected inputs. */
@Named
@Dependent
public class ReportBatchlet extends AbstractBatchlet {

    /** Required. The job's input paths, one a line. */
    @Inject
    @BatchProperty
    String inputs;

    /** Optional. TDB2 folder or SPARQL server dataset URL; default {@value JobSettings#DEFAULT_STORE}. */
    @Inject
    @BatchProperty
    String store;

    /** Optional. Base IRI; default {@value Iris#DEFAULT_BASE}. */
    @Inject
    @BatchProperty
    String baseIri;

    /** Optional. The JSON report file; default {@code report.json} in the store folder. */
    @Inject
    @BatchProperty
    String report;

    /** Optional. The calculation mode the check step judged in: c11r (default), c11t or xbrl21. */
    @Inject
    @BatchProperty
    String calcMode;

    @Inject
    JobContext jobContext;

    @Inject
    Stores stores;

    @Override
    public String process() throws Exception {
        Iris iris = JobSettings.iris(baseIri);
        RdfStore xbrlStore = stores.open(JobSettings.storeLocation(store));
        RunState state = Jobs.state(jobContext);
        RunGraphs run = RunGraphs.of(state, inputs, iris, xbrlStore);
        List<Report.Rejected> rejected = run.rejected().stream()
                .map(r -> new Report.Rejected(r.source(), r.message())).toList();
        List<ReportBuilder.FilingPart> filings = new java.util.ArrayList<>();
        Inputs.Plan planned = Inputs.planned(Settings.paths(inputs));
        List<Work> plan = planned.work();
        for (RunState.FilingRun f : run.filings()) {
            int reports = (int) plan.stream().filter(w -> w.kind() == Work.Kind.PAGE && f.source().equals(w.filingSource()))
                    .count();
            List<Report.RejectedFile> bad = run.rejected().stream()
                    .filter(r -> r.source().startsWith(f.source())).map(r -> new Report.RejectedFile(r.source(), r.message()))
                    .toList();
            filings.add(new ReportBuilder.FilingPart(f.graph(), new Report.FilingReport(f.source(), f.entity(),
                    f.facts(), f.contexts(), f.units(), reports, bad, null)));
        }
        Path out = report == null || report.isBlank() ? JobSettings.defaultReport(store) : Path.of(report);
        // streamed: one disclosure's line items and findings in memory at a time, however many the run has
        // the warnings of planning the inputs (a FilingSummary.xml not read, pages it leaves out) come first
        Report.Outcome r = new ReportBuilder(iris, JobSettings.calcMode(calcMode).code()).withWarnings(planned.warnings())
                .withSources(run.sources())
                .write(xbrlStore, run.disclosures(), rejected, filings, out);
        return "EXIT_" + r.exitCode();
    }
}
