package org.xbrllinker.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;

/**
 * The taxonomy items a writer has already added to the store in this run, so that each concept's labels,
 * documentation and references (and each calculation arc) are written once per taxonomy graph, not once per
 * disclosure. An item is known only after the transaction that added it committed ({@link #commit}); a chunk that
 * rolls back forgets its items. A new run starts with none known and adds each item again the first time it needs it,
 * which changes nothing in the store (its triples are there) and costs one addition per item and run.
 * <p>
 * Items with the same subject but other triples (a concept described by two pages' own definitions) are both added:
 * the taxonomy graph then holds what each said.
 */
public final class TaxonomyItems {

    /** Bounded: a run meets at most the concepts of the taxonomies it reads; past this, the set starts again. */
    static final int LIMIT = 500_000;

    private final Set<String> written = new HashSet<>();

    /**
     * The triples to add, by taxonomy graph, for the items not yet written; {@code pending} receives their keys, to
     * {@link #commit} once the transaction holding them committed.
     */
    public synchronized Map<String, Model> toAdd(Collection<TaxonomyItem> items, List<String> pending) {
        Map<String, Model> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (TaxonomyItem item : items) {
            String key = item.key();
            if (written.contains(key) || !seen.add(key)) {
                continue;
            }
            out.computeIfAbsent(item.graph(), g -> RdfMapper.newModel()).add(item.triples());
            pending.add(key);
        }
        return out;
    }

    /** The items of a committed transaction are written. */
    public synchronized void commit(List<String> pending) {
        if (written.size() + pending.size() > LIMIT) {
            written.clear();
        }
        written.addAll(pending);
    }

    /** An order-independent digest of a small model's triples. */
    static long digest(Model triples) {
        long sum = 0;
        var it = triples.getGraph().find();
        while (it.hasNext()) {
            Triple t = it.next();
            sum += t.hashCode() * 0x9E3779B97F4A7C15L + t.getObject().toString().length();
        }
        return sum;
    }

    /** All items' triples by graph, for a caller that writes them all (tests, a one-off check). */
    public static Map<String, Model> byGraph(Collection<TaxonomyItem> items) {
        Map<String, Model> out = new LinkedHashMap<>();
        for (TaxonomyItem item : items) {
            out.computeIfAbsent(item.graph(), g -> RdfMapper.newModel()).add(item.triples());
        }
        return out;
    }

    /** The items as a list with no two alike, in their first order. */
    static List<TaxonomyItem> distinct(Collection<TaxonomyItem> items) {
        Set<String> keys = new HashSet<>();
        List<TaxonomyItem> out = new ArrayList<>();
        for (TaxonomyItem item : items) {
            if (keys.add(item.key())) {
                out.add(item);
            }
        }
        return out;
    }
}
