package org.xbrllinker.batch;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;

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
     * The state an artifact of the link step records into: in a partition of {@code link-partitioned}, that
     * partition's own (its step context's transient user data, set up by its reader); else (also with no step
     * context, for an artifact made outside a job) the execution's.
     */
    static RunState state(JobContext jobContext, StepContext stepContext) {
        return stepContext != null && stepContext.getTransientUserData() instanceof RunState own ? own
                : state(jobContext);
    }

    /**
     * Sets up the own state of the partition whose range starts at {@code from}, in its step context: taken up from
     * the partition's persistent user data when a restart resumes it, where the parts of the other partitions known
     * then are taken up into the execution's state too.
     */
    static RunState partitionState(JobContext jobContext, StepContext stepContext, int from) {
        if (stepContext.getTransientUserData() instanceof RunState own) {
            return own;
        }
        RunState own = new RunState(from);
        if (stepContext.getPersistentUserData() instanceof RunState.Parts saved) {
            RunState.Part mine = saved.byStart().get(from);
            if (mine != null) {
                own.restore(mine.saved());
                own.position(mine.next());
            }
            state(jobContext).parts(saved);
        }
        stepContext.setTransientUserData(own);
        return own;
    }

    /**
     * Sets the state as the link step's persistent user data, for the job repository to keep with the next checkpoint
     * it saves: the run's state in the plain step; in a partition, its own part with the parts of the others known now.
     */
    static void keep(JobContext jobContext, StepContext stepContext) {
        RunState own = state(jobContext, stepContext);
        if (own.from() >= 0) {
            RunState job = state(jobContext);
            job.part(own.part());
            stepContext.setPersistentUserData(job.parts());
        } else {
            stepContext.setPersistentUserData(own.save());
        }
    }
}
