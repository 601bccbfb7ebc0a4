package org.xbrllinker.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.pipeline.FilingFiles;
import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.pipeline.Work;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.RdfStore;
import org.xbrllinker.rdf.XLK;

/**
 * The graphs a run wrote, for its check and report steps: derived from its planned work and the store, not only from
 * what its saved state recorded. A checkpoint may lag behind the store (after a kill, the last chunk of a partition can
 * be committed to TDB2 but named by no saved checkpoint of any partition; a restart does not read it again), so the
 * state alone can miss graphs the run wrote.
 * <p>
 * For each planned item, in the order of the work, the graph it writes, minted as {@link LinkItemProcessor} and
 * {@link RdfItemWriter} mint it (a page: {@link Iris#disclosureGraph} of its {@link Iris#source}, under its filing
 * for a filing's page; an instance: {@link Iris#filingGraph} of its filing) is the run's when the store holds it and the
 * item was not rejected in this run: neither in the state's rejected inputs nor with its rejection graph in the store
 * (the writer removes an item's rejection graph when it writes the item, so one that is there says the item's last
 * reading refused it). The check and report steps run only after the link step completed, so every planned item was
 * read in this run. Graphs the state names beyond these (an input folder whose files changed between executions) are
 * kept after them. {@code sources} gives the planned pages' graphs their paths as the run was given them (the report
 * names a page so; the graph publishes no absolute path). A filing missing from the state gets its counts by reading its instance again, as the processor
 * did. The rejected inputs likewise: the state's, and an item's whose rejection graph is in the store though the state
 * does not name it (its message from that graph), in the order of the work.
 */
record RunGraphs(List<String> disclosures, List<RunState.FilingRun> filings, List<RunState.Rejected> rejected,
                 Map<String, String> sources) {

    private static final Query GRAPHS = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }");

    /** The graphs of the run with the given state and inputs (one path a line). */
    static RunGraphs of(RunState state, String inputs, Iris iris, RdfStore store) {
        return of(state, Inputs.plan(Settings.paths(inputs)), iris, store);
    }

    static RunGraphs of(RunState state, List<Work> plan, Iris iris, RdfStore store) {
        // the store's graph names in one query (one request to a SPARQL server, not two a planned item)
        Set<String> held = new HashSet<>();
        store.selectAll(GRAPHS).forEach(row -> held.add(row.getResource("g").getURI()));
        Set<String> rejectedPaths = new LinkedHashSet<>();
        state.rejected().forEach(r -> rejectedPaths.add(r.source()));
        Map<String, RunState.FilingRun> recorded = new LinkedHashMap<>();
        state.filings().forEach(f -> recorded.put(f.graph(), f));

        Set<String> pages = new LinkedHashSet<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, RunState.FilingRun> filings = new LinkedHashMap<>();
        Set<String> refused = new LinkedHashSet<>();
        List<RunState.Rejected> rejected = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (Work w : plan) {
            String path = w.path().toString();
            String graph = w.kind() == Work.Kind.INSTANCE ? iris.filingGraph(w.filingSource())
                    : iris.disclosureGraph(Iris.source(w.filingSource(), path));
            String rejection = iris.rejectionGraph(Iris.source(w.filingSource(), path));
            if (rejectedPaths.contains(path)) {
                refused.add(graph);
                if (listed.add(path)) {
                    state.rejected().stream().filter(r -> r.source().equals(path)).forEach(rejected::add);
                }
                continue;
            }
            if (held.contains(rejection)) {
                refused.add(graph);
                if (listed.add(path)) {
                    rejected.add(new RunState.Rejected(path, message(store.copyOf(rejection))));
                }
                continue;
            }
            if (!held.contains(graph)) {
                continue;
            }
            if (w.kind() == Work.Kind.PAGE) {
                pages.add(graph);
                sources.putIfAbsent(graph, path);
            } else if (!filings.containsKey(graph)) {
                RunState.FilingRun run = recorded.get(graph);
                filings.put(graph, run != null ? run : reread(w, graph));
            }
        }
        for (String g : state.graphs()) {
            if (!pages.contains(g) && !refused.contains(g) && held.contains(g)) {
                pages.add(g);
            }
        }
        recorded.forEach((g, f) -> {
            if (!filings.containsKey(g) && !refused.contains(g) && held.contains(g)) {
                filings.put(g, f);
            }
        });
        // refusals of no planned item (an input folder whose files changed between executions), after the others
        state.rejected().stream().filter(r -> !listed.contains(r.source())).forEach(rejected::add);
        return new RunGraphs(List.copyOf(pages), List.copyOf(filings.values()), List.copyOf(rejected),
                java.util.Collections.unmodifiableMap(sources));
    }

    /** The graphs of the filings' instances. */
    List<String> filingGraphs() {
        return filings.stream().map(RunState.FilingRun::graph).toList();
    }

    /** The located message a rejection graph records ({@link RdfMapper#rejection}). */
    private static String message(Model rejection) {
        return rejection.listObjectsOfProperty(XLK.message).nextOptional().map(m -> m.asLiteral().getLexicalForm())
                .orElse("rejected (no message recorded)");
    }

    /** A filing's instance that the store holds but the state does not name: its counts, read again. */
    private static RunState.FilingRun reread(Work w, String graph) {
        try {
            XbrlInstance instance = FilingFiles.readInstance(w.path());
            return new RunState.FilingRun(w.filingSource(), graph, w.path().toString(), instance.entity(),
                    instance.facts().size(), instance.contexts().size(), instance.units().size());
        } catch (InputException e) {
            // the store has the instance this run wrote, but the file no longer reads: the report cannot count it
            throw new IllegalStateException("the filing instance " + w.path() + " is in the store (graph " + graph
                    + ") but can no longer be read for the report: " + e.getMessage(), e);
        }
    }
}
