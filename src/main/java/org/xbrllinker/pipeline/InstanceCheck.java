package org.xbrllinker.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xbrllinker.check.CalcMode;
import org.xbrllinker.check.Check;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.check.Finding;
import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.rdf.InstanceMapper;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyException;
import org.xbrllinker.taxonomy.TaxonomyLoader;

/**
 * One instance read, its DTS loaded and its filing checks run, in memory and without a job: what {@code link} does
 * to an instance, for a caller that wants the findings at once (a conformance runner, a test). The instance is read as
 * {@code link} reads it ({@link FilingFiles#readInstance}), its DTS found by {@link InstanceDts} and loaded over
 * {@code base} (the run's taxonomy; none for a self-contained DTS), and the filing-scope checks judge calculations in
 * the mode given.
 */
public final class InstanceCheck {

    private InstanceCheck() {
    }

    /**
     * What checking one instance gave: the instance, the findings of the filing checks, and the warnings of reading
     * it (the parser's, its DTS's, the loader's, and "no calculation check can run" when none can).
     */
    public record Result(XbrlInstance instance, Taxonomy taxonomy, List<Finding> findings, List<String> warnings) {

        public Result {
            findings = List.copyOf(findings);
            warnings = List.copyOf(warnings);
        }

        /** The calculation findings that failed. */
        public List<Finding> failedCalculations() {
            return findings.stream().filter(f -> f.check().startsWith("calculation") && f.failed()).toList();
        }
    }

    /**
     * Reads {@code instance} (a file; {@code folder} the filing folder it is in, or null when given alone), loads its
     * DTS over {@code base} (may be null) and runs the bundled filing checks with calculations judged in {@code mode}.
     *
     * @throws InputException    the instance is not one (named with file and line)
     * @throws TaxonomyException a document of its DTS is not readable
     */
    public static Result run(Path instance, Path folder, Taxonomy base, CalcMode mode)
            throws InputException, TaxonomyException {
        Loaded loaded = load(instance, folder, base);
        List<String> warnings = new ArrayList<>(loaded.warnings());
        Iris iris = Iris.defaults();
        String source = folder != null ? folder.toString() : instance.toString();
        var model = new InstanceMapper(new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE))
                .map(source, loaded.instance(), loaded.taxonomy(), List.of());
        model.listObjectsOfProperty(org.xbrllinker.rdf.XLK.warning)
                .forEachRemaining(w -> warnings.add(w.asLiteral().getLexicalForm()));
        String graph = iris.filingGraph(source);
        // a plain in-memory dataset holding the model as its graph: the checks read GRAPH ?g, and TDB2, even in
        // memory, takes seconds to index the thousands of facts of a large instance
        // the model is the default graph too: the checks find concepts in the default graph, facts in GRAPH ?g
        var dataset = org.apache.jena.query.DatasetFactory.createGeneral();
        dataset.setDefaultModel(model);
        XbrlStore store = XbrlStore.over(dataset);
        store.replaceGraphs(java.util.Map.of(graph, model));
        List<Finding> findings = new CheckRunner(CheckCatalogue.load(List.of()), iris, mode)
                .run(store, List.of(graph), Check.FILING);
        return new Result(loaded.instance(), loaded.taxonomy(), findings, warnings);
    }

    /** An instance read with its DTS, and what could not be loaded. */
    public record Loaded(XbrlInstance instance, Taxonomy taxonomy, List<String> warnings) {
    }

    /**
     * Loads the DTS of the instance {@code instance} ({@code folder} its filing folder, or null for a file given
     * alone) over {@code base} (or none), then reads the instance as that DTS types it.
     */
    public static Loaded load(Path instance, Path folder, Taxonomy base) throws InputException, TaxonomyException {
        List<String> warnings = new ArrayList<>();
        InstanceDts dts = InstanceDts.of(instance, folder);
        warnings.addAll(dts.warnings());
        Taxonomy taxonomy = base;
        if (!dts.sources().isEmpty()) {
            TaxonomyLoader loader = new TaxonomyLoader(loaderSources());
            Taxonomy own = loader.load(dts.sources());
            warnings.addAll(loader.warnings());
            taxonomy = base == null ? own : base.merge(own);
        }
        if (taxonomy == null) {
            taxonomy = Taxonomy.of(List.of(), List.of(), List.of());
        }
        return new Loaded(read(instance, taxonomy), taxonomy, warnings);
    }

    /**
     * Reads the instance as {@code link} does; an XML instance is read as its DTS types it (an empty element takes the
     * default its schema declares, which c-equal segments and scenarios are compared with).
     */
    private static XbrlInstance read(Path instance, Taxonomy taxonomy) throws InputException {
        String name = instance.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!(name.endsWith(".xml") || name.endsWith(".xbrl")) || taxonomy.schemaDefaults().isEmpty()) {
            return FilingFiles.readInstance(instance);
        }
        try (var in = java.nio.file.Files.newInputStream(instance)) {
            return new org.xbrllinker.instance.InstanceParser().withDefaults(taxonomy.schemaDefaults())
                    .parse(instance.toString(), in);
        } catch (java.io.IOException e) {
            throw new InputException(org.xbrllinker.parse.SourceLocation.of(instance.toString(), 0),
                    "expected a readable file: " + e.getMessage(), e);
        }
    }

    /** The loader's sources as {@code link} has them: XBRL documents, MetaLinks.json and SEC HTML R pages. */
    private static List<org.xbrllinker.taxonomy.TaxonomySource> loaderSources() {
        List<org.xbrllinker.taxonomy.TaxonomySource> sources = new ArrayList<>(TaxonomyLoader.defaultSources());
        sources.add(new RPageTaxonomySource());
        return sources;
    }
}
