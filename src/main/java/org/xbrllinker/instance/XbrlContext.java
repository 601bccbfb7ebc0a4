package org.xbrllinker.instance;

import java.util.Map;

import org.xbrllinker.link.Period;
import org.xbrllinker.parse.SourceLocation;

/**
 * An xbrli:context: entity (scheme and identifier), period, and the dimensions of its segment or scenario
 * (axis prefix:LocalName → member prefix:LocalName, or the typed member's text), in document order.
 */
public record XbrlContext(String id, String entityScheme, String entityId, Period period,
                          Map<String, String> dimensions, SourceLocation location) {

    public XbrlContext {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
    }
}
