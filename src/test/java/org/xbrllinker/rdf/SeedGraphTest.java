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
