package org.xbrllinker.filing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the SEC renderer's {@code FilingSummary.xml} says of one filing: its R pages in order, the XBRL files it was
 * rendered from, supplemental files, and the base taxonomies with the number of their elements used.
 *
 * @param reports          every {@code Report} of {@code MyReports}, the "All Reports" book included
 * @param inputFiles       instance, schema and linkbase file names, in file order
 * @param baseTaxonomies   base taxonomy namespace to the number of its items used, in file order
 * @param version          the renderer version ("3.25.1"), null when absent
 * @param reportFormat     "html" or "xml" (pre-2011 filings render R*.xml), null when absent
 * @param documentType     the {@code doctype} of the input file that carries one ("10-Q"), null when none does
 */
public record FilingSummary(List<ReportEntry> reports, List<String> inputFiles, List<String> supplementalFiles,
                            Map<String, Integer> baseTaxonomies, String version, String reportFormat,
                            String documentType) {

    public FilingSummary {
        reports = List.copyOf(reports);
        inputFiles = List.copyOf(inputFiles);
        supplementalFiles = List.copyOf(supplementalFiles);
        baseTaxonomies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(baseTaxonomies));
    }

    /** The reports rendered as pages (those with an HTML or XML file name), in the file's order. */
    public List<ReportEntry> pages() {
        return reports.stream().filter(r -> r.htmlFileName() != null).toList();
    }

    /** The report whose page is {@code fileName} ("R2.htm"). */
    public Optional<ReportEntry> page(String fileName) {
        return reports.stream().filter(r -> fileName.equals(r.htmlFileName())).findFirst();
    }
}
