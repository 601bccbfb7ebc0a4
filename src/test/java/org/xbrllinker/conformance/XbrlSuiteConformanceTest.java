package org.xbrllinker.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.check.CalcMode;
import org.xbrllinker.testing.Shared;

/**
 * The XBRL 2.1 conformance suite's calculation testcases, in {@code xbrl21} mode: every variation gets the suite's
 * verdict, except those in {@link #KNOWN_FAILING}, which must still fail the way named there (so that the list shrinks
 * as the product learns: a variation that starts passing fails this test until it is taken off the list).
 */
class XbrlSuiteConformanceTest {

    static final Path COMMON = Shared.data().resolve("conformance/xbrl-2.1-conf-2014-12-10/Common");

    /** The testcases and how many variations each has. */
    static final Map<String, Integer> TESTCASES = Map.of(
            "200-linkbase/208-balance.xml", 10,
            "300-instance/320-CalculationBinding.xml", 33,
            "300-instance/391-inferDecimalPrecision.xml", 70,
            "300-instance/395-inferNumericConsistency.xml", 8,
            "300-instance/397-Testcase-SummationItem.xml", 31);

    /** What the product does not get right yet, by testcase file and variation: why (see README, Conformance). */
    static final Map<String, String> KNOWN_FAILING = Map.ofEntries(
            // nothing: every variation of the five testcases gets the suite's verdict
            );

    @TestFactory
    Stream<DynamicTest> everyVariationGetsTheSuitesVerdictInXbrl21Mode() throws Exception {
        XbrlSuite suite = new XbrlSuite(CalcMode.XBRL21, false);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Integer> t : new java.util.TreeMap<>(TESTCASES).entrySet()) {
            XbrlSuite.Result r = suite.run(COMMON.resolve(t.getKey()));
            tests.add(DynamicTest.dynamicTest(t.getKey() + " has " + t.getValue() + " variations",
                    () -> assertEquals(t.getValue(), r.outcomes().size())));
            for (XbrlSuite.Outcome o : r.outcomes()) {
                String key = o.testcase() + " " + o.id();
                String known = KNOWN_FAILING.get(key);
                tests.add(DynamicTest.dynamicTest(key + " expected " + o.expected(), () -> {
                    if (known == null) {
                        assertEquals(o.expected(), o.got().name().toLowerCase(java.util.Locale.ROOT), o.line());
                    } else {
                        assertNotEquals(o.expected(), o.got().name().toLowerCase(java.util.Locale.ROOT),
                                key + " now gets the suite's verdict: take it off KNOWN_FAILING (" + known + ")");
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** The variations whose verdict Calculations 1.1 round-to-nearest changes: the README's table, each with its rule. */
    static final java.util.Set<String> C11R_DIFFERS = java.util.Set.of(
            // value ranges instead of rounding to the total's decimals
            "320-CalculationBinding.xml V-01", "395-inferNumericConsistency.xml V-2", "320-CalculationBinding.xml V-16",
            "320-CalculationBinding.xml V-17", "320-CalculationBinding.xml V-19", "320-CalculationBinding.xml V-25",
            "320-CalculationBinding.xml V-32", "320-CalculationBinding.xml V-35", "397-Testcase-SummationItem.xml V-30",
            // precision 0 gives no range
            "320-CalculationBinding.xml V-06", "320-CalculationBinding.xml V-07", "320-CalculationBinding.xml V-08",
            "397-Testcase-SummationItem.xml V-24", "397-Testcase-SummationItem.xml V-25",
            "397-Testcase-SummationItem.xml V-29",
            // duplicates resolved, not skipped
            "320-CalculationBinding.xml V-22", "397-Testcase-SummationItem.xml V-12",
            "397-Testcase-SummationItem.xml V-11",
            // no fact in a tuple binds
            "397-Testcase-SummationItem.xml V-13", "397-Testcase-SummationItem.xml V-15",
            "397-Testcase-SummationItem.xml V-16", "397-Testcase-SummationItem.xml V-22",
            "397-Testcase-SummationItem.xml V-17", "397-Testcase-SummationItem.xml V-19",
            "397-Testcase-SummationItem.xml V-23");

    @Test
    void calculations11DiffersFromTheSuiteWhereTheReadmeSays() throws Exception {
        XbrlSuite suite = new XbrlSuite(CalcMode.C11R, false);
        java.util.Set<String> differ = new java.util.TreeSet<>();
        for (String testcase : TESTCASES.keySet()) {
            for (XbrlSuite.Outcome o : suite.run(COMMON.resolve(testcase)).outcomes()) {
                if (!o.expected().equals(o.got().name().toLowerCase(java.util.Locale.ROOT))) {
                    differ.add(o.testcase() + " " + o.id());
                }
            }
        }
        assertEquals(new java.util.TreeSet<>(C11R_DIFFERS), differ);
    }

    /** 304 V-12a: a measure without prefix where no default namespace is in scope is a QName in no namespace. */
    @Test
    void anUnprefixedMeasureWithoutDefaultNamespaceIsReadNotRefused() throws Exception {
        XbrlSuite.Result r = new XbrlSuite(CalcMode.XBRL21, true).run(COMMON.resolve("300-instance/304-unitOfMeasure.xml"));
        XbrlSuite.Outcome v12a = r.outcomes().stream().filter(o -> o.id().equals("V-12a")).findFirst().orElseThrow();
        assertEquals("valid", v12a.got().name().toLowerCase(java.util.Locale.ROOT), v12a.line());
    }
}
