package org.xbrllinker.taxonomy;

import org.xbrllinker.parse.LocatedException;
import org.xbrllinker.parse.SourceLocation;

/**
 * A taxonomy document that cannot be read; the message is {@code file:line: what was expected}. Not an
 * {@link org.xbrllinker.parse.InputException}: a bad taxonomy fails the run rather than skipping one input.
 */
public class TaxonomyException extends LocatedException {

    public TaxonomyException(SourceLocation location, String problem) {
        super(location, problem, null);
    }

    public TaxonomyException(SourceLocation location, String problem, Throwable cause) {
        super(location, problem, cause);
    }
}
