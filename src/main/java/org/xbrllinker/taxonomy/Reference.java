package org.xbrllinker.taxonomy;

import java.util.Map;

/**
 * One authoritative reference of a concept: its role (disclosureRef, exampleRef, ...) and its parts in document order,
 * keyed by the part's local name (Publisher, Name, Topic, SubTopic, Section, Paragraph, Subparagraph, URI, ...).
 */
public record Reference(String role, Map<String, String> parts) {

    public Reference {
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    }
}
