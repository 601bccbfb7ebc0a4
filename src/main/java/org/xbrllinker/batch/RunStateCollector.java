package org.xbrllinker.batch;

import java.io.Serializable;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * On a partition's thread, after each of its chunks and when it ends: hands its own state (a {@link RunState.Part})
 * to {@link RunStateAnalyzer} on the step's thread.
 */
@Named
@Dependent
public class RunStateCollector implements PartitionCollector {

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Override
    public Serializable collectPartitionData() {
        RunState own = Jobs.state(jobContext, stepContext);
        // a partition whose reader never opened (it failed first) has no state of its own: nothing to hand on (the
        // runtime queues what this returns, so not null)
        return own.from() < 0 ? Boolean.FALSE : own.part();
    }
}
