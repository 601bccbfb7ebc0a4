package org.xbrllinker.taxonomy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one schema or linkbase says, before locators are matched to elements: element declarations, the documents it
 * points to, and its label, reference, calculation and presentation relationships. Filled by {@link DocumentParser}.
 */
final class TaxonomyDocument {

    enum Kind { SCHEMA, LINKBASE, OTHER }

    /** A global {@code xs:element}; {@code sgNamespace}/{@code sgLocal} is its resolved substitution group. */
    record ElementDecl(String name, String id, String type, String substitutionGroup, String sgNamespace,
                       String sgLocal, boolean abstractElement, PeriodType periodType, Balance balance, int line) {
    }

    /**
     * A pointer to another document (linkbaseRef, import, include); {@code namespace} is the namespace an
     * {@code xs:import} declares for its schema, null otherwise.
     */
    record Pointer(URI target, String href, String namespace, int line) {
    }

    /**
     * A locator: the document it points into (null when the href could not be resolved), the element id it names, and
     * where it stands ({@code source} is the display name of the linkbase holding it).
     */
    record Loc(URI document, String fragment, String href, String source, int line) {
    }

    record LabelRel(Loc loc, String role, String lang, String text) {
    }

    record ReferenceRel(Loc loc, String role, Map<String, String> parts) {
    }

    record CalculationRel(String linkRole, Loc from, Loc to, BigDecimal weight, BigDecimal order, BigDecimal priority,
                          boolean prohibited, int line) {
    }

    record PresentationRel(String linkRole, Loc from, Loc to, BigDecimal order, String preferredLabel,
                           BigDecimal priority, boolean prohibited, int line) {
    }

    final URI uri;
    final String display;
    Kind kind = Kind.OTHER;
    String targetNamespace;
    /** A prefix the schema declares for its own target namespace, if any. */
    String namespacePrefix;
    final List<ElementDecl> elements = new ArrayList<>();
    /** linkbaseRefs, imports and includes, in document order. */
    final List<Pointer> pointers = new ArrayList<>();
    final List<LabelRel> labels = new ArrayList<>();
    final List<ReferenceRel> references = new ArrayList<>();
    final List<CalculationRel> calculations = new ArrayList<>();
    final List<PresentationRel> presentations = new ArrayList<>();
    final List<Loc> locators = new ArrayList<>();
    /** Default or fixed values of global elements, by local name. */
    final Map<String, String> elementDefaults = new java.util.LinkedHashMap<>();
    /** Default or fixed values of the attributes of global elements' types: element local name → attribute → value. */
    final Map<String, Map<String, String>> attributeDefaults = new java.util.LinkedHashMap<>();

    TaxonomyDocument(URI uri, String display) {
        this.uri = uri;
        this.display = display;
    }
}
