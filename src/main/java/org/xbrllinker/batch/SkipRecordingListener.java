package org.xbrllinker.batch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.LocatedException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.pipeline.LinkedFiling;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.RdfStore;

/**
 * Records every skipped input with its reason: in the run's state, for the report, and in the store as an
 * {@code xlk:RejectedInput} in a graph of its own ({@link Iris#rejectionGraph}), as provenance. When the step fails
 * because one more input was refused than the skip limit allows, the job's exit status says so and names the inputs
 * refused ({@value #SKIP_LIMIT_EXCEEDED}, then one message a line, as many as fit JBeret's default column; see
 * {@link #exitStatus}); the step's persistent user data ({@link RunState#refusals(java.io.Serializable)}) keeps them all.
 * <p>
 * In {@code link-partitioned} the skip callbacks run on the partitions' threads and record into each partition's own
 * state (joined after the step); the store's write lock orders their rejection graphs' transactions. Jakarta Batch
 * counts skips per partition: the skip limit applies to each partition on its own, so a run of N partitions may skip
 * up to N times the limit in all before one partition, and with it the step, fails. The input that failed a partition
 * reaches the step's thread through {@link #onError} and the execution's state.
 */
@Named
@Dependent
public class SkipRecordingListener implements SkipProcessListener, SkipReadListener, SkipWriteListener, StepListener,
        ChunkListener {

    /** How the job's exit status starts when the skip limit was exceeded. */
    public static final String SKIP_LIMIT_EXCEEDED = "SKIP_LIMIT_EXCEEDED";

    /** Optional. TDB2 folder; default {@value JobSettings#DEFAULT_STORE}. */
    @Inject
    @BatchProperty
    String store;

    /** Optional. Base IRI of minted data IRIs; default {@value Iris#DEFAULT_BASE}. */
    @Inject
    @BatchProperty
    String baseIri;

    /** Optional. The skip limit of the step, to name it in the exit status; default {@value JobSettings#DEFAULT_SKIP_LIMIT}. */
    @Inject
    @BatchProperty
    String skipLimit;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    Stores stores;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        InputItem input = (InputItem) item;
        Iris iris = JobSettings.iris(baseIri);
        String source = Iris.source(input.work().filingSource(), input.path().toString());
        rejected(input.path().toString(), source, input.work().kind() == org.xbrllinker.pipeline.Work.Kind.INSTANCE
                ? iris.filingGraph(input.work().filingSource()) : iris.disclosureGraph(source), ex);
    }

    @Override
    public void onSkipReadItem(Exception ex) {
        Jobs.state(jobContext, stepContext).rejected("?", ex.getMessage());
        Jobs.keep(jobContext, stepContext);
    }

    @Override
    public void onSkipWriteItem(List<Object> items, Exception ex) {
        for (Object item : items) {
            Object linked = ((MappedItem) item).linked();
            Iris iris = JobSettings.iris(baseIri);
            if (linked instanceof LinkedDisclosure d) {
                rejected(d.disclosure().source(), RdfMapper.sourceOf(d), iris.disclosureGraph(RdfMapper.sourceOf(d)), ex);
            } else {
                LinkedFiling f = (LinkedFiling) linked;
                rejected(f.instanceFile(), Iris.source(f.source(), f.instanceFile()), iris.filingGraph(f.source()), ex);
            }
        }
    }

    /**
     * Records an input's refusal: its rejection graph, and in the same write its graph of an earlier run ({@code
     * graph}, a disclosure's or a filing's) and that graph's findings removed, so that the store never shows an input
     * both refused and linked.
     */
    private void rejected(String path, String source, String graph, Exception ex) {
        Jobs.state(jobContext, stepContext).rejected(path, ex.getMessage());
        SourceLocation where = ex instanceof LocatedException located ? located.location() : SourceLocation.of(path, 0);
        Iris iris = JobSettings.iris(baseIri);
        RdfMapper mapper = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE);
        Map<String, org.apache.jena.rdf.model.Model> graphs = new java.util.LinkedHashMap<>();
        graphs.put(iris.rejectionGraph(source), mapper.rejection(source, path, where, ex.getMessage(), Instant.now()));
        graphs.put(graph, RdfMapper.newModel()); // an empty graph is none: replacing removes it
        graphs.put(iris.findingsGraphOf(graph), RdfMapper.newModel());
        RdfStore target = stores.open(JobSettings.storeLocation(store));
        // and what the file gave while it held another content (another disclosure IRI)
        for (String earlier : target.graphsOfInputs(List.of(iris.input(source)))) {
            if (iris.isDisclosureGraph(earlier) || iris.isFilingGraph(earlier)) {
                graphs.put(earlier, RdfMapper.newModel());
                graphs.put(iris.findingsGraphOf(earlier), RdfMapper.newModel());
            }
        }
        target.replaceGraphs(graphs);
        // the runtime moves the reader's checkpoint past a skipped item at once, even if the chunk then fails: the
        // state saved with it must name the item, or a restart (which does not read it again) would forget it
        Jobs.keep(jobContext, stepContext);
    }

    @Override
    public void beforeStep() {
    }

    @Override
    public void beforeChunk() {
    }

    /** A chunk failed: when with an input refused one more than the skip limit allows, the execution keeps it. */
    @Override
    public void onError(Exception ex) {
        if (ex instanceof InputException) {
            Jobs.state(jobContext).overLimit(ex);
        }
    }

    @Override
    public void afterChunk() {
    }

    @Override
    public void afterStep() {
        // a skippable exception fails the step only when it is one more than the skip limit allows; a partitioned
        // step's context does not carry its partitions' exceptions, onError kept it in the execution's state
        Exception failed = stepContext.getException() != null ? stepContext.getException()
                : Jobs.state(jobContext).overLimit();
        if (failed instanceof InputException over) {
            RunState state = Jobs.state(jobContext);
            if (state.partitioned()) {
                state.joinParts(); // the partitions' refusals, in the order of the work (runStateListener does it too)
            }
            state.stoppedBy(over.getMessage());
            // the whole list stays with the step (the command line prints it, the API's execution view shows it)
            stepContext.setPersistentUserData(state.partitioned() ? state.parts() : state.save());
            List<String> refusals = state.rejected().stream().map(RunState.Rejected::message)
                    .collect(Collectors.toCollection(ArrayList::new));
            refusals.add(over.getMessage());
            jobContext.setExitStatus(exitStatus(skipLimit == null || skipLimit.isBlank()
                    ? Integer.toString(JobSettings.DEFAULT_SKIP_LIMIT) : skipLimit.strip(), refusals));
        }
    }

    /**
     * The exit status of a job stopped by the skip limit: {@value #SKIP_LIMIT_EXCEEDED}, what happened, then the
     * refused inputs' messages one a line, as many as fit in {@value #EXIT_STATUS_MAX_BYTES} bytes of UTF-8 (the
     * width of JBeret's default {@code EXITSTATUS} column, where a longer one would fail the execution's last update
     * and leave it STARTED); the rest are counted in a last line {@code ... and N more}.
     */
    public static String exitStatus(String skipLimit, List<String> refusals) {
        String head = SKIP_LIMIT_EXCEEDED + ": more than " + skipLimit
                + " input(s) rejected, the skip limit; the job stopped";
        StringBuilder status = new StringBuilder(head);
        int shown = 0;
        for (String message : refusals) {
            String line = "\n" + message.replace('\n', ' ').replace('\r', ' ');
            int rest = refusals.size() - shown - 1;
            String tail = rest == 0 ? "" : more(rest);
            if (bytes(status) + bytes(line) + bytes(tail) > EXIT_STATUS_MAX_BYTES) {
                break;
            }
            status.append(line);
            shown++;
        }
        if (shown == 0 && !refusals.isEmpty()) {
            // even the first message is too long: as much of it as fits
            String tail = refusals.size() == 1 ? "" : more(refusals.size() - 1);
            int room = EXIT_STATUS_MAX_BYTES - bytes(status) - bytes(tail) - bytes("\n") - bytes(ELLIPSIS);
            status.append('\n').append(prefix(refusals.get(0).replace('\n', ' '), room)).append(ELLIPSIS);
            shown = 1;
        }
        if (shown < refusals.size()) {
            status.append(more(refusals.size() - shown));
        }
        return status.toString();
    }

    /** The most UTF-8 bytes an exit status may have: JBeret's default job repository tables hold no more. */
    public static final int EXIT_STATUS_MAX_BYTES = 512;

    private static final String ELLIPSIS = "...";

    private static String more(int n) {
        return "\n... and " + n + " more; the execution's rejected inputs name them all";
    }

    private static int bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest start of {@code s} with at most {@code max} bytes of UTF-8, not splitting a surrogate pair. */
    private static String prefix(String s, int max) {
        int end = 0;
        int used = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + n > max) {
                break;
            }
            used += n;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }
}
