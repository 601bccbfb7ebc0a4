package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * {@code --calc-mode} on {@code link} and {@code check}, an instance given as a lone {@code .xbrl} file, and the report's
 * {@code calcMode} and {@code warnings}.
 */
class CalcModeCliTest {

    private static final Path SUITE = Shared.data().resolve("conformance/xbrl-2.1-conf-2014-12-10/Common/300-instance");

    @TempDir
    Path tmp;

    /**
     * 320-01 given alone (its schema beside it): XBRL 2.1 infers decimals from precision and finds it inconsistent;
     * Calculations 1.1 finds the value ranges overlapping. {@code check} re-judges the stored instance in another mode.
     */
    @Test
    void linkAndCheckJudgeALoneInstanceFileInTheModeGiven() throws Exception {
        Path store = tmp.resolve("store");
        Path instance = SUITE.resolve("320-01-BindCalculationInferPrecision-instance.xbrl");
        CliTest.Result r = CliTest.cli("link", instance.toString(), "--store", store.toString(), "--calc-mode",
                "xbrl21");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL error   calculation.instance"), r.out());
        assertTrue(r.out().contains("calcinferprecisiontestcase:A 2006-07-28 (link): 985 + 582.3 = 1,600 computed, "
                + "1,500 reported [XBRL 2.1 \u00a75.2.5.2]"), r.out());
        assertTrue(r.out().contains("Calculation mode: xbrl21 (XBRL 2.1 \u00a75.2.5.2)"), r.out());
        Report report = ReportJson.read(store.resolve("report.json"));
        assertEquals("xbrl21", report.calcMode());
        assertEquals(List.of(), report.warnings());
        assertEquals(3, report.filings().get(0).facts());
        assertEquals(1, report.summary().failedErrors());

        Path json = tmp.resolve("c11r.json");
        CliTest.Result c = CliTest.cli("check", "calculation", "--store", store.toString(), "--report",
                json.toString());
        assertEquals(0, c.exit(), c.out() + c.err());
        assertTrue(c.out().contains("PASS error   calculation.instance"), c.out());
        assertTrue(c.out().contains("Calculation mode: c11r (Calculations 1.1 round-to-nearest)"), c.out());
        assertEquals("c11r", ReportJson.read(json).calcMode());
    }

    /** A mode that is none is bad usage, named with the codes there are. */
    @Test
    void anUnknownModeIsBadUsage() {
        CliTest.Result r = CliTest.cli("link", SUITE.resolve("397-01-InconsistentInstance-invalid.xbrl").toString(),
                "--store", tmp.resolve("s").toString(), "--calc-mode", "c12");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("expected a calculation mode c11r, c11t or xbrl21, found 'c12'"), r.err());
    }

    /** The inline 10-K without its schema: the report says no calculation check can run, and why. */
    @Test
    void theReportSaysWhenNoCalculationCheckCanRun() throws Exception {
        Path store = tmp.resolve("fizz");
        CliTest.Result r = CliTest.cli("link", Shared.data().resolve("filings/fizz-10k-fy2020-inline").toString(),
                "--store", store.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("no calculation check can run"), r.out());
        Report report = ReportJson.read(store.resolve("report.json"));
        assertEquals(681, report.filings().get(0).facts());
        assertEquals("c11r", report.calcMode());
        assertEquals(2, report.warnings().size(), report.warnings().toString());
        assertTrue(report.warnings().get(1).endsWith("no calculation check can run: the DTS has no summation-item "
                + "calculation among the concepts the instance reports (no calculation linkbase)"),
                report.warnings().toString());
    }

    /** An inline fact in a format no registry defines is left out alone, and the report's warnings name it. */
    @Test
    void theReportNamesAFactLeftOutForItsUnknownFormat() throws Exception {
        Path page = Path.of("src/test/resources/instance/unknown-format.htm");
        Path store = tmp.resolve("unknown");
        CliTest.Result r = CliTest.cli("link", page.toString(), "--store", store.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        Report report = ReportJson.read(store.resolve("report.json"));
        assertEquals(3, report.filings().get(0).facts(), "the three facts of known formats are read");
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("unknown-format.htm:13:146: left out "
                + "us-gaap:Assets: its format \"ixt:num-dot-comma\"")), report.warnings().toString());
        assertTrue(r.out().contains("left out dei:DocumentPeriodEndDate: its format \"acme:date-fancy\""), r.out());
    }
}
