package org.xbrllinker.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfStore;

/** Runs the check queries over the disclosures this execution wrote and stores the findings beside them. */
@Named
@Dependent
public class CheckBatchlet extends AbstractBatchlet {

    /** Required. The job's input paths, one a line: with the store, the graphs the run covers ({@link RunGraphs}). */
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

    /** Optional. Folders with more {@code .rq} checks, one a line. */
    @Inject
    @BatchProperty
    String checks;

    /** Optional. How the calculation checks judge a summation: c11r (default), c11t or xbrl21. */
    @Inject
    @BatchProperty
    String calcMode;

    @Inject
    JobContext jobContext;

    @Inject
    Stores stores;

    @Override
    public String process() {
        Iris iris = JobSettings.iris(baseIri);
        RdfStore xbrlStore = stores.open(JobSettings.storeLocation(store));
        org.xbrllinker.rdf.StoreLayout.requireCurrent(xbrlStore, JobSettings.storeLocation(store));
        xbrlStore.loadOntology(iris.ontologyGraph());
        RunGraphs run = RunGraphs.of(Jobs.state(jobContext), inputs, iris, xbrlStore);
        CheckRunner.Tally tally = new CheckRunner(CheckCatalogue.load(Settings.paths(checks)), iris,
                JobSettings.calcMode(calcMode))
                .runAndStore(xbrlStore, run.disclosures(), run.filingGraphs());
        return tally.failedErrors() == 0 ? "CHECKS_PASSED" : "CHECKS_FAILED";
    }
}
