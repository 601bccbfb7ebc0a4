package org.xbrllinker.taxonomy;

import java.math.BigDecimal;

/** A summation-item arc: {@code parent} = sum of weight × child, within one extended link role. Names are prefix:LocalName. */
public record CalculationArc(String role, String parent, String child, BigDecimal weight, BigDecimal order) {
}
