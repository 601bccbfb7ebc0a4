package org.xbrllinker.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Where a run's wall time goes, for the cold-start figures in the README: with {@code XBRL_LINKER_TIMING=1} in the
 * environment (or {@code -Dxbrllinker.timing=true}) each {@link #mark} prints, on standard error, the milliseconds
 * since the JVM started and since the previous mark. Off, a mark costs one field read.
 */
public final class Timing {

    private static final boolean ON = "1".equals(System.getenv("XBRL_LINKER_TIMING"))
            || Boolean.getBoolean("xbrllinker.timing");
    private static final Instant START = ON ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : null;
    private static long last;

    private Timing() {
    }

    /** Whether marks are printed. */
    public static boolean on() {
        return ON;
    }

    /** Prints the time since the JVM started and since the last mark, and what was done in it. */
    public static synchronized void mark(String what) {
        if (!ON) {
            return;
        }
        long now = Duration.between(START, Instant.now()).toMillis();
        System.err.printf(Locale.ROOT, "xbrl-linker timing: %6d ms  (+%5d)  %s%n", now, now - last, what);
        last = now;
    }

    /** Prints a span measured elsewhere (a job step's start and end), without moving the last mark. */
    public static void span(String what, long millis) {
        if (ON) {
            System.err.printf(Locale.ROOT, "xbrl-linker timing:            (%6d)  %s%n", millis, what);
        }
    }
}
