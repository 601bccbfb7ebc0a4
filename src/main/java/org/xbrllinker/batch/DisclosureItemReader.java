package org.xbrllinker.batch;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.pipeline.Work;

/**
 * Reads the job's work one item at a time: pages, and for a filing folder its instance then its R pages. The
 * checkpoint is the position in the planned list, so a restart resumes after the last committed chunk.
 */
@Named
@Dependent
public class DisclosureItemReader extends AbstractItemReader {

    /** Required. Input paths, one a line: pages, instances, filing folders, or folders of {@code .txt} pages. */
    @Inject
    @BatchProperty
    String inputs;

    @Inject
    jakarta.batch.runtime.context.JobContext jobContext;

    private List<Work> work;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        if (inputs == null || inputs.isBlank()) {
            throw new IllegalArgumentException("job parameter 'inputs' is required: one input path a line");
        }
        work = Inputs.plan(Settings.paths(inputs));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        LinkProgress.of(jobContext.getExecutionId()).planned(work.size(), next);
    }

    @Override
    public Object readItem() {
        if (next >= work.size()) {
            return null;
        }
        InputItem item = new InputItem(next, work.get(next));
        next++;
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
