package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The exit status of a job stopped by the skip limit fits JBeret's default {@code EXITSTATUS} column (512): the first
 * refusals whole, then how many more there are.
 */
class SkipLimitExitStatusTest {

    static final String HEAD = "SKIP_LIMIT_EXCEEDED: more than 10 input(s) rejected, the skip limit; the job stopped";

    static List<String> refusals(int n, String folder) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(String.format("%s/not-an-amount-%03d.txt:30: expected an amount after \"Write-off\", found "
                    + "\"(86,17O)\"", folder, i));
        }
        return out;
    }

    static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void manyLongRefusalsAreCutToTheColumnWithACountOfTheRest() {
        List<String> all = refusals(11, "/srv/filings/2025/quarter-3/a-rather-long-folder-name-for-the-inputs");
        String status = SkipRecordingListener.exitStatus("10", all);
        assertTrue(bytes(status) <= 512, bytes(status) + " bytes: " + status);
        List<String> lines = status.lines().toList();
        assertEquals(HEAD, lines.get(0));
        int shown = lines.size() - 2;
        assertTrue(shown >= 1, status);
        assertEquals(all.subList(0, shown), lines.subList(1, 1 + shown), "the first refusals, whole and in order");
        assertEquals("... and " + (11 - shown) + " more; the execution's rejected inputs name them all",
                lines.get(lines.size() - 1));
        // one more would not have fitted with the count line
        String oneMore = String.join("\n", lines.subList(0, 1 + shown)) + "\n" + all.get(shown)
                + "\n... and " + (11 - shown - 1) + " more; the execution's rejected inputs name them all";
        assertTrue(bytes(oneMore) > 512, oneMore);
    }

    @Test
    void aThousandRefusalsStillFit() {
        String status = SkipRecordingListener.exitStatus("999", refusals(1000, "/data/in"));
        assertTrue(bytes(status) <= 512, bytes(status) + " bytes");
        List<String> lines = status.lines().toList();
        int shown = lines.size() - 2;
        assertEquals("... and " + (1000 - shown) + " more; the execution's rejected inputs name them all",
                lines.get(lines.size() - 1));
        assertEquals("/data/in/not-an-amount-001.txt:30: expected an amount after \"Write-off\", found \"(86,17O)\"",
                lines.get(1));
    }

    @Test
    void fewShortRefusalsAreAllNamedWithNoCount() {
        List<String> two = List.of("/in/empty.txt:1: empty file: expected an R page title",
                "/in/not-an-amount.txt:30: expected an amount after \"Write-off\", found \"(86,17O)\"");
        assertEquals(HEAD + "\n" + two.get(0) + "\n" + two.get(1), SkipRecordingListener.exitStatus("10", two));
    }

    @Test
    void oneRefusalLongerThanTheColumnIsCutInsideItsCharactersNotTheirBytes() {
        // a path of three-byte characters: cut where a character ends, counting UTF-8 bytes
        String longOne = "/in/" + "\u8868".repeat(400) + ".txt:1: empty file: expected an R page title";
        String status = SkipRecordingListener.exitStatus("10", List.of(longOne, "/in/b.txt:1: empty file"));
        assertTrue(bytes(status) <= 512, bytes(status) + " bytes");
        List<String> lines = status.lines().toList();
        assertEquals(3, lines.size(), status);
        assertTrue(lines.get(1).startsWith("/in/\u8868\u8868") && lines.get(1).endsWith("\u8868..."), lines.get(1));
        assertEquals("... and 1 more; the execution's rejected inputs name them all", lines.get(2));
        assertTrue(bytes(status) > 512 - 3, "as much as fits: " + bytes(status));
    }

    @Test
    void theRunStateNamesEveryRefusalAndWhatStoppedTheRun() {
        RunState state = new RunState();
        refusals(3, "/in").forEach(m -> state.rejected("x", m));
        state.stoppedBy("/in/last.txt:1: empty file");
        List<String> all = new ArrayList<>(refusals(3, "/in"));
        all.add("/in/last.txt:1: empty file");
        assertEquals(all, state.save().refusals());
        RunState restarted = new RunState();
        restarted.restore(state.save());
        assertEquals(refusals(3, "/in"), restarted.save().refusals(), "a restart reads the last input again");
    }

    @Test
    void aPartitionedStepsStateNamesThePartitionsRefusalsInTheOrderOfTheWorkThenWhatStoppedIt() {
        RunState job = new RunState();
        RunState second = new RunState(10);
        second.rejected("b", "/in/b.txt:3: expected an amount");
        RunState first = new RunState(0);
        first.rejected("a", "/in/a.txt:1: empty file");
        job.part(second.part()); // the second partition reports first
        job.part(first.part());
        job.joinParts();
        job.stoppedBy("/in/c.txt:2: binary content");
        assertEquals(List.of("/in/a.txt:1: empty file", "/in/b.txt:3: expected an amount", "/in/c.txt:2: binary content"),
                RunState.refusals(job.parts()));
        assertEquals(List.of("/in/a.txt:1: empty file", "/in/b.txt:3: expected an amount", "/in/c.txt:2: binary content"),
                RunState.refusals(job.save()));
        assertEquals(List.of(), RunState.refusals(null));
    }
}
