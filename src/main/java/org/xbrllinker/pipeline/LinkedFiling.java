package org.xbrllinker.pipeline;

import java.util.List;

import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.taxonomy.Taxonomy;

/**
 * A filing's instance read with the taxonomy of its DTS (over the run's); {@code source} names the filing;
 * {@code warnings} say what of its DTS could not be loaded (a remote reference, a missing file).
 */
public record LinkedFiling(String source, String instanceFile, XbrlInstance instance, Taxonomy taxonomy,
                           List<String> warnings) {

    public LinkedFiling {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A filing whose DTS loaded whole. */
    public LinkedFiling(String source, String instanceFile, XbrlInstance instance, Taxonomy taxonomy) {
        this(source, instanceFile, instance, taxonomy, List.of());
    }
}
