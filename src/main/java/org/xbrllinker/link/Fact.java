package org.xbrllinker.link;

import java.math.BigDecimal;

import org.xbrllinker.taxonomy.Concept;

/**
 * A reported value: concept, period, unit, the value with the sign the concept carries, and its decimals
 * (0 for whole units, -3 for thousands). Two cells showing the same concept and period show the same fact.
 */
public record Fact(Concept concept, Period period, String unit, BigDecimal value, int decimals) {

    /** concept, period and unit: what makes two cells report one fact. */
    public String key() {
        return concept.qname() + "|" + period + "|" + unit;
    }
}
