package org.xbrllinker.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfStore;
import org.xbrllinker.rdf.XbrlStore;

/** Builds the JSON report of a run from what the store holds for its disclosure graphs. */
public final class ReportBuilder {

    private static final Query LINE_ITEMS = XbrlStore.bundledQuery("ontology/queries/report/line-items.rq");
    private static final Query FINDINGS = XbrlStore.bundledQuery("ontology/queries/report/findings.rq");

    private static final Query WARNINGS = XbrlStore.bundledQuery("ontology/queries/report/warnings.rq");

    private final Iris iris;
    private final String calcMode;
    private final List<String> runWarnings;
    /** Disclosure graph → its path as the run was given it, for the report's {@code source}. */
    private final Map<String, String> givenSources;

    public ReportBuilder(Iris iris) {
        this(iris, null);
    }

    /** A builder whose reports say the calculation checks judged in {@code calcMode} (its code; none when null). */
    public ReportBuilder(Iris iris, String calcMode) {
        this(iris, calcMode, List.of(), Map.of());
    }

    private ReportBuilder(Iris iris, String calcMode, List<String> runWarnings, Map<String, String> givenSources) {
        this.iris = iris;
        this.calcMode = calcMode;
        this.runWarnings = List.copyOf(runWarnings);
        this.givenSources = Map.copyOf(givenSources);
    }

    /** The same builder, whose reports list {@code warnings} (the run's own, such as planning its inputs) first. */
    public ReportBuilder withWarnings(List<String> warnings) {
        return new ReportBuilder(iris, calcMode, warnings, givenSources);
    }

    /**
     * The same builder, whose reports name each disclosure graph given here by the path the run was given
     * ({@code graph → path}), as typed, absolute or not; other graphs by their published {@code dcterms:source}.
     */
    public ReportBuilder withSources(Map<String, String> sources) {
        return new ReportBuilder(iris, calcMode, runWarnings, sources);
    }

    public Report build(RdfStore store, List<String> graphs, List<Report.Rejected> rejected) {
        return build(store, graphs, rejected, List.of());
    }

    /** A filing's part of the report: its counts, and the graph whose findings belong to it. */
    public record FilingPart(String graph, Report.FilingReport filing) {
    }

    /** The report of a run, whole in memory; {@link #write} writes the same JSON without holding it. */
    public Report build(RdfStore store, List<String> graphs, List<Report.Rejected> rejected, List<FilingPart> filings) {
        return collect(sink -> emit(store, graphs, rejected, filings, Map.of(), check -> true, sink));
    }

    /**
     * Writes the report of a run to {@code file} as {@link #build} makes it, disclosure by disclosure and finding by
     * finding: it holds one disclosure's line items and findings at a time, plus counts.
     */
    public Report.Outcome write(RdfStore store, List<String> graphs, List<Report.Rejected> rejected,
                                List<FilingPart> filings, Path file) throws IOException {
        return ReportJson.writer(file,
                sink -> emit(store, graphs, rejected, filings, Map.of(), check -> true, sink));
    }

    /**
     * The report of checks re-run over what the store holds: its disclosures with the findings of the checks given,
     * and the findings of its filings ({@code filingGraphs}: graph → source), without filing entries — a filing's
     * counts belong to the run that read it.
     */
    public Report buildForChecks(RdfStore store, List<String> graphs, Map<String, String> filingGraphs,
                                 Set<String> checkIds) {
        return collect(sink -> emit(store, graphs, List.of(), List.of(), filingGraphs, checkIds::contains, sink));
    }

    private static Report collect(ReportJson.Streamed streamed) {
        ReportSink.Collected collected = new ReportSink.Collected();
        try {
            streamed.into(collected);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a collecting sink writes nothing
        }
        return collected.report();
    }

    /**
     * {@link #buildForChecks}, streamed: written to {@code file} (none when null) as it is made, each finding shown
     * to {@code seen} as it passes.
     */
    public Report.Outcome writeForChecks(RdfStore store, List<String> graphs, Map<String, String> filingGraphs,
                                         Set<String> checkIds, Path file, Consumer<Report.FindingReport> seen)
            throws IOException {
        if (file == null) {
            return emit(store, graphs, List.of(), List.of(), filingGraphs, checkIds::contains,
                    ReportSink.NONE.peekingFindings(seen));
        }
        return ReportJson.writer(file, sink -> emit(store, graphs, List.of(), List.of(), filingGraphs,
                checkIds::contains, sink.peekingFindings(seen)));
    }

    /** What one disclosure graph gives the report: its entry, and how many distinct facts it shows. */
    private record DisclosurePart(Report.DisclosureReport disclosure, int facts) {
    }

    /** The summary's finding counts, one finding at a time. */
    private static final class Counts {
        int findings;
        int failedErrors;
        int failedWarnings;

        void add(Report.FindingReport f) {
            findings++;
            if ("fail".equals(f.status()) && "error".equals(f.severity())) {
                failedErrors++;
            } else if ("fail".equals(f.status()) && "warning".equals(f.severity())) {
                failedWarnings++;
            }
        }
    }

    /**
     * Gives {@code sink} the report piece by piece. The findings come after all disclosures in the JSON, so each
     * graph's findings are queried twice: once for its disclosure's counts, once to be given; what is kept between
     * the two passes is one source and a few counts a graph.
     */
    private Report.Outcome emit(RdfStore store, List<String> graphs, List<Report.Rejected> rejected,
                                List<FilingPart> filings, Map<String, String> filingGraphs, Predicate<String> check,
                                ReportSink sink) throws IOException {
        List<String> sources = new ArrayList<>(graphs.size());
        int lineItems = 0;
        int facts = 0;
        // a filing's checks count its own findings and those of its R pages (the disclosures under its prefix)
        List<String> pagePrefixes = filings.stream()
                .map(p -> iris.filingPagesGraphPrefix(p.filing().source())).toList();
        Report.Checks none = new Report.Checks(0, 0, 0, 0);
        List<Report.Checks> ofPages = new ArrayList<>(Collections.nCopies(filings.size(), none));
        for (String g : graphs) {
            DisclosurePart part = disclosure(store, g, check);
            Report.DisclosureReport d = part.disclosure();
            sources.add(d.source());
            lineItems += d.lineItems().size();
            facts += part.facts();
            for (int i = 0; i < pagePrefixes.size(); i++) {
                if (g.startsWith(pagePrefixes.get(i))) {
                    ofPages.set(i, ofPages.get(i).plus(d.checks()));
                }
            }
            sink.disclosure(d);
        }
        sink.endDisclosures();
        Counts counts = new Counts();
        for (int i = 0; i < graphs.size(); i++) {
            for (Report.FindingReport f : findingsOf(store, graphs.get(i), sources.get(i), check)) {
                counts.add(f);
                sink.finding(f);
            }
        }
        List<Report.FilingReport> filingReports = new ArrayList<>();
        for (int i = 0; i < filings.size(); i++) {
            Report.FilingReport f = filings.get(i).filing();
            Report.Tally own = new Report.Tally();
            for (Report.FindingReport finding : findingsOf(store, filings.get(i).graph(), f.source(), check)) {
                own.add(finding);
                counts.add(finding);
                sink.finding(finding);
            }
            filingReports.add(new Report.FilingReport(f.source(), f.entity(), f.facts(), f.contexts(), f.units(),
                    f.reports(), f.rejected(), own.checks().plus(ofPages.get(i))));
        }
        for (Map.Entry<String, String> e : filingGraphs.entrySet()) {
            for (Report.FindingReport f : findingsOf(store, e.getKey(), e.getValue(), check)) {
                counts.add(f);
                sink.finding(f);
            }
        }
        List<Report.Rejected> rejectedCopy = List.copyOf(rejected);
        Report.Summary summary = new Report.Summary(graphs.size(), lineItems, facts, counts.findings,
                counts.failedErrors, counts.failedWarnings, rejectedCopy.size());
        List<String> warnings = new ArrayList<>(runWarnings);
        for (FilingPart p : filings) {
            warnings.addAll(warningsOf(store, p.graph(), p.filing().source()));
        }
        for (Map.Entry<String, String> e : filingGraphs.entrySet()) {
            warnings.addAll(warningsOf(store, e.getKey(), e.getValue()));
        }
        sink.end(rejectedCopy, summary, filingReports, calcMode, warnings);
        return new Report.Outcome(rejectedCopy, summary);
    }

    /** One disclosure graph's entry: its line items with their facts, and its findings counted. */
    private DisclosurePart disclosure(RdfStore store, String g, Predicate<String> check) {
        Map<String, RDFNode> bind = Map.of("g", ResourceFactory.createResource(g));
        Map<Integer, Report.LineItemReport> rows = new LinkedHashMap<>();
        Set<String> facts = new HashSet<>();
        String source = null;
        String title = null;
        for (QuerySolution s : store.selectOverCopies(LINE_ITEMS, bind, List.of(g))) {
            source = text(s, "source");
            title = text(s, "title");
            int row = s.getLiteral("row").getInt();
            Report.LineItemReport item = rows.computeIfAbsent(row, r -> new Report.LineItemReport(r,
                    text(s, "label"), text(s, "concept"), s.getLiteral("abstract").getBoolean(),
                    s.getLiteral("extension").getBoolean(), s.getLiteral("confidence").getDouble(),
                    text(s, "labelRole"), new ArrayList<>(), text(s, "dimension"), text(s, "why")));
            if (s.contains("value")) {
                String datatype = text(s, "datatype");
                item.facts().add(new Report.FactReport(text(s, "period"),
                        datatype == null ? plain(text(s, "value")) : text(s, "value"), text(s, "unit"),
                        text(s, "displayed"), s.getLiteral("column").getInt(),
                        datatype == null ? null : "xsd:" + datatype.substring(datatype.indexOf('#') + 1)));
                // distinct within the graph: the run's count is the sum over its graphs
                facts.add(text(s, "concept") + " " + text(s, "period") + " " + text(s, "unit"));
            }
        }
        source = givenSources.getOrDefault(g, source);
        Report.Checks checks = Report.Checks.of(findingsOf(store, g, source, check));
        return new DisclosurePart(new Report.DisclosureReport(source, title, g, new ArrayList<>(rows.values()),
                checks), facts.size());
    }

    /** A filing graph's warnings, each after the filing's source. */
    private static List<String> warningsOf(RdfStore store, String graph, String source) {
        List<String> out = new ArrayList<>();
        for (QuerySolution s : store.selectAll(WARNINGS, Map.of("g", ResourceFactory.createResource(graph)))) {
            out.add(source + ": " + text(s, "warning"));
        }
        return out;
    }

    private List<Report.FindingReport> findingsOf(RdfStore store, String graph, String source,
                                                  Predicate<String> check) {
        Map<String, Report.FindingReport> byFinding = new LinkedHashMap<>();
        Map<String, RDFNode> fbind = Map.of("fg", ResourceFactory.createResource(iris.findingsGraphOf(graph)));
        for (QuerySolution s : store.selectOverCopies(FINDINGS, fbind, List.of(iris.findingsGraphOf(graph)))) {
            if (!check.test(text(s, "check"))) {
                continue;
            }
            String id = s.getResource("finding").getURI();
            Report.FindingReport f = byFinding.computeIfAbsent(id, k -> new Report.FindingReport(
                    text(s, "check"), text(s, "severity"), text(s, "status"), text(s, "message"), new ArrayList<>(),
                    source, text(s, "period"), plainOrNull(text(s, "reported")), plainOrNull(text(s, "computed"))));
            String subject = text(s, "subject");
            if (subject != null && !f.subjects().contains(subject)) {
                f.subjects().add(subject);
            }
        }
        return new ArrayList<>(byFinding.values());
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    private static String plain(String decimal) {
        return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }

    private static String plainOrNull(String decimal) {
        return decimal == null ? null : plain(decimal);
    }
}
