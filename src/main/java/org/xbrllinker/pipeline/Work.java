package org.xbrllinker.pipeline;

import java.nio.file.Path;

/**
 * One unit of work of a run: an R page (flattened text or HTML) or a filing's instance. {@code filing} is the filing
 * folder the work belongs to, null for a page read on its own; {@code report} the page's FilingSummary entry, if any.
 */
public record Work(Path path, Kind kind, Path filing, org.xbrllinker.filing.ReportEntry report) {

    /** Work without a FilingSummary entry. */
    public Work(Path path, Kind kind, Path filing) {
        this(path, kind, filing, null);
    }

    /** What the path holds. */
    public enum Kind {
        /** An R page: flattened text (.txt) or SEC HTML (.htm, .html). */
        PAGE,
        /** An XBRL instance: XML (.xml) or inline XBRL (.htm). */
        INSTANCE
    }

    /** The filing as the report and the IRIs name it (the folder as given), null for a page on its own. */
    public String filingSource() {
        return filing == null ? null : filing.toString();
    }
}
