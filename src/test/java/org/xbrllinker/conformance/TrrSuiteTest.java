package org.xbrllinker.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.testing.Shared;

/** XBRL International's transformation registry tests (versions 2 and 3, in the shared data) all pass. */
class TrrSuiteTest {

    private static Path tests(String version) {
        return Shared.data().resolve("conformance").resolve("trr").resolve(version).resolve("tests.xml");
    }

    private static void allPass(String version, int variations) throws InputException {
        TrrSuite.Result r = TrrSuite.run(tests(version));
        String failures = r.variations().stream().filter(v -> !v.passed()).map(TrrSuite.Variation::line)
                .collect(Collectors.joining("\n"));
        assertEquals(variations, r.total(), version + " variations");
        assertEquals("", failures, version + ": " + r.summary());
        assertEquals(variations + " passed, 0 failed", r.summary());
    }

    @Test
    void registry2() throws InputException {
        allPass("trrv2", 265);
    }

    @Test
    void registry3() throws InputException {
        allPass("trrv3", 491);
    }

    @Test
    void aWrongExpectationFails(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tests.xml");
        Files.writeString(file, """
                <testcase xmlns="http://xbrl.org/2011/conformance-rendering/transforms"
                    xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12">
                  <transform name="ixt:num-dot-decimal">
                    <variation input="1,234.5" output="1234.5" result="valid"/>
                    <variation input="1,234.5" output="1234.50" result="valid"/>
                    <variation input="1.234,5" output="" result="invalid"/>
                    <variation input="12" output="" result="invalid"/>
                  </transform>
                  <transform name="ixt:no-such-format">
                    <variation input="x" output="" result="invalid"/>
                  </transform>
                </testcase>
                """);
        TrrSuite.Result r = TrrSuite.run(file);
        assertEquals("2 passed, 3 failed", r.summary());
        assertEquals("{http://www.xbrl.org/inlineXBRL/transformation/2020-02-12}num-dot-decimal",
                r.variations().get(0).transform());
        assertEquals(file + ":5: FAIL ixt:num-dot-decimal \"1,234.5\" → \"1234.5\" (expected \"1234.50\")",
                r.variations().get(1).line());
        assertEquals(file + ":7: FAIL ixt:num-dot-decimal \"12\" → \"12\" (expected refusal)",
                r.variations().get(3).line());
        assertTrue(!r.variations().get(4).passed(), "an unknown transformation passes nothing");
    }

    @Test
    void notATestFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.xml");
        Files.writeString(file, "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\"/>\n");
        InputException e = assertThrows(InputException.class, () -> TrrSuite.run(file));
        assertEquals(file + ":1: expected a TRR test file (<testcase> in "
                + "http://xbrl.org/2011/conformance-rendering/transforms), found <xbrl> in "
                + "http://www.xbrl.org/2003/instance", e.getMessage());
    }
}
