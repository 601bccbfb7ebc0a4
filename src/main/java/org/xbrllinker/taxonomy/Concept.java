package org.xbrllinker.taxonomy;

import java.util.List;
import java.util.Map;

/**
 * A taxonomy element. {@code labels} maps a label role URI to the English label; the documentation label is under
 * {@link LabelRoles#DOCUMENTATION}. {@code balance} is null for non-monetary concepts, {@code periodType} null when unknown.
 * A concept whose schema was not read (known from locators, or from MetaLinks.json) has null where only that schema could
 * answer: see {@link TaxonomyLoader} and {@link MetaLinksLoader}.
 */
public record Concept(String namespace, String prefix, String localName, String type, Balance balance,
                      PeriodType periodType, boolean abstractConcept, String substitutionGroup,
                      Map<String, String> labels, List<Reference> references) {

    public Concept {
        labels = Map.copyOf(labels);
        references = List.copyOf(references);
    }

    /** prefix:LocalName, as the report writes it. */
    public String qname() {
        return prefix + ":" + localName;
    }

    /** The namespace and local name joined as a concept IRI: {@code namespace#LocalName}. */
    public String iri() {
        return namespace + "#" + localName;
    }

    public String label(String role) {
        return labels.get(role);
    }

    public String documentation() {
        return labels.get(LabelRoles.DOCUMENTATION);
    }
}
