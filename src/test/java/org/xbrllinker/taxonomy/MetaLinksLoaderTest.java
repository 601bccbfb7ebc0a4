package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apple's 10-Q MetaLinks.json (version 2.2). The expected numbers were counted with Python's json module and
 * cross-checked with jq ({@code [.instance[].tag[]] | length} = 450; {@code [... .calculation[] | select(.parentTag !=
 * null)] | length} = 96; {@code [... .auth_ref[]] | length} = 2283; {@code [... .lang["en-us"].role | keys[]] | length}
 * = 1216; {@code .instance[].report | length} = 42):
 * labels by role label 450, terseLabel 384, documentation 301, totalLabel 32, negatedLabel 18, verboseLabel 14,
 * negatedTerseLabel 8, periodStartLabel 4, periodEndLabel 4, negatedTotalLabel 1; crdr credit 56, debit 54; 2283
 * references on 328 tags, all 928 std_ref ids resolved, 17437 parts (Name 2283, Publisher 2283, Section 2274,
 * Paragraph 2258, Topic 2081, URI 2081, SubTopic 2074, Subparagraph 1754, Subsection 145, Number 139, Sentence 43,
 * Clause 13, Subclause 9); reference roles disclosureRef 1326, commonPracticeRef 361, exampleRef 207, presentationRef 186,
 * legacyRef 184, otherTransitionRef 17, recommendedDisclosureRef 2; 109 calculation entries of which 13 are roots.
 */
class MetaLinksLoaderTest {

    private static final Path FILE = SharedData.root().resolve("filings").resolve("aapl-0000320193-25-000057")
            .resolve("MetaLinks.json");
    private static final String BALANCE_SHEET = "http://www.apple.com/role/CONDENSEDCONSOLIDATEDBALANCESHEETSUnaudited";

    private static Taxonomy t;
    private static MetaLinksLoader loader;

    @BeforeAll
    static void load() throws TaxonomyException {
        loader = new MetaLinksLoader();
        t = loader.load(FILE);
    }

    @Test
    void countsMatchAnIndependentCount() {
        assertEquals(List.of(), loader.warnings());
        assertEquals(450, t.size());
        Map<String, Integer> labels = new TreeMap<>();
        t.concepts().forEach(c -> c.labels().keySet().forEach(r -> labels.merge(r, 1, Integer::sum)));
        Map<String, Integer> expected = new TreeMap<>(Map.of(LabelRoles.STANDARD, 450, LabelRoles.TERSE, 384,
                LabelRoles.DOCUMENTATION, 301, LabelRoles.TOTAL, 32, LabelRoles.NEGATED, 18, LabelRoles.VERBOSE, 14,
                LabelRoles.NEGATED_TERSE, 8, LabelRoles.PERIOD_START, 4, LabelRoles.PERIOD_END, 4,
                LabelRoles.NEGATED_TOTAL, 1));
        assertEquals(expected, labels);
        assertEquals(56, t.concepts().stream().filter(c -> c.balance() == Balance.CREDIT).count());
        assertEquals(54, t.concepts().stream().filter(c -> c.balance() == Balance.DEBIT).count());

        assertEquals(2283, t.concepts().stream().mapToInt(c -> c.references().size()).sum());
        assertEquals(328, t.concepts().stream().filter(c -> !c.references().isEmpty()).count());
        Map<String, Integer> parts = new TreeMap<>();
        Map<String, Integer> roles = new TreeMap<>();
        t.concepts().forEach(c -> c.references().forEach(r -> {
            roles.merge(r.role(), 1, Integer::sum);
            r.parts().keySet().forEach(p -> parts.merge(p, 1, Integer::sum));
        }));
        assertEquals(Map.ofEntries(Map.entry("Name", 2283), Map.entry("Publisher", 2283), Map.entry("Section", 2274),
                Map.entry("Paragraph", 2258), Map.entry("Topic", 2081), Map.entry("URI", 2081), Map.entry("SubTopic", 2074),
                Map.entry("Subparagraph", 1754), Map.entry("Subsection", 145), Map.entry("Number", 139),
                Map.entry("Sentence", 43), Map.entry("Clause", 13), Map.entry("Subclause", 9)), parts);
        assertEquals(Map.of("http://www.xbrl.org/2003/role/disclosureRef", 1326,
                "http://www.xbrl.org/2009/role/commonPracticeRef", 361, "http://www.xbrl.org/2003/role/exampleRef", 207,
                "http://www.xbrl.org/2003/role/presentationRef", 186, "http://fasb.org/us-gaap/role/ref/legacyRef", 184,
                "http://fasb.org/us-gaap/role/ref/otherTransitionRef", 17,
                "http://www.xbrl.org/2003/role/recommendedDisclosureRef", 2), roles);

        assertEquals(96, t.calculations().size());
        assertEquals(26, t.calculations().stream().filter(a -> a.role().equals(BALANCE_SHEET)).count());
        assertEquals(42, loader.reports().size());
    }

    @Test
    void oneConceptInFull() {
        Concept c = t.concept("us-gaap:AccountsReceivableNetCurrent").orElseThrow();
        assertEquals("http://fasb.org/us-gaap/2024#AccountsReceivableNetCurrent", c.iri());
        assertEquals("monetaryItemType", c.type());
        assertEquals(Balance.DEBIT, c.balance());
        assertNull(c.periodType(), "MetaLinks 2.2 gives no period type");
        assertFalse(c.abstractConcept());
        assertNull(c.substitutionGroup());
        assertEquals(Map.of(LabelRoles.TERSE, "Accounts receivable, net",
                LabelRoles.STANDARD, "Accounts Receivable, after Allowance for Credit Loss, Current",
                LabelRoles.DOCUMENTATION, "Amount, after allowance for credit loss, of right to consideration from customer "
                        + "for product sold and service rendered in normal course of business, classified as current."),
                c.labels());
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Topic", "310");
        parts.put("SubTopic", "10");
        parts.put("Name", "Accounting Standards Codification");
        parts.put("Section", "45");
        parts.put("Paragraph", "2");
        parts.put("Publisher", "FASB");
        parts.put("URI", "https://asc.fasb.org/1943274/2147481990/310-10-45-2");
        assertEquals(List.of(new Reference("http://www.xbrl.org/2009/role/commonPracticeRef", parts)), c.references());
        assertEquals(List.copyOf(parts.keySet()), List.copyOf(c.references().get(0).parts().keySet()),
                "parts in the file's order");
        assertEquals(List.of(new CalculationArc(BALANCE_SHEET, "us-gaap:AssetsCurrent", "us-gaap:AccountsReceivableNetCurrent",
                new BigDecimal("1.0"), new BigDecimal("3.0"))),
                t.calculations().stream().filter(a -> a.child().equals("us-gaap:AccountsReceivableNetCurrent")).toList());
        assertEquals(14, t.concept("us-gaap:StockholdersEquity").orElseThrow().references().size());
        assertTrue(t.concept("us-gaap:IncreaseDecreaseInStockholdersEquityRollForward").orElseThrow().abstractConcept());
        assertTrue(t.concept("aapl:A0.000Notesdue2025Member").orElseThrow().abstractConcept());
    }

    @Test
    void reportsInFileOrder() {
        MetaLinksReport r2 = loader.reports().get(1);
        assertEquals("R2", r2.id());
        assertEquals("http://www.apple.com/role/CONDENSEDCONSOLIDATEDSTATEMENTSOFOPERATIONSUnaudited", r2.role());
        assertEquals("9952151 - Statement - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)", r2.longName());
        assertEquals("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)", r2.shortName());
        assertEquals("statement", r2.groupType());
        assertEquals("", r2.subGroupType());
        assertEquals("Statements", r2.menuCategory());
        assertEquals(2, r2.order());
        assertFalse(r2.isDefault());
        assertEquals(new MetaLinksReport.Anchor("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", "c-20", "usd",
                "-6", false, "en-US", "aapl-20250329.htm"), r2.firstAnchor());
        assertEquals("us-gaap:CostOfGoodsAndServicesSold", r2.uniqueAnchor().name());
        Map<String, Integer> groups = new TreeMap<>();
        loader.reports().forEach(r -> groups.merge(r.groupType(), 1, Integer::sum));
        assertEquals(Map.of("disclosure", 35, "statement", 6, "document", 1), groups);
        assertEquals("parenthetical", loader.reports().get(4).subGroupType());
    }

    @Test
    void malformedJsonSaysWhere(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("MetaLinks.json"), "{\n  \"instance\": {\n    \"a.htm\": { \"tag\": [1, }\n");
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> new MetaLinksLoader().load(broken));
        assertTrue(e.getMessage().startsWith(broken + ":3:"), e.getMessage());
    }

    @Test
    void aMissingReferenceIsAWarningAtItsTag(@TempDir Path dir) throws IOException, TaxonomyException {
        Path file = Files.writeString(dir.resolve("MetaLinks.json"), """
                {"version": "2.2",
                 "instance": {"a.htm": {"tag": {
                   "abc_Widgets": {"xbrltype": "monetaryItemType", "nsuri": "urn:abc", "localname": "Widgets",
                                   "crdr": "debit", "periodType": "instant", "auth_ref": ["r9"],
                                   "lang": {"en-us": {"role": {"label": "Widgets", "oddLabel": "?"}}}}
                 }}},
                 "std_ref": {}}
                """);
        MetaLinksLoader l = new MetaLinksLoader();
        Taxonomy one = l.load(file);
        assertEquals(List.of(file + ":3: expected a known label role for abc_Widgets, found \"oddLabel\"; label skipped",
                file + ":3: expected reference r9 of abc_Widgets in \"std_ref\"; skipped"), l.warnings());
        Concept w = one.concept("abc:Widgets").orElseThrow();
        assertEquals(PeriodType.INSTANT, w.periodType());
        assertEquals(Map.of(LabelRoles.STANDARD, "Widgets"), w.labels());
    }
}
