package org.xbrllinker.instance;

import java.util.List;
import java.util.Map;

/**
 * An XBRL instance, read from XML ({@code form} "xbrl") or inline XBRL ("ixbrl"): contexts and units by id, facts in
 * document order, the namespace prefixes it declares (prefix → URI), and the facts of the document that were left out
 * while the rest was read ({@code refused}: an inline fact in a format no registry defines).
 */
public record XbrlInstance(String source, String form, Map<String, XbrlContext> contexts, Map<String, XbrlUnit> units,
                           List<XbrlFact> facts, Map<String, String> namespaces, List<RefusedFact> refused) {

    /** An instance with every fact of its document read. */
    public XbrlInstance(String source, String form, Map<String, XbrlContext> contexts, Map<String, XbrlUnit> units,
                        List<XbrlFact> facts, Map<String, String> namespaces) {
        this(source, form, contexts, units, facts, namespaces, List.of());
    }

    public XbrlInstance {
        contexts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contexts));
        units = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(units));
        facts = List.copyOf(facts);
        namespaces = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namespaces));
        refused = List.copyOf(refused);
    }

    /** The entity identifier of the first context (e.g. the CIK), null when there is none. */
    public String entity() {
        return contexts.values().stream().map(XbrlContext::entityId).findFirst().orElse(null);
    }
}
