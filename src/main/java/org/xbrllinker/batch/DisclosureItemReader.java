package org.xbrllinker.batch;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.pipeline.Work;

/**
 * Reads the job's work one item at a time: pages, and for a filing folder its instance then its R pages. The
 * checkpoint is the position in the planned list, so a restart resumes after the last committed chunk.
 * <p>
 * In the step {@code link} it reads the whole list, unless the job asks for more than one partition: then it reads
 * nothing and ends the step with exit status {@value #PARTITIONED}, which leads to {@code link-partitioned}. There,
 * each partition's reader reads its range {@code [from, to)} of the same list ({@link LinkPartitionMapper}).
 */
@Named
@Dependent
public class DisclosureItemReader extends AbstractItemReader {

    /** The exit status of the step {@code link} when the partitioned step does the work. */
    public static final String PARTITIONED = "PARTITIONED";

    /**
     * For a test of a crash ({@code cli/CrashRestartTest}): {@code -Dxbrllinker.holdBeforeItem=N} holds the run when it
     * is about to read item N (from 0) of the planned work. JBeret asks the reader for a chunk's first item only once the
     * chunk before has committed and its checkpoint is saved, so with one item a chunk the store then holds exactly the
     * first N items and the checkpoint says N. The reader says so on standard error ({@value #HELD} N) and waits to be
     * killed; after {@link #HOLD} it goes on.
     */
    public static final String HOLD_BEFORE_ITEM = "xbrllinker.holdBeforeItem";
    /** What the reader prints, followed by the item's position, when {@link #HOLD_BEFORE_ITEM} holds it. */
    public static final String HELD = "xbrl-linker: held (-D" + HOLD_BEFORE_ITEM + ") before item";
    /** How long {@link #HOLD_BEFORE_ITEM} holds the run at most: a process nobody kills still ends. */
    static final java.time.Duration HOLD = java.time.Duration.ofMinutes(10);

    /** Required. Input paths, one a line: pages, instances, filing folders, or folders of {@code .txt} pages. */
    @Inject
    @BatchProperty
    String inputs;

    /** Optional, in the step {@code link}: the job parameter {@value JobSettings#PARTITIONS}. */
    @Inject
    @BatchProperty
    String partitions;

    /** In a partition: the first position of its range in the planned list. */
    @Inject
    @BatchProperty
    String from;

    /** In a partition: the position after the last of its range. */
    @Inject
    @BatchProperty
    String to;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    private List<Work> work;
    private int next;
    private int end;
    private RunState partition;
    private final int holdBefore = Integer.getInteger(HOLD_BEFORE_ITEM, -1);

    @Override
    public void open(Serializable checkpoint) {
        if (inputs == null || inputs.isBlank()) {
            throw new IllegalArgumentException("job parameter 'inputs' is required: one input path a line");
        }
        boolean inPartition = from != null && !from.isBlank();
        if (!inPartition && JobSettings.partitions(partitions) > 1) {
            work = List.of();
            stepContext.setExitStatus(PARTITIONED);
            return;
        }
        work = Inputs.plan(Settings.paths(inputs));
        if (!inPartition) {
            next = checkpoint == null ? 0 : (Integer) checkpoint;
            end = work.size();
            LinkProgress.of(jobContext.getExecutionId()).planned(work.size(), next);
            return;
        }
        int start = Integer.parseInt(from.strip());
        end = Math.min(Integer.parseInt(to.strip()), work.size());
        next = checkpoint == null ? start : (Integer) checkpoint;
        partition = Jobs.partitionState(jobContext, stepContext, start);
        partition.position(next);
        // the mapper planned the whole list; what this partition did before a restart is done
        LinkProgress.of(jobContext.getExecutionId()).resumed(next - start);
    }

    @Override
    public Object readItem() {
        if (next >= end) {
            return null;
        }
        if (next == holdBefore) {
            hold();
        }
        InputItem item = new InputItem(next, work.get(next));
        next++;
        if (partition != null) {
            partition.position(next);
        }
        return item;
    }

    private void hold() {
        System.err.println(HELD + " " + next);
        try {
            Thread.sleep(HOLD.toMillis()); // not a wait for anything: the test kills the process in it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
