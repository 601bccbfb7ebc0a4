package org.xbrllinker.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;

/** A check's row may lower its severity by binding ?severity (what it could not decide), never raise it. */
class RowSeverityTest {

    @Test
    void aRowLowersItsChecksSeverityButNeverRaisesIt() {
        Check check = Check.parse("lower.rq", """
                # id: test.lower
                # severity: warning
                # description: rows binding their own severity
                # message: row {n}
                SELECT ?g ?status ?severity ?n (STR(?n) AS ?subjects)
                WHERE {
                  GRAPH ?g { ?s ?p ?o }
                  VALUES (?n ?severity) { (1 "info") (2 "error") (3 "") (4 "fatal") }
                  BIND("fail" AS ?status)
                }
                """);
        Iris iris = Iris.defaults();
        XbrlStore store = XbrlStore.inMemory();
        String g = iris.disclosureGraph("one.htm");
        Model m = ModelFactory.createDefaultModel();
        m.createResource("urn:x").addProperty(m.createProperty("urn:p"), "o");
        store.replaceGraphs(Map.of(g, m));
        List<Finding> findings = new CheckRunner(CheckCatalogue.of(List.of(check)), iris).run(store, List.of(g));
        List<String> severities = findings.stream()
                .sorted(java.util.Comparator.comparing(Finding::message)).map(Finding::severity).toList();
        assertEquals(List.of("info", "warning", "warning", "warning"), severities, findings.toString());
    }
}
