package org.xbrllinker.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.pipeline.LinkedFiling;

/**
 * How far a link step has got, per job execution: inputs planned, inputs done (written or rejected) and facts
 * written. The reader sets the plan, {@link ProgressListener} counts; whoever waits for the job (the command line's
 * progress bar) reads it from another thread.
 */
public final class LinkProgress {

    private static final Map<Long, LinkProgress> RUNS = new ConcurrentHashMap<>();

    private final AtomicInteger total = new AtomicInteger(-1);
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong facts = new AtomicLong();

    /** The progress of a job execution, created on first use. */
    public static LinkProgress of(long executionId) {
        return RUNS.computeIfAbsent(executionId, id -> new LinkProgress());
    }

    /** Forgets an execution that has ended. */
    public static void forget(long executionId) {
        RUNS.remove(executionId);
    }

    /** The plan is known: {@code total} inputs, of which {@code already} were done before a restart. */
    void planned(int total, int already) {
        this.total.set(total);
        this.done.set(already);
    }

    /** A partition resumed by a restart had done {@code already} inputs of the plan before. */
    void resumed(int already) {
        done.addAndGet(already);
    }

    /** Items the writer wrote: each an input done, with the facts of its page or filing instance. */
    void written(List<Object> items) {
        long n = 0;
        for (Object item : items) {
            Object linked = ((MappedItem) item).linked();
            n += linked instanceof LinkedFiling f ? f.instance().facts().size()
                    : ((LinkedDisclosure) linked).facts().size();
        }
        facts.addAndGet(n);
        done.addAndGet(items.size());
    }

    /** Inputs rejected and skipped: done too, with no facts. */
    void rejected(int inputs) {
        done.addAndGet(inputs);
    }

    /** Inputs planned; -1 until the reader has planned them. */
    public int total() {
        return total.get();
    }

    public int done() {
        return done.get();
    }

    public long facts() {
        return facts.get();
    }
}
