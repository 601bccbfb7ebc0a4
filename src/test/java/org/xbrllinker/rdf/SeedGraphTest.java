package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.check.Finding;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;

/** The seed's real graph, and the findings the checks write for it, conform to the SHACL shapes. */
class SeedGraphTest {

    @Test
    void theSeedGraphAndItsFindingsConformToTheShapes() throws Exception {
        LinkedDisclosure linked = Shared.linkedSeed();
        Iris iris = Iris.defaults();
        RdfMapper mapper = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE);
        Model graph = mapper.map(linked);
        String g = iris.disclosureGraph(linked.disclosure().source());

        XbrlStore store = XbrlStore.inMemory();
        store.replaceGraphs(Map.of(g, graph));
        store.loadOntology(iris.ontologyGraph());
        CheckRunner runner = new CheckRunner(CheckCatalogue.load(List.of()), iris);
        List<Finding> findings = runner.run(store, List.of(g));
        assertTrue(findings.size() > 20);
        CheckRunner.Tally stored = runner.runAndStore(store, List.of(g));
        assertEquals(findings.size(), stored.findings());
        assertEquals(findings.stream().filter(Finding::failedError).count(), stored.failedErrors());

        Model all = ModelFactory.createDefaultModel();
        Txn.executeRead(store.dataset(), () -> {
            all.add(store.dataset().getNamedModel(g));
            all.add(store.dataset().getNamedModel(iris.findingsGraphOf(g)));
        });
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes/xbrl-linker-shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, all.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms());

        long findingsInStore = store.selectAll(QueryFactory.create(
                "PREFIX xlk: <https://w3id.org/xbrl-linker/ns#> SELECT ?f WHERE { ?f a xlk:Finding }")).size();
        assertEquals(findings.size(), findingsInStore);
    }

    /**
     * What the seed's disclosure graph holds and what it leaves to shared graphs (issue 15, item 2): flags only when
     * true, line items listed by the disclosure and not naming it back, periods and units named by IRI and described
     * once in the contexts graph.
     */
    @Test
    void theSeedGraphNamesItsPeriodsAndUnitsAndWritesFlagsOnlyWhenTrue() throws Exception {
        LinkedDisclosure linked = Shared.linkedSeed();
        Iris iris = Iris.defaults();
        RdfMapper.Mapped mapped = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE).mapDisclosure(linked);
        Model graph = mapped.graph();
        assertEquals(19, graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, XLK.Fact).toList().size());
        assertEquals(SEED_GRAPH_QUADS, graph.size());
        // rows 1 and 5 are headings, rows 1 and 9 are linked to concepts the linker made; no row says false
        assertEquals(2, graph.listStatements(null, XLK.abstract_, graph.createTypedLiteral(true))
                .filterKeep(st -> st.getSubject().hasProperty(org.apache.jena.vocabulary.RDF.type, XLK.LineItem))
                .toList().size());
        assertEquals(2, graph.listStatements(null, XLK.extension, graph.createTypedLiteral(true)).toList().size());
        assertEquals(0, graph.listStatements(null, XLK.abstract_, graph.createTypedLiteral(false))
                .filterKeep(st -> st.getSubject().hasProperty(org.apache.jena.vocabulary.RDF.type, XLK.LineItem))
                .toList().size());
        assertEquals(0, graph.listStatements(null, XLK.extension, graph.createTypedLiteral(false)).toList().size());
        // the disclosure lists its ten rows and none of its three columns (its cells name each); they do not name it back
        assertEquals(10, graph.listStatements(null, XLK.lineItem, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(st -> st.getSubject().hasProperty(org.apache.jena.vocabulary.RDF.type, XLK.Disclosure))
                .toList().size());
        assertEquals(0, graph.listStatements(null, XLK.column, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(st -> st.getSubject().hasProperty(org.apache.jena.vocabulary.RDF.type, XLK.Disclosure))
                .toList().size());
        assertEquals(3, graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, XLK.Column)
                .filterKeep(c -> graph.contains(null, XLK.column, c)).toList().size());
        assertEquals(0, graph.listStatements(null, XLK.disclosure, (org.apache.jena.rdf.model.RDFNode) null)
                .filterDrop(st -> st.getSubject().hasProperty(org.apache.jena.vocabulary.RDF.type, XLK.RollForward))
                .toList().size());
        // periods and units: named by IRI here, described in the contexts graph (7 periods, 1 unit)
        assertEquals(0, graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.label)
                .filterKeep(r -> r.getURI().startsWith(iris.base() + "period/")).toList().size());
        assertEquals(0, graph.listSubjectsWithProperty(org.apache.jena.vocabulary.SKOS.notation).toList().size());
        List<TaxonomyItem> contexts = mapped.taxonomy().stream()
                .filter(item -> item.graph().equals(RdfMapper.contextsGraph(iris))).toList();
        assertEquals(8, contexts.size());
        assertEquals(1, contexts.stream().filter(item -> item.subject().equals(iris.unit("USD"))).count());
        // defaults left out: the standard label role (only rows 3, 6, 8 and 10 have a role of their own), the empty
        // dimension key (every fact of the seed), label terms and support of a label with no content term (rows 6 and
        // 10); no row names its section
        assertEquals(4, graph.listStatements(null, XLK.labelRole, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
        assertEquals(0, graph.listStatements(null, XLK.dimensionKey, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
        assertEquals(8, graph.listStatements(null, XLK.labelTerms, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
        // support only where some label term is not found (rows 3 and 7): the others' is 1
        assertEquals(2, graph.listStatements(null, XLK.labelSupport, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
        assertEquals(0, graph.listStatements(null, XLK.section, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
        // the concepts rows and facts name are not listed again with xlk:usesConcept; the two arc ends no row shows are
        assertEquals(2, graph.listStatements(null, XLK.usesConcept, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
    }

    /**
     * The seed's disclosure graph, in quads (533 before issue 15's item 2; 421 with its xlk:input, before its cells'
     * displayed amounts that their facts' values give, its facts' decimals that its scale gives, its label supports
     * of 1 and the list of its columns, which its cells name, went).
     */
    static final int SEED_GRAPH_QUADS = 372;

    /**
     * A cell's displayed amount is written only where its fact's value does not give it, a fact's decimals only where
     * the page's scale does not: the seed's row 6 shows "874,355", its fact's value, and has none; row 3 is negated and
     * shows "(1,475,983)" for the fact 1,475,983, which gives it too. The seed's scale is 1 and every fact has decimals
     * 0, so no fact writes them.
     */
    @Test
    void displayedAmountsAndDecimalsAreWrittenOnlyWhereNothingElseGivesThem() throws Exception {
        LinkedDisclosure linked = Shared.linkedSeed();
        Iris iris = Iris.defaults();
        Model graph = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE).mapDisclosure(linked).graph();
        String src = RdfMapper.sourceOf(linked);

        Resource plain = graph.getResource(iris.cell(src, 6, 1));
        assertEquals("874,355", plain.getProperty(XLK.displayed).getString());
        assertFalse(plain.hasProperty(XLK.displayedAmount));
        assertEquals(new BigDecimal("874355"), new BigDecimal(
                plain.getPropertyResourceValue(XLK.fact).getProperty(XLK.value).getLiteral().getLexicalForm()));

        Resource negated = graph.getResource(iris.cell(src, 3, 0));
        assertEquals("(1,475,983)", negated.getProperty(XLK.displayed).getString());
        assertTrue(negated.getPropertyResourceValue(XLK.lineItem).hasLiteral(XLK.negated, true));
        assertFalse(negated.hasProperty(XLK.displayedAmount));
        assertEquals(new BigDecimal("1475983"), new BigDecimal(
                negated.getPropertyResourceValue(XLK.fact).getProperty(XLK.value).getLiteral().getLexicalForm()));
        // every cell of the seed shows its fact's value (negated on the negated rows 3 and 8)
        assertEquals(0, graph.listStatements(null, XLK.displayedAmount, (RDFNode) null).toList().size());

        assertEquals("1", graph.getResource(iris.disclosure(src)).getProperty(XLK.scale).getLiteral().getLexicalForm());
        assertEquals(0, graph.listStatements(null, XLK.decimals, (RDFNode) null).toList().size());
    }

    /**
     * Cells that show one fact with different amounts keep them: the seed with its closing balance of 2019 changed to
     * "$ 874,356" gives the fact of 2019-12-31 two values, its two cells their own amounts, and the checks the numbers
     * each cell shows.
     */
    @Test
    void cellsThatDisagreeKeepTheirAmounts() throws Exception {
        String text = java.nio.file.Files.readString(Shared.seed());
        assertTrue(text.contains("|$ 874,355\n"));
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults())
                .link(new TextRPageParser().parse(Shared.seed().getFileName().toString(),
                        new java.io.StringReader(text.replace("|$ 874,355\n", "|$ 874,356\n"))));
        Iris iris = Iris.defaults();
        Model graph = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE).map(linked);
        String src = RdfMapper.sourceOf(linked);
        Resource opening2020 = graph.getResource(iris.cell(src, 6, 1));
        Resource closing2019 = graph.getResource(iris.cell(src, 10, 2));
        assertEquals(opening2020.getPropertyResourceValue(XLK.fact), closing2019.getPropertyResourceValue(XLK.fact));
        assertEquals(2, opening2020.getPropertyResourceValue(XLK.fact).listProperties(XLK.value).toList().size());
        assertEquals(new BigDecimal("874355"),
                new BigDecimal(opening2020.getProperty(XLK.displayedAmount).getLiteral().getLexicalForm()));
        assertEquals(new BigDecimal("874356"),
                new BigDecimal(closing2019.getProperty(XLK.displayedAmount).getLiteral().getLexicalForm()));
        assertEquals(2, graph.listStatements(null, XLK.displayedAmount, (RDFNode) null).toList().size());

        List<String> findings = findings(graph, linked, iris);
        assertTrue(findings.contains("continuity fail us-gaap:AllowanceForDoubtfulAccountsReceivable on 2019-12-31: "
                + "closing balance of 2019-01-01/2019-12-31 874,356, opening balance of 2020-01-01/2020-12-31 874,355"),
                String.join("\n", findings));
        assertTrue(findings.contains("roll-forward fail Accounts Receivable, Allowance for Credit Loss [Roll Forward] "
                + "2019-01-01/2019-12-31: 0 + 946,590 − 51,418 − 20,817 = 874,355 computed, 874,356 reported"),
                String.join("\n", findings));
        assertTrue(findings.contains("roll-forward pass Accounts Receivable, Allowance for Credit Loss [Roll Forward] "
                + "2020-01-01/2020-12-31: 874,355 + 92,009 + 0 + 154,751 = 1,121,115 computed, 1,121,115 reported"));
    }

    /** The page's default decimals are minus the exponent of a scale that is a power of ten of at least 1. */
    @Test
    void aPowerOfTenScaleGivesTheDefaultDecimals() {
        assertEquals(0, RdfMapper.Shown.defaultDecimals(BigDecimal.ONE));
        assertEquals(-3, RdfMapper.Shown.defaultDecimals(new BigDecimal("1000")));
        assertEquals(-6, RdfMapper.Shown.defaultDecimals(new BigDecimal("1000000.00")));
        assertEquals(-9, RdfMapper.Shown.defaultDecimals(new BigDecimal("1E+9")));
        assertNull(RdfMapper.Shown.defaultDecimals(new BigDecimal("0.01")));
        assertNull(RdfMapper.Shown.defaultDecimals(new BigDecimal("1500")));
    }

    /**
     * A graph written before the displayed amounts, decimals, label supports and column list were left out (every cell
     * with an amount has its xlk:displayedAmount, every numeric fact its xlk:decimals, every row with label terms its
     * xlk:labelSupport, the disclosure lists every column) gives the checks the same findings, numbers and all, as
     * the graph written now.
     */
    @Test
    void aGraphWithEveryDisplayedAmountAndDecimalsGivesTheSameFindings() throws Exception {
        LinkedDisclosure linked = Shared.linkedSeed();
        Iris iris = Iris.defaults();
        RdfMapper mapper = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE);
        Model lean = mapper.map(linked);
        Model full = RdfMapper.newModel().add(lean);
        for (Resource cell : lean.listSubjectsWithProperty(RDF.type, XLK.Cell).toList()) {
            Resource fact = cell.getPropertyResourceValue(XLK.fact);
            if (!cell.hasProperty(XLK.displayedAmount) && fact != null && fact.hasProperty(XLK.value)) {
                BigDecimal value = new BigDecimal(fact.getProperty(XLK.value).getLiteral().getLexicalForm());
                boolean negated = cell.getPropertyResourceValue(XLK.lineItem).hasLiteral(XLK.negated, true);
                full.add(cell, XLK.displayedAmount, RdfMapper.decimal(full, negated ? value.negate() : value));
            }
        }
        for (Resource row : lean.listSubjectsWithProperty(XLK.labelTerms).toList()) {
            if (!row.hasProperty(XLK.labelSupport)) {
                full.add(row, XLK.labelSupport, RdfMapper.decimal(full, BigDecimal.ONE));
            }
        }
        for (Resource fact : lean.listSubjectsWithProperty(XLK.value).toList()) {
            if (!fact.hasProperty(XLK.decimals)) {
                full.add(fact, XLK.decimals, full.createTypedLiteral("0", XSDDatatype.XSDinteger));
            }
        }
        Resource page = lean.listSubjectsWithProperty(RDF.type, XLK.Disclosure).next();
        lean.listSubjectsWithProperty(RDF.type, XLK.Column).forEach(c -> full.add(page, XLK.column, c));
        assertEquals(lean.size() + 21 + 19 + 6 + 3, full.size());
        // both forms conform to the shapes
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes/xbrl-linker-shapes.ttl"));
        assertTrue(ShaclValidator.get().validate(shapes, lean.getGraph()).conforms());
        assertTrue(ShaclValidator.get().validate(shapes, full.getGraph()).conforms());

        List<String> leanFindings = findings(lean, linked, iris);
        List<String> fullFindings = findings(full, linked, iris);
        assertEquals(fullFindings, leanFindings);
        assertTrue(leanFindings.contains("roll-forward pass Accounts Receivable, Allowance for Credit Loss [Roll Forward] "
                + "2021-01-01/2021-12-31: 1,121,115 + 391,189 − 86,170 + 49,849 = 1,475,983 computed, 1,475,983 reported"),
                String.join("\n", leanFindings));
        assertTrue(leanFindings.contains("continuity pass us-gaap:AllowanceForDoubtfulAccountsReceivable on 2019-12-31: "
                + "closing balance of 2019-01-01/2019-12-31 874,355, opening balance of 2020-01-01/2020-12-31 874,355"));
        assertTrue(leanFindings.contains("calculation pass Accounts receivable, net (us-gaap:AccountsReceivableNetCurrent) "
                + "2021-12-31: 3,523,543 − 1,475,983 = 2,047,560 computed, 2,047,560 reported "
                + "[Calculations 1.1 round-to-nearest]"));
        assertTrue(leanFindings.stream().anyMatch(f -> f.startsWith("cross-reference.label-contradicts-concept pass row 4 ")
                && f.contains("; 100% of the label's 3 content term(s) appear")), String.join("\n", leanFindings));
    }

    /** The findings of the checks over one disclosure's graph: check, status and message, in the runner's order. */
    private static List<String> findings(Model graph, LinkedDisclosure linked, Iris iris) {
        String g = iris.disclosureGraph(linked.disclosure().source());
        XbrlStore store = XbrlStore.inMemory();
        store.replaceGraphs(Map.of(g, graph));
        return new CheckRunner(CheckCatalogue.load(List.of()), iris).run(store, List.of(g)).stream()
                .map(f -> f.check() + " " + f.status() + " " + f.message()).toList();
    }

    @Test
    void linkingTheSeedAgainGivesTheSameTriples() throws Exception {
        var taxonomy = TaxonomyLoader.bundled();
        RdfMapper mapper = new RdfMapper(Iris.defaults(), LinkerOptions.DEFAULT_NAMESPACE);
        Model first = mapper.map(new Linker(taxonomy, LinkerOptions.defaults()).link(new TextRPageParser().parse(Shared.seed())));
        Model second = mapper.map(new Linker(taxonomy, LinkerOptions.defaults()).link(new TextRPageParser().parse(Shared.seed())));
        assertTrue(first.isIsomorphicWith(second));
        assertEquals(first.size(), second.size());
    }
}
