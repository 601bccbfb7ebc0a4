package org.xbrllinker.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Concepts (keyed by prefix:LocalName), calculation and presentation arcs gathered from one or more taxonomy sources. */
public final class Taxonomy {

    private final Map<String, Concept> concepts;
    private final List<CalculationArc> calculations;
    private final List<PresentationArc> presentations;
    private final List<String> sources;
    private final Map<String, List<String>> otherDocumentation;
    private final Map<String, List<String>> otherLabels;
    private final SchemaDefaults schemaDefaults;

    private Taxonomy(Map<String, Concept> concepts, List<CalculationArc> calculations,
                     List<PresentationArc> presentations, List<String> sources) {
        this(concepts, calculations, presentations, sources, Map.of(), Map.of());
    }

    private Taxonomy(Map<String, Concept> concepts, List<CalculationArc> calculations,
                     List<PresentationArc> presentations, List<String> sources,
                     Map<String, List<String>> otherDocumentation, Map<String, List<String>> otherLabels) {
        this(concepts, calculations, presentations, sources, otherDocumentation, otherLabels, SchemaDefaults.NONE);
    }

    private Taxonomy(Map<String, Concept> concepts, List<CalculationArc> calculations,
                     List<PresentationArc> presentations, List<String> sources,
                     Map<String, List<String>> otherDocumentation, Map<String, List<String>> otherLabels,
                     SchemaDefaults schemaDefaults) {
        this.schemaDefaults = schemaDefaults;
        this.concepts = Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
        this.calculations = List.copyOf(calculations);
        this.presentations = List.copyOf(presentations);
        this.sources = List.copyOf(sources);
        this.otherDocumentation = copy(otherDocumentation);
        this.otherLabels = copy(otherLabels);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Labels the sources gave the concept beyond its own ({@link Concept#labels()}): where two sources (two pages
     * showing the element under other words, two releases) labelled it differently, the others, so that a row showing
     * either is known to show it.
     */
    public List<String> labelVariants(String qname) {
        return otherLabels.getOrDefault(qname, List.of());
    }

    /** This taxonomy with more label variants (qualified name → labels), as a source that saw them gives them. */
    public Taxonomy withLabelVariants(Map<String, List<String>> variants) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        otherLabels.forEach((k, v) -> all.put(k, new ArrayList<>(v)));
        variants.forEach((qname, labels) -> {
            Concept c = concepts.get(qname);
            List<String> known = all.computeIfAbsent(qname, k -> new ArrayList<>());
            for (String l : labels) {
                if (!known.contains(l) && (c == null || !c.labels().containsValue(l))) {
                    known.add(l);
                }
            }
        });
        return new Taxonomy(concepts, calculations, presentations, sources, otherDocumentation, all, schemaDefaults);
    }

    /** The default and fixed values its schemas declare for elements and their attributes. */
    public SchemaDefaults schemaDefaults() {
        return schemaDefaults;
    }

    /** This taxonomy with the schemas' default values given. */
    public Taxonomy withSchemaDefaults(SchemaDefaults defaults) {
        return new Taxonomy(concepts, calculations, presentations, sources, otherDocumentation, otherLabels, defaults);
    }

    /**
     * The concept of an expanded name, whatever prefix either side gives it: an instance's {@code abc:A} is the
     * taxonomy's {@code ns0:A} when both are {@code A} in the same namespace.
     */
    public Optional<Concept> concept(String namespace, String localName) {
        Map<String, Concept> index = byExpandedName;
        if (index == null) {
            index = new java.util.HashMap<>();
            for (Concept c : concepts.values()) {
                index.putIfAbsent(SchemaDefaults.key(c.namespace(), c.localName()), c);
            }
            byExpandedName = index;
        }
        return Optional.ofNullable(index.get(SchemaDefaults.key(namespace, localName)));
    }

    /** Concepts by {@code {namespace}local}, built on first use (the taxonomy is immutable). */
    private volatile Map<String, Concept> byExpandedName;

    /**
     * Every documentation text the sources gave the concept: its own and, where two sources (two releases of a
     * taxonomy, two filings' pages) worded it differently, the others, so that a definition in either wording finds it.
     */
    public List<String> documentations(String qname) {
        Concept c = concepts.get(qname);
        List<String> out = new ArrayList<>();
        if (c != null && c.documentation() != null) {
            out.add(c.documentation());
        }
        out.addAll(otherDocumentation.getOrDefault(qname, List.of()));
        return out;
    }

    public static Taxonomy of(Collection<Concept> concepts, List<CalculationArc> calculations, List<String> sources) {
        return of(concepts, calculations, List.of(), sources);
    }

    public static Taxonomy of(Collection<Concept> concepts, List<CalculationArc> calculations,
                              List<PresentationArc> presentations, List<String> sources) {
        Map<String, Concept> byName = new LinkedHashMap<>();
        for (Concept c : concepts) {
            byName.put(c.qname(), c);
        }
        return new Taxonomy(byName, calculations, presentations, sources);
    }

    /** Presentation arcs, in every role. */
    public List<PresentationArc> presentations() {
        return presentations;
    }

    public Collection<Concept> concepts() {
        return concepts.values();
    }

    public Optional<Concept> concept(String qname) {
        return Optional.ofNullable(concepts.get(qname));
    }

    public List<CalculationArc> calculations() {
        return calculations;
    }

    /** Arcs whose parent is the given concept, in every role. */
    public List<CalculationArc> calculationsFrom(String parentQname) {
        List<CalculationArc> out = new ArrayList<>();
        for (CalculationArc arc : calculations) {
            if (arc.parent().equals(parentQname)) {
                out.add(arc);
            }
        }
        return out;
    }

    /** Files or packages this taxonomy was read from, for provenance. */
    public List<String> sources() {
        return sources;
    }

    public int size() {
        return concepts.size();
    }

    /**
     * This taxonomy and another. On a clash of names the concept of {@code other} wins field by field and this one fills
     * its gaps: a null type, balance, period type or substitution group, a label role it lacks, references when it has
     * none; abstractness comes from whichever of the two was declared in a schema (has a substitution group), else from
     * {@code other}. Arcs are concatenated, an arc numerically equal to an earlier one (same role, ends and preferred
     * label, equal weight and order) kept once, so that two sources of one filing do not double its calculations.
     */
    public Taxonomy merge(Taxonomy other) {
        Map<String, Concept> all = new LinkedHashMap<>(concepts);
        Map<String, List<String>> docs = new LinkedHashMap<>();
        for (Concept c : concepts.values()) {
            docs.put(c.qname(), new ArrayList<>(documentations(c.qname())));
        }
        for (Concept c : other.concepts.values()) {
            all.merge(c.qname(), c, (mine, theirs) -> fill(theirs, mine));
            List<String> known = docs.computeIfAbsent(c.qname(), k -> new ArrayList<>());
            for (String d : other.documentations(c.qname())) {
                if (!known.contains(d)) {
                    known.add(d);
                }
            }
        }
        // every label either side gave (documentation aside), those the merged concept does not have as variants
        Map<String, List<String>> labelsSeen = new LinkedHashMap<>();
        for (Taxonomy t : List.of(this, other)) {
            for (Concept c : t.concepts.values()) {
                List<String> seen = labelsSeen.computeIfAbsent(c.qname(), k -> new ArrayList<>());
                c.labels().forEach((role, text) -> {
                    if (!role.equals(LabelRoles.DOCUMENTATION) && !seen.contains(text)) {
                        seen.add(text);
                    }
                });
                t.labelVariants(c.qname()).stream().filter(l -> !seen.contains(l)).forEach(seen::add);
            }
        }
        Map<String, List<String>> labelVariants = new LinkedHashMap<>();
        labelsSeen.forEach((qname, texts) -> {
            Concept merged = all.get(qname);
            List<String> rest = texts.stream().filter(t -> !merged.labels().containsValue(t)).toList();
            if (!rest.isEmpty()) {
                labelVariants.put(qname, rest);
            }
        });
        Map<String, List<String>> variants = new LinkedHashMap<>();
        docs.forEach((qname, texts) -> {
            String own = all.get(qname).documentation();
            List<String> rest = texts.stream().filter(t -> !t.equals(own)).toList();
            if (!rest.isEmpty()) {
                variants.put(qname, rest);
            }
        });
        List<CalculationArc> arcs = new ArrayList<>(calculations);
        Set<List<Object>> calcKeys = new HashSet<>();
        calculations.forEach(a -> calcKeys.add(key(a)));
        other.calculations.stream().filter(a -> calcKeys.add(key(a))).forEach(arcs::add);
        List<PresentationArc> pres = new ArrayList<>(presentations);
        Set<List<Object>> presKeys = new HashSet<>();
        presentations.forEach(a -> presKeys.add(key(a)));
        other.presentations.stream().filter(a -> presKeys.add(key(a))).forEach(pres::add);
        List<String> src = new ArrayList<>(sources);
        src.addAll(other.sources);
        return new Taxonomy(all, arcs, pres, src, variants, labelVariants, schemaDefaults.merge(other.schemaDefaults));
    }

    private static List<Object> key(CalculationArc a) {
        return List.of(a.role(), a.parent(), a.child(), a.weight().stripTrailingZeros(), a.order().stripTrailingZeros());
    }

    private static List<Object> key(PresentationArc a) {
        return List.of(a.role(), a.parent(), a.child(), a.order().stripTrailingZeros(),
                a.preferredLabel() == null ? "" : a.preferredLabel());
    }

    private static Concept fill(Concept winner, Concept gaps) {
        Map<String, String> labels = new LinkedHashMap<>(winner.labels());
        gaps.labels().forEach(labels::putIfAbsent);
        boolean abstractConcept = winner.substitutionGroup() == null && gaps.substitutionGroup() != null
                ? gaps.abstractConcept() : winner.abstractConcept();
        return new Concept(winner.namespace(), winner.prefix(), winner.localName(),
                winner.type() != null ? winner.type() : gaps.type(),
                winner.balance() != null ? winner.balance() : gaps.balance(),
                winner.periodType() != null ? winner.periodType() : gaps.periodType(), abstractConcept,
                winner.substitutionGroup() != null ? winner.substitutionGroup() : gaps.substitutionGroup(), labels,
                winner.references().isEmpty() ? gaps.references() : winner.references());
    }
}
