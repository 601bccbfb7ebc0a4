package org.xbrllinker.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A sum as findings store it reads back as its terms. */
class AmountsTest {

    @Test
    void aRenderedSumParsesBackToItsSignedTerms() {
        String sum = Amounts.sum("3|49849 0|1121115 2|-86170 1|391189");
        assertEquals("1,121,115 + 391,189 \u2212 86,170 + 49,849", sum);
        assertEquals(List.of(new BigDecimal("1121115"), new BigDecimal("391189"), new BigDecimal("-86170"),
                new BigDecimal("49849")), Amounts.parseSum(sum));
        assertEquals(List.of(new BigDecimal("-20817.5"), new BigDecimal("-1000")),
                Amounts.parseSum(Amounts.sum("0|-20817.5 1|-1000")));
        assertEquals(List.of(BigDecimal.ZERO), Amounts.parseSum(Amounts.sum("")));
    }

    /** A list of amounts, and of quoted non-numeric values as the duplicate check writes them. */
    @Test
    void aListShowsAmountsWithSeparatorsAndQuotedValuesAsTheyAre() {
        assertEquals("874,355 and 874,535", Amounts.list("874355 874535"));
        assertEquals("874,355 and \u2212874,535", Amounts.list("874355, -874535"));
        assertEquals("\"MMM\" and \"MMM26\"", Amounts.list("\"MMM\" \"MMM26\""));
        assertEquals("\"Common Stock, Par Value $.01 Per Share\" and \"1.500% Notes due 2026\"",
                Amounts.list("\"Common Stock, Par Value $.01 Per Share\" \"1.500% Notes due 2026\""));
        assertEquals("\"the \"A\" shares\" and 12", Amounts.list("\"the \"\"A\"\" shares\" 12"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Amounts.list("\"open"));
        assertEquals("a quoted value without its closing quote: \"open", e.getMessage());
    }
}
