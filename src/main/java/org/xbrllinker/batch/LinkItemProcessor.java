package org.xbrllinker.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.link.InstanceTie;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.pipeline.DisclosureReader;
import org.xbrllinker.pipeline.FilingFiles;
import org.xbrllinker.pipeline.InstanceDts;
import org.xbrllinker.pipeline.LinkedFiling;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.pipeline.StageClock;
import org.xbrllinker.pipeline.Work;
import org.xbrllinker.rdf.InstanceMapper;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyException;

/**
 * Parses one item and links it: an R page becomes a {@link LinkedDisclosure} (tied to its filing's instance when it
 * belongs to a filing), an instance a {@link LinkedFiling}. Bad input raises {@link InputException}, which the job
 * skips and records; so does a filing whose own extension schema cannot be read (the job's --taxonomy failing still
 * fails the job).
 */
@Named
@Dependent
public class LinkItemProcessor implements ItemProcessor {

    /** Optional. Taxonomy sources, one a line; default the bundled US-GAAP 2021 subset. */
    @Inject
    @BatchProperty
    String taxonomy;

    /** Optional. Prefix of extension concepts; default {@value LinkerOptions#DEFAULT_PREFIX}. */
    @Inject
    @BatchProperty
    String extensionPrefix;

    /** Optional. Namespace of extension concepts; default {@value LinkerOptions#DEFAULT_NAMESPACE}. */
    @Inject
    @BatchProperty
    String extensionNamespace;

    /** Optional. Base IRI of minted data IRIs; default {@value org.xbrllinker.rdf.Iris#DEFAULT_BASE}. */
    @Inject
    @BatchProperty
    String baseIri;

    @Inject
    TaxonomyCache taxonomies;

    @Inject
    FilingCache filings;

    private final DisclosureReader reader = new DisclosureReader();
    /** The linker of plain pages (key "") and of the last filings read (each with its filing's taxonomy). */
    private final RecentlyUsed<String, Linker> linkers = new RecentlyUsed<>(TaxonomyCache.FILINGS + 1);

    @Override
    public Object processItem(Object item) throws Exception {
        InputItem input = (InputItem) item;
        Work work = input.work();
        Object linked = link(work);
        long mapStart = System.nanoTime();
        try {
            RdfMapper mapper = new RdfMapper(JobSettings.iris(baseIri),
                    options(extensionPrefix, extensionNamespace).extensionNamespace());
            if (linked instanceof LinkedFiling filing) {
                RdfMapper.Mapped graph = new InstanceMapper(mapper).mapFiling(filing.source(), filing.instance(),
                        filing.taxonomy(), filing.warnings());
                MappedItem mapped = new MappedItem(filing, Map.of(mapper.iris().filingGraph(filing.source()),
                        graph.graph()), graph.taxonomy());
                StageClock.MAP.since(mapStart);
                return mapped;
            }
            LinkedDisclosure page = (LinkedDisclosure) linked;
            RdfMapper.Mapped graph = mapper.mapDisclosure(page);
            MappedItem mapped = new MappedItem(page, Map.of(mapper.iris().disclosureGraph(RdfMapper.sourceOf(page)),
                    graph.graph()), graph.taxonomy());
            StageClock.MAP.since(mapStart);
            return mapped;
        } catch (RuntimeException e) {
            throw new InputException(SourceLocation.of(work.path().toString(), 0), "could not be written as RDF: " + e, e);
        }
    }

    private Object link(Work work) throws Exception {
        try {
            if (work.kind() == Work.Kind.INSTANCE) {
                XbrlInstance instance = filings.instance(work.path());
                // the instance's DTS: what it references, and in a folder the filing's other schemas
                InstanceDts dts = InstanceDts.of(work.path(),
                        java.nio.file.Files.isDirectory(work.filing()) ? work.filing() : null);
                return new LinkedFiling(work.filingSource(), work.path().toString(), instance,
                        taxonomyOf(dts.sources()), dts.warnings());
            }
            long start = System.nanoTime();
            Linker linker = linkerFor(work.filing());
            var disclosure = reader.read(work.path(), linker.lexicon());
            start = StageClock.PARSE.since(start);
            LinkedDisclosure linked = linker.link(disclosure);
            if (work.filing() != null) {
                Optional<XbrlInstance> instance = filings.instanceOf(work.filing());
                linked = instance.isPresent() ? new InstanceTie(instance.get()).tie(linked, work.filingSource())
                        : linked.inFiling(linked.lineItems(), work.filingSource(), java.util.List.of());
            }
            StageClock.LINK.since(start);
            return work.report() == null ? linked : linked.withReport(work.report());
        } catch (RuntimeException e) {
            // a defect met on one input must not cost the others their work: skip it, say where
            throw new InputException(SourceLocation.of(work.path().toString(), 0), "could not be linked: " + e, e);
        }
    }

    private Linker linkerFor(Path filing) throws Exception {
        String key = filing == null ? "" : filing.toString();
        Linker linker = linkers.get(key);
        if (linker == null) {
            linker = new Linker(taxonomyFor(filing), options(extensionPrefix, extensionNamespace));
            linkers.put(key, linker);
        }
        return linker;
    }

    /** The job's taxonomy, with a filing's own extension schema and MetaLinks.json over it. */
    private Taxonomy taxonomyFor(Path filing) throws Exception {
        Taxonomy base = taxonomies.get(taxonomy);
        if (filing == null) {
            return base;
        }
        return taxonomyOf(FilingFiles.taxonomySources(filing));
    }

    /** The job's taxonomy with a filing's own sources over it. */
    private Taxonomy taxonomyOf(java.util.List<Path> sources) throws Exception {
        Taxonomy base = taxonomies.get(taxonomy);
        if (sources.isEmpty()) {
            return base;
        }
        try {
            return base.merge(taxonomies.filing(Settings.join(sources)));
        } catch (TaxonomyException e) {
            // the filing's own schema is one of its inputs: a bad one refuses the filing's items, not the whole job
            throw new InputException(e.location(), e.problem(), e);
        }
    }

    static LinkerOptions options(String prefix, String namespace) {
        return new LinkerOptions(prefix == null || prefix.isBlank() ? LinkerOptions.DEFAULT_PREFIX : prefix,
                namespace == null || namespace.isBlank() ? LinkerOptions.DEFAULT_NAMESPACE : namespace);
    }
}
