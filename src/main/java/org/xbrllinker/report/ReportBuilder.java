package org.xbrllinker.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Iris iris;

    public ReportBuilder(Iris iris) {
        this.iris = iris;
    }

    public Report build(RdfStore store, List<String> graphs, List<Report.Rejected> rejected) {
        return build(store, graphs, rejected, List.of());
    }

    /** A filing's part of the report: its counts, and the graph whose findings belong to it. */
    public record FilingPart(String graph, Report.FilingReport filing) {
    }

    public Report build(RdfStore store, List<String> graphs, List<Report.Rejected> rejected, List<FilingPart> filings) {
        return build(store, graphs, rejected, filings, Map.of(), check -> true);
    }

    /**
     * The report of checks re-run over what the store holds: its disclosures with the findings of the checks given,
     * and the findings of its filings ({@code filingGraphs}: graph → source), without filing entries — a filing's
     * counts belong to the run that read it.
     */
    public Report buildForChecks(RdfStore store, List<String> graphs, Map<String, String> filingGraphs,
                                 Set<String> checkIds) {
        return build(store, graphs, List.of(), List.of(), filingGraphs, checkIds::contains);
    }

    private Report build(RdfStore store, List<String> graphs, List<Report.Rejected> rejected, List<FilingPart> filings,
                         Map<String, String> filingGraphs, Predicate<String> check) {
        List<Report.DisclosureReport> disclosures = new ArrayList<>();
        List<Report.FindingReport> findings = new ArrayList<>();
        int lineItems = 0;
        Set<String> facts = new HashSet<>();
        for (String g : graphs) {
            Map<String, RDFNode> bind = Map.of("g", ResourceFactory.createResource(g));
            Map<Integer, Report.LineItemReport> rows = new LinkedHashMap<>();
            String source = null;
            String title = null;
            for (QuerySolution s : store.selectAll(LINE_ITEMS, bind)) {
                source = text(s, "source");
                title = text(s, "title");
                int row = s.getLiteral("row").getInt();
                Report.LineItemReport item = rows.computeIfAbsent(row, r -> new Report.LineItemReport(r,
                        text(s, "label"), text(s, "concept"), s.getLiteral("abstract").getBoolean(),
                        s.getLiteral("extension").getBoolean(), s.getLiteral("confidence").getDouble(),
                        text(s, "labelRole"), new ArrayList<>()));
                if (s.contains("value")) {
                    item.facts().add(new Report.FactReport(text(s, "period"), plain(text(s, "value")), text(s, "unit"),
                            text(s, "displayed"), s.getLiteral("column").getInt()));
                    facts.add(g + " " + text(s, "concept") + " " + text(s, "period") + " " + text(s, "unit"));
                }
            }
            lineItems += rows.size();
            List<Report.FindingReport> own = findingsOf(store, g, source, check);
            disclosures.add(new Report.DisclosureReport(source, title, g, new ArrayList<>(rows.values()),
                    Report.Checks.of(own)));
            findings.addAll(own);
        }
        List<Report.FilingReport> filingReports = new ArrayList<>();
        for (FilingPart part : filings) {
            List<Report.FindingReport> own = findingsOf(store, part.graph(), part.filing().source(), check);
            findings.addAll(own);
            List<Report.FindingReport> ofPages = new ArrayList<>(own);
            for (Report.DisclosureReport d : disclosures) {
                if (d.graph().startsWith(iris.filingPagesGraphPrefix(part.filing().source()))) {
                    ofPages.addAll(findings.stream().filter(f -> d.source().equals(f.disclosure())).toList());
                }
            }
            Report.FilingReport f = part.filing();
            filingReports.add(new Report.FilingReport(f.source(), f.entity(), f.facts(), f.contexts(), f.units(),
                    f.reports(), f.rejected(), Report.Checks.of(ofPages)));
        }
        filingGraphs.forEach((graph, source) -> findings.addAll(findingsOf(store, graph, source, check)));
        int failedErrors = (int) findings.stream().filter(f -> "fail".equals(f.status()) && "error".equals(f.severity())).count();
        int failedWarnings = (int) findings.stream().filter(f -> "fail".equals(f.status()) && "warning".equals(f.severity())).count();
        return new Report(disclosures, findings, List.copyOf(rejected), new Report.Summary(disclosures.size(),
                lineItems, facts.size(), findings.size(), failedErrors, failedWarnings, rejected.size()),
                filingReports);
    }

    private List<Report.FindingReport> findingsOf(RdfStore store, String graph, String source,
                                                  Predicate<String> check) {
        Map<String, Report.FindingReport> byFinding = new LinkedHashMap<>();
        Map<String, RDFNode> fbind = Map.of("fg", ResourceFactory.createResource(iris.findingsGraphOf(graph)));
        for (QuerySolution s : store.selectAll(FINDINGS, fbind)) {
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
