package org.xbrllinker.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where {@link ReportBuilder} puts a report, piece by piece in the order of the JSON: every disclosure, then every
 * finding, then the rest. {@link ReportJson#writer} writes the pieces as they come; {@link Collected} keeps them.
 */
interface ReportSink {

    void disclosure(Report.DisclosureReport disclosure) throws IOException;

    /** The disclosures are all given; findings follow. */
    void endDisclosures() throws IOException;

    void finding(Report.FindingReport finding) throws IOException;

    /** The rest, without the run's calculation mode and warnings. */
    default void end(List<Report.Rejected> rejected, Report.Summary summary, List<Report.FilingReport> filings)
            throws IOException {
        end(rejected, summary, filings, null, null);
    }

    /** The rest: {@code calcMode} (null when the run did not say) and {@code warnings} after the filings. */
    void end(List<Report.Rejected> rejected, Report.Summary summary, List<Report.FilingReport> filings,
             String calcMode, List<String> warnings) throws IOException;

    /** This sink, and {@code seen} told of every finding as it passes. */
    default ReportSink peekingFindings(Consumer<Report.FindingReport> seen) {
        ReportSink self = this;
        return new ReportSink() {
            @Override
            public void disclosure(Report.DisclosureReport disclosure) throws IOException {
                self.disclosure(disclosure);
            }

            @Override
            public void endDisclosures() throws IOException {
                self.endDisclosures();
            }

            @Override
            public void finding(Report.FindingReport finding) throws IOException {
                seen.accept(finding);
                self.finding(finding);
            }

            @Override
            public void end(List<Report.Rejected> rejected, Report.Summary summary,
                            List<Report.FilingReport> filings, String calcMode, List<String> warnings)
                    throws IOException {
                self.end(rejected, summary, filings, calcMode, warnings);
            }
        };
    }

    /** A sink that keeps nothing: for the counts alone. */
    ReportSink NONE = new ReportSink() {
        @Override
        public void disclosure(Report.DisclosureReport disclosure) {
        }

        @Override
        public void endDisclosures() {
        }

        @Override
        public void finding(Report.FindingReport finding) {
        }

        @Override
        public void end(List<Report.Rejected> rejected, Report.Summary summary, List<Report.FilingReport> filings,
                        String calcMode, List<String> warnings) {
        }
    };

    /** The whole report in memory, for callers that want it as one {@link Report}. */
    final class Collected implements ReportSink {
        private final List<Report.DisclosureReport> disclosures = new ArrayList<>();
        private final List<Report.FindingReport> findings = new ArrayList<>();
        private Report report;

        @Override
        public void disclosure(Report.DisclosureReport disclosure) {
            disclosures.add(disclosure);
        }

        @Override
        public void endDisclosures() {
        }

        @Override
        public void finding(Report.FindingReport finding) {
            findings.add(finding);
        }

        @Override
        public void end(List<Report.Rejected> rejected, Report.Summary summary, List<Report.FilingReport> filings,
                        String calcMode, List<String> warnings) {
            report = new Report(disclosures, findings, rejected, summary, filings, calcMode, warnings);
        }

        Report report() {
            return report;
        }
    }
}
