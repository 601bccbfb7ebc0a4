package org.xbrllinker.batch;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Settings;

/**
 * Reads the job's inputs one by one. The checkpoint is the position in the (expanded, sorted) input list, so a
 * restart resumes after the last committed chunk.
 */
@Named
@Dependent
public class DisclosureItemReader extends AbstractItemReader {

    /** Required. Input paths, one a line; a folder stands for its {@code .txt} files in name order. */
    @Inject
    @BatchProperty
    String inputs;

    private List<Path> paths;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        if (inputs == null || inputs.isBlank()) {
            throw new IllegalArgumentException("job parameter 'inputs' is required: one input path a line");
        }
        paths = Inputs.expand(Settings.paths(inputs));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        if (next >= paths.size()) {
            return null;
        }
        InputItem item = new InputItem(next, paths.get(next));
        next++;
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
