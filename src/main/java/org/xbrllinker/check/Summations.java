package org.xbrllinker.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The arithmetic of summation-item calculations, in each {@link CalcMode}: the calculation checks judge every
 * summation the SPARQL selects with it, and the linker weighs the calculation evidence of a page's rows with it, so a
 * total is consistent with its items by one rule everywhere.
 *
 * <p><b>Calculations 1.1</b> ({@link CalcMode#C11R}, {@link CalcMode#C11T}). A value reported with decimals {@code d}
 * stands for the range of numbers that round to it: {@code [v − ½·10^−d, v + ½·10^−d]} (round-to-nearest), or
 * truncate to it: {@code [v, v + 10^−d)} for a positive value, {@code (v − 10^−d, v]} for a negative one and
 * {@code (−10^−d, 10^−d)} for zero (truncation). An exact value (decimals or precision INF) is its own range;
 * precision {@code p} is read as the decimals it gives the value ({@code p − ⌊log10|v|⌋ − 1}). The items' ranges,
 * each times its weight, add up to the sum's range; the summation is inconsistent when that range and the total's
 * have no number in common. Duplicates (the same concept reported more than once for the summation's context and
 * unit) are consistent when their ranges share a number: the most precise of them then counts once; when they share
 * none, or nil and non-nil values are mixed, the summation is inconsistent and says which facts disagree. Facts in
 * tuples take no part (Calculations 1.1 does not bind them), and a fact with precision 0 has no range: its summation
 * is not checked.
 *
 * <p><b>XBRL 2.1</b> ({@link CalcMode#XBRL21}), section 5.2.5.2 with its errata (the reading the 2014 conformance suite
 * tests): each item's value is rounded to its decimals (inferred from precision as above; ties to even), the weighted
 * sum of those is rounded as the total is, and the two must be equal. A value with precision 0 is unknown, so any
 * summation it takes part in is inconsistent. A total reported twice in one tuple, or an item concept with two
 * non-nil values in one tuple, leaves the summation unchecked (duplicates are not resolved). Items bind to the total
 * from the total's own tuple and any tuple within it; nil items contribute nothing; a nil total is not checked.
 *
 * <p>In both, only non-nil items count, and a summation whose items are all nil or absent is not checked.
 */
public final class Summations {

    /** The tuple path of a fact directly under the instance's root element. */
    public static final String ROOT = "/";

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Summations() {
    }

    /**
     * The accuracy a fact is reported with: {@code decimals}, or {@code precision}, or exact (either one INF), or none
     * given (then its value is taken as exact).
     */
    public record Accuracy(Integer decimals, Integer precision, boolean exact) {

        public static final Accuracy NONE = new Accuracy(null, null, false);
        public static final Accuracy INF = new Accuracy(null, null, true);

        public static Accuracy decimals(int d) {
            return new Accuracy(d, null, false);
        }

        public static Accuracy precision(int p) {
            return new Accuracy(null, p, false);
        }

        /**
         * Reads the token the calculation queries write: {@code d-6} (decimals), {@code p3} (precision), {@code INF},
         * or empty (none given).
         */
        public static Accuracy parse(String token) {
            if (token == null || token.isEmpty()) {
                return NONE;
            }
            if (token.equals("INF")) {
                return INF;
            }
            int n = Integer.parseInt(token.substring(1));
            return switch (token.charAt(0)) {
                case 'd' -> decimals(n);
                case 'p' -> precision(n);
                default -> throw new IllegalArgumentException("expected an accuracy d<int>, p<int>, INF or nothing, "
                        + "found \"" + token + "\"");
            };
        }

        @Override
        public String toString() {
            return exact ? "INF" : decimals != null ? "decimals " + decimals
                    : precision != null ? "precision " + precision : "no decimals";
        }
    }

    /**
     * One fact as reported: an id (its IRI) to name it, the value ({@code null} when nil), its accuracy, and the
     * tuple it stands in ({@value #ROOT} for none, {@code /3/} for the third tuple, {@code /3/5/} within it).
     */
    public record Reported(String id, BigDecimal value, Accuracy accuracy, String scope) {

        public Reported {
            Objects.requireNonNull(accuracy, "accuracy");
            scope = scope == null || scope.isEmpty() ? ROOT : scope;
        }

        public boolean nil() {
            return value == null;
        }
    }

    /** A contributing fact of a summation: its concept (as findings name it), the arc's weight and order. */
    public record Item(String concept, BigDecimal weight, BigDecimal order, Reported fact) {
    }

    /** What a summation came to. */
    public enum Outcome { CONSISTENT, INCONSISTENT, NOT_CHECKED }

    /** One term of the sum as a finding shows it: the arc's order and the weighted value that was added. */
    public record Term(BigDecimal order, BigDecimal amount) {
    }

    /**
     * The verdict on one summation: the outcome; the computed sum and the reported total as the mode compares them
     * (null when unknown or not checked); the terms added; {@code detail}, what a reader needs beyond the numbers (why
     * it is inconsistent or not checked; empty when the numbers say it all); the ids of the facts it rests on.
     */
    public record Verdict(Outcome outcome, BigDecimal computed, BigDecimal reported, List<Term> terms, String detail,
                          List<String> facts) {

        public Verdict {
            terms = List.copyOf(terms);
            facts = List.copyOf(facts);
        }

        /**
         * The verdict as a finding's message says it: {@code 1 + 2 = 3 computed, 4 reported}, then the detail after a
         * semicolon; the detail alone when there are no numbers to compare.
         */
        public String describe() {
            if (computed == null || reported == null) {
                return detail;
            }
            String numbers = Amounts.sum(termTokens()) + " = " + Amounts.format(computed) + " computed, "
                    + Amounts.format(reported) + " reported";
            return detail.isEmpty() ? numbers : numbers + "; " + detail;
        }

        /** The terms as the checks write them: {@code order|amount} tokens separated by spaces ({@link Amounts#sum}). */
        public String termTokens() {
            StringBuilder out = new StringBuilder();
            for (Term t : terms) {
                out.append(out.length() == 0 ? "" : " ").append(t.order().toPlainString()).append('|')
                        .append(t.amount().toPlainString());
            }
            return out.toString();
        }
    }

    /**
     * Judges one summation: {@code totals} are the reports of the total concept for one context and unit (and, in XBRL
     * 2.1, one tuple: the binding's), {@code items} every report of a contributing concept that the SPARQL found bound
     * to them.
     */
    public static Verdict judge(CalcMode mode, List<Reported> totals, List<Item> items) {
        return mode.calc11() ? calc11(mode, totals, items) : xbrl21(totals, items);
    }

    /** Whether a total and its items agree: {@link #judge} on one report of each, not-checked counting as no. */
    public static boolean consistent(CalcMode mode, Reported total, List<Item> items) {
        return judge(mode, List.of(total), items).outcome() == Outcome.CONSISTENT;
    }

    // ---- Calculations 1.1 ----

    /** A range of numbers; each end is in it or not. */
    record Range(BigDecimal low, boolean lowIn, BigDecimal high, boolean highIn) {

        static Range exact(BigDecimal v) {
            return new Range(v, true, v, true);
        }

        Range plus(Range o) {
            return new Range(low.add(o.low), lowIn && o.lowIn, high.add(o.high), highIn && o.highIn);
        }

        Range times(BigDecimal w) {
            BigDecimal a = low.multiply(w);
            BigDecimal b = high.multiply(w);
            return w.signum() >= 0 ? new Range(a, lowIn, b, highIn) : new Range(b, highIn, a, lowIn);
        }

        boolean contains(BigDecimal x) {
            int lo = x.compareTo(low);
            int hi = x.compareTo(high);
            return (lo > 0 || (lo == 0 && lowIn)) && (hi < 0 || (hi == 0 && highIn));
        }

        /** The numbers in both, or null when there are none. */
        Range intersect(Range o) {
            int lc = low.compareTo(o.low);
            BigDecimal lo = lc >= 0 ? low : o.low;
            boolean loIn = lc > 0 ? lowIn : lc < 0 ? o.lowIn : lowIn && o.lowIn;
            int hc = high.compareTo(o.high);
            BigDecimal hi = hc <= 0 ? high : o.high;
            boolean hiIn = hc < 0 ? highIn : hc > 0 ? o.highIn : highIn && o.highIn;
            int c = lo.compareTo(hi);
            if (c > 0 || (c == 0 && !(loIn && hiIn))) {
                return null;
            }
            return new Range(lo, loIn, hi, hiIn);
        }

        @Override
        public String toString() {
            return (lowIn ? "[" : "(") + Amounts.format(low) + ", " + Amounts.format(high) + (highIn ? "]" : ")");
        }
    }

    /** The range a value with decimals {@code d} stands for, rounded or truncated. */
    static Range range(BigDecimal v, int d, boolean truncate) {
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-d);
        if (!truncate) {
            BigDecimal half = unit.divide(TWO);
            return new Range(v.subtract(half), true, v.add(half), true);
        }
        return switch (v.signum()) {
            case 1 -> new Range(v, true, v.add(unit), false);
            case -1 -> new Range(v.subtract(unit), false, v, true);
            default -> new Range(unit.negate(), false, unit, false);
        };
    }

    /**
     * The decimals a value is accurate to: its decimals, or those its precision gives it; {@code null} when exact
     * (INF, none given, or the value zero with a precision), and {@link #UNKNOWN} for precision 0.
     */
    static Integer inferredDecimals(BigDecimal v, Accuracy a) {
        if (a.exact() || (a.decimals() == null && a.precision() == null)) {
            return null;
        }
        if (a.decimals() != null) {
            return a.decimals();
        }
        if (a.precision() == 0) {
            return UNKNOWN;
        }
        if (v.signum() == 0) {
            return null;
        }
        // ⌊log10|v|⌋ of unscaled × 10^−scale is (digits of unscaled) − scale − 1
        int magnitude = v.precision() - v.scale() - 1;
        return a.precision() - magnitude - 1;
    }

    /** Marks a value of precision 0: its accuracy says nothing about it. */
    static final Integer UNKNOWN = Integer.MIN_VALUE;

    /**
     * The duplicates of one concept, resolved: the fact that counts and its range, or why they cannot count
     * ({@code problem}; {@code inconsistent} when that makes the summation inconsistent rather than unchecked).
     */
    private record Resolved(Reported fact, Range range, String problem, boolean inconsistent) {

        static Resolved problem(String why, boolean inconsistent) {
            return new Resolved(null, null, why, inconsistent);
        }
    }

    private static Resolved resolve(String concept, List<Reported> reports, boolean truncate) {
        List<Reported> nonNil = reports.stream().filter(r -> !r.nil()).toList();
        if (nonNil.isEmpty()) {
            return new Resolved(null, null, null, false);
        }
        if (nonNil.size() < reports.size()) {
            return Resolved.problem(concept + " is reported both nil and as " + values(nonNil)
                    + ": inconsistent duplicates", true);
        }
        Reported best = null;
        Range bestRange = null;
        Range common = null;
        int bestRank = Integer.MIN_VALUE;
        for (Reported r : nonNil) {
            Integer d = inferredDecimals(r.value(), r.accuracy());
            if (UNKNOWN.equals(d)) {
                return Resolved.problem("not checked: " + concept + " is reported with precision 0, which gives "
                        + "no range of values", false);
            }
            Range own = d == null ? Range.exact(r.value()) : range(r.value(), d, truncate);
            common = common == null ? own : common.intersect(own);
            if (common == null) {
                return Resolved.problem(concept + " is reported as " + values(nonNil)
                        + ": inconsistent duplicates", true);
            }
            int rank = d == null ? Integer.MAX_VALUE : d;
            if (best == null || rank > bestRank) {
                best = r;
                bestRange = own;
                bestRank = rank;
            }
        }
        return new Resolved(best, bestRange, null, false);
    }

    private static String values(List<Reported> reports) {
        List<String> out = new ArrayList<>();
        for (Reported r : reports) {
            out.add(Amounts.format(r.value()) + " (" + r.accuracy() + ")");
        }
        return String.join(" and ", out);
    }

    private static Verdict calc11(CalcMode mode, List<Reported> totals, List<Item> items) {
        boolean truncate = mode == CalcMode.C11T;
        // Calculations 1.1 binds no fact in a tuple
        List<Reported> top = totals.stream().filter(r -> ROOT.equals(r.scope())).toList();
        if (top.isEmpty()) {
            return notChecked("the total is in a tuple, which Calculations 1.1 does not bind", List.of());
        }
        Map<String, List<Item>> byConcept = new LinkedHashMap<>();
        for (Item i : items) {
            if (ROOT.equals(i.fact().scope())) {
                byConcept.computeIfAbsent(i.concept(), k -> new ArrayList<>()).add(i);
            }
        }
        List<String> ids = new ArrayList<>();
        top.forEach(r -> ids.add(r.id()));
        Resolved total = resolve("the total", top, truncate);
        if (total.problem() != null) {
            return problem(total, ids, byConcept);
        }
        if (total.fact() == null) {
            return notChecked("the total is nil", ids);
        }
        Range sum = Range.exact(BigDecimal.ZERO);
        BigDecimal computed = BigDecimal.ZERO;
        List<Term> terms = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<String, List<Item>> e : byConcept.entrySet()) {
            List<Item> group = e.getValue();
            group.forEach(i -> ids.add(i.fact().id()));
            // one arc per concept pair in a role: the group shares weight and order
            Item arc = group.get(0);
            Resolved r = resolve(e.getKey(), group.stream().map(Item::fact).toList(), truncate);
            if (r.problem() != null) {
                return problem(r, ids, byConcept);
            }
            if (r.fact() == null) {
                continue;
            }
            any = true;
            sum = sum.plus(r.range().times(arc.weight()));
            BigDecimal amount = arc.weight().multiply(r.fact().value());
            computed = computed.add(amount);
            terms.add(new Term(arc.order(), amount));
        }
        if (!any) {
            return notChecked("no contributing fact has a value", ids);
        }
        BigDecimal reported = total.fact().value();
        boolean overlap = sum.intersect(total.range()) != null;
        String detail = overlap || computed.compareTo(reported) == 0 ? ""
                : "the sum's range " + sum + " and the total's " + total.range() + " do not overlap";
        return new Verdict(overlap ? Outcome.CONSISTENT : Outcome.INCONSISTENT, computed, reported, sorted(terms),
                detail, ids);
    }

    /** The verdict when duplicates decide it: every fact of the summation named. */
    private static Verdict problem(Resolved r, List<String> ids, Map<String, List<Item>> byConcept) {
        List<String> all = new ArrayList<>(ids);
        byConcept.values().forEach(g -> g.forEach(i -> {
            if (!all.contains(i.fact().id())) {
                all.add(i.fact().id());
            }
        }));
        return new Verdict(r.inconsistent() ? Outcome.INCONSISTENT : Outcome.NOT_CHECKED, null, null, List.of(),
                r.problem(), all);
    }

    private static Verdict notChecked(String why, List<String> ids) {
        return new Verdict(Outcome.NOT_CHECKED, null, null, List.of(), "not checked: " + why, ids);
    }

    private static List<Term> sorted(List<Term> terms) {
        List<Term> out = new ArrayList<>(terms);
        out.sort(Comparator.comparing(Term::order));
        return out;
    }

    // ---- XBRL 2.1 ----

    /** A value rounded to its decimals, ties to even; null when its precision is 0 (unknown). */
    static BigDecimal rounded(BigDecimal v, Accuracy a) {
        Integer d = inferredDecimals(v, a);
        if (UNKNOWN.equals(d)) {
            return null;
        }
        return d == null ? v : v.setScale(d, RoundingMode.HALF_EVEN);
    }

    private static Verdict xbrl21(List<Reported> totals, List<Item> items) {
        List<String> ids = new ArrayList<>();
        totals.forEach(r -> ids.add(r.id()));
        items.forEach(i -> ids.add(i.fact().id()));
        if (totals.size() > 1) {
            return notChecked("the total is reported " + totals.size() + " times (duplicates)", ids);
        }
        Reported total = totals.get(0);
        if (total.nil()) {
            return notChecked("the total is nil", ids);
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Item> bound = new ArrayList<>();
        for (Item i : items) {
            if (i.fact().nil()) {
                continue;
            }
            String key = i.concept() + " " + i.fact().scope();
            if (seen.merge(key, 1, Integer::sum) > 1) {
                return notChecked(i.concept() + " is reported more than once (duplicates)", ids);
            }
            bound.add(i);
        }
        if (bound.isEmpty()) {
            return notChecked("no contributing fact has a value", ids);
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<Term> terms = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Item i : bound) {
            BigDecimal r = rounded(i.fact().value(), i.fact().accuracy());
            if (r == null) {
                unknown.add(i.concept());
                continue;
            }
            BigDecimal amount = i.weight().multiply(r);
            sum = sum.add(amount);
            terms.add(new Term(i.order(), amount));
        }
        BigDecimal reported = rounded(total.value(), total.accuracy());
        if (reported == null) {
            unknown.add(0, "the total");
        }
        if (!unknown.isEmpty()) {
            return new Verdict(Outcome.INCONSISTENT, null, reported, sorted(terms), String.join(", ", unknown)
                    + (unknown.size() == 1 ? " has" : " have") + " precision 0: its value is unknown", ids);
        }
        // the sum is rounded as the total is: to the decimals the total's own value and accuracy give
        Integer d = inferredDecimals(total.value(), total.accuracy());
        BigDecimal computed = d == null ? sum : sum.setScale(d, RoundingMode.HALF_EVEN);
        boolean equal = computed.compareTo(reported) == 0;
        return new Verdict(equal ? Outcome.CONSISTENT : Outcome.INCONSISTENT, computed, reported, sorted(terms), "",
                ids);
    }
}
