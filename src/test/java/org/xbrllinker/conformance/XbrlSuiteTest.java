package org.xbrllinker.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.check.CalcMode;
import org.xbrllinker.parse.InputException;

/** The runner on a small testcase of its own, in the suite's format: A = B + C with decimals 0. */
class XbrlSuiteTest {

    static Path mini(String name) throws Exception {
        return Path.of(XbrlSuiteTest.class.getResource("/conformance/mini/" + name).toURI());
    }

    @Test
    void judgesEachVariationByTheProductsReadingAndCalculationChecks() throws Exception {
        XbrlSuite.Result r = new XbrlSuite(CalcMode.XBRL21, false).run(mini("mini-testcase.xml"));
        List<XbrlSuite.Outcome> o = r.outcomes();
        assertEquals(List.of("V-01", "V-02", "V-03", "V-04"), o.stream().map(XbrlSuite.Outcome::id).toList());
        assertEquals(XbrlSuite.Verdict.VALID, o.get(0).got());
        assertEquals("1 summation(s) consistent", o.get(0).reason());
        assertEquals(XbrlSuite.Verdict.INVALID, o.get(1).got());
        // the finding's message may name the mode after the numbers
        assertTrue(o.get(1).reason().startsWith("inconsistent: abc:A 2024-12-31 (link): 100 + 200 = 300 computed, "
                + "310 reported"), o.get(1).reason());
        assertEquals(1, o.get(1).failedFindings().size());
        assertTrue(o.get(1).failedFindings().get(0).startsWith("abc:A 2024-12-31 (link): 100 + 200 = 300 computed, "
                + "310 reported"), o.get(1).failedFindings().toString());
        assertEquals(XbrlSuite.Verdict.INVALID, o.get(2).got());
        assertTrue(o.get(2).reason().startsWith("refused: 03-bad-period.xbrl:"), o.get(2).reason());
        assertTrue(o.get(2).reason().contains("expected the period of context \"c1\" to be an instant"),
                o.get(2).reason());
        assertEquals(XbrlSuite.Verdict.SKIPPED, o.get(3).got());
        assertEquals("no instance to read first: a schema or linkbase test", o.get(3).reason());
        assertEquals(3, r.passed());
        assertEquals(0, r.failed());
        assertEquals(1, r.skipped());
        assertEquals("3 passed, 0 failed", r.summary());
    }

    @Test
    void aVerdictOtherThanTheSuitesFails() throws Exception {
        XbrlSuite.Result r = new XbrlSuite(CalcMode.XBRL21, false).run(mini("mini-wrong-testcase.xml"));
        XbrlSuite.Outcome v2 = r.outcomes().get(1);
        assertEquals("valid", v2.expected());
        assertEquals(XbrlSuite.Verdict.INVALID, v2.got());
        assertTrue(v2.line().matches("mini-wrong-testcase\\.xml\\s+V-02\\s+expected valid\\s+got invalid\\s+FAIL"
                + "\\s+inconsistent: .*"), v2.line());
        assertEquals("2 passed, 1 failed", r.summary());
    }

    @Test
    void anIndexRunsItsTestcasesAndSkipsTheSuitesOthersWithTheReason() throws Exception {
        XbrlSuite.Result r = new XbrlSuite(CalcMode.XBRL21, false).run(mini("index.xml"));
        assertEquals(4, r.outcomes().size());
        assertEquals(List.of(new XbrlSuite.Skipped("102-item.xml", "taxonomy schema validity (XML Schema, item and "
                + "tuple declarations), which the product does not check")), r.skippedTestcases());
    }

    @Test
    void inScopeAreTheCalculationTestcases() {
        Path common = Path.of("conf", "Common", "300-instance");
        assertEquals(null, XbrlSuite.outOfScope(common.resolve("397-Testcase-SummationItem.xml")));
        assertEquals(null, XbrlSuite.outOfScope(Path.of("200-linkbase", "208-balance.xml")));
        assertTrue(XbrlSuite.outOfScope(common.resolve("302-context.xml")).startsWith("instance validity"));
        assertTrue(XbrlSuite.outOfScope(Path.of("conf", "Common", "200-linkbase", "preferredLabel.xml"))
                .startsWith("XML Schema and XLink"));
        assertEquals(null, XbrlSuite.outOfScope(Path.of("mine", "mini-testcase.xml")));
    }

    @Test
    void aFileThatIsNotAConformanceFileIsRefusedWithWhereAndWhat() throws Exception {
        InputException e = assertThrows(InputException.class,
                () -> new XbrlSuite(CalcMode.XBRL21, false).run(mini("abc.xsd")));
        assertTrue(e.getMessage().endsWith("abc.xsd:6: expected an XBRL conformance index (<testcases>), testcase "
                + "(<testcase>) or transformation-registry test file, found <schema> in "
                + "http://www.w3.org/2001/XMLSchema"), e.getMessage());
    }
}
