package org.xbrllinker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.xbrllinker.check.CalcMode;
import org.xbrllinker.conformance.SuiteFile;
import org.xbrllinker.conformance.TrrSuite;
import org.xbrllinker.conformance.XbrlSuite;
import org.xbrllinker.parse.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code conformance INDEX_OR_TESTCASE.xml}: runs XBRL 2.1 conformance variations through the product's instance
 * reading, RDF and calculation checks ({@link XbrlSuite}) and says, per variation, whether the product's verdict is the
 * suite's.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Run XBRL 2.1 conformance variations (an index such as xbrl.xml, or one testcase file) through "
                + "the product's instance reader and calculation checks; print one line per variation and "
                + "'N passed, M failed'.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every variation run gave the suite's verdict", "1:some variation did not",
                "2:no such file, not a conformance file, or bad usage"})
final class ConformanceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INDEX_OR_TESTCASE.xml",
            description = "A conformance index (<testcases>) or testcase file (<testcase>).")
    Path file;

    @Option(names = "--calc-mode", paramLabel = "MODE",
            description = "Calculation mode: c11r, c11t or xbrl21 (the suite's own rules) (default: xbrl21).")
    String calcMode = CalcMode.XBRL21.code();

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write every variation's details as JSON.")
    Path report;

    @Option(names = "--all", description = "Also run the testcases outside the product's checks (their verdicts "
            + "show what it does not check); by default they are skipped with the reason.")
    boolean all;

    @Option(names = "--quiet", description = "Print only failing variations and the summary line.")
    boolean quiet;

    @Override
    public Integer call() {
        CalcMode mode;
        try {
            mode = CalcMode.of(calcMode);
        } catch (IllegalArgumentException e) {
            System.err.println("xbrl-linker: " + e.getMessage());
            return 2;
        }
        XbrlSuite.Result result;
        try {
            if (SuiteFile.kind(file) == SuiteFile.Kind.TRR) {
                return runTransformRegistry(file);
            }
            result = new XbrlSuite(mode, all).run(file);
        } catch (InputException e) {
            System.err.println("xbrl-linker: " + e.getMessage());
            return 2;
        }
        for (XbrlSuite.Skipped s : result.skippedTestcases()) {
            if (!quiet) {
                System.out.println("skipped " + s.testcase() + ": " + s.reason());
            }
        }
        for (XbrlSuite.Outcome o : result.outcomes()) {
            if (!quiet || (!o.skipped() && !o.passed())) {
                System.out.println(o.line());
            }
        }
        if (report != null) {
            try {
                writeReport(result, report);
            } catch (IOException e) {
                System.err.println("xbrl-linker: " + report + ": cannot write the report: " + e.getMessage());
                return 2;
            }
        }
        if (!quiet && (result.skipped() > 0 || !result.skippedTestcases().isEmpty())) {
            System.out.println("skipped: " + result.skipped() + " variation(s) with no instance to read, "
                    + result.skippedTestcases().size() + " testcase file(s) outside the product's checks");
        }
        System.out.println(result.summary() + " (" + mode.code() + ")");
        return result.failed() == 0 ? 0 : 1;
    }

    /** A transformation-registry test file: each variation through the product's transformations. */
    private int runTransformRegistry(Path file) throws InputException {
        TrrSuite.Result r = TrrSuite.run(file);
        for (TrrSuite.Variation v : r.variations()) {
            if (!quiet || !v.passed()) {
                System.out.println(v.line());
            }
        }
        System.out.println(r.summary());
        return r.failed() == 0 ? 0 : 1;
    }

    private static void writeReport(XbrlSuite.Result r, Path to) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", r.suite().toString());
        out.put("calcMode", r.mode().code());
        out.put("passed", r.passed());
        out.put("failed", r.failed());
        out.put("skipped", r.skipped());
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (XbrlSuite.Skipped s : r.skippedTestcases()) {
            skipped.add(Map.of("testcase", s.testcase(), "reason", s.reason()));
        }
        out.put("skippedTestcases", skipped);
        List<Map<String, Object>> variations = new ArrayList<>();
        for (XbrlSuite.Outcome o : r.outcomes()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("testcase", o.testcase());
            v.put("id", o.id());
            v.put("name", o.name());
            v.put("expected", o.expected());
            v.put("got", o.got().name().toLowerCase(java.util.Locale.ROOT));
            v.put("status", o.skipped() ? "skip" : o.passed() ? "pass" : "fail");
            v.put("reason", o.reason());
            v.put("summationsChecked", o.summationsChecked());
            v.put("inconsistencies", o.failedFindings());
            variations.add(v);
        }
        out.put("variations", variations);
        Path parent = to.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(to.toFile(), out);
    }
}
