package org.xbrllinker.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.pipeline.DisclosureReader;

/** Parses one input and links it; bad input raises {@link InputException}, which the job skips and records. */
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

    @Inject
    TaxonomyCache taxonomies;

    private final DisclosureReader reader = new DisclosureReader();
    private Linker linker;

    @Override
    public Object processItem(Object item) throws Exception {
        InputItem input = (InputItem) item;
        if (linker == null) {
            linker = new Linker(taxonomies.get(taxonomy), options(extensionPrefix, extensionNamespace));
        }
        var disclosure = reader.read(input.path());
        try {
            return linker.link(disclosure);
        } catch (RuntimeException e) {
            // a defect met on one input must not cost the others their work: skip it, say where
            throw new InputException(SourceLocation.of(input.path().toString(), 0),
                    "could not be linked: " + e, e);
        }
    }

    static LinkerOptions options(String prefix, String namespace) {
        return new LinkerOptions(prefix == null || prefix.isBlank() ? LinkerOptions.DEFAULT_PREFIX : prefix,
                namespace == null || namespace.isBlank() ? LinkerOptions.DEFAULT_NAMESPACE : namespace);
    }
}
