package org.xbrllinker.batch;

import java.nio.file.Path;

import org.xbrllinker.pipeline.Work;

/** One unit of the job's work with its position in the planned list (the checkpoint). */
public record InputItem(int index, Work work) {

    public Path path() {
        return work.path();
    }
}
