package org.xbrllinker.batch;

import java.io.Serializable;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * On the thread of {@code link-partitioned}: takes up each partition's {@link RunState.Part} into the execution's
 * state and keeps all parts as the step's persistent user data (saved when the step ends, completed or failed), so
 * that a restart knows what the partitions that will not run again did. {@link RunStateListener#afterStep} joins the
 * parts into the run's state for the check and report steps.
 */
@Named
@Dependent
public class RunStateAnalyzer extends AbstractPartitionAnalyzer {

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Override
    public void analyzeCollectorData(Serializable data) {
        if (data instanceof RunState.Part part) {
            RunState state = Jobs.state(jobContext);
            state.part(part);
            stepContext.setPersistentUserData(state.parts());
        }
    }
}
