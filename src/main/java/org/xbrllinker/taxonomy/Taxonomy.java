package org.xbrllinker.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Concepts (keyed by prefix:LocalName), calculation and presentation arcs gathered from one or more taxonomy sources. */
public final class Taxonomy {

    private final Map<String, Concept> concepts;
    private final List<CalculationArc> calculations;
    private final List<PresentationArc> presentations;
    private final List<String> sources;

    private Taxonomy(Map<String, Concept> concepts, List<CalculationArc> calculations,
                     List<PresentationArc> presentations, List<String> sources) {
        this.concepts = Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
        this.calculations = List.copyOf(calculations);
        this.presentations = List.copyOf(presentations);
        this.sources = List.copyOf(sources);
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

    /** This taxonomy and another, concepts of {@code other} winning on a clash of names. */
    public Taxonomy merge(Taxonomy other) {
        Map<String, Concept> all = new LinkedHashMap<>(concepts);
        all.putAll(other.concepts);
        List<CalculationArc> arcs = new ArrayList<>(calculations);
        arcs.addAll(other.calculations);
        List<PresentationArc> pres = new ArrayList<>(presentations);
        pres.addAll(other.presentations);
        List<String> src = new ArrayList<>(sources);
        src.addAll(other.sources);
        return new Taxonomy(all, arcs, pres, src);
    }
}
