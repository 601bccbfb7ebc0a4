package org.xbrllinker.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code capacity} entries used, least recently used dropped first; safe for the threads of a partitioned
 * step. Strict recency on purpose: the planned work reads a filing's items one after another, so the entry in use is
 * always the most recent one and is never the one dropped (a frequency-based cache could drop a filing just begun).
 */
final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    RecentlyUsed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The entry of {@code key}, now the most recently used; null when there is none. */
    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized int size() {
        return entries.size();
    }
}
