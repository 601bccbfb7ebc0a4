package org.xbrllinker.taxonomy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default (or fixed) values a taxonomy's schemas declare: of global elements ({@code <element name="Planet"
 * default="Mars"/>}) and of the unqualified attributes of a global element's type ({@code <attribute name="world"
 * default="this"/>}), keyed by the element's expanded name {@code {namespace}local}. An instance element that is empty,
 * or lacks the attribute, has that value (XML Schema's post-schema-validation infoset): a fact whose concept declares
 * a default, and the segment and scenario content two contexts are compared by.
 */
public record SchemaDefaults(Map<String, String> elements, Map<String, Map<String, String>> attributes) {

    public static final SchemaDefaults NONE = new SchemaDefaults(Map.of(), Map.of());

    public SchemaDefaults {
        elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        attributes.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        attributes = Collections.unmodifiableMap(copy);
    }

    /** {@code {namespace}local}, the key of an element. */
    public static String key(String namespace, String local) {
        return "{" + (namespace == null ? "" : namespace) + "}" + local;
    }

    /** The default value of an element, or null. */
    public String element(String namespace, String local) {
        return elements.get(key(namespace, local));
    }

    /** The default values of an element's attributes (attribute local name → value), empty when none. */
    public Map<String, String> attributes(String namespace, String local) {
        return attributes.getOrDefault(key(namespace, local), Map.of());
    }

    public boolean isEmpty() {
        return elements.isEmpty() && attributes.isEmpty();
    }

    /** These defaults and another's; {@code other} wins where both declare one. */
    public SchemaDefaults merge(SchemaDefaults other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Map<String, String> e = new LinkedHashMap<>(elements);
        e.putAll(other.elements);
        Map<String, Map<String, String>> a = new LinkedHashMap<>();
        attributes.forEach((k, v) -> a.put(k, new LinkedHashMap<>(v)));
        other.attributes.forEach((k, v) -> a.computeIfAbsent(k, x -> new LinkedHashMap<>()).putAll(v));
        return new SchemaDefaults(e, a);
    }
}
