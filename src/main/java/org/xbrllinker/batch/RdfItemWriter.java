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
import org.xbrllinker.rdf.TaxonomyItem;
import org.xbrllinker.rdf.TaxonomyItems;
import org.xbrllinker.rdf.XbrlStore;

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

    /**
     * Optional. Compact the TDB2 store during the step once its data folder exceeds this many MB and has at least
     * doubled since it was opened or last compacted; default {@value #NO_THRESHOLD} (only at the end of the step).
     * See {@link #close}.
     */
    @Inject
    @BatchProperty
    String compactAboveMb;

    static final long NO_THRESHOLD = -1;

    /** Compaction at the end of the step needs the data folder to have grown by at least this much. */
    static final long END_OF_STEP_MIN_GROWTH = 64L << 20;

    /** The data folder must have grown this many times over since it was opened or last compacted (tests lower it). */
    double growthFactor = 2.0;
    /** ... and by at least this many bytes, at the end of the step (tests lower it). */
    long minGrowthBytes = END_OF_STEP_MIN_GROWTH;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    Stores stores;

    private Iris iris;
    private RdfStore xbrlStore;
    /** The taxonomy items this writer added in this run: each concept's and arc's triples go in once. */
    private final TaxonomyItems written = new TaxonomyItems();
    /** Bytes of the TDB2 data folder when the step opened it or last compacted it (0: not a TDB2 folder). */
    private long compactedBytes;

    @Override
    public void open(java.io.Serializable checkpoint) {
        iris = JobSettings.iris(baseIri);
        xbrlStore = stores.open(JobSettings.storeLocation(store));
        org.xbrllinker.rdf.StoreLayout.requireCurrent(xbrlStore, JobSettings.storeLocation(store));
        compactedBytes = xbrlStore instanceof XbrlStore tdb ? tdb.dataBytes() : 0;
    }

    /**
     * At the end of the step (and when it stops or fails: what was committed stays), compacts the TDB2 store if its
     * data folder at least doubled and grew by 64 MB or more while the step wrote:
     * each chunk's write transaction leaves copies of the index blocks it touched (TDB2 is copy-on-write), which only
     * compaction reclaims. The checks and the report then read a store the size of its data.
     */
    @Override
    public void close() {
        if (xbrlStore instanceof XbrlStore tdb && compactedBytes > 0) {
            long now = tdb.dataBytes();
            if (now >= growthFactor * compactedBytes && now - compactedBytes >= minGrowthBytes) {
                compact(tdb, now);
            }
        }
    }

    private void compact(XbrlStore tdb, long before) {
        long start = System.nanoTime();
        if (tdb.compact()) {
            compactedBytes = tdb.dataBytes();
            StageClock.COMPACT.since(start);
            LOG.info(() -> String.format(java.util.Locale.ROOT, "compacted the store: %,d MB -> %,d MB",
                    before >> 20, compactedBytes >> 20));
        }
    }

    /** During the step: compact once past {@link #compactAboveMb} and at least double the last compacted size. */
    private void compactIfPastThreshold() {
        long threshold = JobSettings.megabytes(compactAboveMb, NO_THRESHOLD);
        if (threshold < 0 || !(xbrlStore instanceof XbrlStore tdb) || compactedBytes == 0) {
            return;
        }
        long now = tdb.dataBytes();
        if (now > (threshold << 20) && now >= growthFactor * compactedBytes) {
            compact(tdb, now);
        }
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RdfItemWriter.class.getName());

    @Override
    public void writeItems(List<Object> items) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        List<RunState.FilingRun> filings = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<TaxonomyItem> taxonomy = new ArrayList<>();
        java.util.Set<String> inputs = new java.util.LinkedHashSet<>();
        for (Object item : items) {
            MappedItem mapped = (MappedItem) item;
            graphs.putAll(mapped.graphs());
            taxonomy.addAll(mapped.taxonomy());
            // an input linked now is no longer a rejected one: its rejection graph goes (an empty graph is none)
            String source = mapped.linked() instanceof LinkedFiling f ? Iris.source(f.source(), f.instanceFile())
                    : RdfMapper.sourceOf((LinkedDisclosure) mapped.linked());
            graphs.put(iris.rejectionGraph(source), RdfMapper.newModel());
            inputs.add(iris.input(source));
            if (mapped.linked() instanceof LinkedFiling filing) {
                filings.add(new RunState.FilingRun(filing.source(), iris.filingGraph(filing.source()),
                        filing.instanceFile(), filing.instance().entity(), filing.instance().facts().size(),
                        filing.instance().contexts().size(), filing.instance().units().size()));
            } else {
                pages.addAll(mapped.graphs().keySet());
            }
        }
        // what these files gave before they changed (another content is another disclosure IRI) goes, with its findings
        for (String earlier : xbrlStore.graphsOfInputs(inputs)) {
            if (!graphs.containsKey(earlier) && (iris.isDisclosureGraph(earlier) || iris.isFilingGraph(earlier))) {
                graphs.put(earlier, RdfMapper.newModel());
                graphs.put(iris.findingsGraphOf(earlier), RdfMapper.newModel());
            }
        }
        long start = System.nanoTime();
        // in link-partitioned, the partitions' writers run at once: a TDB2 store lets one write transaction in at a
        // time and the others wait for it (TDB2's own writer lock), so their chunks serialize there; a SPARQL server
        // orders the updates it receives itself
        List<String> pending = new ArrayList<>();
        xbrlStore.write(graphs, written.toAdd(taxonomy, pending));
        written.commit(pending);
        StageClock.WRITE.since(start);
        RunState state = Jobs.state(jobContext, stepContext);
        filings.forEach(state::filing);
        pages.forEach(state::written);
        compactIfPastThreshold();
    }
}
