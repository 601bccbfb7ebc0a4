package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbrllinker.link.Evidence;
import org.xbrllinker.link.Fact;
import org.xbrllinker.link.FactCell;
import org.xbrllinker.link.LineItem;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.link.Period;
import org.xbrllinker.link.Terms;
import org.xbrllinker.parse.Cell;
import org.xbrllinker.parse.ColumnHeader;
import org.xbrllinker.parse.Definition;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.parse.Row;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.Balance;
import org.xbrllinker.taxonomy.CalculationArc;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.LabelRoles;
import org.xbrllinker.taxonomy.PeriodType;
import org.xbrllinker.taxonomy.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The vocabulary declares every {@link XLK} term, and the shapes accept what {@link RdfMapper} writes and reject breakage. */
class OntologyTest {

    private static final Path ONTOLOGY = Path.of("ontology", "xbrl-linker.ttl");
    private static final Path SHAPES = Path.of("ontology", "shapes", "xbrl-linker-shapes.ttl");
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private static final String COMMON_PRACTICE_REF = "http://www.xbrl.org/2009/role/commonPracticeRef";
    private static final String DISCLOSURE_REF = "http://www.xbrl.org/2003/role/disclosureRef";
    private static final String PRESENTATION_REF = "http://www.xbrl.org/2003/role/presentationRef";
    private static final String US_GAAP_2024 = "http://fasb.org/us-gaap/2024";
    private static final String SOURCE = "R4.htm";

    private static Model ontology;
    private static Model shapesModel;
    private static Shapes shapes;

    @BeforeAll
    static void parse() {
        ontology = strict(ONTOLOGY);
        shapesModel = strict(SHAPES);
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    /** Warnings (bad lexical forms, suspicious IRIs) fail the parse too. */
    private static Model strict(Path file) {
        return RDFParser.source(file).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrict).toModel();
    }

    // ---- (a) and (b): the vocabulary ----

    @Test
    void bothFilesParseAndTheOntologyIsAnOwlOntology() {
        assertTrue(ontology.contains(ontology.getResource("https://w3id.org/xbrl-linker/ns"), RDF.type, OWL2.Ontology));
        assertTrue(shapes.numRootShapes() >= 15, "root shapes: " + shapes.numRootShapes());
    }

    @Test
    void everyXlkTermIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        Set<String> constants = new TreeSet<>();
        for (Field f : XLK.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource term = (Resource) f.get(null);
            constants.add(term.getURI());
            Resource decl = ontology.getResource(term.getURI());
            String name = "xlk:" + term.getLocalName() + " (XLK." + f.getName() + ")";
            if (Property.class.isAssignableFrom(f.getType())) {
                boolean object = decl.hasProperty(RDF.type, OWL2.ObjectProperty);
                boolean data = decl.hasProperty(RDF.type, OWL2.DatatypeProperty);
                if (object == data) {
                    problems.add(name + " must be exactly one of owl:ObjectProperty and owl:DatatypeProperty");
                }
                if (!decl.hasProperty(RDFS.domain) || !decl.hasProperty(RDFS.range)) {
                    problems.add(name + " lacks rdfs:domain or rdfs:range");
                }
            } else if (!decl.hasProperty(RDF.type, OWL2.Class) && !decl.hasProperty(RDF.type, OWL2.NamedIndividual)) {
                problems.add(name + " is neither an owl:Class nor an owl:NamedIndividual");
            }
            if (!hasEnglish(decl, RDFS.label)) {
                problems.add(name + " lacks an @en rdfs:label");
            }
            if (!hasEnglish(decl, RDFS.comment)) {
                problems.add(name + " lacks an @en rdfs:comment");
            }
        }
        // and nothing in the namespace that XLK does not have: one constant per term
        for (Resource s : ontology.listSubjects().toList()) {
            if (s.isURIResource() && s.getURI().startsWith(XLK.NS) && !constants.contains(s.getURI())) {
                problems.add(s.getURI() + " is declared but is no constant of XLK");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyLabelRoleOfTheLinkerIsAnIndividualWithItsSource() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        for (Field f : LabelRoles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                checkRole(ontology.getResource((String) f.get(null)), XLK.LabelRole, problems);
            }
        }
        for (Resource role : ontology.listSubjectsWithProperty(RDF.type, XLK.ReferenceRole).toList()) {
            checkRole(role, XLK.ReferenceRole, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void checkRole(Resource role, Resource type, List<String> problems) {
        if (!role.hasProperty(RDF.type, type) || !role.hasProperty(RDF.type, OWL2.NamedIndividual)) {
            problems.add(role + " is not declared an individual of " + type.getLocalName());
        }
        if (!hasEnglish(role, RDFS.label) || !hasEnglish(role, RDFS.comment) || !role.hasProperty(DCTerms.source)) {
            problems.add(role + " lacks an @en rdfs:label, an @en rdfs:comment or a dcterms:source");
        }
    }

    /** The reference roles the real FASB linkbases and the Apple viewer data use are all declared. */
    @Test
    void everyReferenceRoleInTheSharedFilingsAndTaxonomiesIsDeclared() throws IOException {
        String shared = System.getProperty("xbrllinker.shared.data");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "shared data not available");
        Path data = Path.of(shared);
        Set<String> used = new TreeSet<>();
        JsonNode metaLinks = new ObjectMapper().readTree(
                data.resolve("filings/aapl-0000320193-25-000057/MetaLinks.json").toFile());
        metaLinks.get("std_ref").forEach(ref -> used.add(ref.get("role").asText()));
        Pattern referenceRole = Pattern.compile("<link:reference\\b[^>]*?xlink:role=['\"]([^'\"]+)['\"]");
        for (String linkbase : List.of("taxonomy/srt-2024/elts/srt-ref-2024.xml",
                "taxonomy/srt-2024/elts/srt-cn-ref-2024.xml",
                "taxonomy/us-gaap-2020-partial/elts/us-gaap-tin-ref-2020-01-31.xml",
                "taxonomy/us-gaap-2020-partial/dqcrules/dqcrules-0001-ref-2020-01-31.xml")) {
            Matcher m = referenceRole.matcher(Files.readString(data.resolve(linkbase)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertTrue(used.size() >= 8, "roles found: " + used);
        List<String> missing = used.stream()
                .filter(r -> !ontology.contains(ontology.getResource(r), RDF.type, XLK.ReferenceRole)).toList();
        assertTrue(missing.isEmpty(), "reference roles used in the shared data but not declared: " + missing);
    }

    /** What the mapper writes agrees with the declarations: kinds of properties, literal datatypes, classes. */
    @Test
    void theMappedGraphUsesTheVocabularyAsDeclared() {
        Model m = mapped();
        List<String> problems = new ArrayList<>();
        for (Statement st : m.listStatements().toList()) {
            Property p = st.getPredicate();
            if (p.getURI().equals(RDF.type.getURI()) && st.getObject().isURIResource()
                    && st.getResource().getURI().startsWith(XLK.NS)
                    && !ontology.contains(st.getResource(), RDF.type, OWL2.Class)) {
                problems.add("class " + st.getResource() + " is not declared");
            }
            if (!p.getURI().startsWith(XLK.NS)) {
                continue;
            }
            Resource decl = ontology.getResource(p.getURI());
            if (decl.hasProperty(RDF.type, OWL2.ObjectProperty) && !st.getObject().isResource()) {
                problems.add(p.getLocalName() + " is an object property but has " + st.getObject());
            }
            if (decl.hasProperty(RDF.type, OWL2.DatatypeProperty)) {
                if (!st.getObject().isLiteral()) {
                    problems.add(p.getLocalName() + " is a datatype property but has " + st.getObject());
                    continue;
                }
                Resource range = decl.getPropertyResourceValue(RDFS.range);
                Literal l = st.getLiteral();
                if (range != null && range.isURIResource() && range.getURI().startsWith(XSD.NS)
                        && !range.getURI().equals(l.getDatatypeURI())) {
                    problems.add(p.getLocalName() + " has range " + range.getLocalName() + " but the mapper writes "
                            + l.getDatatypeURI());
                }
                if (range != null && range.isAnon() && !datatypesOf(range).contains(l.getDatatypeURI())) {
                    problems.add(p.getLocalName() + " has range " + datatypesOf(range) + " but the mapper writes "
                            + l.getDatatypeURI());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The datatypes of a range declared as a union of datatypes ({@code [ a rdfs:Datatype ; owl:unionOf (...) ]}). */
    static Set<String> datatypesOf(Resource range) {
        Set<String> out = new TreeSet<>();
        Resource list = range.getPropertyResourceValue(OWL2.unionOf);
        if (list != null) {
            list.as(RDFList.class).asJavaList().forEach(n -> out.add(n.asResource().getURI()));
        }
        return out;
    }

    /** Non-numeric values take exactly the datatypes the vocabulary declares for xlk:textValue. */
    @Test
    void theTextValueRangeIsTheDatatypesOfNonNumericValues() {
        Resource range = ontology.getResource(XLK.textValue.getURI()).getPropertyResourceValue(RDFS.range);
        assertEquals(new TreeSet<>(org.xbrllinker.link.FactValues.DATATYPES), datatypesOf(range));
        assertTrue(range.hasProperty(RDF.type, RDFS.Datatype));
    }

    // ---- shapes: documented, and covering the classes ----

    @Test
    void everyShapeAndPropertyShapeSaysWhatItWants() {
        List<RDFNode> shapeNodes = new ArrayList<>(shapesModel.listSubjectsWithProperty(RDF.type, sh("NodeShape")).toList());
        for (String link : List.of("property", "node", "not", "sparql")) {
            shapeNodes.addAll(shapesModel.listObjectsOfProperty(sh(link)).toList());
        }
        for (RDFNode list : shapesModel.listObjectsOfProperty(sh("or")).toList()) {
            shapeNodes.addAll(list.as(RDFList.class).asJavaList());
        }
        List<String> silent = new ArrayList<>();
        for (RDFNode n : shapeNodes) {
            Resource s = n.asResource();
            if (!s.hasProperty(sh("message")) && !s.hasProperty(sh("description"))) {
                silent.add(s.hasProperty(sh("path")) ? "property shape on " + s.getPropertyResourceValue(sh("path")) : s.toString());
            }
        }
        assertTrue(silent.isEmpty(), "shapes without sh:message or sh:description: " + silent);

        Set<Resource> targets = new java.util.HashSet<>();
        shapesModel.listObjectsOfProperty(sh("targetClass")).forEach(t -> targets.add(t.asResource()));
        for (Resource c : List.of(XLK.Disclosure, XLK.Column, XLK.LineItem, XLK.Cell, XLK.Fact, XLK.Instant,
                XLK.Duration, XLK.Unit, XLK.Concept, XLK.Label, XLK.Reference, XLK.CalculationArc,
                XLK.SourceLocation, XLK.Finding, XLK.RejectedInput)) {
            assertTrue(targets.contains(c), "no shape targets " + c.getLocalName());
        }
    }

    // ---- (c) a small real disclosure through the mapper, against the shapes ----

    @Test
    void theMappedDisclosureConforms() {
        ValidationReport report = validate(mapped());
        assertTrue(report.conforms(), () -> "expected the mapped graph to conform:\n" + text(report));
    }

    @Test
    void aFactWithoutItsConceptIsReported() {
        Model m = mapped();
        Resource fact = theFact(m);
        m.removeAll(fact, XLK.concept, null);
        ValidationReport report = validate(m);
        assertFalse(report.conforms());
        assertReported(report, fact, XLK.concept);
    }

    @Test
    void aFactWithTwoPeriodsIsReported() {
        Model m = mapped();
        Resource fact = theFact(m);
        Resource other = m.createResource(Iris.defaults().period(Period.instant(LocalDate.of(2024, 9, 28))), XLK.Instant)
                .addLiteral(XLK.date, m.createTypedLiteral("2024-09-28", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate))
                .addProperty(RDFS.label, "2024-09-28");
        fact.addProperty(XLK.period, other);
        ValidationReport report = validate(m);
        assertFalse(report.conforms());
        assertReported(report, fact, XLK.period);
    }

    @Test
    void aLineItemThatIsNotAbstractNeedsAConcept() {
        Model m = mapped();
        Resource item = m.getResource(Iris.defaults().lineItem(SOURCE, 1));
        m.removeAll(item, XLK.concept, null);
        ValidationReport report = validate(m);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(item.asNode())
                        && e.message().contains("has no xlk:concept")),
                () -> "expected the line item without concept to be reported:\n" + text(report));
    }

    /** Defaults are left out (issue 15, item 2): no flag that is false, no empty dimension key, no link back. */
    @Test
    void writtenDefaultsAndALineItemNamingItsDisclosureAreReported() {
        Model m = mapped();
        Resource item = m.getResource(Iris.defaults().lineItem(SOURCE, 1));
        Resource fact = theFact(m);
        assertFalse(item.hasProperty(XLK.abstract_) || item.hasProperty(XLK.extension) || item.hasProperty(XLK.disclosure)
                || fact.hasProperty(XLK.dimensionKey), "the row and its fact are written with no default");
        item.addLiteral(XLK.abstract_, false).addLiteral(XLK.extension, false)
                .addProperty(XLK.disclosure, m.createResource(Iris.defaults().disclosure(SOURCE)));
        fact.addProperty(XLK.dimensionKey, "");
        ValidationReport report = validate(m);
        assertFalse(report.conforms());
        assertReported(report, item, XLK.abstract_);
        assertReported(report, item, XLK.extension);
        assertReported(report, item, XLK.disclosure);
        assertReported(report, fact, XLK.dimensionKey);
    }

    @Test
    void aLabelOfTheStandardRoleIsReported() {
        Model m = mapped();
        Resource concept = m.listSubjectsWithProperty(XLK.label).next();
        Resource label = concept.getPropertyResourceValue(XLK.label);
        assertFalse(label.hasProperty(XLK.labelRole, m.createResource(LabelRoles.STANDARD)));
        label.removeAll(XLK.labelRole).addProperty(XLK.labelRole, m.createResource(LabelRoles.STANDARD));
        ValidationReport report = validate(m);
        assertFalse(report.conforms());
        assertReported(report, label, XLK.labelRole);
    }

    @Test
    void aDurationThatEndsBeforeItStartsIsReported() {
        Model m = mapped();
        Resource backwards = m.createResource(Iris.defaults().base() + "period/2025-03-30--2024-09-29", XLK.Duration)
                .addLiteral(XLK.startDate, m.createTypedLiteral("2025-03-30", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate))
                .addLiteral(XLK.endDate, m.createTypedLiteral("2024-09-29", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate))
                .addProperty(RDFS.label, "2025-03-30/2024-09-29");
        Resource oneDay = m.createResource(Iris.defaults().period(Period.duration(LocalDate.of(2025, 3, 29),
                        LocalDate.of(2025, 3, 29))), XLK.Duration)
                .addLiteral(XLK.startDate, m.createTypedLiteral("2025-03-29", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate))
                .addLiteral(XLK.endDate, m.createTypedLiteral("2025-03-29", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate))
                .addProperty(RDFS.label, "2025-03-29/2025-03-29");
        ValidationReport report = validate(m);
        List<ReportEntry> entries = new ArrayList<>(report.getEntries());
        assertEquals(1, entries.size(), () -> text(report));
        assertEquals(backwards.asNode(), entries.get(0).focusNode());
        assertTrue(entries.get(0).message().contains("after it ends"), entries.get(0).message());
        assertFalse(entries.stream().anyMatch(e -> e.focusNode().equals(oneDay.asNode())));
    }

    @Test
    void aFindingIsCheckedAgainstItsFixedVocabulary() {
        Iris iris = Iris.defaults();
        Model m = RdfMapper.newModel();
        Resource finding = m.createResource(iris.finding(SOURCE, "calc11:inconsistency", "us-gaap:AssetsCurrent 2025-03-29"),
                        XLK.Finding)
                .addProperty(XLK.checkId, "calc11:inconsistency")
                .addProperty(XLK.severity, "error")
                .addProperty(XLK.status, "fail")
                .addProperty(XLK.message, "Total current assets 2025-03-29: 118,674 reported, 118,675 computed")
                .addProperty(XLK.subject, m.createResource(iris.lineItem(SOURCE, 9)))
                .addProperty(XLK.disclosure, m.createResource(iris.disclosure(SOURCE)))
                .addLiteral(XLK.reported, RdfMapper.decimal(m, new BigDecimal("118674000000")))
                .addLiteral(XLK.computed, RdfMapper.decimal(m, new BigDecimal("118675000000")))
                .addProperty(XLK.periodText, "2025-03-29")
                .addProperty(XLK.terms, "28,162 + 20,336 + 26,136 + 23,662 + 6,269 + 14,109 = 118,674");
        ValidationReport ok = validate(m);
        assertTrue(ok.conforms(), () -> text(ok));

        finding.removeAll(XLK.severity).addProperty(XLK.severity, "fatal");
        ValidationReport bad = validate(m);
        assertFalse(bad.conforms());
        assertReported(bad, finding, XLK.severity);
    }

    // ---- the test disclosure: Apple's 10-Q balance sheet (R4.htm), one row of it ----

    /** Accounts receivable, net, at 2025-03-29, as in shared/data/filings/aapl-0000320193-25-000057 (R4.htm, MetaLinks.json). */
    static LinkedDisclosure appleReceivables() {
        LocalDate date = LocalDate.of(2025, 3, 29);
        BigDecimal amount = new BigDecimal("26136000000");
        SourceLocation rowAt = SourceLocation.of(SOURCE, 41);
        SourceLocation cellAt = SourceLocation.of(SOURCE, 42);
        Cell cell = new Cell(0, "26,136", amount, false, -6, false, cellAt);
        Row row = new Row(1, "Accounts receivable, net", false, List.of(cell), "us-gaap_AccountsReceivableNetCurrent", rowAt);
        String documentation = "Amount, after allowance for credit loss, of right to consideration from customer for product"
                + " sold and service rendered in normal course of business, classified as current.";
        // the text parser numbers definitions from 1
        Definition definition = new Definition(1, "us-gaap_AccountsReceivableNetCurrent", documentation,
                List.of(COMMON_PRACTICE_REF), List.of("Reference 1: " + COMMON_PRACTICE_REF), SourceLocation.of(SOURCE, 281));
        Disclosure disclosure = new Disclosure(SOURCE, "CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)", "USD ($)", "USD",
                new BigDecimal("1000000"), List.of(new ColumnHeader(0, null, null, date, "Mar. 29, 2025")), List.of(row),
                List.of(definition));

        Concept receivables = new Concept(US_GAAP_2024, "us-gaap", "AccountsReceivableNetCurrent", "xbrli:monetaryItemType",
                Balance.DEBIT, PeriodType.INSTANT, false, "xbrli:item",
                Map.of(LabelRoles.STANDARD, "Accounts Receivable, after Allowance for Credit Loss, Current",
                        LabelRoles.TERSE, "Accounts receivable, net",
                        LabelRoles.DOCUMENTATION, documentation),
                List.of(new Reference(COMMON_PRACTICE_REF, parts(
                        "Publisher", "FASB", "Name", "Accounting Standards Codification", "Topic", "310", "SubTopic", "10",
                        "Section", "45", "Paragraph", "2", "URI", "https://asc.fasb.org/1943274/2147481990/310-10-45-2"))));
        Concept currentAssets = new Concept(US_GAAP_2024, "us-gaap", "AssetsCurrent", "xbrli:monetaryItemType",
                Balance.DEBIT, PeriodType.INSTANT, false, "xbrli:item",
                Map.of(LabelRoles.STANDARD, "Assets, Current",
                        LabelRoles.TOTAL, "Total current assets",
                        LabelRoles.DOCUMENTATION, "Amount of asset recognized for present right to economic benefit,"
                                + " classified as current."),
                List.of(new Reference(DISCLOSURE_REF, parts(
                        "Publisher", "FASB", "Name", "Accounting Standards Codification", "Topic", "210", "SubTopic", "10",
                        "Section", "45", "Paragraph", "1", "URI", "https://asc.fasb.org/1943274/2147483467/210-10-45-1"))));
        CalculationArc arc = new CalculationArc("http://www.apple.com/role/CONDENSEDCONSOLIDATEDBALANCESHEETSUnaudited",
                "us-gaap:AssetsCurrent", "us-gaap:AccountsReceivableNetCurrent", BigDecimal.ONE, new BigDecimal("3"));

        Fact fact = new Fact(receivables, Period.instant(date), "USD", amount, -6);
        FactCell factCell = new FactCell(1, 0, "26,136", amount, false, fact, cellAt);
        List<Evidence> evidence = List.of(
                new Evidence("element-name", "the page names us-gaap:AccountsReceivableNetCurrent", 0.99),
                new Evidence("label", "label \"Accounts receivable, net\" 100% alike to \"Accounts receivable, net\"", 0.9),
                new Evidence("period-type", "1 of the table's columns filled: an instant balance", 0.3));
        LineItem item = new LineItem(row, definition, receivables, false, LabelRoles.STANDARD, false, 1.0, evidence, 0,
                Terms.of(row.label()).size(), 1.0, List.of(factCell));
        return new LinkedDisclosure(disclosure, List.of(item), List.of(receivables, currentAssets), List.of(arc));
    }

    /**
     * The mapped disclosure, plus a concept whose reference has parts without a property of their own (an SEC
     * Regulation S-K reference of ecd:AdjToCompAmt in the same filing's MetaLinks.json), so that reference parts are
     * validated too.
     */
    private static Model mapped() {
        RdfMapper mapper = new RdfMapper(Iris.defaults(), LinkerOptions.DEFAULT_NAMESPACE);
        Model m = mapper.map(appleReceivables());
        mapper.concept(m, new Concept("http://xbrl.sec.gov/ecd/2024", "ecd", "AdjToCompAmt", "xbrli:monetaryItemType",
                null, null, false, "xbrli:item",
                Map.of(LabelRoles.STANDARD, "Adjustment to Compensation Amount",
                        LabelRoles.TERSE, "Adjustment to Compensation, Amount"),
                List.of(new Reference(PRESENTATION_REF, parts("Publisher", "SEC", "Name", "Regulation S-K", "Number", "229",
                        "Section", "402", "Subsection", "v", "Paragraph", "3")))));
        return m;
    }

    private static Map<String, String> parts(String... keysAndValues) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parts.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return parts;
    }

    private static Resource theFact(Model m) {
        List<Resource> facts = m.listSubjectsWithProperty(RDF.type, XLK.Fact).toList();
        assertEquals(1, facts.size(), "facts: " + facts);
        return facts.get(0);
    }

    // ---- helpers ----

    private static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    private static void assertReported(ValidationReport report, Resource focus, Property path) {
        Node focusNode = focus.asNode();
        boolean found = report.getEntries().stream().anyMatch(e -> focusNode.equals(e.focusNode())
                && e.resultPath() instanceof P_Link link && link.getNode().equals(path.asNode()));
        if (!found) {
            fail("expected a result for focus " + focus + " and path " + path + ":\n" + text(report));
        }
    }

    private static String text(ValidationReport report) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        return out.toString();
    }

    private static boolean hasEnglish(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .anyMatch(st -> st.getObject().isLiteral() && "en".equals(st.getLiteral().getLanguage())
                        && !st.getString().isBlank());
    }

    private static Property sh(String local) {
        return ModelFactory.createDefaultModel().createProperty(SH + local);
    }
}
