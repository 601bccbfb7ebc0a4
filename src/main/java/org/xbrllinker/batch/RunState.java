package org.xbrllinker.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the run did so far, shared by its steps as the job's transient user data: the disclosure graphs written and
 * the inputs rejected with their reasons. The link step also keeps it as its persistent user data ({@link Saved},
 * saved with each checkpoint by {@link RunStateListener}), so a restarted execution, even in another process, goes on
 * with what its earlier executions did.
 */
public final class RunState {

    /** An input skipped as bad, with the located message. */
    public record Rejected(String source, String message) implements Serializable {
    }

    /** A filing's instance as written: its counts for the report. */
    public record FilingRun(String source, String graph, String instanceFile, String entity, int facts, int contexts,
                            int units) implements Serializable {
    }

    /**
     * The state as the job repository keeps it; {@code stoppedBy} is the message of the input refused over the skip
     * limit, when that stopped the link step (null otherwise; absent from states saved before it existed).
     */
    public record Saved(ArrayList<String> graphs, ArrayList<FilingRun> filings, ArrayList<Rejected> rejected,
                        String stoppedBy) implements Serializable {

        /** Every refusal's message: the inputs skipped, then the one over the skip limit, if any. */
        public List<String> refusals() {
            List<String> out = new ArrayList<>();
            if (rejected != null) {
                rejected.forEach(r -> out.add(r.message()));
            }
            if (stoppedBy != null) {
                out.add(stoppedBy);
            }
            return out;
        }
    }

    private final Set<String> graphs = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<FilingRun> filings = Collections.synchronizedList(new ArrayList<>());
    private final List<Rejected> rejected = Collections.synchronizedList(new ArrayList<>());
    private volatile String stoppedBy;

    public void written(String graph) {
        graphs.add(graph);
    }

    public void filing(FilingRun run) {
        filings.removeIf(f -> f.graph().equals(run.graph()));
        filings.add(run);
    }

    public List<FilingRun> filings() {
        synchronized (filings) {
            return List.copyOf(filings);
        }
    }

    public void rejected(String source, String message) {
        rejected.add(new Rejected(source, message));
    }

    /** The input refused over the skip limit stopped the run: its message. */
    public void stoppedBy(String message) {
        stoppedBy = message;
    }

    public List<String> graphs() {
        synchronized (graphs) {
            return List.copyOf(graphs);
        }
    }

    public List<Rejected> rejected() {
        synchronized (rejected) {
            return List.copyOf(rejected);
        }
    }

    /** A copy to keep in the job repository. */
    public Saved save() {
        return new Saved(new ArrayList<>(graphs()), new ArrayList<>(filings()), new ArrayList<>(rejected()), stoppedBy);
    }

    /**
     * Takes up what an earlier execution of the run saved, replacing what this one holds; not what stopped it (a
     * restart reads that input again).
     */
    public void restore(Saved saved) {
        synchronized (graphs) {
            graphs.clear();
            graphs.addAll(saved.graphs());
        }
        synchronized (filings) {
            filings.clear();
            filings.addAll(saved.filings());
        }
        synchronized (rejected) {
            rejected.clear();
            rejected.addAll(saved.rejected());
        }
    }
}
