package org.xbrllinker.testing;

import java.util.ArrayDeque;
import java.util.Deque;
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
 * Jena's), the last {@value #KEPT} of them, and prints them to standard error after a failure. A passing test prints
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
        if (context.getExecutionException().isPresent() && !log.isEmpty()) {
            System.err.println("---- log of " + context.getDisplayName() + " (" + context.getRequiredTestClass()
                    .getSimpleName() + "), which failed ----\n" + log + "---- end of the log ----");
        }
    }

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
