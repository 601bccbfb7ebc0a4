package org.xbrllinker.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.xbrllinker.link.Evidence;
import org.xbrllinker.link.Fact;
import org.xbrllinker.link.FactCell;
import org.xbrllinker.link.FactValues;
import org.xbrllinker.link.LineItem;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Period;
import org.xbrllinker.parse.ColumnHeader;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.taxonomy.Balance;
import org.xbrllinker.taxonomy.CalculationArc;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.LabelRoles;
import org.xbrllinker.taxonomy.PeriodType;
import org.xbrllinker.taxonomy.Reference;

/** Turns a linked disclosure into the triples of its named graph. */
public final class RdfMapper {

    private static final String QB = "http://purl.org/linked-data/cube#";
    private static final Map<String, org.apache.jena.rdf.model.Property> PART_PROPERTIES = Map.of(
            "Publisher", XLK.publisher, "Name", XLK.referenceName, "Topic", XLK.topic, "SubTopic", XLK.subTopic,
            "Section", XLK.sectionNumber, "Paragraph", XLK.paragraph, "Subparagraph", XLK.subparagraph,
            "URI", XLK.uri);

    /** An explicit member in a dimension key; anything else there is a typed member's value. */
    private static final Pattern QNAME = Pattern.compile("[A-Za-z_][\\w.-]*:[A-Za-z_][\\w.-]*");

    private final Iris iris;
    private final String extensionNamespace;

    /** @param extensionNamespace concepts in this namespace are typed {@code xlk:ExtensionConcept} */
    public RdfMapper(Iris iris, String extensionNamespace) {
        this.iris = iris;
        this.extensionNamespace = extensionNamespace;
    }

    public Iris iris() {
        return iris;
    }

    public static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix(XLK.PREFIX, XLK.NS);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("prov", PROV.NS);
        m.setNsPrefix("qb", QB);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        m.setNsPrefix("rdfs", RDFS.uri);
        return m;
    }

    /**
     * The graph of one disclosure and its taxonomy items together in one model, for a caller that keeps them in one
     * place (tests, a check over one model); the job writes them apart ({@link #mapDisclosure}).
     */
    public Model map(LinkedDisclosure linked) {
        return mapDisclosure(linked).all();
    }

    /**
     * What one disclosure writes: its graph (the page, its line items, cells, facts, columns, roll-forwards, the
     * calculation arcs that bind it by IRI, and the concepts the linker made for it) and the shared items it names: the
     * concepts and arcs it uses, which belong to their taxonomies' graphs, and its periods, units and dimension values,
     * which belong to the contexts graph ({@link #contextsGraph}).
     */
    public Mapped mapDisclosure(LinkedDisclosure linked) {
        Model m = newModel();
        List<TaxonomyItem> taxonomy = new ArrayList<>();
        Disclosure d = linked.disclosure();
        String src = sourceOf(linked);
        Resource disclosure = m.createResource(iris.disclosure(src), XLK.Disclosure)
                .addProperty(RDF.type, m.createResource(QB + "DataSet"))
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(DCTerms.title, d.title())
                .addProperty(XLK.sourceFile, fileName(src))
                .addProperty(DCTerms.source, Identity.published(d.source()))
                .addProperty(XLK.input, m.createResource(iris.input(src)));
        if (d.unitLine() != null) {
            disclosure.addProperty(XLK.unitLine, d.unitLine());
        }
        disclosure.addLiteral(XLK.scale, decimal(m, d.scale()));
        if (linked.filingSource() != null) {
            disclosure.addProperty(XLK.filing, m.createResource(iris.filing(linked.filingSource())));
        }
        if (linked.report() != null) {
            var r = linked.report();
            if (r.role() != null) {
                disclosure.addProperty(XLK.reportRole, m.createResource(r.role()));
            }
            if (r.longName() != null) {
                disclosure.addProperty(XLK.reportName, r.longName());
            }
            if (r.menuCategory() != null) {
                disclosure.addProperty(XLK.reportCategory, r.menuCategory());
            }
            disclosure.addLiteral(XLK.reportPosition, integer(m, r.position()));
        }

        java.util.Set<Integer> shownColumns = new java.util.HashSet<>();
        linked.lineItems().forEach(item -> item.cells().forEach(fc -> shownColumns.add(fc.column())));
        for (ColumnHeader col : d.columns()) {
            Resource c = m.createResource(iris.column(src, col.index()), XLK.Column)
                    .addLiteral(XLK.columnIndex, integer(m, col.index() + 1))
                    .addProperty(XLK.header, col.group() == null ? col.displayed() : col.group() + " " + col.displayed());
            if (col.date() == null) {
                // a column headed by a member alone has no period of its own
            } else if (col.isDuration()) {
                c.addProperty(XLK.period, sharedPeriod(m, taxonomy, Period.duration(col.start(), col.date())));
            } else {
                c.addProperty(XLK.period, sharedPeriod(m, taxonomy, Period.instant(col.date())));
            }
            // a disclosure's columns are its cells' (xlk:column) and those it lists: it lists the ones no cell names. A
            // column does not name its disclosure
            if (!shownColumns.contains(col.index())) {
                disclosure.addProperty(XLK.column, c);
            }
        }

        Map<String, Concept> concepts = new HashMap<>();
        for (Concept c : linked.concepts()) {
            describe(m, taxonomy, c);
            concepts.put(c.qname(), c);
        }
        for (LineItem item : linked.lineItems()) {
            if (concepts.putIfAbsent(item.concept().qname(), item.concept()) == null) {
                describe(m, taxonomy, item.concept());
            }
            if (item.dimension() != null) {
                for (Concept c : new Concept[] {item.dimension().axis(), item.dimension().member()}) {
                    if (c != null && concepts.putIfAbsent(c.qname(), c) == null) {
                        describe(m, taxonomy, c);
                    }
                }
            }
        }
        Map<String, String> documentation = new HashMap<>();
        concepts.values().forEach(c -> {
            String doc = c.label(LabelRoles.DOCUMENTATION);
            if (doc != null) {
                documentation.put(c.iri(), doc);
            }
        });
        Shown shown = Shown.of(iris, src, linked.lineItems(), d.scale());
        for (LineItem item : linked.lineItems()) {
            lineItem(m, taxonomy, disclosure, src, item, concepts, documentation, shown);
        }
        // the concepts the disclosure uses, by IRI (what it says of them is in their taxonomies' graphs): those its
        // rows and facts name with xlk:concept are named there; the others (axes, members, arc ends) by xlk:usesConcept
        java.util.Set<String> named = new java.util.HashSet<>();
        for (LineItem item : linked.lineItems()) {
            named.add(item.concept().iri());
            item.cells().forEach(fc -> {
                if (fc.fact() != null) {
                    named.add(fc.fact().concept().iri());
                }
            });
        }
        concepts.values().stream().filter(c -> !named.contains(c.iri()))
                .forEach(c -> disclosure.addProperty(XLK.usesConcept, m.createResource(c.iri())));
        for (org.xbrllinker.link.RollForward rf : linked.rollForwards()) {
            Resource r = m.createResource(iris.rollForward(src, rf.opening(), rf.closing()), XLK.RollForward)
                    .addProperty(XLK.disclosure, disclosure)
                    .addProperty(RDFS.label, rf.label())
                    .addProperty(XLK.opening, m.createResource(iris.lineItem(src, rf.opening())))
                    .addProperty(XLK.closing, m.createResource(iris.lineItem(src, rf.closing())));
            rf.changes().forEach(ch -> r.addProperty(XLK.change, m.createResource(iris.lineItem(src, ch))));
        }
        for (org.xbrllinker.link.Subtotal total : linked.subtotals()) {
            Resource t = m.createResource(iris.lineItem(src, total.row()))
                    .addProperty(XLK.totalBasis, total.basis());
            total.parts().forEach(part -> t.addProperty(XLK.totals, m.createResource(iris.lineItem(src, part))));
        }
        for (org.xbrllinker.link.CellTie tie : linked.ties()) {
            m.createResource(iris.cell(src, tie.row(), tie.column()))
                    .addProperty(XLK.instanceFact, m.createResource(instanceFactIri(linked.filingSource(), tie)));
        }
        for (CalculationArc arc : linked.calculations()) {
            Concept parent = conceptOf(linked, arc.parent());
            Concept child = conceptOf(linked, arc.child());
            String iri = iris.calculationArc(arc.role(), arc.parent(), arc.child());
            disclosure.addProperty(XLK.calculation, m.createResource(iri));
            Model arcModel = isMinted(parent) || isMinted(child) ? m : newModel();
            calculationArc(arcModel, iri, arc, parent.iri(), child.iri());
            if (arcModel != m) {
                taxonomy.add(new TaxonomyItem(iris.taxonomyGraph(parent.namespace()), iri, arcModel));
            }
        }
        return new Mapped(m, TaxonomyItems.distinct(taxonomy));
    }

    /**
     * What a disclosure's graph leaves to be derived, so that it says each thing once. A cell's displayed amount is
     * left out when it is its fact's value (negated on a negated row): the fact's one value in the graph (cells that
     * disagree give a fact several values, and each cell then keeps its own). A fact's decimals are left out when they are the page's default, the
     * exponent of its scale ({@code xlk:scale} 1000 gives -3), for every cell that shows the fact; a page whose scale is
     * no power of ten of at least 1 has no default. Readers fill both back in: {@code COALESCE(?displayedAmount,
     * ?value)} (the value negated on a negated row), {@code COALESCE(?decimals, 1 - STRLEN(STR(xsd:integer(?scale))))}.
     */
    record Shown(Iris iris, String src, Map<String, java.util.Set<BigDecimal>> valuesByFact,
                 Map<String, java.util.Set<Integer>> decimalsByFact, Integer defaultDecimals) {

        static Shown of(Iris iris, String src, List<LineItem> items, BigDecimal scale) {
            Map<String, java.util.Set<BigDecimal>> values = new HashMap<>();
            Map<String, java.util.Set<Integer>> decimals = new HashMap<>();
            for (LineItem item : items) {
                for (FactCell fc : item.cells()) {
                    Fact f = fc.fact();
                    if (f != null && f.numeric()) {
                        String iri = iris.fact(src, f.concept(), f.period(), f.unit(), f.dimensions());
                        values.computeIfAbsent(iri, k -> new java.util.HashSet<>()).add(f.value().stripTrailingZeros());
                        decimals.computeIfAbsent(iri, k -> new java.util.HashSet<>()).add(f.decimals());
                    }
                }
            }
            return new Shown(iris, src, values, decimals, defaultDecimals(scale));
        }

        /** The page's default decimals: minus the exponent of a scale that is a power of ten of at least 1, else none. */
        static Integer defaultDecimals(BigDecimal scale) {
            BigDecimal s = scale.stripTrailingZeros();
            return s.signum() > 0 && s.unscaledValue().equals(java.math.BigInteger.ONE) && s.scale() <= 0 ? s.scale() : null;
        }

        /** The cell's fact's one value in the graph is its displayed amount (negated on a negated row). */
        boolean valueGives(FactCell fc, boolean negated) {
            if (fc.fact() == null || !fc.fact().numeric()) {
                return false;
            }
            Fact f = fc.fact();
            java.util.Set<BigDecimal> vs = valuesByFact.get(iris.fact(src, f.concept(), f.period(), f.unit(), f.dimensions()));
            if (vs == null || vs.size() != 1) {
                return false;
            }
            BigDecimal v = vs.iterator().next();
            return (negated ? v.negate() : v).compareTo(fc.displayedAmount()) == 0;
        }

        /** Every cell that shows the fact gives it the page's default decimals. */
        boolean scaleGivesDecimals(String factIri) {
            java.util.Set<Integer> ds = decimalsByFact.get(factIri);
            return defaultDecimals != null && ds != null && ds.equals(java.util.Set.of(defaultDecimals));
        }
    }

    /** A disclosure's or filing's graph, and the taxonomy items it uses (written to their own graphs). */
    public record Mapped(Model graph, List<TaxonomyItem> taxonomy) {

        /** The graph and the items' triples in one model. */
        public Model all() {
            Model all = newModel().add(graph);
            taxonomy.forEach(item -> all.add(item.triples()));
            return all;
        }
    }

    /** A summation-item arc: its role, ends, weight and order. */
    static void calculationArc(Model m, String iri, CalculationArc arc, String parentIri, String childIri) {
        m.createResource(iri, XLK.CalculationArc)
                .addProperty(XLK.linkRole, m.createResource(arc.role()))
                .addProperty(XLK.parentConcept, m.createResource(parentIri))
                .addProperty(XLK.childConcept, m.createResource(childIri))
                .addLiteral(XLK.weight, decimal(m, arc.weight()))
                .addLiteral(XLK.order, decimal(m, arc.order()));
    }

    /** A concept the linker made for this disclosure (an extension no taxonomy defines): it stays in its graph. */
    private boolean isMinted(Concept c) {
        return c.namespace().equals(extensionNamespace);
    }

    /**
     * A concept the disclosure uses: one the linker made is described in the disclosure's graph; a taxonomy's is a
     * taxonomy item of its namespace's graph.
     */
    void describe(Model m, List<TaxonomyItem> taxonomy, Concept c) {
        if (isMinted(c)) {
            concept(m, c);
            return;
        }
        Model own = newModel();
        concept(own, c);
        taxonomy.add(new TaxonomyItem(iris.taxonomyGraph(c.namespace()), c.iri(), own));
    }

    /**
     * A line item: its row, label, concept and label role (unless the standard one), the link's confidence and evidence (one text, a line per
     * reason: kind, weight, detail), the row's source line (the file is the disclosure's), and its cells. Booleans
     * ({@code abstract}, {@code extension}, {@code negated}, a cell's {@code columnInferred}) are written only when
     * true; the page's documentation of the element only where it is not the concept's own.
     */
    private void lineItem(Model m, List<TaxonomyItem> taxonomy, Resource disclosure, String src, LineItem item,
                          Map<String, Concept> concepts, Map<String, String> documentation, Shown shown) {
        int line = item.row().location().line();
        Resource li = m.createResource(iris.lineItem(src, item.row().number()), XLK.LineItem)
                .addLiteral(XLK.rowNumber, integer(m, item.row().number()))
                .addProperty(RDFS.label, item.row().label())
                .addProperty(XLK.concept, m.createResource(item.concept().iri()))
                .addLiteral(XLK.confidence, decimal(m, BigDecimal.valueOf(item.confidence())))
                .addLiteral(XLK.sourceLine, integer(m, line));
        // the label's content terms and the share of them the concept's text has, when the label has any (a row
        // without xlk:labelTerms has none, and so no support)
        if (item.labelTerms() > 0) {
            li.addLiteral(XLK.labelTerms, integer(m, item.labelTerms()));
            // full support (1, the most common) is the default a row with label terms and no xlk:labelSupport has
            BigDecimal support = BigDecimal.valueOf(item.labelSupport());
            if (support.compareTo(BigDecimal.ONE) != 0) {
                li.addLiteral(XLK.labelSupport, decimal(m, support));
            }
        }
        // the disclosure lists its line items (the way into a page that checks and queries written for it use); a line
        // item does not name its disclosure again (xlk:disclosure). Flags are written only when true: a row without
        // xlk:abstract is no heading, one without xlk:extension is linked to a taxonomy's concept
        disclosure.addProperty(XLK.lineItem, li);
        // the label role only when it is not the standard label's (the default a row without one has)
        if (!item.labelRole().equals(LabelRoles.STANDARD)) {
            li.addProperty(XLK.labelRole, m.createResource(item.labelRole()));
        }
        if (item.row().abstractRow()) {
            li.addLiteral(XLK.abstract_, true);
        }
        if (item.extension()) {
            li.addLiteral(XLK.extension, true);
        }
        if (item.negated()) {
            li.addLiteral(XLK.negated, true);
        }
        if (item.dimension() != null) {
            org.xbrllinker.link.Dimension dim = item.dimension();
            li.addProperty(XLK.dimension, dimensionValue(m, taxonomy, dim.axis().qname(),
                    dim.member() != null ? dim.member().qname() : dim.typedMember(), concepts));
        }
        // no xlk:section: the heading a row sits under is the nearest heading (xlk:abstract true) above it, which its
        // row number and the headings' give
        if (item.definition() != null) {
            for (String role : item.definition().referenceRoles()) {
                li.addProperty(XLK.pageReferenceRole, m.createResource(role));
            }
            String doc = item.definition().documentation();
            if (doc != null && !doc.equals(documentation.get(item.concept().iri()))) {
                li.addProperty(XLK.pageDocumentation, doc);
            }
        }
        if (!item.evidence().isEmpty()) {
            li.addProperty(XLK.linkEvidence, evidenceText(item.evidence()));
        }
        for (FactCell fc : item.cells()) {
            Resource cell = m.createResource(iris.cell(src, fc.row(), fc.column()), XLK.Cell)
                    .addProperty(XLK.lineItem, li)
                    .addProperty(XLK.column, m.createResource(iris.column(src, fc.column())))
                    .addProperty(XLK.displayed, fc.displayed());
            if (fc.columnInferred()) {
                cell.addLiteral(XLK.columnInferred, true);
            }
            // the displayed amount only where the fact's value does not give it (see Shown)
            if (fc.displayedAmount() != null && !shown.valueGives(fc, item.negated())) {
                cell.addLiteral(XLK.displayedAmount, decimal(m, fc.displayedAmount()));
            }
            if (fc.fact() != null) {
                cell.addProperty(XLK.fact, fact(m, taxonomy, disclosure, src, fc.fact(), fc.displayed(), concepts,
                        shown));
            }
        }
    }

    /**
     * A line item's evidence as one text, a line per reason in the linker's order: {@code kind<TAB>weight<TAB>detail}
     * (the weight with three decimals; tabs and line breaks inside a detail become spaces).
     */
    public static String evidenceText(List<Evidence> evidence) {
        StringBuilder out = new StringBuilder();
        for (Evidence e : evidence) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(e.kind()).append('\t')
                    .append(BigDecimal.valueOf(Math.round(e.weight() * 1000), 3).toPlainString()).append('\t')
                    .append(e.detail().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return out.toString();
    }

    /**
     * A fact: a number has its decimal value, unit, decimals and rounding step; a non-numeric fact its typed value
     * ({@code xlk:textValue} in its XSD datatype) and neither unit nor decimals, and a note when the display did not
     * fit the concept's type. Both have the axes and members of their dimension key.
     */
    private Resource fact(Model m, List<TaxonomyItem> taxonomy, Resource disclosure, String src, Fact f,
                          String displayed, Map<String, Concept> concepts, Shown shown) {
        // the fact is the disclosure's by its graph and IRI; its cells' rows name the disclosure
        Resource r = m.createResource(iris.fact(src, f.concept(), f.period(), f.unit(), f.dimensions()), XLK.Fact)
                .addProperty(XLK.concept, m.createResource(f.concept().iri()))
                .addProperty(XLK.period, sharedPeriod(m, taxonomy, f.period()));
        // the dimension key only when the fact has dimensions: a fact without one has none
        if (!f.dimensions().isEmpty()) {
            r.addProperty(XLK.dimensionKey, f.dimensions());
        }
        if (f.numeric()) {
            r.addProperty(XLK.unit, sharedUnit(m, taxonomy, f.unit()))
                    .addLiteral(XLK.value, decimal(m, f.value()));
            if (!shown.scaleGivesDecimals(r.getURI())) {
                r.addLiteral(XLK.decimals, integer(m, f.decimals()));
            }
        } else {
            r.addLiteral(XLK.textValue, typed(m, f.text(), f.datatype()));
            String note = FactValues.note(f, displayed);
            if (note != null) {
                r.addProperty(RDFS.comment, note);
            }
        }
        for (String[] dim : dimensions(f.dimensions())) {
            r.addProperty(XLK.dimension, dimensionValue(m, taxonomy, dim[0], dim[1], concepts));
        }
        return r;
    }

    /**
     * The axis and member (or typed member's value) of a dimension, one resource for every fact and row using it:
     * written once in the contexts graph ({@link #contextsGraph}), named by IRI from the disclosure's graph.
     */
    private Resource dimensionValue(Model m, List<TaxonomyItem> taxonomy, String axisQname, String member,
                                    Map<String, Concept> concepts) {
        Concept axis = conceptNamed(m, taxonomy, axisQname, concepts);
        String iri = iris.dimensionValue(axisQname, member);
        Model own = newModel();
        Resource dv = own.createResource(iri, XLK.DimensionValue)
                .addProperty(XLK.axis, own.createResource(axis.iri()));
        if (QNAME.matcher(member).matches()) {
            dv.addProperty(XLK.member, own.createResource(conceptNamed(m, taxonomy, member, concepts).iri()));
        } else {
            dv.addProperty(XLK.typedMember, member);
        }
        taxonomy.add(new TaxonomyItem(contextsGraph(iris), iri, own));
        return m.createResource(iri);
    }

    /**
     * The graph of the periods, units and dimension values that disclosure graphs name by IRI: their IRIs do not
     * depend on the disclosure ({@code {base}period/2021-12-31}, {@code {base}unit/USD}), so what they are is written
     * once for every disclosure, the way a taxonomy graph holds its concepts ({@link TaxonomyItem}).
     */
    public static String contextsGraph(Iris iris) {
        return iris.base() + "graph/contexts";
    }

    /** A period named from the disclosure's graph, described once in the contexts graph. */
    private Resource sharedPeriod(Model m, List<TaxonomyItem> taxonomy, Period p) {
        Model own = newModel();
        String iri = period(own, p).getURI();
        taxonomy.add(new TaxonomyItem(contextsGraph(iris), iri, own));
        return m.createResource(iri);
    }

    /** A unit named from the disclosure's graph, described (its code) once in the contexts graph. */
    private Resource sharedUnit(Model m, List<TaxonomyItem> taxonomy, String unit) {
        Model own = newModel();
        String iri = iris.unit(unit);
        own.createResource(iri, XLK.Unit).addProperty(SKOS.notation, unit);
        taxonomy.add(new TaxonomyItem(contextsGraph(iris), iri, own));
        return m.createResource(iri);
    }

    /** The axis=member pairs of a dimension key ({@code axis=member;axis2=member2}), in the key's order. */
    static List<String[]> dimensions(String key) {
        List<String[]> out = new ArrayList<>();
        for (String part : key.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.add(new String[] {part.substring(0, eq), part.substring(eq + 1)});
            }
        }
        return out;
    }

    /**
     * The concept of a qualified name a dimension key gives: the disclosure's own; otherwise one of that name in the
     * namespace another of the disclosure's concepts has for the prefix (or {@code urn:xbrl-linker:prefix:{prefix}},
     * as for a concept known from a page alone), written with its name so that the axis or member is a concept.
     */
    private Concept conceptNamed(Model m, List<TaxonomyItem> taxonomy, String qname, Map<String, Concept> concepts) {
        Concept known = concepts.get(qname);
        if (known != null) {
            return known;
        }
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        String namespace = concepts.values().stream().filter(c -> c.prefix().equals(prefix)).map(Concept::namespace)
                .findFirst().orElse("urn:xbrl-linker:prefix:" + prefix);
        Concept bare = new Concept(namespace, prefix, qname.substring(colon + 1), null, null, null, false, null,
                Map.of(), List.of());
        concepts.put(qname, bare);
        // named only: what it is (abstract, labels) is for the taxonomy that defines it to say
        Model own = isMinted(bare) ? m : newModel();
        own.createResource(bare.iri(), XLK.Concept)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, own.createResource(bare.namespace(), SKOS.ConceptScheme))
                .addProperty(XLK.qname, bare.qname())
                .addProperty(XLK.localName, bare.localName())
                .addProperty(XLK.namespace, bare.namespace());
        if (own != m) {
            taxonomy.add(new TaxonomyItem(iris.taxonomyGraph(bare.namespace()), bare.iri(), own));
        }
        return bare;
    }

    Resource period(Model m, Period p) {
        Resource r = m.createResource(iris.period(p));
        if (p.isInstant()) {
            r.addProperty(RDF.type, XLK.Instant).addLiteral(XLK.date, date(m, p.end()));
        } else {
            r.addProperty(RDF.type, XLK.Duration)
                    .addLiteral(XLK.startDate, date(m, p.start()))
                    .addLiteral(XLK.endDate, date(m, p.end()));
        }
        r.addProperty(RDFS.label, p.toString());
        return r;
    }

    Resource location(Model m, String src, org.xbrllinker.parse.SourceLocation loc) {
        return m.createResource(iris.location(src, loc.line()), XLK.SourceLocation)
                .addProperty(XLK.sourceFile, fileName(loc.file()))
                .addLiteral(XLK.sourceLine, integer(m, loc.line()));
    }

    /** Writes a concept with its labels by role, references with their parts, and its XBRL attributes. */
    public void concept(Model m, Concept c) {
        Resource scheme = m.createResource(c.namespace(), SKOS.ConceptScheme);
        Resource r = m.createResource(c.iri(), XLK.Concept)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, scheme)
                .addProperty(XLK.qname, c.qname())
                .addProperty(XLK.localName, c.localName())
                .addProperty(XLK.namespace, c.namespace())
                .addLiteral(XLK.abstract_, c.abstractConcept());
        if (c.namespace().equals(extensionNamespace)) {
            r.addProperty(RDF.type, XLK.ExtensionConcept);
        }
        if (c.periodType() != null) {
            r.addProperty(XLK.periodType, c.periodType() == PeriodType.INSTANT ? XLK.InstantPeriodType : XLK.DurationPeriodType);
        }
        if (c.balance() != null) {
            r.addProperty(XLK.balance, c.balance() == Balance.DEBIT ? XLK.Debit : XLK.Credit);
        }
        if (c.type() != null) {
            r.addProperty(XLK.dataType, c.type());
        }
        for (Map.Entry<String, String> label : c.labels().entrySet()) {
            String role = label.getKey();
            // the standard label and the documentation are the SKOS ones; a label of any other role is an xlk:Label
            if (role.equals(LabelRoles.STANDARD)) {
                r.addProperty(SKOS.prefLabel, label.getValue(), "en");
            } else if (role.equals(LabelRoles.DOCUMENTATION)) {
                r.addProperty(SKOS.definition, label.getValue(), "en");
            } else {
                r.addProperty(XLK.label, m.createResource(iris.label(c, role), XLK.Label)
                        .addProperty(XLK.labelRole, m.createResource(role))
                        .addProperty(XLK.text, label.getValue(), "en"));
            }
        }
        List<Reference> refs = c.references();
        for (int i = 0; i < refs.size(); i++) {
            Reference ref = refs.get(i);
            Resource rr = m.createResource(iris.reference(c, i), XLK.Reference)
                    .addProperty(XLK.referenceRole, m.createResource(ref.role()));
            for (Map.Entry<String, String> part : ref.parts().entrySet()) {
                org.apache.jena.rdf.model.Property known = PART_PROPERTIES.get(part.getKey());
                if (known != null) {
                    rr.addProperty(known, part.getValue());
                } else {
                    rr.addProperty(XLK.part, m.createResource(iris.referencePart(c, i, part.getKey()), XLK.ReferencePart)
                            .addProperty(XLK.partName, part.getKey())
                            .addProperty(XLK.text, part.getValue()));
                }
            }
            r.addProperty(XLK.reference, rr);
        }
    }

    /** The source IRIs are minted from: the page's, under its filing's name when it belongs to one. */
    public static String sourceOf(LinkedDisclosure linked) {
        return Iris.source(linked.filingSource(), linked.disclosure().source());
    }

    /**
     * The provenance of an input the job refused: an {@code xlk:RejectedInput} with its file name, the located message,
     * the place it went wrong ({@code prov:wasDerivedFrom} a source location) and the time, in a graph of its own.
     *
     * @param source the input as {@link Iris#source} names it (the page of a filing under the filing)
     * @param file the input's path; {@code where} may name another file (the extension schema of a filing's page)
     */
    public Model rejection(String source, String file, org.xbrllinker.parse.SourceLocation where, String message,
                           java.time.Instant at) {
        Model m = newModel();
        m.createResource(iris.rejection(source), XLK.RejectedInput)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(XLK.sourceFile, fileName(file))
                .addProperty(XLK.message, message)
                .addProperty(PROV.wasDerivedFrom, location(m, source, new org.xbrllinker.parse.SourceLocation(
                        where.file() == null || where.file().isBlank() ? file : where.file(),
                        Math.max(where.line(), 0), where.column())))
                .addLiteral(PROV.generatedAtTime, m.createTypedLiteral(
                        at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        return m;
    }

    /** The IRI InstanceMapper gives the fact a cell is tied to. */
    private String instanceFactIri(String filingSource, org.xbrllinker.link.CellTie tie) {
        String qname = tie.fact().concept();
        Concept named = new Concept(tie.fact().namespace(), qname.substring(0, Math.max(0, qname.indexOf(':'))),
                qname.substring(qname.indexOf(':') + 1), null, null, null, false, null, Map.of(), List.of());
        String unit = tie.fact().unitRef() == null ? null : tie.unitCode();
        return iris.instanceFact(filingSource, named, tie.context().period(), unit,
                InstanceMapper.dimensionKey(tie.context()), tie.context().otherContent());
    }

    private static Concept conceptOf(LinkedDisclosure linked, String qname) {
        for (Concept c : linked.concepts()) {
            if (c.qname().equals(qname)) {
                return c;
            }
        }
        throw new IllegalStateException("calculation arc names " + qname + ", which the disclosure's concepts lack");
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    static Literal decimal(Model m, BigDecimal v) {
        return m.createTypedLiteral(v.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Literal integer(Model m, long v) {
        return m.createTypedLiteral(Long.toString(v), XSDDatatype.XSDinteger);
    }

    /** A non-numeric value as a literal of its XSD datatype (an IRI such as {@link FactValues#DATE}). */
    static Literal typed(Model m, String lexical, String datatype) {
        return m.createTypedLiteral(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype));
    }

    static Literal date(Model m, java.time.LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }
}
