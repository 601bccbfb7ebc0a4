package org.xbrllinker.batch;

import jakarta.batch.runtime.context.JobContext;

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
}
