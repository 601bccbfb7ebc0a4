package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.link.Period;

/** Each inline feature on one small made-up document ({@code instance/inline-features.htm}), value by value. */
class InlineFeaturesTest {

    private static XbrlInstance doc;
    private static List<String> warnings;

    @BeforeAll
    static void parse() throws Exception {
        Path file = Path.of(InlineFeaturesTest.class.getResource("/instance/inline-features.htm").toURI());
        InlineXbrlParser parser = new InlineXbrlParser();
        doc = parser.parse(file);
        warnings = parser.warnings();
    }

    private static XbrlFact fact(String id) {
        return doc.facts().stream().filter(f -> id.equals(f.id())).findFirst()
                .orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void factsInTheOrderOfTheirStartTags() {
        assertEquals(List.of("h-1", "n-1", "n-2", "n-3", "n-4", "t-1", "t-2", "t-3", "n-5"),
                doc.facts().stream().map(XbrlFact::id).toList());
        assertTrue(fact("h-1").hidden());
        assertEquals(1, doc.facts().stream().filter(XbrlFact::hidden).count());
    }

    @Test
    void numbersThroughFormatScaleAndSign() {
        assertEquals(new BigDecimal("-1234500"), fact("n-1").value(), "ixt:num-comma-decimal 1.234,5 × 10³, sign -");
        assertEquals(-2, fact("n-1").decimals());
        assertEquals(new BigDecimal("12345"), fact("n-2").value(), "2015 registry numdotdecimal, space grouping");
        assertNull(fact("n-2").decimals(), "INF");
        assertTrue(fact("n-3").nil());
        assertNull(fact("n-3").value());
        assertEquals(new BigDecimal("0.25"), fact("n-4").value(), "ix:fraction 1/4");
        assertEquals(new BigDecimal("1000"), fact("n-5").value(), "inside a continuation");
    }

    @Test
    void textsFlattenedEscapedAndContinued() {
        assertEquals("true", fact("t-1").text(), "ixt:fixed-true on a ballot box");
        assertEquals("Common   stock\n  A", fact("t-2").text(),
                "markup flattened, white space trimmed at the ends only");
        // escaped: markup kept (void elements self-closed, ix tags dropped), continuation appended, ix:exclude removed
        assertEquals("<p class=\"x\">R&amp;D &lt;costs&gt; are<br/>expensed</p>"
                + "<p title=\"a &quot;b&quot;\">Total 1,000.</p>", fact("t-3").text());
    }

    @Test
    void warningsForWhatIsLeftOut() {
        assertEquals(List.of(
                "inline-features.htm:35:106: left out dei:EntityRegistrantName: it belongs to the target document "
                        + "\"other\", not to the default one this instance holds",
                "inline-features.htm:34:32: no fact continues into ix:continuation \"c-unused\"; its text is unused"),
                warnings);
    }

    @Test
    void contextsUnitsAndPrefixes() {
        // g: and us-gaap: name the same namespace; the instance's own prefix wins
        assertEquals(Map.of("us-gaap:StatementClassOfStockAxis", "us-gaap:CommonStockMember"),
                doc.contexts().get("i-2025-common").dimensions());
        assertEquals("us-gaap:CommonStockSharesOutstanding", fact("n-2").concept());
        assertTrue(doc.contexts().get("always").isForever());
        assertEquals(XbrlContext.FOREVER, doc.contexts().get("always").period());
        assertEquals(Period.duration(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                doc.contexts().get("d-2025").period());
        assertEquals("EUR/shares", doc.units().get("eur-per-share").code());
        assertEquals("inline-features.htm:24:167", fact("n-1").location().toString(), "line and column");
    }

    @Test
    void aTextOverTheLimitIsCutWithAWarning(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("long.htm"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
                    xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2024">
                <body><div style="display:none"><ix:header><ix:resources>
                <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
                <xbrli:period><xbrli:instant>2025-12-31</xbrli:instant></xbrli:period></xbrli:context>
                </ix:resources></ix:header></div>
                <p><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c">Short Inc.</ix:nonNumeric></p>
                <p><ix:nonNumeric name="dei:SecurityExchangeName" contextRef="c">A name far longer than twenty</ix:nonNumeric></p>
                </body></html>
                """, StandardCharsets.UTF_8);
        InlineXbrlParser parser = new InlineXbrlParser(20);
        XbrlInstance in = parser.parse(file);
        assertEquals("Short Inc.", in.facts().get(0).text(), "within the limit: exact");
        assertEquals("A name far longer th", in.facts().get(1).text());
        assertEquals(List.of("long.htm:8:66: kept the first 20 of 29 characters of dei:SecurityExchangeName "
                + "(the text limit)"), parser.warnings());
    }
}
