package org.xbrllinker.instance;

import java.util.List;

/** An xbrli:unit: measures (prefix:LocalName, e.g. iso4217:USD, xbrli:shares), with a denominator for a ratio. */
public record XbrlUnit(String id, List<String> numerator, List<String> denominator) {

    public XbrlUnit {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
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
