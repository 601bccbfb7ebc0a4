package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real SRT 2024 taxonomy package, read as a folder. The expected numbers were counted independently of the loader
 * with a Python ElementTree script over the same files (and cross-checked with grep):
 * <ul>
 * <li>concepts: global xs:element of every .xsd whose substitutionGroup is xbrli:item (535), xbrldt:hypercubeItem (32) or
 *     xbrldt:dimensionItem (33) = 600, all in elts/srt-2024.xsd; the 15 link:part elements of srt-parts-cn-2024.xsd are not
 *     concepts;</li>
 * <li>standard labels: concepts reached by a concept-label arc to a role/label resource with xml:lang en* = 600
 *     ({@code grep -c "role/label'" elts/srt-lab-2024.xml} = 600);</li>
 * <li>documentation: the same for role/documentation = 565 ({@code grep -c "role/documentation'" elts/srt-doc-2024.xml});</li>
 * <li>references: (concept, reference) pairs through concept-reference arcs = 856 = 745 arcs in elts/srt-ref-2024.xml
 *     + 111 in elts/srt-cn-ref-2024.xml; by role disclosureRef 503, commonPracticeRef 233, exampleRef 9, changeNote 111;</li>
 * <li>calculation arcs: summation-item arcs of dis/*-cal-2024.xml = 4 + 42 = 46, none equivalent to another;</li>
 * <li>concepts known only by locators: 249 distinct locator hrefs of the label, reference, calculation and presentation
 *     links point into country-2024.xsd, which srt-2024.xsd imports (namespace http://xbrl.sec.gov/country/2024) and which
 *     is absent; the 180 into currency-2024.xsd and 2 into dei-2024.xsd have no import giving their namespace.</li>
 * </ul>
 */
class SrtTaxonomyTest {

    private static final String DISCLOSURE = "http://www.xbrl.org/2003/role/disclosureRef";

    private static Taxonomy srt;
    private static List<String> warnings;

    @BeforeAll
    static void load() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        srt = loader.load(List.of(SharedData.root().resolve("taxonomy").resolve("srt-2024")));
        warnings = loader.warnings();
    }

    @Test
    void countsMatchAnIndependentCount() {
        assertEquals(600 + 249, srt.size());
        assertEquals(249, srt.concepts().stream().filter(c -> c.prefix().equals("country") && c.type() == null
                && c.namespace().equals("http://xbrl.sec.gov/country/2024")).count());
        assertEquals(600, srt.concepts().stream().filter(c -> c.label(LabelRoles.STANDARD) != null).count());
        assertEquals(565, srt.concepts().stream().filter(c -> c.documentation() != null).count());
        assertEquals(856, srt.concepts().stream().mapToInt(c -> c.references().size()).sum());
        Map<String, Integer> byRole = new TreeMap<>();
        srt.concepts().forEach(c -> c.references().forEach(r -> byRole.merge(r.role(), 1, Integer::sum)));
        assertEquals(Map.of(
                "http://fasb.org/srt/role/changeNote/changeNote", 111,
                DISCLOSURE, 503,
                "http://www.xbrl.org/2009/role/commonPracticeRef", 233,
                "http://www.xbrl.org/2003/role/exampleRef", 9), byRole);
        assertEquals(46, srt.calculations().size());
        assertEquals(600, srt.concepts().stream().filter(c -> c.namespace().equals("http://fasb.org/srt/2024")
                && c.prefix().equals("srt")).count());
    }

    @Test
    void oneConceptInFull() {
        Concept c = srt.concept("srt:RealEstateFederalIncomeTaxBasis").orElseThrow();
        assertEquals("http://fasb.org/srt/2024#RealEstateFederalIncomeTaxBasis", c.iri());
        assertEquals("xbrli:monetaryItemType", c.type());
        assertEquals(Balance.DEBIT, c.balance());
        assertEquals(PeriodType.INSTANT, c.periodType());
        assertEquals(false, c.abstractConcept());
        assertEquals("SEC Schedule, 12-28, Real Estate Companies, Investment in Real Estate, Federal Income Tax Basis",
                c.label(LabelRoles.STANDARD));
        assertEquals("Cost basis of real estate investments for federal income tax purposes for entities with a substantial "
                + "portion of business acquiring and holding investment real estate.", c.documentation());
        // SRT 2024 cites SEC rules only: its parts are Name/Number/Section/Subsection/Paragraph/Footnote/Publisher, no Topic
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Name", "Regulation S-X (SX)");
        parts.put("Number", "210");
        parts.put("Section", "12");
        parts.put("Subsection", "28");
        parts.put("Paragraph", "Column E");
        parts.put("Footnote", "6");
        parts.put("Publisher", "SEC");
        assertEquals(List.of(new Reference(DISCLOSURE, parts)), c.references());
        assertEquals(List.copyOf(parts.keySet()), List.copyOf(c.references().get(0).parts().keySet()));
    }

    @Test
    void scheduleTwoTextBlockKeepsLeadingZeros() {
        Concept c = srt.concept("srt:ScheduleOfValuationAndQualifyingAccountsDisclosureTextBlock").orElseThrow();
        assertEquals("dtr-types:textBlockItemType", c.type());
        assertEquals(null, c.balance());
        assertEquals(PeriodType.DURATION, c.periodType());
        assertEquals("The entire disclosure for valuation and qualifying accounts and reserves.", c.documentation());
        assertEquals("09", c.references().get(0).parts().get("Subsection"));
    }

    @Test
    void warnsOnlyAboutSecTaxonomiesTheFolderDoesNotHold() {
        // srt-2024.xsd imports country; srt-all-2024.xsd imports stpr, dei, country, currency, exch and stpr entry points;
        // srt-dep-def-2024.xsd imports us-gaap 2023; presentation linkbases locate dei-2024.xsd and currency-2024.xsd:
        // 10 addresses no catalog maps; XBRL International schemas are skipped quietly
        assertEquals(10, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.stream().allMatch(w -> w.contains("no catalog maps it")), String.join("\n", warnings));
        assertTrue(warnings.stream().noneMatch(w -> w.contains("www.xbrl.org")), String.join("\n", warnings));
    }
}
