package org.xbrllinker.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.apache.jena.rdf.model.Model;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XbrlStore;

/**
 * Writes each chunk's disclosures into the store in one TDB2 write transaction, replacing each disclosure's named
 * graph: the transaction commits with the chunk, so a checkpoint never points past data that is not there.
 */
@Named
@Dependent
public class RdfItemWriter extends AbstractItemWriter {

    /** Optional. TDB2 folder; default {@value JobSettings#DEFAULT_STORE}. */
    @Inject
    @BatchProperty
    String store;

    /** Optional. Base IRI of minted data IRIs; default {@value Iris#DEFAULT_BASE}. */
    @Inject
    @BatchProperty
    String baseIri;

    /** Optional. Namespace of extension concepts (typed xlk:ExtensionConcept). */
    @Inject
    @BatchProperty
    String extensionNamespace;

    @Inject
    JobContext jobContext;

    @Inject
    Stores stores;

    private RdfMapper mapper;
    private XbrlStore xbrlStore;

    @Override
    public void open(java.io.Serializable checkpoint) {
        Iris iris = JobSettings.iris(baseIri);
        mapper = new RdfMapper(iris, LinkItemProcessor.options(null, extensionNamespace).extensionNamespace());
        xbrlStore = stores.open(JobSettings.store(store));
    }

    @Override
    public void writeItems(List<Object> items) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (Object item : items) {
            LinkedDisclosure linked = (LinkedDisclosure) item;
            graphs.put(mapper.iris().disclosureGraph(RdfMapper.sourceOf(linked)), mapper.map(linked));
        }
        xbrlStore.replaceGraphs(graphs);
        RunState state = Jobs.state(jobContext);
        graphs.keySet().forEach(state::written);
    }
}
