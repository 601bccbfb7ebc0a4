package org.xbrllinker.batch;

import java.util.List;

import jakarta.batch.api.chunk.listener.AbstractItemWriteListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Counts the link step's progress into {@link LinkProgress}: inputs written or rejected, facts written. */
@Named
@Dependent
public class ProgressListener extends AbstractItemWriteListener implements SkipProcessListener, SkipWriteListener {

    @Inject
    JobContext jobContext;

    @Override
    public void afterWrite(List<Object> items) {
        LinkProgress.of(jobContext.getExecutionId()).written(items);
    }

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        LinkProgress.of(jobContext.getExecutionId()).rejected(1);
    }

    @Override
    public void onSkipWriteItem(List<Object> items, Exception ex) {
        LinkProgress.of(jobContext.getExecutionId()).rejected(items.size());
    }
}
