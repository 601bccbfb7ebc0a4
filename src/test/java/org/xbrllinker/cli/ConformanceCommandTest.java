package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.testing.Shared;

/** {@code conformance}: its lines, summary, JSON report and exit codes. */
class ConformanceCommandTest {

    @TempDir
    Path tmp;

    static String mini(String name) throws Exception {
        return Path.of(ConformanceCommandTest.class.getResource("/conformance/mini/" + name).toURI()).toString();
    }

    @Test
    void allPassingIsExitZeroWithOneLinePerVariationAndTheSummary() throws Exception {
        Path report = tmp.resolve("out/conformance.json");
        CliTest.Result r = CliTest.cli("conformance", mini("mini-testcase.xml"), "--report", report.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("mini-testcase\\.xml\\s+V-01\\s+expected valid\\s+got valid\\s+PASS\\s+"
                + "1 summation\\(s\\) consistent"), lines.get(0));
        assertTrue(lines.get(1).matches(".*V-02\\s+expected invalid\\s+got invalid\\s+PASS\\s+inconsistent: abc:A .*"),
                lines.get(1));
        assertTrue(lines.get(3).matches(".*V-04\\s+expected valid\\s+got skipped\\s+SKIP\\s+no instance .*"),
                lines.get(3));
        assertEquals("3 passed, 0 failed (xbrl21)", lines.get(lines.size() - 1));
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals("xbrl21", json.get("calcMode").asText());
        assertEquals(3, json.get("passed").asInt());
        assertEquals(0, json.get("failed").asInt());
        JsonNode v2 = json.get("variations").get(1);
        assertEquals("V-02", v2.get("id").asText());
        assertEquals("invalid", v2.get("got").asText());
        assertEquals("pass", v2.get("status").asText());
        assertTrue(v2.get("inconsistencies").get(0).asText()
                .startsWith("abc:A 2024-12-31 (link): 100 + 200 = 300 computed, 310 reported"), v2.toString());
    }

    @Test
    void aFailingVariationIsExitOne() throws Exception {
        CliTest.Result r = CliTest.cli("conformance", mini("mini-wrong-testcase.xml"), "--quiet",
                "--calc-mode", "c11r");
        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).matches("mini-wrong-testcase\\.xml\\s+V-02\\s+expected valid\\s+got invalid\\s+FAIL.*"),
                lines.get(0));
        assertEquals("2 passed, 1 failed (c11r)", lines.get(1));
    }

    @Test
    void badInputIsExitTwoWithOneLine() throws Exception {
        CliTest.Result missing = CliTest.cli("conformance", tmp.resolve("none.xml").toString());
        assertEquals(2, missing.exit());
        assertEquals("xbrl-linker: " + tmp.resolve("none.xml") + ": expected a conformance file, found no such file",
                missing.err().strip());

        Path notXml = Files.writeString(tmp.resolve("notes.xml"), "not XML");
        CliTest.Result malformed = CliTest.cli("conformance", notXml.toString());
        assertEquals(2, malformed.exit());
        assertTrue(malformed.err().strip().startsWith("xbrl-linker: " + notXml + ":1: expected well-formed XML"),
                malformed.err());

        CliTest.Result schema = CliTest.cli("conformance", mini("abc.xsd"));
        assertEquals(2, schema.exit());
        assertTrue(schema.err().contains("expected an XBRL conformance index (<testcases>), testcase (<testcase>) "
                + "or transformation-registry test file, found <schema>"), schema.err());

        Path doctype = Files.writeString(tmp.resolve("doctype.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE testcase [<!ENTITY x \"y\">]>\n<testcase>&x;</testcase>\n");
        CliTest.Result refused = CliTest.cli("conformance", doctype.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("doctype.xml:2:"), refused.err());

        CliTest.Result mode = CliTest.cli("conformance", mini("mini-testcase.xml"), "--calc-mode", "c12");
        assertEquals(2, mode.exit());
        assertEquals("xbrl-linker: expected a calculation mode c11r, c11t or xbrl21, found 'c12'", mode.err().strip());
    }

    @Test
    void transformationRegistryTestFilesRunThroughTheProductsTransformations() {
        for (String version : new String[] {"trrv2", "trrv3"}) {
            Path trr = Shared.data().resolve("conformance/trr/" + version + "/tests.xml");
            CliTest.Result r = CliTest.cli("conformance", trr.toString(), "--quiet");
            assertEquals(0, r.exit(), r.err());
            assertEquals(version.equals("trrv2") ? "265 passed, 0 failed" : "491 passed, 0 failed",
                    r.out().strip(), "--quiet prints only failing variations and the summary");
        }
    }
}
