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
 * Ties each displayed cell of an R page to the instance fact it shows (a non-numeric cell to the fact of its typed
 * value, see {@link #tieText}). A column header gives only the end date and
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
    private final Map<String, List<XbrlFact>> textByConcept = new HashMap<>();

    public InstanceTie(XbrlInstance instance) {
        this.instance = instance;
        for (XbrlFact f : instance.facts()) {
            if (!instance.contexts().containsKey(f.contextRef())) {
                continue;
            }
            if (f.numeric()) {
                byConcept.computeIfAbsent(key(f.namespace(), local(f.concept())), k -> new ArrayList<>()).add(f);
            } else if (f.text() != null && !f.nil()) {
                textByConcept.computeIfAbsent(key(f.namespace(), local(f.concept())), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The disclosure with its facts' periods and signs taken from the instance, and a tie per cell found. */
    public LinkedDisclosure tie(LinkedDisclosure linked, String filingSource) {
        List<CellTie> ties = new ArrayList<>();
        List<LineItem> items = new ArrayList<>();
        for (LineItem item : linked.lineItems()) {
            List<FactCell> cells = new ArrayList<>();
            int[] signs = new int[2]; // shown opposite to the instance's sign, shown with it
            for (FactCell cell : item.cells()) {
                if (cell.fact() != null && !cell.fact().numeric() && !item.row().abstractRow()) {
                    cells.add(tieText(item, cell, ties));
                    continue;
                }
                if (cell.displayedAmount() == null || item.row().abstractRow()) {
                    cells.add(cell);
                    continue;
                }
                if (cell.fact() == null) {
                    // a column headed by a member alone (an equity statement) gives no period: the value finds the fact
                    XbrlFact byValue = findByValue(item.concept(), cell.displayedAmount().abs(), cell);
                    if (byValue == null) {
                        cells.add(cell);
                        continue;
                    }
                    XbrlContext ctx = instance.contexts().get(byValue.contextRef());
                    String unit = unitOf(byValue, "unspecified");
                    Fact fact = new Fact(item.concept(), ctx.period(), unit,
                            org.xbrllinker.rdf.InstanceMapper.dimensionKey(ctx), byValue.value(), decimalsOf(cell));
                    cells.add(new FactCell(cell.row(), cell.column(), cell.displayed(), cell.displayedAmount(),
                            cell.columnInferred(), fact, cell.location()));
                    ties.add(new CellTie(cell.row(), cell.column(), byValue, ctx, unit, true, null));
                    countSign(byValue, cell, signs);
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
                        org.xbrllinker.rdf.InstanceMapper.dimensionKey(ctx), agrees ? match.value() : f.value(),
                        f.decimals());
                if (agrees) {
                    countSign(match, cell, signs);
                }
                cells.add(new FactCell(cell.row(), cell.column(), cell.displayed(), cell.displayedAmount(),
                        cell.columnInferred(), corrected, cell.location()));
                ties.add(new CellTie(cell.row(), cell.column(), match, ctx, unitOf(match, f.unit()), agrees, note));
            }
            boolean negated = signs[0] + signs[1] == 0 ? item.negated() : signs[0] > signs[1];
            items.add(new LineItem(item.row(), item.definition(), item.concept(), item.extension(),
                    negated == item.negated() ? item.labelRole() : flipNegation(item.labelRole()),
                    negated, item.confidence(), item.evidence(), item.section(), item.labelTerms(),
                    item.labelSupport(), cells, item.dimension()));
        }
        return linked.inFiling(items, filingSource, ties);
    }

    /**
     * A non-numeric cell tied to the instance fact of its concept that ends on its period's day and has its typed value:
     * the one with the dimensions the page gives the cell when there is one, else the one with the fewest. With none
     * of that value, the fact of the page's dimensions (or of the default context), which the cell then disagrees
     * with. The tied fact's period and dimensions replace the page's: a cover page shows a duration's end as a bare
     * date.
     */
    private FactCell tieText(LineItem item, FactCell cell, List<CellTie> ties) {
        Fact f = cell.fact();
        XbrlFact best = null;
        XbrlFact fallback = null;
        for (XbrlFact candidate : textByConcept.getOrDefault(
                key(item.concept().namespace(), item.concept().localName()), List.of())) {
            XbrlContext ctx = instance.contexts().get(candidate.contextRef());
            Period q = ctx.period();
            Period p = f.period();
            if (!q.end().equals(p.end()) || !p.isInstant() && (q.isInstant()
                    || Math.abs(ChronoUnit.DAYS.between(p.start(), q.start())) > DAYS_OF_SLACK)) {
                continue;
            }
            String dims = org.xbrllinker.rdf.InstanceMapper.dimensionKey(ctx);
            if (dims.equals(f.dimensions())
                    && (fallback == null || candidate.contextRef().compareTo(fallback.contextRef()) < 0)) {
                fallback = candidate;
            }
            FactValues.Value reported = FactValues.fromLexical(candidate.text(), item.concept().type(),
                    prefix -> instance.namespaces().get(prefix));
            if (reported.lexical().equals(f.text()) && reported.datatype().equals(f.datatype())
                    && (best == null || closer(candidate, best, f.dimensions()))) {
                best = candidate;
            }
        }
        XbrlFact match = best != null ? best : fallback;
        if (match == null) {
            return cell;
        }
        XbrlContext ctx = instance.contexts().get(match.contextRef());
        Fact tied = Fact.nonNumeric(f.concept(), ctx.period(), org.xbrllinker.rdf.InstanceMapper.dimensionKey(ctx),
                f.text(), f.datatype());
        ties.add(new CellTie(cell.row(), cell.column(), match, ctx, null, best != null,
                best != null ? null : "the page shows " + cell.displayed() + ", the instance reports " + match.text()));
        return new FactCell(cell.row(), cell.column(), cell.displayed(), cell.displayedAmount(), cell.columnInferred(),
                tied, cell.location());
    }

    /** The page's own dimensions first, then fewer dimensions, then the context id (not the document's order). */
    private boolean closer(XbrlFact a, XbrlFact b, String pageDimensions) {
        boolean sa = org.xbrllinker.rdf.InstanceMapper.dimensionKey(instance.contexts().get(a.contextRef()))
                .equals(pageDimensions);
        boolean sb = org.xbrllinker.rdf.InstanceMapper.dimensionKey(instance.contexts().get(b.contextRef()))
                .equals(pageDimensions);
        return sa != sb ? sa : fewerDimensions(a, b);
    }

    /** Fewer dimensions first, then the context id, so that the choice does not depend on document order. */
    private boolean fewerDimensions(XbrlFact a, XbrlFact b) {
        int da = instance.contexts().get(a.contextRef()).dimensions().size();
        int db = instance.contexts().get(b.contextRef()).dimensions().size();
        return da != db ? da < db : a.contextRef().compareTo(b.contextRef()) < 0;
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
            if (q.isInstant() != p.isInstant()) {
                continue;
            }
            // an opening balance is the day before an estimated start: it gets the same week of slack
            long endGap = Math.abs(ChronoUnit.DAYS.between(p.end(), q.end()));
            if (endGap > (p.isInstant() ? DAYS_OF_SLACK : 0)) {
                continue;
            }
            if (!p.isInstant() && Math.abs(ChronoUnit.DAYS.between(p.start(), q.start())) > DAYS_OF_SLACK) {
                continue;
            }
            if (f.value() == null) {
                continue;
            }
            if (ctx.dimensions().isEmpty() && endGap == 0 && fallback == null) {
                fallback = f;
            }
            if (!sameMagnitude(f, magnitude, cell.fact().decimals())) {
                continue;
            }
            int rank = ctx.dimensions().size() * 100 + (int) endGap;
            if (rank < bestRank) {
                best = f;
                bestRank = rank;
            }
        }
        return best != null ? best : fallback;
    }

    private static void countSign(XbrlFact f, FactCell cell, int[] signs) {
        if (f.value().signum() != 0) {
            signs[f.value().signum() != cell.displayedAmount().signum() ? 0 : 1]++;
        }
    }

    /** The decimals a displayed cell carries (from the text form's parse), 0 when unknown. */
    private static int decimalsOf(FactCell cell) {
        return Math.max(0, cell.displayedAmount().stripTrailingZeros().scale());
    }

    /**
     * The fact of the concept whose magnitude equals the cell's, when the page gives no period; among several, the one
     * with the fewest dimensions, then the latest period, so that the choice does not depend on document order.
     */
    private XbrlFact findByValue(Concept concept, BigDecimal magnitude, FactCell cell) {
        XbrlFact best = null;
        for (XbrlFact f : byConcept.getOrDefault(key(concept.namespace(), concept.localName()), List.of())) {
            if (f.value() == null || !sameMagnitude(f, magnitude, f.decimals() == null ? 0 : f.decimals())) {
                continue;
            }
            if (best == null || better(f, best)) {
                best = f;
            }
        }
        return best;
    }

    private boolean better(XbrlFact a, XbrlFact b) {
        XbrlContext ca = instance.contexts().get(a.contextRef());
        XbrlContext cb = instance.contexts().get(b.contextRef());
        if (ca.dimensions().size() != cb.dimensions().size()) {
            return ca.dimensions().size() < cb.dimensions().size();
        }
        int byEnd = ca.period().end().compareTo(cb.period().end());
        return byEnd != 0 ? byEnd > 0 : a.contextRef().compareTo(b.contextRef()) < 0;
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
