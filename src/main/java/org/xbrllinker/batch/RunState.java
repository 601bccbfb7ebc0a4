package org.xbrllinker.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

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

    /**
     * What one partition of {@code link-partitioned} did: its range of the planned work starts at {@code from}, it has
     * read up to {@code next} (its checkpoint when saved with one), and {@code saved} is its own state.
     */
    public record Part(int from, int next, Saved saved) implements Serializable {
    }

    /**
     * The state of a partitioned link step as the job repository keeps it: each partition's {@link Part}, by the start
     * of its range. The step's own persistent user data, and (so that a restart after a crash still has the parts of
     * partitions that had ended) each partition's too.
     */
    public record Parts(TreeMap<Integer, Part> byStart, String stoppedBy) implements Serializable {

        /** Every refusal's message: the partitions' skipped inputs in the order of the work, then the one over the limit. */
        public List<String> refusals() {
            List<String> out = new ArrayList<>();
            byStart.values().forEach(p -> p.saved().rejected().forEach(r -> out.add(r.message())));
            if (stoppedBy != null) {
                out.add(stoppedBy);
            }
            return out;
        }
    }

    /**
     * Every refusal's message as a link step ({@code link} or {@code link-partitioned}) saved it in its persistent
     * user data; empty when it saved none.
     */
    public static List<String> refusals(Serializable persistentUserData) {
        if (persistentUserData instanceof Saved saved) {
            return saved.refusals();
        }
        if (persistentUserData instanceof Parts parts) {
            return parts.refusals();
        }
        return List.of();
    }

    private final Set<String> graphs = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<FilingRun> filings = Collections.synchronizedList(new ArrayList<>());
    private final List<Rejected> rejected = Collections.synchronizedList(new ArrayList<>());
    private volatile String stoppedBy;

    /** The partitions' parts (a partitioned link step's, in the job's state); empty otherwise. */
    private final TreeMap<Integer, Part> parts = new TreeMap<>();
    /** In a partition's own state: where its range starts, and how far its reader has read. */
    private final int from;
    private volatile int next;
    /** An input refused by a partition when it was one more than the skip limit allows: it failed that partition. */
    private volatile Exception overLimit;

    /** The job's state (or that of a plain link step). */
    public RunState() {
        this(-1);
    }

    /** The state of the partition whose range starts at {@code from}. */
    RunState(int from) {
        this.from = from;
        this.next = from;
    }

    /** Where this partition's range starts; -1 for the job's state. */
    int from() {
        return from;
    }

    /** The reader of this partition has read up to {@code next} (exclusive). */
    void position(int next) {
        this.next = next;
    }

    /** This partition's part as it is now. */
    Part part() {
        return new Part(from, next, save());
    }

    /**
     * Takes up a partition's part, unless the part held already got further (parts reach the job's state both from
     * the partitions' collectors and from what a restarted execution takes up).
     */
    synchronized void part(Part part) {
        Part held = parts.get(part.from());
        if (held == null || held.next() <= part.next()) {
            parts.put(part.from(), part);
        }
    }

    /** Takes up every part of {@code saved}, as {@link #part(Part)} does. */
    synchronized void parts(Parts saved) {
        saved.byStart().values().forEach(this::part);
    }

    /** The parts taken up so far, to keep in the job repository. */
    synchronized Parts parts() {
        return new Parts(new TreeMap<>(parts), stoppedBy);
    }

    synchronized boolean partitioned() {
        return !parts.isEmpty();
    }

    /**
     * Makes the parts the run's state: their graphs, filings and rejected inputs, partition after partition in the
     * order of their ranges, which is the order of the planned work: as one thread working through it would have
     * recorded them.
     */
    synchronized void joinParts() {
        ArrayList<String> g = new ArrayList<>();
        ArrayList<FilingRun> f = new ArrayList<>();
        ArrayList<Rejected> r = new ArrayList<>();
        for (Part p : parts.values()) {
            g.addAll(p.saved().graphs());
            f.addAll(p.saved().filings());
            r.addAll(p.saved().rejected());
        }
        restore(new Saved(g, f, r, null));
    }

    void overLimit(Exception e) {
        if (overLimit == null) {
            overLimit = e;
        }
    }

    Exception overLimit() {
        return overLimit;
    }

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
