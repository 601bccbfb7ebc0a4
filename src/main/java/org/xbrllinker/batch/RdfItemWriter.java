package org.xbrllinker.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.apache.jena.rdf.model.Model;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.pipeline.LinkedFiling;
import org.xbrllinker.pipeline.StageClock;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.RdfStore;

/**
 * Writes each chunk's disclosures (and filings' instances) into the store in one TDB2 write transaction, replacing each disclosure's named
 * graph and removing the record of its rejection by an earlier run: the transaction commits with the chunk, so a
 * checkpoint never points past data that is not there. In a partition of {@code link-partitioned} it records into the
 * partition's own state.
 */
@Named
@Dependent
public class RdfItemWriter extends AbstractItemWriter {

    /** Optional. TDB2 folder or SPARQL server dataset URL; default {@value JobSettings#DEFAULT_STORE}. */
    @Inject
    @BatchProperty
    String store;

    /** Optional. Base IRI of minted data IRIs; default {@value Iris#DEFAULT_BASE}. */
    @Inject
    @BatchProperty
    String baseIri;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    Stores stores;

    private Iris iris;
    private RdfStore xbrlStore;

    @Override
    public void open(java.io.Serializable checkpoint) {
        iris = JobSettings.iris(baseIri);
        xbrlStore = stores.open(JobSettings.storeLocation(store));
    }

    @Override
    public void writeItems(List<Object> items) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        List<RunState.FilingRun> filings = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (Object item : items) {
            MappedItem mapped = (MappedItem) item;
            graphs.putAll(mapped.graphs());
            // an input linked now is no longer a rejected one: its rejection graph goes (an empty graph is none)
            String source = mapped.linked() instanceof LinkedFiling f ? Iris.source(f.source(), f.instanceFile())
                    : RdfMapper.sourceOf((LinkedDisclosure) mapped.linked());
            graphs.put(iris.rejectionGraph(source), RdfMapper.newModel());
            if (mapped.linked() instanceof LinkedFiling filing) {
                filings.add(new RunState.FilingRun(filing.source(), iris.filingGraph(filing.source()),
                        filing.instanceFile(), filing.instance().entity(), filing.instance().facts().size(),
                        filing.instance().contexts().size(), filing.instance().units().size()));
            } else {
                pages.addAll(mapped.graphs().keySet());
            }
        }
        long start = System.nanoTime();
        // in link-partitioned, the partitions' writers run at once: a TDB2 store lets one write transaction in at a
        // time and the others wait for it (TDB2's own writer lock), so their chunks serialize there; a SPARQL server
        // orders the updates it receives itself
        xbrlStore.replaceGraphs(graphs);
        StageClock.WRITE.since(start);
        RunState state = Jobs.state(jobContext, stepContext);
        filings.forEach(state::filing);
        pages.forEach(state::written);
    }
}
