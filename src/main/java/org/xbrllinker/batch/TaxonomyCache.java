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

/**
 * Loads each taxonomy once: a job's taxonomy is large and the same for every input of a run, so it is kept for the
 * JVM's life; a filing's own (its extension schema and MetaLinks.json) serves that filing's items, which the planned
 * work keeps together, so only the last {@value #FILINGS} are kept and the heap does not grow with the filings read.
 */
@ApplicationScoped
public class TaxonomyCache {

    /** How many filings' taxonomies are kept at most. */
    static final int FILINGS = 8;

    private final Map<String, Taxonomy> loaded = new ConcurrentHashMap<>();
    private final RecentlyUsed<String, Taxonomy> filings = new RecentlyUsed<>(FILINGS);

    /**
     * The loader with every source form: XBRL documents, MetaLinks.json, and SEC HTML R pages; public so that the
     * corpus test loads {@code --taxonomy} pages exactly as {@code link} does.
     */
    public static TaxonomyLoader loader() {
        List<TaxonomySource> sources = new java.util.ArrayList<>(TaxonomyLoader.defaultSources());
        sources.add(new RPageTaxonomySource());
        return new TaxonomyLoader(sources);
    }

    /** The job's taxonomy: of the given sources (one path a line), or the bundled subset when none are given. */
    public Taxonomy get(String sources) throws TaxonomyException {
        String key = sources == null ? "" : sources.strip();
        Taxonomy t = loaded.get(key);
        if (t == null) {
            t = load(key);
            loaded.put(key, t);
        }
        return t;
    }

    /** A filing's own taxonomy, of its sources (one path a line). */
    public Taxonomy filing(String sources) throws TaxonomyException {
        String key = sources.strip();
        Taxonomy t = filings.get(key);
        if (t == null) {
            t = load(key);
            filings.put(key, t);
        }
        return t;
    }

    /** How many filings' taxonomies are kept now. */
    long filingsKept() {
        return filings.size();
    }

    private static Taxonomy load(String key) throws TaxonomyException {
        Taxonomy t = key.isEmpty() ? TaxonomyLoader.bundled() : loader().load(List.copyOf(Settings.paths(key)));
        org.xbrllinker.pipeline.Timing.mark("taxonomy loaded (" + (key.isEmpty() ? "bundled" : key) + ")");
        return t;
    }
}
