package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * The partial US-GAAP 2020 folder, offline. It has no META-INF/catalog.xml, and needs none to load itself: every link
 * between its files is relative (grep finds no href or schemaLocation naming its own published address). A catalog is
 * what lets a filing that names the published address reach it; one given as a load input does that.
 * <p>
 * Counted with a Python ElementTree script: elts/us-gaap-tin-ref-2020-01-31.xml has 427 reference resources and 3806
 * concept-reference arcs, all role taxonomyImplementationNote: 3701 to 3054 concepts of the absent us-gaap-2020-01-31.xsd,
 * 103 to SRT 2020 and 2 to DEI 2019 concepts. Over the 3701 US-GAAP (concept, reference) pairs the parts number 15825:
 * PublishDate 3701, Note 2610, SourceName 2554, Source 2552, Source_ASU_Number 1753, pdfURI 780, Positive_XBRL_Value 458,
 * Negative_XBRL_Value 458, extensibleListDomain 281, extensibleListLinkroleLocation 281, AlternateElement 196,
 * inlineURI 171, URI 19, TransitionOption 11 (no part name repeats within a reference). dis/us-gaap-dis-rlnro-cal-2020-01-31.xml has 64
 * summation-item arcs, all in role ReceivablesLoansNotesReceivableAndOthers, none equivalent to another.
 */
class UsGaap2020PartialTest {

    private static final Path PARTIAL = SharedData.root().resolve("taxonomy").resolve("us-gaap-2020-partial");
    private static final String TIN = "http://fasb.org/us-gaap/role/tin/taxonomyImplementationNote";
    private static final String RLNRO = "http://fasb.org/us-gaap/role/disclosure/ReceivablesLoansNotesReceivableAndOthers";

    private static Taxonomy folder;
    private static List<String> warnings;

    @BeforeAll
    static void load() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        folder = loader.load(List.of(PARTIAL));
        warnings = loader.warnings();
    }

    @Test
    void implementationNoteReferencesKeepEveryPart() {
        List<Reference> tin = folder.concepts().stream().filter(c -> c.prefix().equals("us-gaap"))
                .flatMap(c -> c.references().stream()).filter(r -> r.role().equals(TIN)).toList();
        assertEquals(3701, tin.size());
        assertEquals(3054, folder.concepts().stream().filter(c -> c.prefix().equals("us-gaap"))
                .filter(c -> c.references().stream().anyMatch(r -> r.role().equals(TIN))).count());
        Map<String, Integer> parts = new TreeMap<>();
        tin.forEach(r -> r.parts().keySet().forEach(p -> parts.merge(p, 1, Integer::sum)));
        assertEquals(15825, parts.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(Map.ofEntries(Map.entry("PublishDate", 3701), Map.entry("Note", 2610), Map.entry("SourceName", 2554),
                Map.entry("Source", 2552), Map.entry("Source_ASU_Number", 1753), Map.entry("pdfURI", 780),
                Map.entry("Positive_XBRL_Value", 458), Map.entry("Negative_XBRL_Value", 458),
                Map.entry("extensibleListDomain", 281), Map.entry("extensibleListLinkroleLocation", 281),
                Map.entry("AlternateElement", 196), Map.entry("inlineURI", 171), Map.entry("URI", 19),
                Map.entry("TransitionOption", 11)), parts);
        // dei 2019 is imported (by dqcrules-2020-01-31.xsd), so its 2 notes reach concepts; SRT 2020's 103 cannot
        assertEquals(3703, folder.concepts().stream().flatMap(c -> c.references().stream())
                .filter(r -> r.role().equals(TIN)).count());
        assertTrue(warnings.contains("http://xbrl.fasb.org/srt/2020/elts/srt-2020-01-31.xsd: expected this schema for "
                + "0 labels and 123 references of its concepts; they were dropped"), String.join("\n", warnings));
    }

    @Test
    void oneConceptsImplementationNotesInOrder() {
        Concept c = folder.concept("us-gaap:AociLiabilityForFuturePolicyBenefitExpectedNetPremiumBeforeTax").orElseThrow();
        assertEquals("http://fasb.org/us-gaap/2020-01-31#AociLiabilityForFuturePolicyBenefitExpectedNetPremiumBeforeTax",
                c.iri());
        Map<String, String> guide = new LinkedHashMap<>();
        guide.put("PublishDate", "2019-01");
        guide.put("Source", "Taxonomy Implementation Guide");
        guide.put("SourceName", "Insurance-Long-Duration Contracts");
        guide.put("pdfURI", "https://www.fasb.org/insurancelongduration_2020");
        Map<String, String> asu = new LinkedHashMap<>();
        asu.put("Note", "Element is intended to be used upon adoption of amendments from Accounting Standards Update 2018-12.");
        asu.put("PublishDate", "2019-01");
        asu.put("Source", "ASU");
        asu.put("SourceName", "Long-duration Insurance");
        asu.put("Source_ASU_Number", "2018-12");
        Map<String, String> sign = new LinkedHashMap<>();
        sign.put("PublishDate", "2019-01");
        sign.put("Positive_XBRL_Value", "Enter a positive XBRL value for accumulated other comprehensive income.");
        sign.put("Negative_XBRL_Value", "Enter a negative XBRL value for accumulated other comprehensive loss.");
        List<Reference> tin = c.references().stream().filter(r -> r.role().equals(TIN)).toList();
        assertEquals(List.of(new Reference(TIN, guide), new Reference(TIN, asu), new Reference(TIN, sign)), tin);
        assertEquals(List.copyOf(asu.keySet()), List.copyOf(tin.get(1).parts().keySet()), "parts keep document order");
    }

    @Test
    void receivablesDisclosureCalculations() {
        assertEquals(64, folder.calculations().stream().filter(a -> a.role().equals(RLNRO)).count());
    }

    @Test
    void aCatalogGivenAsInputPutsTheFolderInPlaceOfItsPublishedAddress(@TempDir Path dir)
            throws IOException, TaxonomyException {
        Path catalog = Files.writeString(dir.resolve("us-gaap-2020-catalog.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <rewriteURI uriStartString="http://xbrl.fasb.org/us-gaap/2020/" rewritePrefix="%s"/>
                </catalog>
                """.formatted(PARTIAL.toAbsolutePath().normalize().toUri()));
        String published = "http://xbrl.fasb.org/us-gaap/2020/";
        Path extension = Files.writeString(dir.resolve("abc-20201231.xsd"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="http://www.xbrl.org/2003/linkbase"
                    xmlns:xlink="http://www.w3.org/1999/xlink" targetNamespace="http://www.abc.example/20201231">
                  <xs:annotation><xs:appinfo>
                    <link:linkbaseRef xlink:type="simple" xlink:href="abc-20201231_lab.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
                  </xs:appinfo></xs:annotation>
                  <xs:import namespace="http://fasb.org/us-gaap/2020-01-31" schemaLocation="%1$selts/us-gaap-2020-01-31.xsd"/>
                  <xs:import namespace="http://fasb.org/dis/rlnro/2020-01-31" schemaLocation="%1$sdis/us-gaap-dis-rlnro-2020-01-31.xsd"/>
                </xs:schema>
                """.formatted(published));
        Files.writeString(dir.resolve("abc-20201231_lab.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <link:labelLink xlink:role="http://www.xbrl.org/2003/role/link" xlink:type="extended">
                    <link:loc xlink:type="locator" xlink:href="%selts/us-gaap-2020-01-31.xsd#us-gaap_AllowanceForDoubtfulAccountsReceivableWriteOffs" xlink:label="wo"/>
                    <link:label xlink:type="resource" xlink:label="wo_lab" xlink:role="http://www.xbrl.org/2009/role/negatedLabel" xml:lang="en-US">Write-off</link:label>
                    <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="wo" xlink:to="wo_lab"/>
                  </link:labelLink>
                </link:linkbase>
                """.formatted(published));

        TaxonomyLoader without = new TaxonomyLoader();
        Taxonomy alone = without.load(List.of(extension));
        assertEquals(0, alone.calculations().size());
        assertTrue(without.warnings().contains(extension + ":8: expected " + published
                + "dis/us-gaap-dis-rlnro-2020-01-31.xsd to be available locally, but no catalog maps it; not loaded"),
                String.join("\n", without.warnings()));

        TaxonomyLoader with = new TaxonomyLoader();
        Taxonomy t = with.load(List.of(catalog, extension));
        assertEquals(64, t.calculations().stream().filter(a -> a.role().equals(RLNRO)).count());
        assertEquals(List.of("us-gaap:AllowanceForDoubtfulAccountsReceivableWriteOffs",
                        "us-gaap:AllowanceForDoubtfulAccountsReceivableRecoveries", "us-gaap:ProvisionForDoubtfulAccounts"),
                t.calculationsFrom("us-gaap:AllowanceForDoubtfulAccountsReceivablePeriodIncreaseDecrease").stream()
                        .map(CalculationArc::child).toList());
        Concept writeOffs = t.concept("us-gaap:AllowanceForDoubtfulAccountsReceivableWriteOffs").orElseThrow();
        assertEquals("Write-off", writeOffs.label(LabelRoles.NEGATED));
        assertEquals("http://fasb.org/us-gaap/2020-01-31#AllowanceForDoubtfulAccountsReceivableWriteOffs", writeOffs.iri());
        assertFalse(with.warnings().stream().anyMatch(w -> w.contains(published + "dis/")), String.join("\n", with.warnings()));
        // the element schema itself is absent from the folder too: one warning, at its local place
        assertEquals(1, with.warnings().stream().filter(w -> w.contains("us-gaap-2020-01-31.xsd; it does not exist")).count(),
                String.join("\n", with.warnings()));
    }
}
