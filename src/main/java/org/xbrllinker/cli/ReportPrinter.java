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

    static void print(Report r, boolean quiet, PrintStream out) {
        if (!quiet) {
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
                        facts.add(f.period() + ": " + Amounts.format(new BigDecimal(f.value())));
                    }
                    table.add(new String[] {Integer.toString(li.row()), li.label(), concept,
                            String.format(java.util.Locale.ROOT, "%.2f", li.confidence()), String.join("; ", facts)});
                }
                printTable(table, out);
                out.println();
            }
            printFindings(r.findings(), out);
        }
        Report.Summary s = r.summary();
        out.printf("%d disclosure(s), %d line item(s), %d fact(s); %s; %d input(s) rejected%n", s.disclosures(),
                s.lineItems(), s.facts(), findingCounts(s), s.rejected());
    }

    /** The findings, one a line: status, severity, check id and the message with its numbers. */
    static void printFindings(List<Report.FindingReport> findings, PrintStream out) {
        if (!findings.isEmpty()) {
            out.println("Findings");
            for (Report.FindingReport f : findings) {
                out.printf("  %-4s %-7s %-45s %s%n", f.status().toUpperCase(java.util.Locale.ROOT), f.severity(),
                        f.check(), f.message());
            }
            out.println();
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
