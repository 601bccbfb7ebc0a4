package org.xbrllinker.batch;

import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps the run's {@link RunState} as the link step's persistent user data: set after each chunk, so the job
 * repository saves it with that chunk's checkpoint (after the chunk's TDB2 transaction committed), and taken up again
 * when a restarted execution starts the step. The state then always matches the checkpoint: a chunk that committed
 * but whose checkpoint was lost is read, written and recorded again.
 * <p>
 * In {@code link-partitioned} the chunk callbacks run on each partition's thread with the partition's step context:
 * after each chunk the partition saves, with its checkpoint, its own part together with the parts of the other
 * partitions known then (so that a restart after a crash also learns what partitions that had already ended did). The
 * step callbacks run on the step's thread: before, the parts a restarted execution inherits are taken up; after, all
 * parts are joined into the run's state, in the order of the planned work, for the check and report steps.
 */
@Named
@Dependent
public class RunStateListener implements StepListener, ChunkListener {

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Override
    public void beforeStep() {
        if (stepContext.getPersistentUserData() instanceof RunState.Saved saved) {
            Jobs.state(jobContext).restore(saved);
        } else if (stepContext.getPersistentUserData() instanceof RunState.Parts parts) {
            Jobs.state(jobContext).parts(parts);
        }
    }

    @Override
    public void afterStep() {
        RunState state = Jobs.state(jobContext);
        if (state.partitioned()) {
            state.joinParts();
            stepContext.setPersistentUserData(state.parts());
        } else {
            stepContext.setPersistentUserData(state.save());
        }
    }

    @Override
    public void beforeChunk() {
    }

    @Override
    public void onError(Exception ex) {
    }

    @Override
    public void afterChunk() {
        Jobs.keep(jobContext, stepContext);
    }
}
