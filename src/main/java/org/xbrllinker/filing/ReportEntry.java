package org.xbrllinker.filing;

import org.xbrllinker.parse.SourceLocation;

/**
 * One {@code Report} of a FilingSummary.xml. The group a page belongs to (cover, statements, notes, policies, tables,
 * details) is its {@code menuCategory}; {@code reportType} is the file's own {@code ReportType}, "Sheet" for a page and
 * "Book" for the "All Reports" entry. Parenthetical statements are "Statements" whose long name says "(Parenthetical)".
 *
 * @param position      the 1-based {@code Position}; 0 for entries without one (the "All Reports" book)
 * @param htmlFileName  "R2.htm" ({@code XmlFileName} for R*.xml filings); null for the book
 * @param longName      "9952151 - Statement - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)"
 * @param role          the extended link role the page renders; null for the book
 * @param menuCategory  Cover, Statements, Notes, Policies, Tables or Details; null when absent (pre-2014 renderers)
 * @param instance      the {@code instance} attribute: the (inline) instance document the page comes from
 * @param location      where the {@code Report} element starts
 */
public record ReportEntry(int position, String htmlFileName, String longName, String shortName, String role,
                          String menuCategory, String reportType, String instance, boolean isDefault,
                          boolean hasEmbeddedReports, SourceLocation location) {
}
