package org.xbrllinker.link;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xbrllinker.instance.XbrlContext;
import org.xbrllinker.instance.XbrlFact;
import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.instance.XbrlUnit;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.LabelRoles;

/**
 * Ties each displayed cell of an R page to the instance fact it shows. A column header gives only the end date and
 * the length of a duration ("3 Months Ended Mar. 29, 2025"), and 52/53-week years start on any weekday, so a fact
 * matches on concept, end date and a duration within a week of the column's. Among several (dimensional contexts)
 * the one whose magnitude equals the cell's wins, the default context first; with none equal, the default context's
 * fact is tied and the cell disagrees with it. The tied fact's period replaces the estimated one, and its value (sign
 * included) replaces the one the page implies: a sign that differs from the display means the row is shown negated.
 */
public final class InstanceTie {

    private static final int DAYS_OF_SLACK = 7;

    private final XbrlInstance instance;
    private final Map<String, List<XbrlFact>> byConcept = new HashMap<>();

    public InstanceTie(XbrlInstance instance) {
        this.instance = instance;
        for (XbrlFact f : instance.facts()) {
            if (f.numeric() && instance.contexts().containsKey(f.contextRef())) {
                byConcept.computeIfAbsent(key(f.namespace(), local(f.concept())), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The disclosure with its facts' periods and signs taken from the instance, and a tie per cell found. */
    public LinkedDisclosure tie(LinkedDisclosure linked, String filingSource) {
        List<CellTie> ties = new ArrayList<>();
        List<LineItem> items = new ArrayList<>();
        for (LineItem item : linked.lineItems()) {
            List<FactCell> cells = new ArrayList<>();
            int shownOpposite = 0;
            int shownSame = 0;
            for (FactCell cell : item.cells()) {
                if (cell.fact() == null || cell.displayedAmount() == null) {
                    cells.add(cell);
                    continue;
                }
                XbrlFact match = find(item.concept(), cell);
                if (match == null) {
                    cells.add(cell);
                    continue;
                }
                XbrlContext ctx = instance.contexts().get(match.contextRef());
                Fact f = cell.fact();
                boolean agrees = sameMagnitude(match, cell.displayedAmount().abs(), f.decimals());
                String note = agrees ? null : "the page shows " + cell.displayed() + ", the instance reports "
                        + match.value().toPlainString();
                Fact corrected = new Fact(f.concept(), ctx.period(), unitOf(match, f.unit()),
                        agrees ? match.value() : f.value(), f.decimals());
                if (agrees && match.value().signum() != 0) {
                    if (match.value().signum() != cell.displayedAmount().signum()) {
                        shownOpposite++;
                    } else {
                        shownSame++;
                    }
                }
                cells.add(new FactCell(cell.row(), cell.column(), cell.displayed(), cell.displayedAmount(),
                        cell.columnInferred(), corrected, cell.location()));
                ties.add(new CellTie(cell.row(), cell.column(), match, ctx, unitOf(match, f.unit()), agrees, note));
            }
            boolean negated = shownOpposite + shownSame == 0 ? item.negated() : shownOpposite > shownSame;
            items.add(new LineItem(item.row(), item.definition(), item.concept(), item.extension(),
                    negated == item.negated() ? item.labelRole() : flipNegation(item.labelRole()),
                    negated, item.confidence(), item.evidence(), item.section(), item.labelTerms(),
                    item.labelSupport(), cells));
        }
        return new LinkedDisclosure(linked.disclosure(), items, linked.concepts(), linked.calculations(),
                filingSource, ties);
    }

    private XbrlFact find(Concept concept, FactCell cell) {
        List<XbrlFact> candidates = byConcept.getOrDefault(key(concept.namespace(), concept.localName()), List.of());
        XbrlFact best = null;
        int bestRank = Integer.MAX_VALUE;
        XbrlFact fallback = null;
        Period p = cell.fact().period();
        BigDecimal magnitude = cell.displayedAmount().abs();
        for (XbrlFact f : candidates) {
            XbrlContext ctx = instance.contexts().get(f.contextRef());
            Period q = ctx.period();
            if (q.isInstant() != p.isInstant() || !q.end().equals(p.end())) {
                continue;
            }
            if (!p.isInstant() && Math.abs(ChronoUnit.DAYS.between(p.start(), q.start())) > DAYS_OF_SLACK) {
                continue;
            }
            if (f.value() == null) {
                continue;
            }
            if (ctx.dimensions().isEmpty() && fallback == null) {
                fallback = f;
            }
            if (!sameMagnitude(f, magnitude, cell.fact().decimals())) {
                continue;
            }
            int rank = ctx.dimensions().size();
            if (rank < bestRank) {
                best = f;
                bestRank = rank;
            }
        }
        return best != null ? best : fallback;
    }

    /** The page shows the fact rounded to its own decimals: compare at the coarser of the two. */
    private static boolean sameMagnitude(XbrlFact f, BigDecimal shown, int shownDecimals) {
        int decimals = f.decimals() == null ? shownDecimals : Math.min(shownDecimals, f.decimals());
        BigDecimal a = f.value().abs().setScale(decimals, java.math.RoundingMode.HALF_EVEN);
        BigDecimal b = shown.setScale(decimals, java.math.RoundingMode.HALF_EVEN);
        return a.compareTo(b) == 0;
    }

    /** The label role with the sign shown the other way (negated ↔ not), keeping period start/end. */
    static String flipNegation(String role) {
        return switch (role) {
            case LabelRoles.NEGATED -> LabelRoles.STANDARD;
            case LabelRoles.NEGATED_PERIOD_START -> LabelRoles.PERIOD_START;
            case LabelRoles.NEGATED_PERIOD_END -> LabelRoles.PERIOD_END;
            case LabelRoles.NEGATED_TOTAL -> LabelRoles.TOTAL;
            case LabelRoles.NEGATED_TERSE -> LabelRoles.TERSE;
            case LabelRoles.PERIOD_START -> LabelRoles.NEGATED_PERIOD_START;
            case LabelRoles.PERIOD_END -> LabelRoles.NEGATED_PERIOD_END;
            case LabelRoles.TOTAL -> LabelRoles.NEGATED_TOTAL;
            case LabelRoles.TERSE -> LabelRoles.NEGATED_TERSE;
            default -> LabelRoles.NEGATED;
        };
    }

    private String unitOf(XbrlFact f, String fallback) {
        XbrlUnit u = instance.units().get(f.unitRef());
        return u == null ? fallback : u.code();
    }

    private static String key(String namespace, String local) {
        return namespace + "#" + local;
    }

    private static String local(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }
}
