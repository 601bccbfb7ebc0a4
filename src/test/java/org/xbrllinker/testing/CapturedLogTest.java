package org.xbrllinker.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/**
 * The test log: an INFO line, and a warning, is kept for the running test (shown if it fails) but not printed: the
 * console prints nothing of java.util.logging. (A failing test printing its log was seen by hand: a test that links the seed and then
 * fails shows its stack trace, then JBeret's INFO lines between "---- its log ----" and "---- end of the log ----".)
 */
class CapturedLogTest {

    @Test
    void anInfoLineIsKeptForTheTestAndNotPrinted() {
        String marker = "captured-log-test " + System.nanoTime();
        Logger.getLogger("org.xbrllinker.test").info(marker);
        assertTrue(CapturedLog.pending().contains("INFO org.xbrllinker.test: " + marker), CapturedLog.pending());
        Logger root = Logger.getLogger("");
        var consoles = Arrays.stream(root.getHandlers()).filter(h -> h instanceof ConsoleHandler).toList();
        assertFalse(consoles.isEmpty(), "logging.properties installs a console handler");
        consoles.forEach(h -> assertEquals(Level.OFF, h.getLevel(), "the console prints nothing of the log"));
        Logger.getLogger("org.xbrllinker.test").warning(marker + " warned");
        assertTrue(CapturedLog.pending().contains("WARNING org.xbrllinker.test: " + marker + " warned"),
                CapturedLog.pending());
    }
}
