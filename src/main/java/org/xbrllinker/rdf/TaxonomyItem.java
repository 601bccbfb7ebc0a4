package org.xbrllinker.rdf;

import org.apache.jena.rdf.model.Model;

/**
 * What a taxonomy says about one of its concepts or calculation arcs, as the triples of its taxonomy graph
 * ({@link Iris#taxonomyGraph}): written the first time a run needs it, and skipped by every later disclosure of the run
 * that uses it ({@link TaxonomyItems}). Adding it again is harmless (a graph is a set of triples); skipping it is what
 * keeps a disclosure graph from copying the taxonomy's text. Periods, units and dimension values, whose IRIs do not
 * depend on the disclosure either, are items of the same kind in the contexts graph ({@link RdfMapper#contextsGraph}).
 *
 * @param graph   the taxonomy graph it belongs to
 * @param subject the concept's or arc's IRI
 * @param triples its triples (labels, references and their parts, or the arc's ends and weight)
 */
public record TaxonomyItem(String graph, String subject, Model triples) {

    /** A key that tells two items apart when either the subject or what is said of it differs. */
    String key() {
        return graph + " " + subject + " " + triples.size() + " " + TaxonomyItems.digest(triples);
    }
}
