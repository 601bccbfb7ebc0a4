package org.xbrllinker.instance;

import java.util.List;
import java.util.Map;

/**
 * An XBRL instance, read from XML ({@code form} "xbrl") or inline XBRL ("ixbrl"): contexts and units by id, facts in
 * document order, and the namespace prefixes it declares (prefix → URI).
 */
public record XbrlInstance(String source, String form, Map<String, XbrlContext> contexts, Map<String, XbrlUnit> units,
                           List<XbrlFact> facts, Map<String, String> namespaces) {

    public XbrlInstance {
        contexts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contexts));
        units = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(units));
        facts = List.copyOf(facts);
        namespaces = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namespaces));
    }

    /** The entity identifier of the first context (e.g. the CIK), null when there is none. */
    public String entity() {
        return contexts.values().stream().map(XbrlContext::entityId).findFirst().orElse(null);
    }
}
