package org.xbrllinker.taxonomy;

import java.nio.file.Path;
import java.util.List;

/**
 * A form of taxonomy input that {@link TaxonomyLoader#load(List)} hands over whole, besides the XBRL schemas, linkbases,
 * catalogs and folders it reads itself as one DTS: MetaLinks.json today, rendered R pages later.
 */
public interface TaxonomySource {

    /** Whether this source reads the given file or folder (decided by its name or a cheap look at it). */
    boolean supports(Path path);

    /** Reads it; problems that do not stop the load are added to {@code warnings}, each starting with file and line. */
    Taxonomy load(Path path, List<String> warnings) throws TaxonomyException;
}
