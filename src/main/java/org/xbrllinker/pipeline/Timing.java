package org.xbrllinker.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Where a run's wall time goes, for the cold-start figures in the README: with {@code XBRL_LINKER_TIMING=1} in the
 * environment (or {@code -Dxbrllinker.timing=true}) each {@link #mark} prints, on standard error, the milliseconds
 * since the launcher started ({@code XBRL_LINKER_T0}, which the launcher sets; else since the process started, as the
 * operating system reports it, which can be off by a few 100 ms) and since the previous mark. Off, a mark costs one field read.
 */
public final class Timing {

    private static final boolean ON = "1".equals(System.getenv("XBRL_LINKER_TIMING"))
            || Boolean.getBoolean("xbrllinker.timing");
    /** The launcher's start ({@code XBRL_LINKER_T0}, epoch milliseconds), else the process's start as the OS says. */
    private static final Instant START = ON ? start() : null;
    private static long last;

    private Timing() {
    }

    private static Instant start() {
        try {
            return Instant.ofEpochMilli(Long.parseLong(System.getenv().getOrDefault("XBRL_LINKER_T0", "")));
        } catch (NumberFormatException e) {
            return ProcessHandle.current().info().startInstant().orElse(Instant.now());
        }
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
