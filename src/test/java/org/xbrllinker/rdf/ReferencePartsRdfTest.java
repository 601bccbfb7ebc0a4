package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.Reference;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;

/** Real reference linkbases as RDF: every reference a resource, every part a value of its own. */
class ReferencePartsRdfTest {

    @Test
    void srtReferencesKeepEachPartAsItsOwnValue() throws Exception {
        Taxonomy srt = new TaxonomyLoader().load(List.of(Shared.data().resolve("taxonomy/srt-2024")));
        RdfMapper mapper = new RdfMapper(Iris.defaults(), LinkerOptions.DEFAULT_NAMESPACE);
        Model m = RdfMapper.newModel();
        int references = 0;
        int parts = 0;
        for (Concept c : srt.concepts()) {
            mapper.concept(m, c);
            for (Reference r : c.references()) {
                references++;
                parts += r.parts().size();
            }
        }
        // SrtTaxonomyTest counts 856 references in the linkbases (745 + 111 change notes)
        assertEquals(856, references);
        assertEquals(references, count(m, "SELECT (COUNT(?r) AS ?n) WHERE { ?r a xlk:Reference }"));
        String partValues = "SELECT (COUNT(*) AS ?n) WHERE { ?r a xlk:Reference . { ?r ?p ?v . VALUES ?p { xlk:publisher "
                + "xlk:referenceName xlk:topic xlk:subTopic xlk:sectionNumber xlk:paragraph xlk:subparagraph xlk:uri } }"
                + " UNION { ?r xlk:part ?part } }";
        assertEquals(parts, count(m, partValues));
        assertEquals(Map.of("Publisher", "SEC", "Name", "Regulation S-X (SX)", "Number", "210"),
                Map.of("Publisher", value(m, "xlk:publisher", "SEC"), "Name", value(m, "xlk:referenceName",
                        "Regulation S-X (SX)"), "Number", partText(m, "Number", "210")));
    }

    private static int count(Model m, String select) {
        try (QueryExecution qe = QueryExecution.model(m)
                .query("PREFIX xlk: <" + XLK.NS + "> " + select).build()) {
            return qe.execSelect().next().getLiteral("n").getInt();
        }
    }

    private static String value(Model m, String property, String expected) {
        return count(m, "SELECT (COUNT(*) AS ?n) WHERE { ?r " + property + " \"" + expected + "\" }") > 0 ? expected : null;
    }

    private static String partText(Model m, String name, String expected) {
        return count(m, "SELECT (COUNT(*) AS ?n) WHERE { ?r xlk:part [ xlk:partName \"" + name + "\" ; xlk:text \""
                + expected + "\" ] }") > 0 ? expected : null;
    }
}
