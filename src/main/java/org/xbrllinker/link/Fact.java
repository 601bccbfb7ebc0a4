package org.xbrllinker.link;

import java.math.BigDecimal;

import org.xbrllinker.taxonomy.Concept;

/**
 * A reported value: concept, period, unit, dimensions (axis=member;..., empty for none or unknown), and either a
 * number ({@code value} with the sign the concept carries, and its decimals: 0 for whole units, -3 for thousands) or,
 * for a non-numeric fact, its lexical {@code text} in the XSD {@code datatype} it has (an IRI such as
 * {@code http://www.w3.org/2001/XMLSchema#date}); a non-numeric fact has no unit. Two cells showing the same concept,
 * period, unit and dimensions show the same fact.
 */
public record Fact(Concept concept, Period period, String unit, String dimensions, BigDecimal value, int decimals,
                   String text, String datatype) {

    /** A numeric fact. */
    public Fact(Concept concept, Period period, String unit, String dimensions, BigDecimal value, int decimals) {
        this(concept, period, unit, dimensions, value, decimals, null, null);
    }

    /** A numeric fact of no dimension (or none known from the page). */
    public Fact(Concept concept, Period period, String unit, BigDecimal value, int decimals) {
        this(concept, period, unit, "", value, decimals);
    }

    /** A non-numeric fact: its lexical value and XSD datatype IRI. */
    public static Fact nonNumeric(Concept concept, Period period, String dimensions, String text, String datatype) {
        return new Fact(concept, period, null, dimensions, null, 0, text, datatype);
    }

    /** True for a number; false for a text, date, boolean or enumeration value. */
    public boolean numeric() {
        return text == null;
    }

    /** concept, period, unit and dimensions: what makes two cells report one fact. */
    public String key() {
        return concept.qname() + "|" + period + "|" + unit + "|" + dimensions;
    }
}
