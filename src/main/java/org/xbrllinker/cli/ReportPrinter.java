package org.xbrllinker.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.xbrllinker.check.Amounts;
import org.xbrllinker.report.Report;

/** Prints a report for people: each disclosure's line items with concept, confidence and facts, then the findings. */
final class ReportPrinter {

    private ReportPrinter() {
    }

    /** Every disclosure's table, the findings, then the summary line ({@link #printSummary} alone when quiet). */
    static void print(Report r, PrintStream out) {
        for (Report.DisclosureReport d : r.disclosures()) {
            out.println(d.title() + "  (" + d.source() + ")");
            List<String[]> table = new ArrayList<>();
            table.add(new String[] {"row", "label", "concept", "conf.", "facts"});
            for (Report.LineItemReport li : d.lineItems()) {
                String concept = li.abstractRow() ? "abstract " + li.concept() : li.concept();
                if (li.extension()) {
                    concept += " (extension)";
                }
                List<String> facts = new ArrayList<>();
                for (Report.FactReport f : li.facts()) {
                    facts.add(f.period() + ": " + (f.numeric() ? Amounts.format(new BigDecimal(f.value()))
                            : "\"" + shortened(f.value()) + "\""));
                }
                table.add(new String[] {Integer.toString(li.row()), li.label(), concept,
                        String.format(java.util.Locale.ROOT, "%.2f", li.confidence()), String.join("; ", facts)});
            }
            printTable(table, out);
            out.println();
        }
        printFindings(r.findings(), out);
        if (r.warnings() != null && !r.warnings().isEmpty()) {
            out.println("Warnings");
            r.warnings().forEach(w -> out.println("  " + w));
            out.println();
        }
        if (r.calcMode() != null) {
            out.println(calcModeLine(r.calcMode()));
        }
        printSummary(r.summary(), out);
    }

    /** {@code Calculation mode: c11r (Calculations 1.1 round-to-nearest)}. */
    static String calcModeLine(String code) {
        String title;
        try {
            title = org.xbrllinker.check.CalcMode.of(code).title();
        } catch (IllegalArgumentException e) {
            title = "unknown";
        }
        return "Calculation mode: " + code + " (" + title + ")";
    }

    /** A non-numeric value on one line of the table: a text block's first words. */
    static String shortened(String value) {
        String line = value.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    /** The summary line: counts of disclosures, line items, facts, findings and rejected inputs. */
    static void printSummary(Report.Summary s, PrintStream out) {
        out.printf("%d disclosure(s), %d line item(s), %d fact(s); %s; %d input(s) rejected%n", s.disclosures(),
                s.lineItems(), s.facts(), findingCounts(s), s.rejected());
    }

    /** The findings, one a line: status, severity, check id and the message with its numbers. */
    static void printFindings(List<Report.FindingReport> findings, PrintStream out) {
        Findings printed = new Findings(out);
        findings.forEach(printed);
        printed.end();
    }

    /** {@link #printFindings} one finding at a time, as they are read; prints nothing when {@code out} is null. */
    static final class Findings implements java.util.function.Consumer<Report.FindingReport> {
        private final PrintStream out;
        private boolean any;

        Findings(PrintStream out) {
            this.out = out;
        }

        @Override
        public void accept(Report.FindingReport f) {
            if (out == null) {
                return;
            }
            if (!any) {
                out.println("Findings");
                any = true;
            }
            out.printf("  %-4s %-7s %-45s %s%n", f.status().toUpperCase(java.util.Locale.ROOT), f.severity(),
                    f.check(), f.message());
        }

        /** After the last finding: the blank line that closes the list, if there was one. */
        void end() {
            if (any) {
                out.println();
            }
        }
    }

    /** {@code 31 finding(s): 0 error(s) and 2 warning(s) failed}. */
    static String findingCounts(Report.Summary s) {
        return String.format(java.util.Locale.ROOT, "%d finding(s): %d error(s) and %d warning(s) failed", s.findings(),
                s.failedErrors(), s.failedWarnings());
    }

    /** Rows as columns padded to the widest cell (at most 60 characters; the last column is never cut). */
    static void printTable(List<String[]> rows, PrintStream out) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], Math.min(row[i].length(), 60));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                String cell = row[i].length() > 60 && i < row.length - 1 ? row[i].substring(0, 57) + "..." : row[i];
                line.append(' ').append(i == row.length - 1 ? cell : String.format("%-" + width[i] + "s", cell));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
