package org.xbrllinker.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.runtime.context.JobContext;

import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfStore;

/** Access to the run's shared state. */
final class Jobs {

    private Jobs() {
    }

    /** The execution's {@link RunState}, created on first use. */
    static synchronized RunState state(JobContext jobContext) {
        Object data = jobContext.getTransientUserData();
        if (data instanceof RunState state) {
            return state;
        }
        RunState state = new RunState();
        jobContext.setTransientUserData(state);
        return state;
    }

    /**
     * The disclosure graphs of this run: those its executions wrote (a restarted execution takes up the earlier ones'
     * from the link step's persistent user data, see {@link RunStateListener}); when the state names none, those of
     * its inputs that the store holds and that were not rejected.
     */
    static List<String> graphsOfRun(JobContext jobContext, String inputs, Iris iris, RdfStore store) {
        RunState state = state(jobContext);
        if (!state.graphs().isEmpty()) {
            return state.graphs();
        }
        List<String> out = new ArrayList<>();
        for (Path p : Inputs.expand(Settings.paths(inputs))) {
            String g = iris.disclosureGraph(p.toString());
            boolean rejected = state.rejected().stream().anyMatch(r -> r.source().equals(p.toString()));
            if (!rejected && store.containsGraph(g) && !out.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }
}
