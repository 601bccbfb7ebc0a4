package org.xbrllinker.pipeline;

import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each part of the link step, summed over the JVM's run, for the benchmark to split the step into
 * parse, link, map, write and compaction of the store. Two clock reads per part and item: cheap next to the work measured.
 */
public enum StageClock {
    PARSE, LINK, MAP, WRITE, COMPACT;

    private final LongAdder nanos = new LongAdder();

    /** Adds the time since {@code start} (a {@link System#nanoTime()}) to this stage; returns the time now. */
    public long since(long start) {
        long now = System.nanoTime();
        nanos.add(now - start);
        return now;
    }

    public long nanos() {
        return nanos.sum();
    }

    public static void resetAll() {
        for (StageClock c : values()) {
            c.nanos.reset();
        }
    }
}
