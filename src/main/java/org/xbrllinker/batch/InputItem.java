package org.xbrllinker.batch;

import java.nio.file.Path;

/** One input of the job: its position in the input list (the checkpoint) and its path. */
public record InputItem(int index, Path path) {
}
