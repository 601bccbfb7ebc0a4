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
        }
    }

    @Override
    public void afterStep() {
        save();
    }

    @Override
    public void beforeChunk() {
    }

    @Override
    public void onError(Exception ex) {
    }

    @Override
    public void afterChunk() {
        save();
    }

    private void save() {
        stepContext.setPersistentUserData(Jobs.state(jobContext).save());
    }
}
