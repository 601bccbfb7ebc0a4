package org.xbrllinker.instance;

import java.math.BigDecimal;

import org.xbrllinker.parse.SourceLocation;

/**
 * A fact of an instance. {@code concept} is prefix:LocalName with the instance's prefix, {@code namespace} the
 * concept's namespace URI. Numeric facts have a {@code unitRef} and a {@code value} (null when nil); non-numeric facts
 * carry {@code text}. {@code decimals} is null for INF or when absent. {@code hidden} marks inline facts in ix:hidden.
 */
public record XbrlFact(String id, String concept, String namespace, String contextRef, String unitRef,
                       BigDecimal value, String text, Integer decimals, boolean nil, boolean hidden,
                       SourceLocation location) {

    public boolean numeric() {
        return unitRef != null;
    }
}
