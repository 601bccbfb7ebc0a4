package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The transformations against the examples of their registries, and the texts they must refuse. */
class TransformsTest {

    private static String tr4(String name, String displayed) {
        return Transforms.find(Transforms.TR4, name).apply(displayed);
    }

    private static String tr3(String name, String displayed) {
        return Transforms.find(Transforms.TR3, name).apply(displayed);
    }

    private static String sec(String name, String displayed) {
        return Transforms.find(Transforms.SEC, name).apply(displayed);
    }

    @Test
    void numbers() {
        assertEquals("1234567.89", tr4("num-dot-decimal", " 1,234,567.89 "));
        assertEquals("1234", tr4("num-dot-decimal", "1\u00A0234"));
        assertEquals("0.5", tr4("num-dot-decimal", ".5"), "the 2020 registry gives canonical decimals");
        assertNull(tr4("num-dot-decimal", "12x4"));
        assertNull(tr4("num-dot-decimal", "-5"));
        assertNull(tr4("num-dot-decimal", ""));
        assertEquals("1234567.89", tr4("num-comma-decimal", "1.234.567,89"));
        assertEquals("95359", tr3("numdotdecimal", "95,359"));
        assertNull(tr3("numdotdecimal", "95,35"), "the 2015 registry wants groups of three");
        assertEquals("12.5", tr3("numcommadecimal", "12,5"));
        assertEquals("0", tr3("zerodash", "\u2014"));
        assertNull(tr3("zerodash", "0"));
        assertEquals("0", tr4("fixed-zero", "\u2014"));
        assertEquals("2", sec("numwordsen", "two"));
        assertEquals("0", sec("numwordsen", "None"));
        assertEquals("21", sec("numwordsen", "twenty-one"));
        assertEquals("1105", sec("numwordsen", "one thousand one hundred and five"));
        assertNull(sec("numwordsen", "a couple"));
    }

    @Test
    void fixedValuesAndBallotBoxes() {
        assertEquals("true", tr4("fixed-true", "\u2014"));
        assertEquals("false", tr4("fixed-false", ""));
        assertEquals("", tr4("fixed-empty", "anything"));
        assertEquals("false", tr3("booleanfalse", "false"));
        assertEquals("true", sec("boolballotbox", "\u2612"));
        assertEquals("true", sec("boolballotbox", "\u2611"));
        assertEquals("false", sec("boolballotbox", " \u2610 "));
        assertNull(sec("boolballotbox", "x"));
    }

    @Test
    void datesAndDurations() {
        assertEquals("2025-03-29", tr4("date-monthname-day-year-en", "March\u00A029, 2025"));
        assertEquals("2020-05-02", tr3("datemonthdayyearen", "May 2, 2020"));
        assertEquals("2025-03-29", tr4("date-day-monthname-year-en", "29 Mar 2025"));
        assertNull(tr4("date-monthname-day-year-en", "February 30, 2025"));
        assertEquals("P2Y8M12D", sec("duryear", "2.7"));
        assertEquals("P3Y3M18D", sec("duryear", "3.3"));
        assertEquals("P17Y", sec("duryear", "17"));
        assertEquals("P4Y6M", sec("duryear", "4.5"));
        assertEquals("P0Y", sec("duryear", "0"), "the SEC writes the first unit given when all are zero");
        assertEquals("P12M", sec("durmonth", "12"));
        assertEquals("P1M15D", sec("durmonth", "1.5"));
        assertNull(sec("duryear", "two"));
    }

    @Test
    void namesToCodes() {
        assertEquals("Large Accelerated Filer", sec("entityfilercategoryen", "Large accelerated\u00A0filer"));
        assertEquals("Non-accelerated Filer", sec("entityfilercategoryen", "Non-accelerated filer"));
        assertNull(sec("entityfilercategoryen", "Smaller reporting company"));
        assertEquals("NASDAQ", sec("exchnameen", "The Nasdaq Stock Market LLC"));
        assertEquals("NASDAQ", sec("exchnameen", "The NASDAQ Global Select Market"));
        assertEquals("NYSE", sec("exchnameen", "New York Stock Exchange"));
        assertEquals("NYSEArca", sec("exchnameen", "NYSE Arca, Inc."));
        assertNull(sec("exchnameen", "Moon Exchange"));
        assertEquals("CA", sec("stateprovnameen", "California"));
        assertEquals("DE", sec("stateprovnameen", "Delaware"));
        assertEquals("NY", sec("stateprovnameen", "new  york"));
        assertNull(sec("stateprovnameen", "Atlantis"));
    }

    @Test
    void unknownFormatsAndRegistries() {
        assertNull(Transforms.find(Transforms.TR4, "num-dot-comma"));
        assertNull(Transforms.find(Transforms.TR4, "numdotdecimal"), "2015 names are not in the 2020 registry");
        assertNull(Transforms.find("http://example.com/transformation", "num-dot-decimal"));
        assertNull(Transforms.find(null, "num-dot-decimal"));
    }

    @Test
    void aHostileLongTextIsRefusedQuickly() {
        // a run of dashes between day and month: the registry's pattern for Finnish backtracked for minutes on this
        String dashes = "13 " + "-".repeat(40_000) + " elokuuta";
        String nearTheLimit = "13 " + "-".repeat(Transforms.MAX_TEXT - 20) + " elokuuta";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String ns : new String[] {Transforms.TR4, Transforms.TR5}) {
                for (String name : Transforms.names(ns)) {
                    Transforms.find(ns, name).apply(dashes);
                    Transforms.find(ns, name).apply(nearTheLimit);
                }
            }
        });
        assertNull(tr4("date-day-monthname-fi", dashes), "longer than MAX_TEXT");
        assertEquals("--08-13", tr4("date-day-monthname-fi", nearTheLimit), "read, and as the registry defines it");
        assertEquals("--08-13", tr4("date-day-monthname-fi", "13. elokuuta"));
    }

    @Test
    void fixedValuesTakeAnyLengthOfText() {
        String paragraph = "Indicate by check mark whether the registrant is a shell company. ".repeat(100);
        assertEquals("false", tr4("fixed-false", paragraph));
        assertEquals("", tr4("fixed-empty", paragraph));
        assertEquals("INF", sec("numinf", paragraph));
    }
}
