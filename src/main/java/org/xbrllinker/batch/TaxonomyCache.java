package org.xbrllinker.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyException;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.taxonomy.TaxonomySource;
import org.xbrllinker.pipeline.RPageTaxonomySource;

/** Loads each taxonomy once per JVM: a taxonomy is large and the same for every input of a run. */
@ApplicationScoped
public class TaxonomyCache {

    private final Map<String, Taxonomy> loaded = new ConcurrentHashMap<>();

    /** The loader with every source form: XBRL documents, MetaLinks.json, and SEC HTML R pages. */
    static TaxonomyLoader loader() {
        List<TaxonomySource> sources = new java.util.ArrayList<>(TaxonomyLoader.defaultSources());
        sources.add(new RPageTaxonomySource());
        return new TaxonomyLoader(sources);
    }

    /** The taxonomy of the given sources (one path a line), or the bundled subset when none are given. */
    public Taxonomy get(String sources) throws TaxonomyException {
        String key = sources == null ? "" : sources.strip();
        Taxonomy t = loaded.get(key);
        if (t == null) {
            t = key.isEmpty() ? TaxonomyLoader.bundled() : loader().load(List.copyOf(Settings.paths(key)));
            loaded.put(key, t);
            org.xbrllinker.pipeline.Timing.mark("taxonomy loaded (" + (key.isEmpty() ? "bundled" : key) + ")");
        }
        return t;
    }
}
