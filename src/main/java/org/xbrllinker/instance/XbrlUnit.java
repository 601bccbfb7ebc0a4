package org.xbrllinker.instance;

import java.util.List;

/** An xbrli:unit: measures (prefix:LocalName, e.g. iso4217:USD, xbrli:shares), with a denominator for a ratio. */
public record XbrlUnit(String id, List<String> numerator, List<String> denominator) {

    public XbrlUnit {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
    }

    /**
     * What makes two units u-equal (XBRL 2.1 4.10): the measures of numerator and denominator, each set in order, one
     * string; units with other ids but the same measures give the same key.
     */
    public String equalityKey() {
        return String.join("*", numerator.stream().sorted().toList()) + (denominator.isEmpty() ? ""
                : "/" + String.join("*", denominator.stream().sorted().toList()));
    }

    /** The unit as the report writes it: local names, "*" between products, "/" before a denominator (USD/shares). */
    public String code() {
        String num = String.join("*", numerator.stream().map(XbrlUnit::local).toList());
        if (denominator.isEmpty()) {
            return num;
        }
        return num + "/" + String.join("*", denominator.stream().map(XbrlUnit::local).toList());
    }

    private static String local(String measure) {
        return measure.substring(measure.indexOf(':') + 1);
    }
}
