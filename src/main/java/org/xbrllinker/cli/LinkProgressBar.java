package org.xbrllinker.cli;

import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.batch.runtime.BatchStatus;

import org.jberet.runtime.JobExecutionImpl;
import org.xbrllinker.batch.LinkProgress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * While {@code link} waits for its job: on a terminal, a progress bar on standard error (inputs done of planned,
 * facts written, rate, ETA), drawn by the progressbar library from {@link LinkProgress}; elsewhere (CI, logs, a pipe)
 * nothing, so that the output stays the report's lines.
 */
final class LinkProgressBar {

    private static final Set<BatchStatus> ENDED =
            Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private LinkProgressBar() {
    }

    /** Whether standard input and output are a terminal (the JVM then has a console). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** Waits for the execution to end, showing its progress on a terminal. */
    static void await(JobExecutionImpl execution, long executionId) throws InterruptedException {
        if (!onTerminal()) {
            execution.awaitTermination(1, TimeUnit.HOURS);
            return;
        }
        LinkProgress progress = LinkProgress.of(executionId);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("link").setInitialMax(0)
                .setUnit(" inputs", 1).showSpeed().setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(250)
                .build()) {
            long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(1);
            while (!ENDED.contains(execution.getBatchStatus()) && System.nanoTime() < deadline) {
                execution.awaitTermination(250, TimeUnit.MILLISECONDS);
                show(bar, progress);
            }
            show(bar, progress);
        } finally {
            LinkProgress.forget(executionId);
        }
    }

    private static void show(ProgressBar bar, LinkProgress progress) {
        if (progress.total() >= 0) {
            bar.maxHint(progress.total());
        }
        bar.stepTo(progress.done());
        bar.setExtraMessage(progress.facts() + " facts");
    }
}
