package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.ExampleQuery;

/** The query page's example queries ({@code ontology/queries/examples/*.rq}) run over the linked seed. */
class ExampleQueriesTest {

    @TempDir
    static Path tmp;

    static XbrlStore seed;
    static XbrlStore tampered;
    static Map<String, ExampleQuery> examples;

    @BeforeAll
    static void link() throws Exception {
        seed = CliTest.linkedSeed(tmp.resolve("seed"));
        tampered = CliTest.linkedTamperedSeed(tmp.resolve("tampered"));
        examples = ExampleQuery.bundled().stream().collect(Collectors.toMap(ExampleQuery::file, e -> e));
    }

    @AfterAll
    static void close() {
        for (XbrlStore s : new XbrlStore[] {seed, tampered}) {
            if (s != null) {
                s.close();
            }
        }
    }

    static List<QuerySolution> run(XbrlStore store, String file) {
        ExampleQuery e = examples.get(file);
        assertTrue(e != null, file + " is not among " + examples.keySet());
        return store.selectAll(QueryFactory.create(e.query()));
    }

    static BigDecimal number(QuerySolution row, String var) {
        return new BigDecimal(row.getLiteral(var).getLexicalForm());
    }

    static String text(QuerySolution row, String var) {
        return row.getLiteral(var).getLexicalForm();
    }

    @Test
    void everyExampleHasATitleADescriptionAndParses() {
        assertEquals(Set.of("concept-across-periods.rq", "extensions-without-references.rq", "facts.rq",
                "failed-reconciliations.rq", "topic-326-line-items.rq"), examples.keySet());
        for (ExampleQuery e : examples.values()) {
            assertFalse(e.title().isBlank(), e.file());
            assertFalse(e.description().isBlank(), e.file());
        }
        assertEquals("Failed reconciliations with their numbers", examples.get("failed-reconciliations.rq").title());
    }

    @Test
    void anExampleWithoutATitleOrWithABrokenQueryIsNamedWithItsFile() {
        IllegalArgumentException untitled = assertThrows(IllegalArgumentException.class,
                () -> ExampleQuery.parse("x.rq", "# description: no title\nSELECT * WHERE { ?s ?p ?o }"));
        assertTrue(untitled.getMessage().startsWith("x.rq: "), untitled.getMessage());
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> ExampleQuery.parse("y.rq", "# title: t\nSELECT * WHERE {\n  ?s ?p \n"));
        assertTrue(broken.getMessage().startsWith("y.rq:"), broken.getMessage());
    }

    @Test
    void theAllowanceAcrossPeriodsIsFourBalancesWithTheRowsShowingThem() {
        List<QuerySolution> rows = run(seed, "concept-across-periods.rq");
        assertEquals(List.of("2018-12-31", "2019-12-31", "2020-12-31", "2021-12-31"),
                rows.stream().map(r -> text(r, "period")).toList());
        assertEquals(List.of(new BigDecimal("0"), new BigDecimal("874355"), new BigDecimal("1121115"),
                        new BigDecimal("1475983")),
                rows.stream().map(r -> number(r, "value").stripTrailingZeros()).toList());
        // the opening balance of one year is the closing balance of the year before: one fact, two rows
        assertEquals(List.of(Set.of("6"), Set.of("6", "10"), Set.of("6", "10"), Set.of("10")),
                rows.stream().map(r -> rowSet(text(r, "rows"))).toList());
        rows.forEach(r -> assertEquals("USD", text(r, "unit")));
        rows.forEach(r -> assertEquals("ACCOUNTS RECEIVABLE, NET (Details)", text(r, "source")));
    }

    @Test
    void theTamperedSeedHasOneFailedReconciliationWithItsNumbers() {
        List<QuerySolution> rows = run(tampered, "failed-reconciliations.rq");
        assertEquals(1, rows.size(), rows.toString());
        QuerySolution r = rows.get(0);
        assertEquals("calculation", text(r, "check"));
        assertEquals("2021-12-31", text(r, "period"));
        assertEquals(0, number(r, "computed").compareTo(new BigDecimal("2047560")));
        assertEquals(0, number(r, "reported").compareTo(new BigDecimal("2047650")));
        assertEquals(0, number(r, "difference").compareTo(new BigDecimal("90")));
        assertTrue(text(r, "message").contains("3,523,543 − 1,475,983 = 2,047,560 computed, 2,047,650 reported"),
                text(r, "message"));
        assertTrue(r.getResource("finding").getURI().startsWith("https://w3id.org/xbrl-linker/id/finding/"),
                r.toString());

        // the untouched seed reconciles: nothing failed
        assertEquals(List.of(), run(seed, "failed-reconciliations.rq"));
    }

    @Test
    void theSeedsTwoExtensionConceptsCiteNoReference() {
        List<QuerySolution> rows = run(seed, "extensions-without-references.rq");
        assertEquals(List.of("ext:ForeignExchange", "ext:AccountsReceivableAbstract"),
                rows.stream().map(r -> text(r, "concept")).toList());
        assertEquals(3, rows.get(0).getLiteral("facts").getInt());
        assertFalse(rows.get(0).getLiteral("abstract").getBoolean());
        assertEquals(0, rows.get(1).getLiteral("facts").getInt());
        assertTrue(rows.get(1).getLiteral("abstract").getBoolean());
        rows.forEach(r -> assertEquals(1, r.getLiteral("lineItems").getInt()));
    }

    @Test
    void theTwoAllowanceBalanceRowsCiteTopic326ThreeTimes() {
        List<QuerySolution> rows = run(seed, "topic-326-line-items.rq");
        assertEquals(List.of(6, 10), rows.stream().map(r -> r.getLiteral("row").getInt()).toList());
        for (QuerySolution r : rows) {
            assertEquals("us-gaap:AllowanceForDoubtfulAccountsReceivable", text(r, "concept"));
            // the concept's other references (310-10-50-4, 210-10-S99-1) are not Topic 326
            assertEquals(Set.of("326-20-45-1", "326-20-50-13(a)", "326-20-50-13(f)"), rowSet(text(r, "citations")));
        }
        assertEquals("Balance at the beginning of the year", text(rows.get(0), "label"));
    }

    @Test
    void everyFactIsListedOnce() {
        assertEquals(19, run(seed, "facts.rq").size());
    }

    private static Set<String> rowSet(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",\\s*")).collect(Collectors.toCollection(TreeSet::new));
    }
}
