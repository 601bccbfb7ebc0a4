package org.xbrllinker.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one job execution did so far, shared by its steps as the job's transient user data: the disclosure graphs
 * written and the inputs rejected with their reasons.
 */
public final class RunState {

    /** An input skipped as bad, with the located message. */
    public record Rejected(String source, String message) {
    }

    /** A filing's instance as written: its counts for the report. */
    public record FilingRun(String source, String graph, String instanceFile, String entity, int facts, int contexts,
                            int units) {
    }

    private final Set<String> graphs = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<FilingRun> filings = Collections.synchronizedList(new ArrayList<>());
    private final List<Rejected> rejected = Collections.synchronizedList(new ArrayList<>());

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
}
