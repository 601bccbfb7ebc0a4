package org.xbrllinker.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.taxonomy.CalculationArc;
import org.xbrllinker.taxonomy.Concept;

/**
 * A disclosure with every row linked, its facts, and the taxonomy slice (concepts, calculation arcs) it uses; for an
 * R page of a filing, the filing it belongs to and each cell's tie to the instance fact it displays.
 */
public record LinkedDisclosure(Disclosure disclosure, List<LineItem> lineItems, List<Concept> concepts,
                               List<CalculationArc> calculations, String filingSource, List<CellTie> ties,
                               org.xbrllinker.filing.ReportEntry report, List<RollForward> rollForwards,
                               List<Subtotal> subtotals) {

    public LinkedDisclosure(Disclosure disclosure, List<LineItem> lineItems, List<Concept> concepts,
                            List<CalculationArc> calculations, String filingSource, List<CellTie> ties) {
        this(disclosure, lineItems, concepts, calculations, filingSource, ties, null, List.of(), List.of());
    }

    /** This disclosure as the report a filing's FilingSummary lists (role, names, category). */
    public LinkedDisclosure withReport(org.xbrllinker.filing.ReportEntry entry) {
        return new LinkedDisclosure(disclosure, lineItems, concepts, calculations, filingSource, ties, entry,
                rollForwards, subtotals);
    }

    /** This disclosure as a page of a filing: its line items (corrected by the instance), the filing, the ties. */
    public LinkedDisclosure inFiling(List<LineItem> items, String source, List<CellTie> cellTies) {
        return new LinkedDisclosure(disclosure, items, concepts, calculations, source, cellTies, report,
                rollForwards, subtotals);
    }

    /** The same disclosure with its roll-forwards and the subtotals among their changes. */
    public LinkedDisclosure withRollForwards(List<RollForward> found, List<Subtotal> totals) {
        return new LinkedDisclosure(disclosure, lineItems, concepts, calculations, filingSource, ties, report, found,
                totals);
    }

    public LinkedDisclosure {
        lineItems = List.copyOf(lineItems);
        concepts = List.copyOf(concepts);
        calculations = List.copyOf(calculations);
        ties = List.copyOf(ties);
        rollForwards = rollForwards == null ? List.of() : List.copyOf(rollForwards);
        subtotals = subtotals == null ? List.of() : List.copyOf(subtotals);
    }

    /** A disclosure read on its own, without a filing. */
    public LinkedDisclosure(Disclosure disclosure, List<LineItem> lineItems, List<Concept> concepts,
                            List<CalculationArc> calculations) {
        this(disclosure, lineItems, concepts, calculations, null, List.of());
    }

    /** Distinct facts in page order (a fact shown by two cells appears once). */
    public List<Fact> facts() {
        Map<String, Fact> byKey = new LinkedHashMap<>();
        for (LineItem item : lineItems) {
            for (FactCell cell : item.cells()) {
                if (cell.fact() != null) {
                    byKey.putIfAbsent(cell.fact().key(), cell.fact());
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
