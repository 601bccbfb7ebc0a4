package org.xbrllinker.batch;

import java.util.Map;

import org.apache.jena.rdf.model.Model;

/**
 * What the processor hands the writer: the named graphs of one item, already mapped (so that a mapping problem is
 * the item's, skippable, and never the chunk's), with the linked page or filing for the run's state.
 */
public record MappedItem(Object linked, Map<String, Model> graphs) {
}
