package org.xbrllinker.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The log of a test, shown only when it fails: every JUnit test (registered for all by
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension} and {@code junit-platform.properties}) keeps
 * the log records written since the previous test ended (its class's set-up included, on any thread: JBeret's, Weld's,
 * Jena's), the last {@value #KEPT} of them, and prints them to standard error after a failure, below the failure's
 * stack trace (the build itself lists only each failing test and its message). A passing test prints
 * only warnings and errors, as {@code logging.properties} says: a passing build shows its results, a failing test
 * the INFO lines that led to it.
 */
public final class CapturedLog implements AfterEachCallback, AfterAllCallback {

    static final int KEPT = 2000;

    private static final Buffer BUFFER = new Buffer();

    static {
        Logger root = Logger.getLogger("");
        if (root.getLevel() == null || root.getLevel().intValue() > Level.INFO.intValue()) {
            root.setLevel(Level.INFO);
        }
        root.addHandler(BUFFER);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String log = BUFFER.drain();
        context.getExecutionException().ifPresent(failure -> System.err.println("---- "
                + context.getDisplayName() + " (" + context.getRequiredTestClass().getSimpleName() + ") failed ----\n"
                + trace(failure) + (log.isEmpty() ? "" : "---- its log ----\n" + log) + "---- end of the log ----"));
    }

    /**
     * The failure's stack trace without the frames of JUnit, Surefire and reflection: the build's summary names the
     * failing test and its message only, and a CI run keeps nothing but its output.
     */
    static String trace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        StringBuilder kept = new StringBuilder();
        out.toString().lines().filter(l -> !(l.startsWith("\tat ") && RUNNER_FRAMES.stream().anyMatch(l::contains)))
                .forEach(l -> kept.append(l).append('\n'));
        return kept.toString();
    }

    private static final List<String> RUNNER_FRAMES = List.of("at org.junit.", "at org.apache.maven.surefire.",
            "at java.base/jdk.internal.reflect.", "at java.base/java.lang.reflect.", "at java.base/java.util.",
            "at java.base/java.lang.Iterable.");

    @Override
    public void afterAll(ExtensionContext context) {
        BUFFER.drain();
    }

    /** What a failure of the running test would print now (for its own test). */
    static String pending() {
        return BUFFER.peek();
    }

    /** The records since the last drain, formatted as the console formats them, at most {@value #KEPT}. */
    private static final class Buffer extends Handler {

        private final Deque<String> lines = new ArrayDeque<>();
        private final Formatter format = new SimpleFormatter();

        Buffer() {
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord r) {
            if (lines.size() == KEPT) {
                lines.removeFirst();
            }
            lines.addLast(format.format(r));
        }

        synchronized String peek() {
            StringBuilder out = new StringBuilder();
            lines.forEach(out::append);
            return out.toString();
        }

        synchronized String drain() {
            StringBuilder out = new StringBuilder();
            lines.forEach(out::append);
            lines.clear();
            return out.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
