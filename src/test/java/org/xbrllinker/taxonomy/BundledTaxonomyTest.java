package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled US-GAAP 2021 subset against the facts of shared/data/taxonomy/seed-concepts.md. */
class BundledTaxonomyTest {

    private static final String NS = "http://fasb.org/us-gaap/2021-01-31";
    private static final String DISCLOSURE = "http://www.xbrl.org/2003/role/disclosureRef";
    private static final String EXAMPLE = "http://www.xbrl.org/2003/role/exampleRef";
    private static final String SFP_CLS = "http://fasb.org/us-gaap/role/statement/StatementOfFinancialPositionClassified";
    private static final String RLNRO = "http://fasb.org/us-gaap/role/disclosure/ReceivablesLoansNotesReceivableAndOthers";
    private static final String ROLL_FORWARD_DOC =
            "A roll forward is a reconciliation of a concept from the beginning of a period to the end of a period.";
    private static final Path SOURCE_FOLDER = Path.of("src", "main", "resources", "taxonomy", "us-gaap-2021-subset");

    private static Taxonomy taxonomy;
    private static List<String> warnings;

    @BeforeAll
    static void load() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        taxonomy = loader.loadBundled();
        warnings = loader.warnings();
    }

    @Test
    void readsCleanly() {
        assertEquals(List.of(), warnings);
        // 8 seed concepts + the allowance change total + 7 distractors
        assertEquals(16, taxonomy.size());
        assertEquals(5, taxonomy.calculations().size());
    }

    /** The table of seed-concepts.md, row by row. */
    static Stream<Arguments> seedConcepts() {
        return Stream.of(
                Arguments.of("AccountsReceivableGrossCurrent", "xbrli:monetaryItemType", Balance.DEBIT, PeriodType.INSTANT, false,
                        "Accounts Receivable, before Allowance for Credit Loss, Current",
                        "Amount, before allowance for credit loss, of right to consideration from customer for product sold and service rendered in normal course of business, classified as current."),
                Arguments.of("AllowanceForDoubtfulAccountsReceivableCurrent", "xbrli:monetaryItemType", Balance.CREDIT, PeriodType.INSTANT, false,
                        "Accounts Receivable, Allowance for Credit Loss, Current",
                        "Amount of allowance for credit loss on accounts receivable, classified as current."),
                Arguments.of("AccountsReceivableNetCurrent", "xbrli:monetaryItemType", Balance.DEBIT, PeriodType.INSTANT, false,
                        "Accounts Receivable, after Allowance for Credit Loss, Current",
                        "Amount, after allowance for credit loss, of right to consideration from customer for product sold and service rendered in normal course of business, classified as current."),
                // the page gives the type only as "(abstract)"; US-GAAP abstracts are string items
                Arguments.of("AllowanceForDoubtfulAccountsReceivableRollforward", "xbrli:stringItemType", null, PeriodType.DURATION, true,
                        "Accounts Receivable, Allowance for Credit Loss [Roll Forward]", ROLL_FORWARD_DOC),
                Arguments.of("AllowanceForDoubtfulAccountsReceivable", "xbrli:monetaryItemType", Balance.CREDIT, PeriodType.INSTANT, false,
                        "Accounts Receivable, Allowance for Credit Loss",
                        "Amount of allowance for credit loss on accounts receivable."),
                Arguments.of("AllowanceForDoubtfulAccountsReceivableRecoveries", "xbrli:monetaryItemType", Balance.CREDIT, PeriodType.DURATION, false,
                        "Accounts Receivable, Allowance for Credit Loss, Recovery",
                        "Amount of increase in allowance for credit loss on accounts receivable, from recovery."),
                Arguments.of("AllowanceForDoubtfulAccountsReceivableWriteOffs", "xbrli:monetaryItemType", Balance.DEBIT, PeriodType.DURATION, false,
                        "Accounts Receivable, Allowance for Credit Loss, Writeoff",
                        "Amount of direct write-downs of accounts receivable charged against the allowance."),
                Arguments.of("ProvisionForDoubtfulAccounts", "xbrli:monetaryItemType", Balance.DEBIT, PeriodType.DURATION, false,
                        "Accounts Receivable, Credit Loss Expense (Reversal)", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedConcepts")
    void seedConceptIsAsTheSeedPageSays(String name, String type, Balance balance, PeriodType periodType,
                                        boolean abstractConcept, String label, String documentation) {
        Concept c = taxonomy.concept("us-gaap:" + name).orElseThrow();
        assertEquals(NS, c.namespace());
        assertEquals("us-gaap", c.prefix());
        assertEquals(name, c.localName());
        assertEquals(NS + "#" + name, c.iri());
        assertEquals(type, c.type());
        assertEquals(balance, c.balance());
        assertEquals(periodType, c.periodType());
        assertEquals(abstractConcept, c.abstractConcept());
        assertEquals("xbrli:item", c.substitutionGroup());
        assertEquals(label, c.label(LabelRoles.STANDARD));
        assertEquals(documentation, c.documentation());
    }

    @Test
    void accountsReceivableNetCurrentHasItsFourReferences() {
        assertEquals(List.of(
                        new Reference(DISCLOSURE, asc("310", "10", "45", "2", null)),
                        new Reference(DISCLOSURE, asc("310", "10", "45", "9", null)),
                        new Reference(DISCLOSURE, asc("210", "10", "S99", "1", "(SX 210.5-02(3))")),
                        new Reference(EXAMPLE, asc("210", "10", "45", "1", "(c)"))),
                concept("AccountsReceivableNetCurrent").references());
        // parts keep the order of the linkbase
        assertEquals(List.of("Topic", "SubTopic", "Name", "Section", "Paragraph", "Publisher"),
                List.copyOf(concept("AccountsReceivableNetCurrent").references().get(0).parts().keySet()));
    }

    @Test
    void allowanceHasItsFiveReferences() {
        assertEquals(List.of(
                        new Reference(DISCLOSURE, asc("326", "20", "50", "13", "(a)")),
                        new Reference(DISCLOSURE, asc("326", "20", "50", "13", "(f)")),
                        new Reference(DISCLOSURE, asc("326", "20", "45", "1", null)),
                        new Reference(DISCLOSURE, asc("310", "10", "50", "4", null)),
                        new Reference(DISCLOSURE, asc("210", "10", "S99", "1", "(SX 210.5-02(4))"))),
                concept("AllowanceForDoubtfulAccountsReceivable").references());
    }

    @Test
    void referencesWhosePartsAreUnknownKeepOnlyRolePublisherAndName() {
        Reference bare = new Reference(DISCLOSURE, Map.of("Name", "Accounting Standards Codification", "Publisher", "FASB"));
        for (String name : List.of("AccountsReceivableGrossCurrent", "AllowanceForDoubtfulAccountsReceivableCurrent",
                "AllowanceForDoubtfulAccountsReceivableRecoveries", "AllowanceForDoubtfulAccountsReceivableWriteOffs")) {
            assertEquals(List.of(bare), concept(name).references(), name);
        }
        assertEquals(List.of(), concept("AllowanceForDoubtfulAccountsReceivableRollforward").references());
        assertEquals(List.of(), concept("ProvisionForDoubtfulAccounts").references());
    }

    @Test
    void netReceivableIsGrossLessAllowance() {
        List<CalculationArc> arcs = taxonomy.calculationsFrom("us-gaap:AccountsReceivableNetCurrent");
        assertEquals(2, arcs.size());
        assertArc(arcs.get(0), SFP_CLS, "us-gaap:AccountsReceivableGrossCurrent", "1", "10");
        assertArc(arcs.get(1), SFP_CLS, "us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent", "-1", "20");
    }

    @Test
    void allowanceChangeIsRecoveriesPlusProvisionLessWriteOffs() {
        List<CalculationArc> arcs = taxonomy.calculationsFrom("us-gaap:AllowanceForDoubtfulAccountsReceivablePeriodIncreaseDecrease");
        assertEquals(3, arcs.size());
        assertArc(arcs.get(0), RLNRO, "us-gaap:AllowanceForDoubtfulAccountsReceivableWriteOffs", "-1", "10");
        assertArc(arcs.get(1), RLNRO, "us-gaap:AllowanceForDoubtfulAccountsReceivableRecoveries", "1", "20");
        assertArc(arcs.get(2), RLNRO, "us-gaap:ProvisionForDoubtfulAccounts", "1", "30");
        Concept total = concept("AllowanceForDoubtfulAccountsReceivablePeriodIncreaseDecrease");
        assertEquals(PeriodType.DURATION, total.periodType());
        assertNull(total.balance(), "no file here gives its balance");
        assertTrue(total.labels().isEmpty(), "no file here gives its labels");
    }

    @Test
    void distractorsAreThere() {
        assertEquals(ROLL_FORWARD_DOC, concept("IncreaseDecreaseInStockholdersEquityRollForward").documentation());
        assertEquals(3, taxonomy.concepts().stream().filter(c -> ROLL_FORWARD_DOC.equals(c.documentation())).count());
        Concept nontrade = concept("NontradeReceivablesCurrent");
        assertEquals("Nontrade Receivables, Current", nontrade.label(LabelRoles.STANDARD));
        assertEquals(Balance.DEBIT, nontrade.balance());
        assertEquals(PeriodType.INSTANT, nontrade.periodType());
        assertEquals(Balance.CREDIT, concept("IncreaseDecreaseInAccountsReceivable").balance());
    }

    @Test
    void staticBundledIsReadOnceAndEqualsAFreshLoad() {
        assertSame(TaxonomyLoader.bundled(), TaxonomyLoader.bundled());
        assertEquals(List.copyOf(taxonomy.concepts()), List.copyOf(TaxonomyLoader.bundled().concepts()));
        assertTrue(taxonomy.sources().contains("classpath:taxonomy/us-gaap-2021-subset/elts/us-gaap-2021-01-31.xsd"),
                taxonomy.sources().toString());
    }

    @Test
    void theSourceFolderReadAsAFolderGivesTheSameTaxonomy() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        Taxonomy fromFolder = loader.load(List.of(SOURCE_FOLDER));
        assertEquals(List.of(), loader.warnings());
        assertEquals(List.copyOf(taxonomy.concepts()), List.copyOf(fromFolder.concepts()));
        // a folder is read in path order (dis/ before stm/), so the arcs come in another order
        assertEquals(Set.copyOf(taxonomy.calculations()), Set.copyOf(fromFolder.calculations()));
    }

    @Test
    void thePackageReadsFromInsideAJar(@TempDir Path tmp) throws IOException, TaxonomyException {
        Path jar = tmp.resolve("bundle.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(SOURCE_FOLDER)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = "taxonomy/us-gaap-2021-subset/" + SOURCE_FOLDER.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new JarEntry(entry));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        TaxonomyLoader loader = new TaxonomyLoader();
        Taxonomy fromJar = loader.loadPackage(URI.create("jar:" + jar.toUri() + "!/taxonomy/us-gaap-2021-subset/"));
        assertEquals(List.of(), loader.warnings());
        assertEquals(List.copyOf(taxonomy.concepts()), List.copyOf(fromJar.concepts()));
        assertEquals(taxonomy.calculations(), fromJar.calculations());
        assertFalse(fromJar.sources().isEmpty());
    }

    private static Concept concept(String name) {
        return taxonomy.concept("us-gaap:" + name).orElseThrow(() -> new AssertionError("no us-gaap:" + name));
    }

    private static Map<String, String> asc(String topic, String subTopic, String section, String paragraph, String subparagraph) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Topic", topic);
        parts.put("SubTopic", subTopic);
        parts.put("Name", "Accounting Standards Codification");
        parts.put("Section", section);
        parts.put("Paragraph", paragraph);
        if (subparagraph != null) {
            parts.put("Subparagraph", subparagraph);
        }
        parts.put("Publisher", "FASB");
        return parts;
    }

    private static void assertArc(CalculationArc arc, String role, String child, String weight, String order) {
        assertEquals(role, arc.role());
        assertEquals(child, arc.child());
        assertEquals(0, new BigDecimal(weight).compareTo(arc.weight()), "weight of " + child);
        assertEquals(0, new BigDecimal(order).compareTo(arc.order()), "order of " + child);
    }
}
