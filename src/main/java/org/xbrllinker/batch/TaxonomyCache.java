package org.xbrllinker.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyException;
import org.xbrllinker.taxonomy.TaxonomyLoader;

/** Loads each taxonomy once per JVM: a taxonomy is large and the same for every input of a run. */
@ApplicationScoped
public class TaxonomyCache {

    private final Map<String, Taxonomy> loaded = new ConcurrentHashMap<>();

    /** The taxonomy of the given sources (one path a line), or the bundled subset when none are given. */
    public Taxonomy get(String sources) throws TaxonomyException {
        String key = sources == null ? "" : sources.strip();
        Taxonomy t = loaded.get(key);
        if (t == null) {
            t = key.isEmpty() ? TaxonomyLoader.bundled() : new TaxonomyLoader().load(List.copyOf(Settings.paths(key)));
            loaded.put(key, t);
        }
        return t;
    }
}
