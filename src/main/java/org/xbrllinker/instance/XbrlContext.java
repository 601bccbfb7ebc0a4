package org.xbrllinker.instance;

import java.time.LocalDate;
import java.util.Map;

import org.xbrllinker.link.Period;
import org.xbrllinker.parse.SourceLocation;

/**
 * An xbrli:context: entity (scheme and identifier), period, and the dimensions of its segment or scenario
 * (axis prefix:LocalName → member prefix:LocalName, or the typed member's text), in document order.
 * {@code otherContent} is the segment's and scenario's content that is not a dimension (XBRL 2.1 allows any element
 * there; SEC filings have none), written canonically so that two contexts with equal content give equal strings
 * (schema defaults applied); empty when there is none.
 */
public record XbrlContext(String id, String entityScheme, String entityId, Period period,
                          Map<String, String> dimensions, SourceLocation location, String otherContent) {

    /**
     * The period of an {@code xbrli:forever} context: a duration over every representable date, so it matches no
     * report column and needs no null checks downstream.
     */
    public static final Period FOREVER = Period.duration(LocalDate.MIN, LocalDate.MAX);

    public XbrlContext {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
        otherContent = otherContent == null ? "" : otherContent;
    }

    /** A context whose segment and scenario hold dimensions only. */
    public XbrlContext(String id, String entityScheme, String entityId, Period period, Map<String, String> dimensions,
                       SourceLocation location) {
        this(id, entityScheme, entityId, period, dimensions, location, "");
    }

    /** True for an {@code xbrli:forever} period. */
    public boolean isForever() {
        return FOREVER.equals(period);
    }

    /**
     * What makes two contexts c-equal (XBRL 2.1 4.10, structurally): entity, period, dimensions and other content, one
     * string. Contexts with other ids but the same content give the same key.
     */
    public String equalityKey() {
        StringBuilder key = new StringBuilder();
        key.append(entityScheme).append(' ').append(entityId).append(' ').append(period);
        new java.util.TreeMap<>(dimensions).forEach((axis, member) -> key.append(' ').append(axis).append('=')
                .append(member));
        if (!otherContent.isEmpty()) {
            key.append(' ').append(otherContent);
        }
        return key.toString();
    }
}
