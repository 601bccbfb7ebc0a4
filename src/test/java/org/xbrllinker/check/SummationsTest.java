package org.xbrllinker.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbrllinker.check.Summations.Accuracy;
import org.xbrllinker.check.Summations.Item;
import org.xbrllinker.check.Summations.Outcome;
import org.xbrllinker.check.Summations.Reported;
import org.xbrllinker.check.Summations.Verdict;

/** The calculation arithmetic of each mode, on summations small enough to check by hand. */
class SummationsTest {

    private static int ids;

    private static Reported fact(String value, String accuracy) {
        return fact(value, accuracy, Summations.ROOT);
    }

    private static Reported fact(String value, String accuracy, String scope) {
        return new Reported("f" + ++ids, value == null ? null : new BigDecimal(value), Accuracy.parse(accuracy), scope);
    }

    private static Item item(String concept, int weight, Reported fact) {
        // the arcs' order: A and X first, B and Y second
        int order = concept.equals("B") || concept.endsWith("Y") ? 2 : 1;
        return new Item(concept, BigDecimal.valueOf(weight), BigDecimal.valueOf(order), fact);
    }

    /** total = a + b, each "value accuracy" (accuracy d-3, p2, INF or none). */
    private static Outcome judge(String mode, String total, String a, String b) {
        List<Item> items = new ArrayList<>();
        items.add(item("A", 1, parse(a)));
        if (b != null) {
            items.add(item("B", 1, parse(b)));
        }
        return Summations.judge(CalcMode.of(mode), List.of(parse(total)), items).outcome();
    }

    private static Reported parse(String valueAndAccuracy) {
        String[] parts = valueAndAccuracy.strip().split(" ");
        return fact(parts[0].equals("nil") ? null : parts[0], parts.length > 1 ? parts[1] : "");
    }

    @ParameterizedTest(name = "{0}: {1} = {2} + {3} is {4}")
    @CsvSource({
            // exact values agree in every mode
            "c11r, 3 INF, 1 INF, 2 INF, CONSISTENT",
            "c11t, 3 INF, 1 INF, 2 INF, CONSISTENT",
            "xbrl21, 3 INF, 1 INF, 2 INF, CONSISTENT",
            "c11r, 4 INF, 1 INF, 2 INF, INCONSISTENT",
            "xbrl21, 4 INF, 1 INF, 2 INF, INCONSISTENT",
            // Calc 1.1 rounding: 1.4 + 1.4 = 2.8, the total 3 (decimals 0) stands for [2.5, 3.5]: they overlap
            "c11r, 3 d0, 1.4 d1, 1.4 d1, CONSISTENT",
            // XBRL 2.1: 1.4 + 1.4 = 2.8 rounds to 3 as the total does
            "xbrl21, 3 d0, 1.4 d1, 1.4 d1, CONSISTENT",
            // the items' ranges [1.45, 1.55] x 2 = [2.9, 3.1] against [2.5, 3.5]: overlap; 2.1 rounds 1.5 + 1.5 = 3
            "c11r, 3 d0, 1.5 d1, 1.5 d1, CONSISTENT",
            // items in thousands: 1000 + 1000 stand for [500, 1500] each: [1000, 3000] holds 2600 (decimals 0)
            "c11r, 2600 d0, 1000 d-3, 1000 d-3, CONSISTENT",
            // XBRL 2.1 rounds each item to its own decimals and the sum as the total: 2000 against 2600
            "xbrl21, 2600 d0, 1000 d-3, 1000 d-3, INCONSISTENT",
            // truncation: 1000 (d-3) is [1000, 2000); two of them [2000, 4000) hold 2600, but not 1999
            "c11t, 2600 d0, 1000 d-3, 1000 d-3, CONSISTENT",
            "c11t, 1999 d0, 1000 d-3, 1000 d-3, INCONSISTENT",
            // round-to-nearest lets 1999 through: [1000, 3000] against [1998.5, 1999.5]
            "c11r, 1999 d0, 1000 d-3, 1000 d-3, CONSISTENT",
            // the ends of a rounding range count: [0.5, 1.5] + [0.5, 1.5] = [1, 3] touches [3, 3]
            "c11r, 3 INF, 1 d0, 1 d0, CONSISTENT",
            // truncation leaves the top out: [1, 2) + [1, 2) = [2, 4) misses 4
            "c11t, 4 INF, 1 d0, 1 d0, INCONSISTENT",
            "c11t, 3.99 INF, 1 d0, 1 d0, CONSISTENT",
            // 397-26: 0.5 + -0.5 = 0 against 0.08 (decimals 0): 2.1 rounds the total to 0; Calc 1.1 [-0.42, 0.58]
            "xbrl21, 0.08 d0, 0.5 INF, -0.5 INF, CONSISTENT",
            "c11r, 0.08 d0, 0.5 INF, -0.5 INF, CONSISTENT",
            // 397-27: 0.8 (decimals 0) rounds to 1 in 2.1; Calc 1.1's [0.3, 1.3] misses 0
            "xbrl21, 0.8 d0, 0.5 INF, -0.5 INF, INCONSISTENT",
            "c11r, 0.8 d0, 0.5 INF, -0.5 INF, INCONSISTENT",
            // 397-30: 0.5 (decimals 0) rounds to 0 (ties to even) in 2.1: 0 + 0 is not 1; in Calc 1.1 [0, 1] holds 1
            "xbrl21, 1 INF, 0.5 d0, 0.5 d0, INCONSISTENT",
            "c11r, 1 INF, 0.5 d0, 0.5 d0, CONSISTENT",
            // 397-28: 100.00 (precision 5: decimals 2) against 99.996 (INF): 2.1 rounds the sum to 100.00
            "xbrl21, 100.00 p5, 99.996 INF, , CONSISTENT",
            // precision 0: unknown in 2.1 (inconsistent), no range in Calc 1.1 (not checked)
            "xbrl21, 0.8 p0, 1 INF, , INCONSISTENT",
            "xbrl21, 1 INF, 1 p0, , INCONSISTENT",
            "c11r, 0.8 p0, 1 INF, , NOT_CHECKED",
            // a nil total is not checked; a nil item adds nothing
            "c11r, nil, 1 INF, 2 INF, NOT_CHECKED",
            "xbrl21, nil, 1 INF, 2 INF, NOT_CHECKED",
            "xbrl21, 2 INF, nil, 2 INF, CONSISTENT",
            "c11r, 2 INF, nil, 2 INF, CONSISTENT",
            "c11r, 2 INF, nil, nil, NOT_CHECKED",
            // negative weights, negative values
            "c11r, -5 INF, -2 INF, -3 INF, CONSISTENT",
    })
    void eachModeJudgesASummation(String mode, String total, String a, String b, Outcome expected) {
        assertEquals(expected, judge(mode, total, a, b));
    }

    @Test
    void precisionGivesDecimalsByTheValuesMagnitude() {
        // 123456 with precision 3 is accurate to the thousands; 0.001234 with precision 2 to 0.0012
        assertEquals(-3, Summations.inferredDecimals(new BigDecimal("123456"), Accuracy.precision(3)));
        assertEquals(4, Summations.inferredDecimals(new BigDecimal("0.001234"), Accuracy.precision(2)));
        assertEquals(2, Summations.inferredDecimals(new BigDecimal("100.00"), Accuracy.precision(5)));
        assertEquals(null, Summations.inferredDecimals(BigDecimal.ZERO, Accuracy.precision(4)));
        assertEquals(null, Summations.inferredDecimals(BigDecimal.TEN, Accuracy.INF));
        assertEquals(-6, Summations.inferredDecimals(BigDecimal.TEN, Accuracy.decimals(-6)));
    }

    /** The 10-Q: one concept twice in a context (decimals -8 and -6) was counted twice. */
    @Test
    void consistentDuplicatesCountOnceTheMostPrecise() {
        Reported total = fact("53800000000", "d-6");
        List<Item> items = List.of(item("us-gaap:X", 1, fact("48600000000", "d-8")),
                item("us-gaap:X", 1, fact("48612000000", "d-6")), item("us-gaap:Y", 1, fact("5200000000", "d-6")));
        Verdict v = Summations.judge(CalcMode.C11R, List.of(total), items);
        assertEquals(Outcome.INCONSISTENT, v.outcome(), v.toString());
        // 48,612 + 5,200 = 53,812 (millions), each good to half a million: [53,811, 53,813] misses [53,799.5, 53,800.5]
        assertEquals(new BigDecimal("53812000000"), v.computed());
        assertTrue(v.describe().startsWith("48,612,000,000 + 5,200,000,000 = 53,812,000,000 computed, "
                + "53,800,000,000 reported; the sum's range"), v.describe());

        List<Item> agreeing = List.of(item("us-gaap:X", 1, fact("48600000000", "d-8")),
                item("us-gaap:X", 1, fact("48600000000", "d-6")), item("us-gaap:Y", 1, fact("5200000000", "d-6")));
        Verdict ok = Summations.judge(CalcMode.C11R, List.of(total), agreeing);
        assertEquals(Outcome.CONSISTENT, ok.outcome());
        assertEquals("48,600,000,000 + 5,200,000,000 = 53,800,000,000 computed, 53,800,000,000 reported",
                ok.describe());
    }

    @Test
    void inconsistentDuplicatesMakeTheSummationInconsistentAndSaySo() {
        List<Item> items = List.of(item("us-gaap:X", 1, fact("48600000000", "d-8")),
                item("us-gaap:X", 1, fact("48700000000", "d-6")), item("us-gaap:Y", 1, fact("5200000000", "d-6")));
        Verdict v = Summations.judge(CalcMode.C11R, List.of(fact("53800000000", "d-6")), items);
        assertEquals(Outcome.INCONSISTENT, v.outcome());
        assertEquals("us-gaap:X is reported as 48,600,000,000 (decimals -8) and 48,700,000,000 (decimals -6): "
                + "inconsistent duplicates", v.describe());
        assertEquals(4, v.facts().size(), "every fact of the summation is named");

        Verdict nil = Summations.judge(CalcMode.C11R, List.of(fact("5", "INF")),
                List.of(item("A", 1, fact(null, "")), item("A", 1, fact("5", "INF"))));
        assertEquals(Outcome.INCONSISTENT, nil.outcome());
        assertEquals("A is reported both nil and as 5 (INF): inconsistent duplicates", nil.describe());
    }

    @Test
    void xbrl21LeavesSummationsWithDuplicatesUnchecked() {
        Verdict items = Summations.judge(CalcMode.XBRL21, List.of(fact("4", "INF")),
                List.of(item("A", 1, fact("1", "INF")), item("A", 1, fact("1", "INF")), item("B", 1, fact("2", "INF"))));
        assertEquals(Outcome.NOT_CHECKED, items.outcome());
        assertEquals("not checked: A is reported more than once (duplicates)", items.describe());
        // a nil total beside another makes two totals: not checked (397-11)
        Verdict totals = Summations.judge(CalcMode.XBRL21, List.of(fact(null, ""), fact("9", "INF")),
                List.of(item("A", 1, fact("1", "INF"))));
        assertEquals(Outcome.NOT_CHECKED, totals.outcome());
        // the same concept in two tuples is not a duplicate: both are added (397-22, 397-23)
        Verdict tuples = Summations.judge(CalcMode.XBRL21, List.of(fact("22", "INF")),
                List.of(item("B", 1, fact("20", "INF")), item("B", 1, fact("2", "INF", "/1/"))));
        assertEquals(Outcome.CONSISTENT, tuples.outcome());
        // Calculations 1.1 binds no fact in a tuple
        assertEquals(Outcome.INCONSISTENT, Summations.judge(CalcMode.C11R, List.of(fact("22", "INF")),
                List.of(item("B", 1, fact("20", "INF")), item("B", 1, fact("2", "INF", "/1/")))).outcome());
    }

    @Test
    void anUnknownModeIsNamed() {
        assertEquals(CalcMode.C11R, CalcMode.of(null));
        assertEquals(CalcMode.XBRL21, CalcMode.of(" XBRL21 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CalcMode.of("c12"));
        assertEquals("expected a calculation mode c11r, c11t or xbrl21, found 'c12'", e.getMessage());
    }
}
