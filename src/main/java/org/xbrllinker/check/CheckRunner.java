package org.xbrllinker.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDF;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XLK;
import org.xbrllinker.rdf.RdfStore;
import org.xbrllinker.rdf.XbrlStore;

/** Runs the catalogue's checks over disclosure graphs of the store and keeps the findings as RDF beside them. */
public final class CheckRunner {

    /** {@code {name}} or {@code {name:format}}; formats: {@code sum} (key|amount tokens), {@code amounts} (a list). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(?::(sum|amounts))?\\}");

    private static final Query STORED_GRAPHS = XbrlStore.bundledQuery("ontology/queries/graphs/stored.rq");

    private final CheckCatalogue catalogue;
    private final Iris iris;

    private final int writeBatch;
    /** The ids of the checks that read their data in {@code GRAPH ?g} ({@link #readsGraphVariable}), found once. */
    private final Set<String> graphLocal;
    private final CalcMode calcMode;

    public CheckRunner(CheckCatalogue catalogue, Iris iris) {
        this(catalogue, iris, WRITE_BATCH);
    }

    /** A runner whose calculation checks judge summations in {@code calcMode} ({@link CalcMode#DEFAULT} for null). */
    public CheckRunner(CheckCatalogue catalogue, Iris iris, CalcMode calcMode) {
        this(catalogue, iris, WRITE_BATCH, calcMode);
    }

    /** @param writeBatch findings added to the store at a time when they are stored (default {@value #WRITE_BATCH}) */
    public CheckRunner(CheckCatalogue catalogue, Iris iris, int writeBatch) {
        this(catalogue, iris, writeBatch, CalcMode.DEFAULT);
    }

    /**
     * @param writeBatch findings added to the store at a time when they are stored (default {@value #WRITE_BATCH})
     * @param calcMode   how the calculation checks judge a summation ({@link CalcMode#DEFAULT} for null)
     */
    public CheckRunner(CheckCatalogue catalogue, Iris iris, int writeBatch, CalcMode calcMode) {
        if (writeBatch < 1) {
            throw new IllegalArgumentException("writeBatch must be at least 1, was " + writeBatch);
        }
        this.catalogue = catalogue;
        this.iris = iris;
        this.graphLocal = catalogue.checks().stream().filter(CheckRunner::readsGraphVariable).map(Check::id)
                .collect(Collectors.toUnmodifiableSet());
        this.writeBatch = writeBatch;
        this.calcMode = calcMode == null ? CalcMode.DEFAULT : calcMode;
    }

    /** How this runner's calculation checks judge a summation. */
    public CalcMode calcMode() {
        return calcMode;
    }

    /** Runs every disclosure check on each disclosure graph given, in check order, and returns the findings. */
    public List<Finding> run(RdfStore store, List<String> disclosureGraphs) {
        return run(store, disclosureGraphs, Check.DISCLOSURE);
    }

    /**
     * Runs the checks of one scope on each graph given; the findings come graph by graph, each graph's in check order.
     * <p>
     * When the graphs given are a good part of the store's graphs of that scope (at least
     * 1/{@value #WHOLE_STORE_SHARE} of them, and {@value #WHOLE_STORE_MIN_GRAPHS} or more), a check whose query reads
     * its data in {@code GRAPH ?g} runs once over the whole store and its rows are dealt out by {@code ?g}: one query
     * instead of one per graph, so the per-query cost (substitution, optimisation, sorting) is paid once. The rows of
     * a graph are those the query returns with {@code ?g} bound to it beforehand. Otherwise, and for a check whose
     * rows do not all name their graph, each graph gets its own query with {@code ?g} bound.
     */
    public List<Finding> run(RdfStore store, List<String> graphs, String scope) {
        List<Check> checks = checksOf(scope);
        List<Finding> findings = new ArrayList<>();
        if (copyBatches(store, scope)) {
            for (List<String> batch : batches(graphs)) {
                findings.addAll(store.overCopies(batch, view -> findingsOf(view, checks, batch, true)));
            }
            return findings;
        }
        return findingsOf(store, checks, graphs, wholeStorePays(store, graphs, scope, checks));
    }

    /** The findings of the checks on the graphs given: graph by graph, each graph's in check order. */
    private List<Finding> findingsOf(RdfStore store, List<Check> checks, List<String> graphs, boolean whole) {
        Map<Check, Map<String, List<Finding>>> byCheck = new LinkedHashMap<>();
        for (Check check : checks) {
            byCheck.put(check, findingsByGraph(store, check, graphs, whole));
        }
        List<Finding> findings = new ArrayList<>();
        for (String graph : graphs) {
            for (Check check : checks) {
                findings.addAll(byCheck.get(check).getOrDefault(graph, List.of()));
            }
        }
        return findings;
    }

    /** Disclosure graphs are checked this many at a time over in-memory copies of them (see {@link #copyBatches}). */
    static final int COPY_BATCH = 100;

    /**
     * Whether the checks of a scope run over copies of the graphs, {@value #COPY_BATCH} at a time ({@link
     * RdfStore#overCopies}): for disclosure graphs in a store that copies them. Each check is then one query a batch,
     * over that batch's graphs only, with the store's union as the default graph for the taxonomies, contexts and
     * vocabulary: what a run's check step costs follows its own disclosures, not what the store holds. Filing checks
     * read the store itself (an instance's checks may join graphs a batch would not hold).
     */
    private static boolean copyBatches(RdfStore store, String scope) {
        return Check.DISCLOSURE.equals(scope) && store.copiesGraphs();
    }

    private static List<List<String>> batches(List<String> graphs) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < graphs.size(); i += COPY_BATCH) {
            out.add(graphs.subList(i, Math.min(graphs.size(), i + COPY_BATCH)));
        }
        return out;
    }

    private List<Check> checksOf(String scope) {
        return catalogue.checks().stream().filter(c -> c.scope().equals(scope)).toList();
    }

    /** Whether the graphs given are enough of the store's graphs of the scope for whole-store passes to pay off. */
    private boolean wholeStorePays(RdfStore store, List<String> graphs, String scope, List<Check> checks) {
        return graphs.size() >= WHOLE_STORE_MIN_GRAPHS && checks.stream().anyMatch(c -> graphLocal.contains(c.id()))
                && (long) graphs.size() * WHOLE_STORE_SHARE >= storedCount(store, scope);
    }

    /**
     * One check's findings on the graphs given, by graph (graphs without findings absent), each graph's in the
     * query's order. With {@code whole}, a check that reads its data in {@code GRAPH ?g} is queried once over the whole
     * store and its rows are dealt out by {@code ?g}, keeping those of the graphs given; if a row does not name its
     * graph, or the check does not read {@code GRAPH ?g}, each graph gets its own query with {@code ?g} bound. Rows
     * become findings as they are read: no row outlives its conversion.
     */
    private Map<String, List<Finding>> findingsByGraph(RdfStore store, Check check, List<String> graphs,
                                                       boolean whole) {
        if (whole && graphLocal.contains(check.id())) {
            Set<String> wanted = new HashSet<>(graphs);
            Map<String, Rows> byGraph = new HashMap<>();
            boolean[] unnamed = {false};
            store.forEachRow(check.query(), Map.of(), row -> {
                RDFNode g = row.get("g");
                if (g == null || !g.isURIResource()) {
                    unnamed[0] = true;
                } else if (!unnamed[0] && wanted.contains(g.asResource().getURI())) {
                    String graph = g.asResource().getURI();
                    byGraph.computeIfAbsent(graph, k -> new Rows(check, graph)).add(row);
                }
            });
            if (!unnamed[0]) {
                Map<String, List<Finding>> out = new HashMap<>();
                byGraph.forEach((graph, rows) -> {
                    List<Finding> own = rows.findings();
                    if (!own.isEmpty()) {
                        out.put(graph, own);
                    }
                });
                return out;
            }
        }
        Map<String, List<Finding>> byGraph = new LinkedHashMap<>();
        for (String graph : graphs) {
            Rows rows = new Rows(check, graph);
            store.forEachRow(check.query(), Map.of("g", ResourceFactory.createResource(graph)), rows::add);
            List<Finding> own = rows.findings();
            if (!own.isEmpty()) {
                byGraph.put(graph, own);
            }
        }
        return byGraph;
    }

    /**
     * The rows of one check on one graph becoming findings: a row at a time, or, for a summation check (one whose
     * query returns {@code ?summation}), the rows of each summation together, judged by {@link Summations} in this
     * runner's {@link CalcMode}.
     */
    private final class Rows {
        private final Check check;
        private final String graph;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, SummationRows> summations;

        Rows(Check check, String graph) {
            this.check = check;
            this.graph = graph;
            this.summations = isSummation(check) ? new LinkedHashMap<>() : null;
        }

        void add(QuerySolution row) {
            if (summations == null) {
                findings.add(toFinding(check, graph, row));
                return;
            }
            String key = text(row.get("summation"));
            summations.computeIfAbsent(key, k -> new SummationRows(row)).add(row);
        }

        List<Finding> findings() {
            if (summations != null) {
                summations.values().forEach(s -> findings.addAll(s.judge(check, graph)));
                summations.clear();
            }
            return findings;
        }
    }

    /**
     * Whether a check's rows are the facts bound in summations, to be judged together: its query returns
     * {@code ?summation} (a key per summation), {@code ?total} and {@code ?totalReports}, and per contributing fact
     * {@code ?childName}, {@code ?cf}, {@code ?childReports}, {@code ?w} and {@code ?order}. Reports are the tokens
     * {@code xlk:reports} holds ({@code value|accuracy|tuple|id}).
     */
    static boolean isSummation(Check check) {
        return check.query().getResultVars().contains("summation");
    }

    /** One summation's rows: the total's reports and every contributing fact's, and the message's other variables. */
    private final class SummationRows {
        private final Map<String, String> vars = new HashMap<>();
        private final String total;
        /** The total's {@code xlk:reports} literals. */
        private final Set<String> totalTokens = new java.util.LinkedHashSet<>();
        /** Per contributing fact: its concept, weight and order, and its {@code xlk:reports} literals. */
        private final Map<String, Object[]> children = new LinkedHashMap<>();
        private final Map<String, Set<String>> childTokens = new LinkedHashMap<>();

        SummationRows(QuerySolution first) {
            first.varNames().forEachRemaining(v -> {
                RDFNode n = first.get(v);
                if (n != null) {
                    vars.put(v, text(n));
                }
            });
            total = text(first.get("total"));
        }

        void add(QuerySolution row) {
            // a fact's reports may come on several literals (a page's cells), so on several rows
            // distinct literals, not tokens: one literal may hold equal reports (duplicates), and each counts
            totalTokens.add(text(row.get("totalReports")));
            String cf = text(row.get("cf"));
            children.putIfAbsent(cf, new Object[] {text(row.get("childName")), number(row.get("w")),
                    number(row.get("order"))});
            childTokens.computeIfAbsent(cf, k -> new java.util.LinkedHashSet<>()).add(text(row.get("childReports")));
        }

        List<Finding> judge(Check check, String graph) {
            List<Summations.Reported> totals = reports(total, String.join(" ", totalTokens));
            List<Summations.Item> all = new ArrayList<>();
            children.forEach((cf, arc) -> {
                BigDecimal order = (BigDecimal) arc[2];
                for (Summations.Reported r : reports(cf, String.join(" ", childTokens.get(cf)))) {
                    all.add(new Summations.Item((String) arc[0], (BigDecimal) arc[1],
                            order == null ? BigDecimal.ONE : order, r));
                }
            });
            List<Finding> out = new ArrayList<>();
            if (calcMode.calc11()) {
                add(out, check, graph, Summations.judge(calcMode, totals, all));
                return out;
            }
            // XBRL 2.1 binds a total to the items of its own tuple and of the tuples within it
            Map<String, List<Summations.Reported>> byScope = new LinkedHashMap<>();
            totals.forEach(t -> byScope.computeIfAbsent(t.scope(), k -> new ArrayList<>()).add(t));
            byScope.forEach((scope, own) -> add(out, check, graph, Summations.judge(calcMode, own,
                    all.stream().filter(i -> i.fact().scope().startsWith(scope)).toList())));
            return out;
        }

        private void add(List<Finding> out, Check check, String graph, Summations.Verdict v) {
            if (v.outcome() == Summations.Outcome.NOT_CHECKED) {
                return;
            }
            Map<String, String> values = new HashMap<>(vars);
            values.put("verdict", v.describe() + " [" + calcMode.title() + "]");
            values.put("calcMode", calcMode.code());
            List<String> subjects = new ArrayList<>();
            subjects.add(total);
            for (String id : v.facts()) {
                String iri = id.lastIndexOf('#') < 0 ? id : id.substring(0, id.lastIndexOf('#'));
                if (!subjects.contains(iri)) {
                    subjects.add(iri);
                }
            }
            String terms = v.terms().isEmpty() ? null : Amounts.sum(v.termTokens());
            out.add(new Finding(check.id(), check.severity(),
                    v.outcome() == Summations.Outcome.CONSISTENT ? Finding.PASS : Finding.FAIL,
                    render(check.messageTemplate(), values::get), subjects, graph, values.get("period"),
                    v.reported(), v.computed(), terms));
        }
    }

    /** The report tokens of an {@code xlk:reports} literal. */
    private static List<String> tokens(String literal) {
        return Arrays.stream(literal.trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * The reports of one fact resource from its {@code xlk:reports} tokens: each becomes a {@link Summations.Reported}
     * whose id is the resource's IRI, then {@code #} and the report's place among them (duplicates share the IRI).
     */
    static List<Summations.Reported> reports(String iri, String tokens) {
        List<Summations.Reported> out = new ArrayList<>();
        int n = 0;
        for (String token : tokens(tokens)) {
            String[] parts = token.split("\\|", -1);
            BigDecimal value = "nil".equals(parts[0]) ? null : new BigDecimal(parts[0]);
            Summations.Accuracy accuracy = Summations.Accuracy.parse(parts.length > 1 ? parts[1] : "");
            String scope = parts.length > 2 ? parts[2] : Summations.ROOT;
            out.add(new Summations.Reported(iri + "#" + (++n), value, accuracy, scope));
        }
        return out;
    }

    /**
     * The checks of one scope with one query per graph and check, {@code ?g} bound beforehand: what {@link #run} does
     * for few graphs, and the reference its whole-store passes are tested against.
     */
    public List<Finding> runGraphByGraph(RdfStore store, List<String> graphs, String scope) {
        List<Finding> findings = new ArrayList<>();
        for (String graph : graphs) {
            for (Check check : catalogue.checks()) {
                if (check.scope().equals(scope)) {
                    Rows rows = new Rows(check, graph);
                    store.selectAll(check.query(), Map.of("g", ResourceFactory.createResource(graph))).forEach(rows::add);
                    findings.addAll(rows.findings());
                }
            }
        }
        return findings;
    }

    /** A whole-store pass pays off once the graphs checked are at least 1/this of the store's graphs of the scope. */
    static final int WHOLE_STORE_SHARE = 4;

    /** Fewer graphs than this are checked one by one. */
    static final int WHOLE_STORE_MIN_GRAPHS = 8;

    private static final Var G = Var.alloc("g");

    /**
     * Whether the query matches its data in a {@code GRAPH ?g} pattern, its subqueries' included (so that ?g ranges
     * over the store's graphs).
     */
    static boolean readsGraphVariable(Check check) {
        boolean[] found = {false};
        org.apache.jena.sparql.algebra.OpWalker.walk(org.apache.jena.sparql.algebra.Algebra.compile(check.query()),
                new org.apache.jena.sparql.algebra.OpVisitorBase() {
                    @Override
                    public void visit(org.apache.jena.sparql.algebra.op.OpGraph op) {
                        if (G.equals(op.getNode())) {
                            found[0] = true;
                        }
                    }
                });
        return found[0];
    }

    /** How many graphs of the scope the store holds. */
    private static long storedCount(RdfStore store, String scope) {
        return store.selectAll(STORED_GRAPHS).stream()
                .filter(row -> scope.equals(row.getLiteral("scope").getLexicalForm()))
                .map(row -> row.getResource("g").getURI()).distinct().count();
    }

    /** How many findings a stored run of checks found, and how many of them failed, by severity. */
    public record Tally(long findings, long failedErrors, long failedWarnings) {

        Tally plus(Finding f) {
            boolean failed = Finding.FAIL.equals(f.status());
            return new Tally(findings + 1, failedErrors + (failed && "error".equals(f.severity()) ? 1 : 0),
                    failedWarnings + (failed && "warning".equals(f.severity()) ? 1 : 0));
        }
    }

    /** Runs the checks and replaces each disclosure's findings graph with what they found, in one transaction. */
    public Tally runAndStore(RdfStore store, List<String> disclosureGraphs) {
        return runAndStore(store, disclosureGraphs, List.of());
    }

    /** Runs the disclosure checks and the filing checks and replaces the findings graph of every graph given. */
    public Tally runAndStore(RdfStore store, List<String> disclosureGraphs, List<String> filingGraphs) {
        return runAndStore(store, disclosureGraphs, filingGraphs, false);
    }

    /**
     * Like {@link #runAndStore(RdfStore, List, List)}, but replaces in each findings graph only the findings of this
     * catalogue's checks and keeps those of other checks: re-running one check leaves the others' findings in place.
     */
    public Tally runAndUpdate(RdfStore store, List<String> disclosureGraphs, List<String> filingGraphs) {
        return runAndStore(store, disclosureGraphs, filingGraphs, true);
    }

    /** A disclosure or filing graph the store holds, its scope ({@link Check#DISCLOSURE} or {@link Check#FILING}) and source. */
    public record StoredGraph(String graph, String scope, String source) {
    }

    /**
     * The disclosure graphs and filing graphs the store holds under this runner's base IRI (graphs minted under
     * another base are left out: their findings graphs would not be where this runner looks).
     */
    public List<StoredGraph> storedGraphs(RdfStore store) {
        List<StoredGraph> out = new ArrayList<>();
        for (QuerySolution row : store.selectAll(STORED_GRAPHS)) {
            String graph = row.getResource("g").getURI();
            String scope = row.getLiteral("scope").getLexicalForm();
            boolean ours = Check.FILING.equals(scope) ? iris.isFilingGraph(graph) : iris.isDisclosureGraph(graph);
            if (ours && out.stream().noneMatch(g -> g.graph().equals(graph))) {
                out.add(new StoredGraph(graph, scope, row.getLiteral("source").getLexicalForm()));
            }
        }
        return out;
    }

    private Tally runAndStore(RdfStore store, List<String> disclosureGraphs, List<String> filingGraphs,
                              boolean keepOtherChecks) {
        // one write transaction for reading the data and storing the findings: a writer that replaces a disclosure
        // meanwhile (another job) comes before or after, never between, so the findings stored describe the data stored
        return store.inWriteTransaction(() -> runAndStoreNow(store, disclosureGraphs, filingGraphs, keepOtherChecks));
    }

    /** Findings are added to the store in batches of this many, so that a batch's triples are all that is held. */
    public static final int WRITE_BATCH = 5_000;

    /**
     * Empties the findings graph of every graph given (of this catalogue's checks only, with {@code keepOtherChecks}),
     * then runs the checks one at a time and adds each one's findings to the findings graphs, in batches: what is held
     * is one check's findings, never the run's, however many graphs the run covers.
     */
    private Tally runAndStoreNow(RdfStore store, List<String> disclosureGraphs, List<String> filingGraphs,
                                 boolean keepOtherChecks) {
        List<String> all = new ArrayList<>(disclosureGraphs);
        all.addAll(filingGraphs);
        List<String> findingsGraphs = all.stream().map(iris::findingsGraphOf).toList();
        if (keepOtherChecks) {
            Set<String> ids = catalogue.checks().stream().map(Check::id).collect(Collectors.toSet());
            for (String fg : findingsGraphs) {
                store.replaceGraphs(Map.of(fg, othersOf(store, fg, ids)));
            }
        } else {
            store.removeGraphs(findingsGraphs);
        }
        Tally tally = store(store, disclosureGraphs, Check.DISCLOSURE, new Tally(0, 0, 0));
        return store(store, filingGraphs, Check.FILING, tally);
    }

    /**
     * Runs the checks of one scope one at a time, adding each one's findings to the store in batches. Disclosure
     * graphs in a store that copies them are checked {@value #COPY_BATCH} at a time over copies ({@link #copyBatches}).
     */
    private Tally store(RdfStore store, List<String> graphs, String scope, Tally tally) {
        if (graphs.isEmpty()) {
            return tally;
        }
        List<Check> checks = checksOf(scope);
        long[] queried = new long[checks.size()];
        long[] written = new long[checks.size()];
        Tally[] sum = {tally};
        if (copyBatches(store, scope)) {
            for (List<String> batch : batches(graphs)) {
                store.overCopies(batch, view -> {
                    sum[0] = storeEach(store, view, checks, batch, true, queried, written, sum[0]);
                    return null;
                });
            }
        } else {
            sum[0] = storeEach(store, store, checks, graphs, wholeStorePays(store, graphs, scope, checks), queried,
                    written, sum[0]);
        }
        for (int i = 0; i < checks.size(); i++) {
            org.xbrllinker.pipeline.Timing.span("check " + checks.get(i).id() + " queried, then written in "
                    + written[i] / 1_000_000 + " ms", queried[i] / 1_000_000);
        }
        return sum[0];
    }

    /**
     * Each check's findings on {@code graphs}, read from {@code source} (the store, or a view of copies of those
     * graphs), added to {@code store} in batches of {@link #writeBatch}; the time each check took to query and to write
     * is added to {@code queried} and {@code written}.
     */
    private Tally storeEach(RdfStore store, RdfStore source, List<Check> checks, List<String> graphs, boolean whole,
                            long[] queried, long[] written, Tally tally) {
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            long started = System.nanoTime();
            Map<String, List<Finding>> found = findingsByGraph(source, check, graphs, whole);
            long read = System.nanoTime();
            queried[i] += read - started;
            Map<String, Model> batch = new HashMap<>();
            int held = 0;
            for (List<Finding> own : found.values()) {
                for (Finding f : own) {
                    write(batch.computeIfAbsent(iris.findingsGraphOf(f.disclosureGraph()), k -> RdfMapper.newModel()), f);
                    tally = tally.plus(f);
                    if (++held == writeBatch) {
                        store.addToGraphs(batch);
                        batch.clear();
                        held = 0;
                    }
                }
            }
            store.addToGraphs(batch);
            written[i] += System.nanoTime() - read;
        }
        return tally;
    }

    /** The findings graph as stored, less the findings of the checks given. */
    private static Model othersOf(RdfStore store, String findingsGraph, Set<String> checkIds) {
        Model m = store.copyOf(findingsGraph);
        for (Resource f : m.listSubjectsWithProperty(XLK.checkId).toList()) {
            if (checkIds.contains(f.getProperty(XLK.checkId).getString())) {
                m.removeAll(f, null, null);
            }
        }
        return m;
    }

    private static final List<String> SEVERITIES = List.of("info", "warning", "error");

    /**
     * The check's severity, or a lower one the row binds to {@code ?severity}: a check may say that what it could not
     * decide ("undetermined") is information, never that a finding weighs more than the check.
     */
    private static String severityOf(Check check, QuerySolution row) {
        if (row.get("severity") == null) {
            return check.severity();
        }
        String lowered = text(row.get("severity"));
        int at = SEVERITIES.indexOf(lowered);
        return at >= 0 && at < SEVERITIES.indexOf(check.severity()) ? lowered : check.severity();
    }

    private Finding toFinding(Check check, String graph, QuerySolution row) {
        String status = text(row.get("status"));
        if (!Finding.PASS.equals(status) && !Finding.FAIL.equals(status)) {
            throw new IllegalStateException(check.source() + ": ?status must be \"pass\" or \"fail\", was " + status);
        }
        List<String> subjects = new ArrayList<>();
        if (row.get("subjects") != null) {
            subjects.addAll(Arrays.stream(text(row.get("subjects")).trim().split("\\s+"))
                    .filter(s -> !s.isEmpty()).distinct().toList());
        }
        return new Finding(check.id(), severityOf(check, row), status, render(check.messageTemplate(), row), subjects, graph,
                row.get("period") == null ? null : text(row.get("period")),
                number(row.get("reported")), number(row.get("computed")),
                row.get("terms") == null ? null : Amounts.sum(text(row.get("terms"))));
    }

    static String render(String template, QuerySolution row) {
        return render(template, var -> {
            RDFNode node = row.get(var);
            if (node == null) {
                return null;
            }
            if (node.isLiteral() && isNumber(node.asLiteral())) {
                return NUMBER + node.asLiteral().getLexicalForm();
            }
            return text(node);
        });
    }

    /** Marks a value the template renders as a number (with thousands separators). */
    private static final String NUMBER = "\u0000number:";

    /** The template with each placeholder replaced by the value {@code values} gives its name ("?" for none). */
    static String render(String template, java.util.function.Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String var = m.group(1);
            String format = m.group(2);
            String raw = values.apply(var);
            boolean number = raw != null && raw.startsWith(NUMBER);
            String node = number ? raw.substring(NUMBER.length()) : raw;
            String value;
            if (node == null) {
                value = "?";
            } else if ("sum".equals(format)) {
                value = Amounts.sum(node);
            } else if ("amounts".equals(format)) {
                value = Amounts.list(node);
            } else if (number) {
                value = Amounts.format(new BigDecimal(node));
            } else {
                value = node;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The IRI a finding is stored under: its graph, check, subjects, period and message make it. */
    public String findingIri(Finding f) {
        return iris.finding(f.disclosureGraph(), f.check(), f.subjects() + " " + f.period() + " " + f.message());
    }

    private void write(Model m, Finding f) {
        Resource r = m.createResource(findingIri(f), XLK.Finding)
                .addProperty(XLK.checkId, f.check())
                .addProperty(XLK.severity, f.severity())
                .addProperty(XLK.status, f.status())
                .addProperty(XLK.message, f.message())
                .addProperty(iris.isFilingGraph(f.disclosureGraph()) ? XLK.filing : XLK.disclosure,
                        m.createResource(iris.disclosureOf(f.disclosureGraph())));
        f.subjects().forEach(s -> r.addProperty(XLK.subject, m.createResource(s)));
        if (f.period() != null) {
            r.addProperty(XLK.periodText, f.period());
        }
        if (f.reported() != null) {
            r.addLiteral(XLK.reported, m.createTypedLiteral(f.reported().toPlainString(), XSDDatatype.XSDdecimal));
        }
        if (f.computed() != null) {
            r.addLiteral(XLK.computed, m.createTypedLiteral(f.computed().toPlainString(), XSDDatatype.XSDdecimal));
        }
        if (f.terms() != null) {
            r.addProperty(XLK.terms, f.terms());
        }
        r.addProperty(RDF.type, XLK.Finding);
    }

    private static boolean isNumber(Literal l) {
        return l.getDatatype() instanceof XSDDatatype dt && dt.isValidValue(l.getValue())
                && l.getValue() instanceof Number;
    }

    private static BigDecimal number(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        try {
            return new BigDecimal(node.asLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(RDFNode node) {
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : node.toString();
    }
}
