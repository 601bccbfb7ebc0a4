package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
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
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults())
                .link(new TextRPageParser().parse(Shared.seed()));
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
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults())
                .link(new TextRPageParser().parse(Shared.seed()));
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
        // the disclosure lists its ten rows and three columns; they do not name it back
        assertEquals(10, graph.listStatements(null, XLK.lineItem, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(st -> st.getSubject().hasProperty(org.apache.jena.vocabulary.RDF.type, XLK.Disclosure))
                .toList().size());
        assertEquals(3, graph.listStatements(null, XLK.column, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(st -> st.getSubject().hasProperty(org.apache.jena.vocabulary.RDF.type, XLK.Disclosure))
                .toList().size());
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
        assertEquals(8, graph.listStatements(null, XLK.labelSupport, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
        assertEquals(0, graph.listStatements(null, XLK.section, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
        // the concepts rows and facts name are not listed again with xlk:usesConcept; the two arc ends no row shows are
        assertEquals(2, graph.listStatements(null, XLK.usesConcept, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
    }

    /** The seed's disclosure graph, in quads (533 before issue 15's item 2; one more since for its xlk:input). */
    static final int SEED_GRAPH_QUADS = 421;

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
