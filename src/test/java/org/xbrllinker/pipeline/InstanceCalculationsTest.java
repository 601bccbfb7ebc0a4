package org.xbrllinker.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.check.CalcMode;
import org.xbrllinker.check.Finding;
import org.xbrllinker.rdf.InstanceMapper;
import org.xbrllinker.testing.Shared;

/**
 * Instances read as users bring them, their DTS loaded from their own references, and their calculations judged in
 * each mode: the XBRL 2.1 conformance suite's summation-item testcases (320, 397) in XBRL 2.1 mode give the suite's
 * verdicts, the other modes what Calculations 1.1 says of the same files.
 */
class InstanceCalculationsTest {

    private static final Path SUITE = Shared.data().resolve("conformance/xbrl-2.1-conf-2014-12-10/Common/300-instance");

    @TempDir
    Path tmp;

    /** Variation id → [instance file, expected result] of a testcase file. */
    private static Map<String, String[]> variations(String testcase) throws Exception {
        String xml = Files.readString(SUITE.resolve(testcase));
        Matcher m = Pattern.compile("(?s)<variation id=\"([^\"]+)\".*?<instance[^>]*>([^<]+)</instance>.*?"
                + "<result expected=\"(\\w+)\"").matcher(xml);
        Map<String, String[]> out = new LinkedHashMap<>();
        while (m.find()) {
            out.put(m.group(1), new String[] {m.group(2).strip(), m.group(3)});
        }
        return out;
    }

    private static String verdict(Path instance, CalcMode mode) throws Exception {
        return InstanceCheck.run(instance, null, null, mode).failedCalculations().isEmpty() ? "valid" : "invalid";
    }

    @Test
    void xbrl21ModeGivesTheSuitesVerdictOnEverySummationItemVariation() throws Exception {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String testcase : List.of("320-CalculationBinding.xml", "397-Testcase-SummationItem.xml")) {
            for (Map.Entry<String, String[]> v : variations(testcase).entrySet()) {
                String got = verdict(SUITE.resolve(v.getValue()[0]), CalcMode.XBRL21);
                n++;
                if (!got.equals(v.getValue()[1])) {
                    wrong.add(testcase + " " + v.getKey() + ": expected " + v.getValue()[1] + ", got " + got);
                }
            }
        }
        assertEquals(64, n, "33 variations of 320 and 31 of 397");
        assertEquals(List.of(), wrong);
    }

    /** 397 V-01: A = 4, B = 1, C = 2, all precision INF, A → B, C; exact facts have no rounding step to bind by. */
    @Test
    void exactFactsAreCheckedInEveryMode() throws Exception {
        Path instance = SUITE.resolve("397-01-InconsistentInstance-invalid.xbrl");
        for (CalcMode mode : CalcMode.values()) {
            InstanceCheck.Result r = InstanceCheck.run(instance, null, null, mode);
            assertEquals(3, r.instance().facts().size());
            List<Finding> failed = r.failedCalculations();
            assertEquals(1, failed.size(), mode + ": " + r.findings());
            Finding f = failed.get(0);
            assertEquals("calculation.instance", f.check());
            assertEquals(new java.math.BigDecimal("4"), f.reported());
            assertEquals(0, new java.math.BigDecimal("3").compareTo(f.computed()));
            assertTrue(f.message().startsWith("abc:A 2003-03-31 (link): 1 + 2 = 3 computed, 4 reported"), f.message());
            assertTrue(f.message().endsWith("[" + mode.title() + "]"), f.message());
        }
    }

    /** 320-01: A = 1527 (precision 2), B = 984.8 (precision 3), C = 582.334973 (decimals 1). */
    @Test
    void precisionIsInferredAsDecimalsAndTheModesDisagreeAsTheyShould() throws Exception {
        Path instance = SUITE.resolve("320-01-BindCalculationInferPrecision-instance.xbrl");
        InstanceCheck.Result xbrl21 = InstanceCheck.run(instance, null, null, CalcMode.XBRL21);
        Finding f = xbrl21.failedCalculations().get(0);
        assertTrue(f.message().contains("985 + 582.3 = 1,600 computed, 1,500 reported [XBRL 2.1 \u00a75.2.5.2]"),
                f.message());
        // Calculations 1.1: [1,566.584973, 1,567.684973] overlaps the total's [1,477, 1,577]
        InstanceCheck.Result c11r = InstanceCheck.run(instance, null, null, CalcMode.C11R);
        assertEquals(List.of(), c11r.failedCalculations());
        assertEquals(1, c11r.findings().size());
        assertEquals(Finding.PASS, c11r.findings().get(0).status());
    }

    /**
     * 397 V-12: B is reported twice. XBRL 2.1 leaves the summation unchecked; Calculations 1.1 counts consistent
     * duplicates once, and names inconsistent ones.
     */
    @Test
    void duplicatesAreSkippedInXbrl21AndResolvedInCalculations11() throws Exception {
        Path instance = SUITE.resolve("397-12-DuplicateContributingItems-valid.xbrl");
        assertEquals(List.of(), InstanceCheck.run(instance, null, null, CalcMode.XBRL21).findings());
        List<Finding> c11 = InstanceCheck.run(instance, null, null, CalcMode.C11R).findings();
        assertEquals(1, c11.size(), c11.toString());
    }

    /** A lone instance file loads the DTS its schemaRef names, as its folder does; a .xbrl file is an instance. */
    @Test
    void aLoneInstanceFileLoadsItsDts() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("320-01"));
        Path instance = Files.copy(SUITE.resolve("320-01-BindCalculationInferPrecision-instance.xbrl"),
                folder.resolve("320-01.xml"));
        for (String f : List.of("320-BindCalculationInferPrecision.xsd",
                "320-BindCalculationInferPrecision-calculation.xml", "320-BindCalculationInferPrecision-label.xml")) {
            Files.copy(SUITE.resolve(f), folder.resolve(f));
        }
        InstanceCheck.Result alone = InstanceCheck.run(instance, null, null, CalcMode.XBRL21);
        InstanceCheck.Result inFolder = InstanceCheck.run(instance, folder, null, CalcMode.XBRL21);
        assertEquals(1, alone.failedCalculations().size(), alone.findings().toString());
        assertEquals(alone.failedCalculations().get(0).message(), inFolder.failedCalculations().get(0).message());
        assertEquals(List.of(folder.resolve("320-BindCalculationInferPrecision.xsd").toAbsolutePath()),
                InstanceDts.of(instance, null).sources());

        Path xbrl = SUITE.resolve("397-01-InconsistentInstance-invalid.xbrl");
        assertEquals(List.of(new Work(xbrl, Work.Kind.INSTANCE, xbrl)), Inputs.plan(List.of(xbrl)));
    }

    /** The inline 10-K without its schema: its facts load, the missing schema is named and no calculation can run. */
    @Test
    void anInstanceWithoutCalculationsSaysNoCalculationCheckCanRun() throws Exception {
        Path folder = Shared.data().resolve("filings/fizz-10k-fy2020-inline");
        InstanceCheck.Result r = InstanceCheck.run(folder.resolve("fizz20200502_10k.htm"), folder, null,
                CalcMode.C11R);
        assertEquals(681, r.instance().facts().size());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.check().startsWith("calculation")).toList());
        assertEquals(List.of("fizz20200502_10k.htm: did not load fizz-20200502.xsd: no such local file",
                InstanceMapper.NO_CALCULATION), r.warnings());
    }

    /** A remote schemaRef is named in a warning, never fetched. */
    @Test
    void aRemoteReferenceIsNamedNotFetched() throws Exception {
        Path instance = Files.writeString(tmp.resolve("remote.xbrl"), """
                <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
                      xmlns:xlink="http://www.w3.org/1999/xlink">
                  <link:schemaRef xlink:type="simple" xlink:href="http://127.0.0.1:9/entry.xsd"/>
                </xbrl>
                """);
        assertEquals(List.of("remote.xbrl: did not load http://127.0.0.1:9/entry.xsd: a remote reference is never "
                + "fetched; its concepts come from the run's taxonomy where that holds them"),
                InstanceDts.of(instance, null).warnings());
    }

    /**
     * The 10-Q: one concept reported twice in one context (48.6bn at decimals -8, 48,612m at decimals -6) and
     * 5.2bn beside it, total 53.8bn. Calculations 1.1 counts the consistent duplicates once, the most precise; XBRL
     * 2.1 leaves the summation unchecked; neither adds both.
     */
    @Test
    void consistentDuplicatesCountOnce() throws Exception {
        Files.writeString(tmp.resolve("d.xsd"), """
                <schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance"
                        xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
                        targetNamespace="http://example.com/d" elementFormDefault="qualified">
                  <annotation><appinfo>
                    <link:linkbaseRef xlink:type="simple" xlink:href="d-cal.xml"
                        xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
                  </appinfo></annotation>
                  <element name="Total" id="d_Total" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item"
                           xbrli:periodType="instant"/>
                  <element name="A" id="d_A" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item"
                           xbrli:periodType="instant"/>
                  <element name="B" id="d_B" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item"
                           xbrli:periodType="instant"/>
                </schema>
                """);
        Files.writeString(tmp.resolve("d-cal.xml"), """
                <linkbase xmlns="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <calculationLink xlink:type="extended" xlink:role="http://example.com/role/Statement">
                    <loc xlink:type="locator" xlink:href="d.xsd#d_Total" xlink:label="t"/>
                    <loc xlink:type="locator" xlink:href="d.xsd#d_A" xlink:label="a"/>
                    <loc xlink:type="locator" xlink:href="d.xsd#d_B" xlink:label="b"/>
                    <calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item"
                        xlink:from="t" xlink:to="a" weight="1" order="1"/>
                    <calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item"
                        xlink:from="t" xlink:to="b" weight="1" order="2"/>
                  </calculationLink>
                </linkbase>
                """);
        Path instance = Files.writeString(tmp.resolve("d.xbrl"), """
                <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
                      xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:d="http://example.com/d"
                      xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
                  <link:schemaRef xlink:type="simple" xlink:href="d.xsd"/>
                  <context id="c"><entity><identifier scheme="http://www.sec.gov/CIK">1</identifier></entity>
                    <period><instant>2024-06-30</instant></period></context>
                  <context id="c-again"><entity><identifier scheme="http://www.sec.gov/CIK">1</identifier></entity>
                    <period><instant>2024-06-30</instant></period></context>
                  <unit id="usd"><measure>iso4217:USD</measure></unit>
                  <d:A id="a1" contextRef="c" unitRef="usd" decimals="-8">48600000000</d:A>
                  <d:A id="a2" contextRef="c-again" unitRef="usd" decimals="-6">48612000000</d:A>
                  <d:B contextRef="c" unitRef="usd" decimals="-8">5200000000</d:B>
                  <d:Total contextRef="c" unitRef="usd" decimals="-8">53800000000</d:Total>
                </xbrl>
                """);
        InstanceCheck.Result c11r = InstanceCheck.run(instance, null, null, CalcMode.C11R);
        assertEquals(1, c11r.findings().size(), c11r.findings().toString());
        Finding f = c11r.findings().get(0);
        assertEquals(Finding.PASS, f.status(), f.message());
        assertEquals(0, new java.math.BigDecimal("53812000000").compareTo(f.computed()), f.message());
        assertTrue(f.message().startsWith("d:Total 2024-06-30 (Statement): 48,612,000,000 + 5,200,000,000 = "
                + "53,812,000,000 computed, 53,800,000,000 reported"), f.message());
        assertEquals(List.of(), InstanceCheck.run(instance, null, null, CalcMode.XBRL21).findings());
    }

    /**
     * 330 V-81 to V-94: contexts whose periods are written as dates and as midnight date-times are c-equal when they
     * name the same point (2007-12-31 as an instant is 2008-01-01T00:00:00 and 2007-12-31T24:00:00), so the
     * calculation binds their facts; V-83 (23:59:59, a time no date stands for) is still read as its date.
     */
    @Test
    void midnightDateTimesAreTheDatesTheyMean() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String[]> v : variations("330-s-equal-testcase.xml").entrySet()) {
            int n = Integer.parseInt(v.getKey().replaceAll("\\D", ""));
            if (n < 81 || n == 83) {
                continue;
            }
            String got = verdict(SUITE.resolve(v.getValue()[0]), CalcMode.XBRL21);
            if (!got.equals(v.getValue()[1])) {
                wrong.add(v.getKey() + ": expected " + v.getValue()[1] + ", got " + got);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
