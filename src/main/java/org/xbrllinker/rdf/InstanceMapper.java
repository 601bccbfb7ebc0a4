package org.xbrllinker.rdf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.xbrllinker.instance.XbrlContext;
import org.xbrllinker.instance.XbrlFact;
import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.instance.XbrlUnit;
import org.xbrllinker.link.FactValues;
import org.xbrllinker.link.Period;
import org.xbrllinker.taxonomy.CalculationArc;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.Taxonomy;

/**
 * Turns a filing's instance into the triples of its named graph: the filing, each fact with its concept, period,
 * dimensions, other context content (xlk:contextContent, where the context has some) and unit, and the taxonomy's
 * calculation arcs among the concepts the facts report.
 */
public final class InstanceMapper {

    private static final String QB = "http://purl.org/linked-data/cube#";
    /** An EDGAR accession number (0000320193-25-000057), as filing folders are usually named after it. */
    private static final java.util.regex.Pattern ACCESSION = java.util.regex.Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

    /** The warning of a filing whose facts no calculation arc of its DTS binds. */
    public static final String NO_CALCULATION = "no calculation check can run: the DTS has no summation-item "
            + "calculation among the concepts the instance reports (no calculation linkbase)";

    private final RdfMapper mapper;
    private final Iris iris;

    public InstanceMapper(RdfMapper mapper) {
        this.mapper = mapper;
        this.iris = mapper.iris();
    }

    /** The graph of a filing; {@code source} names the filing (its folder or instance file). */
    public Model map(String source, XbrlInstance instance, Taxonomy taxonomy) {
        return map(source, instance, taxonomy, List.of());
    }

    /**
     * The graph of a filing, with {@code warnings} about loading it kept on the filing ({@code xlk:warning}), and one
     * more when its DTS binds no summation-item calculation to the facts: then no calculation check can run.
     */
    public Model map(String source, XbrlInstance instance, Taxonomy taxonomy, List<String> warnings) {
        return mapFiling(source, instance, taxonomy, warnings).all();
    }

    /**
     * The graph of a filing (facts, contexts' periods and dimensions, its DTS's calculation and presentation arcs
     * among the concepts it reports) and the taxonomy items of those concepts, which belong to their taxonomies'
     * graphs.
     */
    public RdfMapper.Mapped mapFiling(String source, XbrlInstance instance, Taxonomy taxonomy, List<String> warnings) {
        Model m = RdfMapper.newModel();
        List<TaxonomyItem> items = new java.util.ArrayList<>();
        Resource filing = m.createResource(iris.filing(source), XLK.Filing)
                .addProperty(RDF.type, m.createResource(QB + "DataSet"))
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(DCTerms.source, Identity.published(source))
                .addProperty(XLK.input, m.createResource(iris.input(instance.source())))
                .addProperty(XLK.instanceForm, instance.form());
        java.util.regex.Matcher accession = ACCESSION.matcher(source);
        if (accession.find()) {
            filing.addProperty(XLK.accessionNumber, accession.group());
        }
        instance.contexts().values().stream().findFirst().ifPresent(c -> {
            filing.addProperty(XLK.entityIdentifier, c.entityId());
            filing.addProperty(XLK.entityScheme, c.entityScheme());
        });
        Map<String, Concept> concepts = new HashMap<>();
        // duplicates (c-equal contexts, u-equal units) share one fact resource: each keeps its own report on it
        Map<Resource, StringBuilder> reports = new java.util.LinkedHashMap<>();
        for (XbrlFact f : instance.facts()) {
            XbrlContext ctx = instance.contexts().get(f.contextRef());
            if (ctx == null) {
                continue; // the parser reports facts without a context; nothing to place them in
            }
            Concept concept = concepts.computeIfAbsent(f.concept(), q -> concept(m, items, q, f.namespace(), taxonomy));
            XbrlUnit unit = f.unitRef() == null ? null : instance.units().get(f.unitRef());
            String unitCode = unit == null ? null : unit.code();
            String dimensionKey = dimensionKey(ctx);
            // contexts that differ in other segment or scenario content than dimensions are not c-equal (XBRL 2.1
            // 4.10): their facts are other facts, neither duplicates nor bound together in a summation
            Resource r = m.createResource(iris.instanceFact(source, concept, ctx.period(), unitCode, dimensionKey,
                            ctx.otherContent()), XLK.InstanceFact)
                    .addProperty(XLK.filing, filing)
                    .addProperty(XLK.concept, m.createResource(concept.iri()))
                    .addProperty(XLK.period, mapper.period(m, ctx.period()))
                    .addProperty(XLK.dimensionKey, dimensionKey)
                    .addProperty(XLK.contextId, ctx.id());
            if (!ctx.otherContent().isEmpty()) {
                r.addProperty(XLK.contextContent, ctx.otherContent());
            }
            if (f.id() != null) {
                r.addProperty(XLK.factId, f.id());
            }
            for (Map.Entry<String, String> dim : ctx.dimensions().entrySet()) {
                Concept axis = concepts.computeIfAbsent(dim.getKey(),
                        q -> concept(m, items, q, instance.namespaces().get(prefix(q)), taxonomy));
                Resource dv = m.createResource(iris.dimensionValue(dim.getKey(), dim.getValue()), XLK.DimensionValue)
                        .addProperty(XLK.axis, m.createResource(axis.iri()));
                String memberNs = instance.namespaces().get(prefix(dim.getValue()));
                if (memberNs != null && dim.getValue().matches("[A-Za-z_][\\w.-]*:[A-Za-z_][\\w.-]*")) {
                    Concept member = concepts.computeIfAbsent(dim.getValue(),
                            q -> concept(m, items, q, memberNs, taxonomy));
                    dv.addProperty(XLK.member, m.createResource(member.iri()));
                } else {
                    dv.addProperty(XLK.typedMember, dim.getValue());
                }
                r.addProperty(XLK.dimension, dv);
            }
            if (unitCode != null) {
                r.addProperty(XLK.unit, m.createResource(iris.unit(unitCode), XLK.Unit).addProperty(SKOS.notation, unitCode));
            }
            if (f.nil()) {
                r.addLiteral(XLK.nil, true);
            } else if (f.value() != null) {
                r.addLiteral(XLK.value, RdfMapper.decimal(m, f.value()));
            } else if (f.text() != null) {
                FactValues.Value v = FactValues.fromLexical(f.text(), concept.type(),
                        prefix -> instance.namespaces().get(prefix));
                r.addLiteral(XLK.textValue, RdfMapper.typed(m, v.lexical(), v.datatype()));
                if (v.note() != null) {
                    r.addProperty(org.apache.jena.vocabulary.RDFS.comment, v.note());
                }
            }
            if (f.numeric()) {
                StringBuilder all = reports.computeIfAbsent(r, k -> new StringBuilder());
                all.append(all.length() == 0 ? "" : " ").append(report(f));
            }
            if (f.decimals() != null) {
                r.addLiteral(XLK.decimals, RdfMapper.integer(m, f.decimals()));
            }
            if (f.location() != null) {
                // the file is the filing's instance (xlk:sourceFile); duplicates keep the first element's line
                if (!r.hasProperty(XLK.sourceLine)) {
                    r.addLiteral(XLK.sourceLine, RdfMapper.integer(m, f.location().line()));
                }
            }
        }
        reports.forEach((r, all) -> r.addProperty(XLK.reports, all.toString()));
        // the taxonomy's names of the concepts reported: an instance may give a namespace another prefix
        Map<String, Concept> reported = new HashMap<>();
        concepts.values().forEach(c -> reported.putIfAbsent(c.qname(), c));
        Set<String> written = new HashSet<>();
        for (CalculationArc arc : taxonomy.calculations()) {
            Concept parent = reported.get(arc.parent());
            Concept child = reported.get(arc.child());
            // the arc is the taxonomy's: it binds the instance's facts only where they use the taxonomy's concepts
            boolean sameRelease = parent != null && child != null
                    && taxonomy.concept(arc.parent()).map(t -> t.namespace().equals(parent.namespace())).orElse(false)
                    && taxonomy.concept(arc.child()).map(t -> t.namespace().equals(child.namespace())).orElse(false);
            if (sameRelease && written.add(arc.role() + " " + arc.parent() + " " + arc.child())) {
                // the filing's DTS's arcs: kept in its graph, where they bind its facts (xlk:calculation)
                String iri = iris.calculationArc(arc.role(), arc.parent(), arc.child());
                RdfMapper.calculationArc(m, iri, arc, parent.iri(), child.iri());
                filing.addProperty(XLK.calculation, m.createResource(iri));
            }
        }
        presentations(m, items, taxonomy, concepts);
        warnings.forEach(w -> filing.addProperty(XLK.warning, w));
        // facts the reader left out (a format no transformation registry it knows defines): named, the rest is read
        instance.refused().forEach(r -> filing.addProperty(XLK.warning, r.message()));
        if (written.isEmpty()) {
            filing.addProperty(XLK.warning, NO_CALCULATION);
        }
        return new RdfMapper.Mapped(m, TaxonomyItems.distinct(items));
    }

    /**
     * The presentation arcs to the concepts the instance reports, with their parents (a roll-forward's heading is an
     * abstract concept without facts) and their preferred labels: the checks find roll-forwards by them.
     */
    private void presentations(Model m, List<TaxonomyItem> items, Taxonomy taxonomy, Map<String, Concept> concepts) {
        Set<String> written = new HashSet<>();
        for (org.xbrllinker.taxonomy.PresentationArc arc : taxonomy.presentations()) {
            Concept child = concepts.get(arc.child());
            Concept parent = taxonomy.concept(arc.parent()).orElse(null);
            boolean sameRelease = child != null && parent != null
                    && taxonomy.concept(arc.child()).map(t -> t.namespace().equals(child.namespace())).orElse(false);
            if (!sameRelease || !written.add(arc.role() + " " + arc.parent() + " " + arc.child() + " " + arc.preferredLabel())) {
                continue;
            }
            mapper.describe(m, items, parent);
            Resource r = m.createResource(iris.presentationArc(arc.role(), arc.parent(), arc.child(), arc.preferredLabel()), XLK.PresentationArc)
                    .addProperty(XLK.linkRole, m.createResource(arc.role()))
                    .addProperty(XLK.parentConcept, m.createResource(parent.iri()))
                    .addProperty(XLK.childConcept, m.createResource(child.iri()));
            if (arc.order() != null) {
                r.addLiteral(XLK.order, RdfMapper.decimal(m, arc.order()));
            }
            if (arc.preferredLabel() != null) {
                r.addProperty(XLK.preferredLabel, m.createResource(arc.preferredLabel()));
            }
        }
    }

    /**
     * One report of a numeric fact as {@code xlk:reports} keeps it: {@code value|accuracy|tuple|id}, the value plain or
     * {@code nil}, the accuracy {@code d<decimals>}, {@code p<precision>}, {@code INF} or empty
     * ({@code org.xbrllinker.check.Summations.Accuracy#parse} reads it).
     */
    static String report(XbrlFact f) {
        String accuracy = f.exact() ? "INF" : f.decimals() != null ? "d" + f.decimals()
                : f.precision() != null ? "p" + f.precision() : "";
        String value = f.nil() || f.value() == null ? "nil" : f.value().toPlainString();
        return value + "|" + accuracy + "|" + f.tuplePath() + "|" + (f.id() == null ? "" : f.id());
    }

    /** Axes and members as one sorted string, empty for the default context. */
    public static String dimensionKey(XbrlContext ctx) {
        TreeMap<String, String> sorted = new TreeMap<>(ctx.dimensions());
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (key.length() > 0) {
                key.append(';');
            }
            key.append(e.getKey()).append('=').append(e.getValue());
        }
        return key.toString();
    }

    /**
     * The taxonomy's concept when it has one in the fact's namespace (another release of the same prefix is another
     * concept); otherwise a bare concept from the instance's own name and namespace.
     */
    private Concept concept(Model m, List<TaxonomyItem> items, String qname, String namespace, Taxonomy taxonomy) {
        String local = qname.substring(qname.indexOf(':') + 1);
        Concept c = taxonomy.concept(qname).filter(t -> namespace == null || t.namespace().equals(namespace))
                .or(() -> namespace == null ? java.util.Optional.empty() : taxonomy.concept(namespace, local))
                .orElseGet(() -> new Concept(
                namespace == null ? "urn:xbrl-linker:undeclared-prefix:" + prefix(qname) : namespace, prefix(qname),
                qname.substring(qname.indexOf(':') + 1), null, null, null, false, null, Map.of(), List.of()));
        mapper.describe(m, items, c);
        return c;
    }

    private static String prefix(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? "" : qname.substring(0, colon);
    }
}
