package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.testing.Shared;

/**
 * The link step's caches of filings keep only the last few filings read, so that its heap does not grow with the
 * number of filings a run reads (issue 7, bounded memory).
 */
class BoundedCachesTest {

    @TempDir
    Path tmp;

    @Test
    void theLeastRecentlyUsedEntryIsDroppedAndTheOneInUseNever() {
        RecentlyUsed<String, Integer> cache = new RecentlyUsed<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertEquals(1, cache.get("a")); // a is now the most recent
        cache.put("c", 3);
        assertEquals(2, cache.size());
        assertNull(cache.get("b"));
        assertEquals(1, cache.get("a"));
        assertEquals(3, cache.get("c"));
    }

    @Test
    void filingInstancesBeyondTheBoundAreReadAgainNotKept() throws Exception {
        Path apple = Shared.data().resolve("filings/aapl-0000320193-25-000057/aapl-20250329_htm.xml");
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < FilingCache.FILINGS + 2; i++) {
            Path dir = Files.createDirectories(tmp.resolve("filing-" + i));
            copies.add(Files.copy(apple, dir.resolve(apple.getFileName())));
        }
        FilingCache cache = new FilingCache();
        List<XbrlInstance> read = new ArrayList<>();
        for (Path copy : copies) {
            read.add(cache.instance(copy));
            // the filing in use is recalled, not read again, as its pages are tied to it one by one
            assertSame(read.get(read.size() - 1), cache.instance(copy));
        }
        assertEquals(FilingCache.FILINGS, cache.size());
        XbrlInstance last = read.get(read.size() - 1);
        assertSame(last, cache.instance(copies.get(copies.size() - 1)));
        // the first filings read were dropped: read again, the same facts
        XbrlInstance first = cache.instance(copies.get(0));
        assertNotSame(read.get(0), first);
        assertEquals(read.get(0).facts().size(), first.facts().size());
        assertTrue(first.facts().size() > 500, "Apple's 10-Q has hundreds of facts: " + first.facts().size());
        assertEquals(FilingCache.FILINGS, cache.size());
    }

    @Test
    void filingTaxonomiesBeyondTheBoundAreLoadedAgainNotKeptButTheJobsStays() throws Exception {
        Path metaLinks = Shared.data().resolve("filings/aapl-0000320193-25-000057/MetaLinks.json");
        TaxonomyCache cache = new TaxonomyCache();
        var job = cache.get(null);
        List<org.xbrllinker.taxonomy.Taxonomy> loaded = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < TaxonomyCache.FILINGS + 2; i++) {
            Path dir = Files.createDirectories(tmp.resolve("filing-" + i));
            keys.add(Files.copy(metaLinks, dir.resolve("MetaLinks.json")).toString());
            loaded.add(cache.filing(keys.get(i)));
            assertSame(loaded.get(i), cache.filing(keys.get(i)));
        }
        assertEquals(TaxonomyCache.FILINGS, cache.filingsKept());
        assertSame(job, cache.get(null), "the job's taxonomy is kept for the JVM's life");
        var again = cache.filing(keys.get(0));
        assertNotSame(loaded.get(0), again);
        assertEquals(loaded.get(0).concepts().size(), again.concepts().size());
        assertTrue(again.concepts().size() > 100, "concepts: " + again.concepts().size());
    }
}
