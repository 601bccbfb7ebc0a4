package org.xbrllinker.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON report of a run — a contract other tools read: disclosures with their line items and facts, the findings
 * of every check (passing ones too), the inputs rejected, and a summary. Fields are only ever added.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(List<DisclosureReport> disclosures, List<FindingReport> findings, List<Rejected> rejected,
                     Summary summary, List<FilingReport> filings, String calcMode, List<String> warnings) {

    /**
     * A report without the run's calculation mode and warnings. {@code calcMode} is the code of the mode the
     * calculation checks judged in ({@code c11r}, {@code c11t}, {@code xbrl21}); {@code warnings} what the run could
     * not load or check, each naming the filing ("…: no calculation check can run: …").
     */
    public Report(List<DisclosureReport> disclosures, List<FindingReport> findings, List<Rejected> rejected,
                  Summary summary, List<FilingReport> filings) {
        this(disclosures, findings, rejected, summary, filings, null, null);
    }


    /**
     * One filing or instance read: its entity, the instance's facts (nil facts included), contexts and units, the
     * R pages (reports) it has, and those of its files that were rejected.
     */
    public record FilingReport(String source, String entity, int facts, int contexts, int units, int reports,
                               List<RejectedFile> rejected, Checks checks) {
    }

    /** The findings of one disclosure or filing, counted: how many checks passed, and failed by severity. */
    public record Checks(int passed, int failedErrors, int failedWarnings, int failedInfos) {

        static Checks of(List<FindingReport> findings) {
            Tally t = new Tally();
            findings.forEach(t::add);
            return t.checks();
        }

        Checks plus(Checks o) {
            return new Checks(passed + o.passed, failedErrors + o.failedErrors, failedWarnings + o.failedWarnings,
                    failedInfos + o.failedInfos);
        }
    }

    /** {@link Checks} counted one finding at a time, so a streamed report need not hold the findings. */
    static final class Tally {
        private int passed;
        private int errors;
        private int warnings;
        private int infos;

        void add(FindingReport f) {
            if ("pass".equals(f.status())) {
                passed++;
            } else if ("error".equals(f.severity())) {
                errors++;
            } else if ("warning".equals(f.severity())) {
                warnings++;
            } else {
                infos++;
            }
        }

        Checks checks() {
            return new Checks(passed, errors, warnings, infos);
        }
    }

    /** A file of a filing that was skipped, and why. */
    public record RejectedFile(String file, String reason) {
    }

    /** One disclosure. */
    public record DisclosureReport(String source, String title, String graph, List<LineItemReport> lineItems,
                                   Checks checks) {
    }

    /**
     * One row: {@code concept} as prefix:LocalName; {@code dimension} the {@code axis=member} a member row names;
     * {@code why} for an extension: why it was made and which taxonomy concepts were set aside.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineItemReport(int row, String label, String concept,
                                 @JsonProperty("abstract") boolean abstractRow, boolean extension, double confidence,
                                 String labelRole, List<FactReport> facts, String dimension, String why) {

        public LineItemReport(int row, String label, String concept, boolean abstractRow, boolean extension,
                              double confidence, String labelRole, List<FactReport> facts) {
            this(row, label, concept, abstractRow, extension, confidence, labelRole, facts, null, null);
        }
    }

    /**
     * One displayed value: period {@code YYYY-MM-DD} or {@code YYYY-MM-DD/YYYY-MM-DD}; value a plain decimal with its
     * unit, or for a non-numeric fact its lexical form with its XSD {@code datatype} ({@code xsd:date}) and no unit.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactReport(String period, String value, String unit, String displayed, int column, String datatype) {

        /** A number. */
        public FactReport(String period, String value, String unit, String displayed, int column) {
            this(period, value, unit, displayed, column, null);
        }

        /** True for a number (it has a unit); false for a non-numeric value. */
        @JsonIgnore
        public boolean numeric() {
            return datatype == null;
        }
    }

    /** One finding; {@code message} carries the numbers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingReport(String check, String severity, String status, String message, List<String> subjects,
                                String disclosure, String period, String reported, String computed) {
    }

    /** An input that was skipped as bad, with file, line and what was expected. */
    public record Rejected(String source, String message) {
    }

    /** Counts of the run. */
    public record Summary(int disclosures, int lineItems, int facts, int findings, int failedErrors,
                          int failedWarnings, int rejected) {
    }

    /**
     * What a run's report says of how it ended — its rejected inputs and summary — without its disclosures and
     * findings: what the command line needs when it prints no disclosure, read without holding the report.
     */
    public record Outcome(List<Rejected> rejected, Summary summary) {

        /** 2 when an input was rejected, 1 when an error-level check failed, else 0: the CLI's exit code. */
        public int exitCode() {
            if (!rejected.isEmpty()) {
                return 2;
            }
            return summary.failedErrors() > 0 ? 1 : 0;
        }
    }

    /** This report's rejected inputs and summary. */
    public Outcome outcome() {
        return new Outcome(rejected, summary);
    }

    /** 2 when an input was rejected, 1 when an error-level check failed, else 0: the CLI's exit code. */
    public int exitCode() {
        return outcome().exitCode();
    }
}
