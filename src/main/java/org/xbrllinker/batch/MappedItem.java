package org.xbrllinker.batch;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.xbrllinker.rdf.TaxonomyItem;

/**
 * What the processor hands the writer: the named graphs of one item, already mapped (so that a mapping problem is
 * the item's, skippable, and never the chunk's), the taxonomy items it uses (written once a run), with the linked
 * page or filing for the run's state.
 */
public record MappedItem(Object linked, Map<String, Model> graphs, List<TaxonomyItem> taxonomy) {

    public MappedItem(Object linked, Map<String, Model> graphs) {
        this(linked, graphs, List.of());
    }
}
