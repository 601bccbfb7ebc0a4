package org.xbrllinker.instance;

import java.math.BigDecimal;

import org.xbrllinker.parse.SourceLocation;

/**
 * A fact of an instance. {@code concept} is prefix:LocalName with the instance's prefix, {@code namespace} the
 * concept's namespace URI. Numeric facts have a {@code unitRef} and a {@code value} (null when nil); non-numeric facts
 * carry {@code text}. {@code decimals} and {@code precision} are the attributes as numbers, null when INF or absent;
 * {@code exact} is true when either is INF. {@code hidden} marks inline facts in ix:hidden. {@code tuplePath} is the
 * tuple the fact stands in: {@code /} for a fact directly in the instance, {@code /3/} in the instance's third tuple,
 * {@code /3/5/} in the fifth tuple, nested in that one (tuples counted in document order).
 */
public record XbrlFact(String id, String concept, String namespace, String contextRef, String unitRef,
                       BigDecimal value, String text, Integer decimals, boolean nil, boolean hidden,
                       SourceLocation location, Integer precision, boolean exact, String tuplePath) {

    /** The tuple path of a fact that is in no tuple. */
    public static final String TOP = "/";

    public XbrlFact {
        tuplePath = tuplePath == null ? TOP : tuplePath;
    }

    /** A fact in no tuple, with decimals alone (null: INF or absent). */
    public XbrlFact(String id, String concept, String namespace, String contextRef, String unitRef, BigDecimal value,
                    String text, Integer decimals, boolean nil, boolean hidden, SourceLocation location) {
        this(id, concept, namespace, contextRef, unitRef, value, text, decimals, nil, hidden, location, null, false,
                TOP);
    }

    public boolean numeric() {
        return unitRef != null;
    }
}
