package org.xbrllinker.instance;

import java.time.LocalDate;
import java.util.Map;

import org.xbrllinker.link.Period;
import org.xbrllinker.parse.SourceLocation;

/**
 * An xbrli:context: entity (scheme and identifier), period, and the dimensions of its segment or scenario
 * (axis prefix:LocalName → member prefix:LocalName, or the typed member's text), in document order.
 */
public record XbrlContext(String id, String entityScheme, String entityId, Period period,
                          Map<String, String> dimensions, SourceLocation location) {

    /**
     * The period of an {@code xbrli:forever} context: a duration over every representable date, so it matches no
     * report column and needs no null checks downstream.
     */
    public static final Period FOREVER = Period.duration(LocalDate.MIN, LocalDate.MAX);

    public XbrlContext {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
    }

    /** True for an {@code xbrli:forever} period. */
    public boolean isForever() {
        return FOREVER.equals(period);
    }
}
