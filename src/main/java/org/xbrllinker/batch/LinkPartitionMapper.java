package org.xbrllinker.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.pipeline.Work;

/**
 * Splits the planned work of {@code link-partitioned} into contiguous ranges, one a partition, each run on a thread
 * of its own: as even in items as the units allow, where a unit is a filing (its instance and its pages: a page is
 * tied to its filing's instance, so they stay in one partition and in order) or a page on its own. Fewer partitions
 * than asked when there are fewer units. The plan is the same for the same inputs, so a restart (which keeps the
 * partitions of the execution it restarts, each from its own checkpoint) gets the same ranges again.
 */
@Named
@Dependent
public class LinkPartitionMapper implements PartitionMapper {

    /** Required. The job's input paths, one a line. */
    @Inject
    @BatchProperty
    String inputs;

    /** The job parameter {@value JobSettings#PARTITIONS}: how many partitions, a positive integer. */
    @Inject
    @BatchProperty
    String partitions;

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        int asked = JobSettings.partitions(partitions);
        List<Work> work = Inputs.plan(Settings.paths(inputs));
        List<int[]> ranges = ranges(work, asked);
        // the execution's state exists before the partitions' threads start: they share it
        Jobs.state(jobContext);
        LinkProgress.of(jobContext.getExecutionId()).planned(work.size(), 0);
        Properties[] props = new Properties[ranges.size()];
        for (int i = 0; i < props.length; i++) {
            props[i] = new Properties();
            props[i].setProperty("from", Integer.toString(ranges.get(i)[0]));
            props[i].setProperty("to", Integer.toString(ranges.get(i)[1]));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(props.length);
        plan.setThreads(props.length);
        plan.setPartitionProperties(props);
        plan.setPartitionsOverride(false);
        return plan;
    }

    /**
     * At most {@code partitions} contiguous ranges {@code [from, to)} covering {@code work}, cut only between units
     * (never inside a filing), each cut where the items before it come nearest to an equal share. At least one range,
     * empty when there is no work.
     */
    static List<int[]> ranges(List<Work> work, int partitions) {
        // where each unit starts: a filing's items share its folder, a page on its own is a unit
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            Work w = work.get(i);
            boolean sameFiling = i > 0 && w.filing() != null && w.kind() == Work.Kind.PAGE
                    && w.filing().equals(work.get(i - 1).filing());
            if (!sameFiling) {
                starts.add(i);
            }
        }
        int n = Math.max(1, Math.min(partitions, starts.size()));
        List<int[]> out = new ArrayList<>();
        int from = 0;
        int unit = 0;
        for (int p = 1; p < n; p++) {
            long target = (long) work.size() * p / n;
            // the next cut: the unit start nearest the target, leaving at least one unit for each partition to come
            int best = -1;
            for (int u = unit + 1; u <= starts.size() - (n - p); u++) {
                if (best < 0 || Math.abs(starts.get(u) - target) < Math.abs(starts.get(best) - target)) {
                    best = u;
                }
                if (starts.get(u) > target) {
                    break;
                }
            }
            out.add(new int[] {from, starts.get(best)});
            from = starts.get(best);
            unit = best;
        }
        out.add(new int[] {from, work.size()});
        return out;
    }
}
