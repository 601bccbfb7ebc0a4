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
}
