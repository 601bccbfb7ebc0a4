package org.xbrllinker.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XLK;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;

import jakarta.json.JsonObject;

/** The published JSON-LD context: the seed's graph and findings, compacted with it, read back as the same graph. */
class ContextJsonLdTest {

    @Test
    void theSeedsGraphCompactedWithTheContextParsesBackIsomorphic() throws Exception {
        Graph seed = seedWithFindings();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContextJsonLd.write(seed, out);
        String json = out.toString(StandardCharsets.UTF_8);

        Graph back = RDFParser.fromString(json, Lang.JSONLD).toGraph();
        assertEquals(seed.size(), back.size());
        assertTrue(seed.isIsomorphicWith(back), "the JSON-LD reads back as another graph");
        // the context's terms were used: short names, values typed by their term
        assertTrue(json.replace(" ", "").contains("\"rowNumber\":\"7\""), json);
        assertTrue(json.contains("\"concept\""), json);
    }

    @Test
    void everyVocabularyPropertyOfTheSeedHasATermWithItsType() throws Exception {
        JsonObject context = ContextJsonLd.context().getJsonObject("@context");
        Set<String> wrong = new TreeSet<>();
        seedWithFindings().find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!p.getURI().startsWith(XLK.NS)) {
                return;
            }
            String term = p.getLocalName();
            JsonObject def = context.getJsonObject(term);
            if (def == null || !def.getString("@id").equals("xlk:" + term)) {
                wrong.add(term);
            } else if (t.getObject().isURI() && !"@id".equals(def.getString("@type", ""))) {
                wrong.add(term + " (not @type @id)");
            } else if (t.getObject().isLiteral() && def.containsKey("@type") && !t.getObject().getLiteralDatatypeURI()
                    .equals("http://www.w3.org/2001/XMLSchema#" + def.getString("@type").substring("xsd:".length()))) {
                wrong.add(term + " (typed " + def.getString("@type") + ", stored " + t.getObject() + ")");
            }
        });
        assertEquals(Set.of(), wrong);
        assertEquals("xsd:decimal", context.getJsonObject("value").getString("@type"));
    }

    static Graph seedWithFindings() throws Exception {
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults())
                .link(new TextRPageParser().parse(Shared.seed()));
        Iris iris = Iris.defaults();
        Model graph = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE).map(linked);
        String g = iris.disclosureGraph(linked.disclosure().source());
        try (XbrlStore store = XbrlStore.inMemory()) {
            store.replaceGraphs(Map.of(g, graph));
            new CheckRunner(CheckCatalogue.load(List.of()), iris).runAndStore(store, List.of(g));
            Model all = ModelFactory.createDefaultModel();
            Txn.executeRead(store.dataset(), () -> {
                all.add(store.dataset().getNamedModel(g));
                all.add(store.dataset().getNamedModel(iris.findingsGraphOf(g)));
            });
            return all.getGraph();
        }
    }
}
