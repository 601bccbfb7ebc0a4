package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbrllinker.parse.SourceLocation;

/**
 * A fact whose format no registry defines is left out with a warning naming the format and the fact's line, and the
 * rest of the document is read ({@code instance/unknown-format.htm}).
 */
class UnknownFormatTest {

    private static final String FILE = "unknown-format.htm";
    private static XbrlInstance doc;
    private static List<String> warnings;

    @BeforeAll
    static void parse() throws Exception {
        Path file = Path.of(UnknownFormatTest.class.getResource("/instance/" + FILE).toURI());
        InlineXbrlParser parser = new InlineXbrlParser();
        doc = parser.parse(file);
        warnings = parser.warnings();
    }

    @Test
    void theGoodFactsAreRead() {
        assertEquals(List.of("good", "good-text", "nil"), doc.facts().stream().map(XbrlFact::id).toList());
        assertEquals(new BigDecimal("1000000000"), doc.facts().get(0).value(), "num-dot-decimal 1,000 × 10⁶");
        assertEquals("true", doc.facts().get(1).text(), "ixt-sec:boolballotbox ☒");
        assertTrue(doc.facts().get(2).nil(), "a nil fact applies no format, so its unknown one does not matter");
    }

    @Test
    void eachRefusalNamesTheFactItsFormatAndLine() {
        assertEquals(List.of(
                new RefusedFact(new SourceLocation(FILE, 13, 146), "us-gaap:Assets", "ixt:num-dot-comma",
                        Transforms.TR4, "left out us-gaap:Assets: its format \"ixt:num-dot-comma\" ("
                        + Transforms.TR4 + ") is no transformation of a registry this reader knows"),
                new RefusedFact(new SourceLocation(FILE, 17, 93), "us-gaap:Ratio", "ixt:numdotdecimal",
                        Transforms.TR4, "left out us-gaap:Ratio: its format \"ixt:numdotdecimal\" ("
                        + Transforms.TR4 + ") is no transformation of a registry this reader knows"),
                new RefusedFact(new SourceLocation(FILE, 15, 138), "dei:DocumentPeriodEndDate", "acme:date-fancy",
                        null, "left out dei:DocumentPeriodEndDate: its format \"acme:date-fancy\" (undeclared prefix) "
                        + "is no transformation of a registry this reader knows")),
                doc.refused());
    }

    @Test
    void theRefusalsAreWarnings() {
        assertEquals(doc.refused().stream().map(RefusedFact::message).toList(), warnings,
                "no other warning: the refused text's continuation is not reported unused");
        assertEquals(FILE + ":13:146: left out us-gaap:Assets: its format \"ixt:num-dot-comma\" (" + Transforms.TR4
                + ") is no transformation of a registry this reader knows", warnings.get(0));
    }

    @Test
    void aDocumentWithoutUnknownFormatsRefusesNothing() throws Exception {
        Path file = Path.of(UnknownFormatTest.class.getResource("/instance/inline-features.htm").toURI());
        assertEquals(List.of(), new InlineXbrlParser().parse(file).refused());
        assertNull(Transforms.find(Transforms.TR4, "num-dot-comma"), "the format the document uses is indeed unknown");
    }
}
