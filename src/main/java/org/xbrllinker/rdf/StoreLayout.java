package org.xbrllinker.rdf;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * Which layout a store was written in. Since the taxonomy graphs ({@link Iris#taxonomyGraph}), a disclosure graph
 * points to its concepts and calculation arcs by IRI and keeps its evidence as one text a row; a store written before
 * copied the taxonomy's labels, references and arcs into every disclosure graph and kept evidence as resources
 * ({@code xlk:evidenceKind}). The checks of this version cannot read such a store (its disclosures name no arcs), so
 * the commands that write or check a store refuse it and say how to rebuild it; {@code query} and {@code export} read
 * it as it is.
 */
public final class StoreLayout {

    private static final Query EARLIER = QueryFactory.create(
            "PREFIX xlk: <" + XLK.NS + "> SELECT ?evidence WHERE { ?evidence xlk:evidenceKind ?kind } LIMIT 1");

    private StoreLayout() {
    }

    /** Whether the store holds graphs of the earlier layout. */
    public static boolean isEarlier(RdfStore store) {
        return !store.selectAll(EARLIER).isEmpty();
    }

    /**
     * Refuses a store of the earlier layout with a message naming it and how to rebuild it.
     *
     * @throws IllegalStateException the store holds graphs of the earlier layout
     */
    public static void requireCurrent(RdfStore store, String location) {
        if (isEarlier(store)) {
            throw new IllegalStateException(message(location));
        }
    }

    public static String message(String location) {
        return "the store " + location + " was written by an earlier version of xbrl-linker (each disclosure graph "
                + "copied its concepts' labels, references and calculation arcs); this version keeps them once per "
                + "taxonomy and cannot add to or check that store: link the inputs again into a new store "
                + "(--store NEW_FOLDER), or delete " + location + " first";
    }
}
