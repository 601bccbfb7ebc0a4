package org.xbrllinker.link;

import java.math.BigDecimal;

import org.xbrllinker.taxonomy.Concept;

/**
 * A reported value: concept, period, unit, dimensions (axis=member;..., empty for none or unknown), the value with
 * the sign the concept carries, and its decimals (0 for whole units, -3 for thousands). Two cells showing the same
 * concept, period, unit and dimensions show the same fact.
 */
public record Fact(Concept concept, Period period, String unit, String dimensions, BigDecimal value, int decimals) {

    /** A fact of no dimension (or none known from the page). */
    public Fact(Concept concept, Period period, String unit, BigDecimal value, int decimals) {
        this(concept, period, unit, "", value, decimals);
    }

    /** concept, period, unit and dimensions: what makes two cells report one fact. */
    public String key() {
        return concept.qname() + "|" + period + "|" + unit + "|" + dimensions;
    }
}
