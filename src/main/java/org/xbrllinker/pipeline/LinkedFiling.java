package org.xbrllinker.pipeline;

import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.taxonomy.Taxonomy;

/** A filing's instance read with the taxonomy its pages are linked with; {@code source} names the filing. */
public record LinkedFiling(String source, String instanceFile, XbrlInstance instance, Taxonomy taxonomy) {
}
