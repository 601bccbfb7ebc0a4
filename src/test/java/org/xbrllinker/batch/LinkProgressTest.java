package org.xbrllinker.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.testing.Shared;

/** The link step's progress, as the command line's progress bar reads it: inputs planned and done, facts written. */
class LinkProgressTest {

    @TempDir
    Path tmp;

    @Test
    void countsInputsWrittenAndRejectedAndTheFactsWritten() throws Exception {
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
        LinkDisclosuresJobTest.Run run = LinkDisclosuresJobTest.run(tmp.resolve("store"), tmp.resolve("report.json"),
                binary, Shared.seed());
        assertEquals(BatchStatus.COMPLETED, run.execution().getBatchStatus());
        LinkProgress progress = LinkProgress.of(run.execution().getExecutionId());
        assertEquals(2, progress.total());
        // the rejected input is done too: the bar reaches its end
        assertEquals(2, progress.done());
        assertEquals(1, run.report().rejected().size());
        // the seed's 19 facts, as the report counts them
        assertEquals(19, run.report().summary().facts());
        assertEquals(19, progress.facts());
        LinkProgress.forget(run.execution().getExecutionId());
        assertEquals(-1, LinkProgress.of(run.execution().getExecutionId()).total());
    }
}
