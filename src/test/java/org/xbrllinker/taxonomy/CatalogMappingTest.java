package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company extension that points at US-GAAP by its published http address, loaded together with the bundled package:
 * the package's catalog maps the address onto the local files, so the extension's labels and arcs reach the same concepts.
 */
class CatalogMappingTest {

    private static final Path PACKAGE = Path.of("src", "main", "resources", "taxonomy", "us-gaap-2021-subset");
    private static final String US_GAAP = "http://xbrl.fasb.org/us-gaap/2021/elts/us-gaap-2021-01-31.xsd";

    @Test
    void publishedAddressesResolveThroughThePackageCatalog(@TempDir Path dir) throws IOException, TaxonomyException {
        Files.writeString(dir.resolve("abc-20211231.xsd"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="http://www.xbrl.org/2003/linkbase"
                    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrli="http://www.xbrl.org/2003/instance"
                    xmlns:abc="http://www.abc.example/20211231" targetNamespace="http://www.abc.example/20211231">
                  <xs:annotation><xs:appinfo>
                    <link:linkbaseRef xlink:type="simple" xlink:href="abc-20211231_lab.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
                    <link:linkbaseRef xlink:type="simple" xlink:href="abc-20211231_cal.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
                  </xs:appinfo></xs:annotation>
                  <xs:import namespace="http://fasb.org/us-gaap/2021-01-31" schemaLocation="%s"/>
                  <xs:element id="abc_AllowanceForDoubtfulAccountsReceivableForeignExchange" name="AllowanceForDoubtfulAccountsReceivableForeignExchange"
                      substitutionGroup="xbrli:item" type="xbrli:monetaryItemType" xbrli:periodType="duration" xbrli:balance="credit" nillable="true"/>
                </xs:schema>
                """.formatted(US_GAAP));
        Files.writeString(dir.resolve("abc-20211231_lab.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <link:labelLink xlink:role="http://www.xbrl.org/2003/role/link" xlink:type="extended">
                    <link:loc xlink:type="locator" xlink:href="%s#us-gaap_AllowanceForDoubtfulAccountsReceivableWriteOffs" xlink:label="loc_wo"/>
                    <link:label xlink:type="resource" xlink:label="lab_wo" xlink:role="http://www.xbrl.org/2009/role/negatedLabel" xml:lang="en-US">Write-off</link:label>
                    <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="loc_wo" xlink:to="lab_wo"/>
                    <link:loc xlink:type="locator" xlink:href="abc-20211231.xsd#abc_AllowanceForDoubtfulAccountsReceivableForeignExchange" xlink:label="loc_fx"/>
                    <link:label xlink:type="resource" xlink:label="lab_fx" xlink:role="http://www.xbrl.org/2003/role/documentation" xml:lang="en-US">Amount of foreign exchange of accounts receivable charged against the allowance.</link:label>
                    <link:label xlink:type="resource" xlink:label="lab_fx" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="de">Wechselkurs</link:label>
                    <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="loc_fx" xlink:to="lab_fx"/>
                  </link:labelLink>
                </link:linkbase>
                """.formatted(US_GAAP));
        Files.writeString(dir.resolve("abc-20211231_cal.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <link:calculationLink xlink:role="http://www.abc.example/role/Allowance" xlink:type="extended">
                    <link:loc xlink:type="locator" xlink:href="%1$s#us-gaap_AllowanceForDoubtfulAccountsReceivablePeriodIncreaseDecrease" xlink:label="total"/>
                    <link:loc xlink:type="locator" xlink:href="abc-20211231.xsd#abc_AllowanceForDoubtfulAccountsReceivableForeignExchange" xlink:label="fx"/>
                    <link:loc xlink:type="locator" xlink:href="%1$s#us-gaap_ProvisionForDoubtfulAccounts" xlink:label="provision"/>
                    <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="total" xlink:to="fx" weight="1" order="40"/>
                    <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="total" xlink:to="provision" weight="1" order="30"/>
                    <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="total" xlink:to="provision" weight="1" order="30" use="prohibited" priority="1"/>
                  </link:calculationLink>
                </link:linkbase>
                """.formatted(US_GAAP));

        TaxonomyLoader loader = new TaxonomyLoader();
        Taxonomy t = loader.load(List.of(PACKAGE, dir));

        assertEquals(List.of(), loader.warnings());
        assertEquals(17, t.size());
        Concept writeOffs = t.concept("us-gaap:AllowanceForDoubtfulAccountsReceivableWriteOffs").orElseThrow();
        assertEquals("Write-off", writeOffs.label(LabelRoles.NEGATED));
        assertEquals("Accounts Receivable, Allowance for Credit Loss, Writeoff", writeOffs.label(LabelRoles.STANDARD));
        Concept fx = t.concept("abc:AllowanceForDoubtfulAccountsReceivableForeignExchange").orElseThrow();
        assertEquals("http://www.abc.example/20211231#AllowanceForDoubtfulAccountsReceivableForeignExchange", fx.iri());
        assertEquals("Amount of foreign exchange of accounts receivable charged against the allowance.", fx.documentation());
        assertEquals(null, fx.label(LabelRoles.STANDARD), "only English labels are kept");
        // the fx arc is added; the provision arc is cancelled by its equivalent prohibiting arc of higher priority
        List<CalculationArc> ext = t.calculationsFrom("us-gaap:AllowanceForDoubtfulAccountsReceivablePeriodIncreaseDecrease")
                .stream().filter(a -> a.role().equals("http://www.abc.example/role/Allowance")).toList();
        assertEquals(List.of(new CalculationArc("http://www.abc.example/role/Allowance",
                "us-gaap:AllowanceForDoubtfulAccountsReceivablePeriodIncreaseDecrease",
                "abc:AllowanceForDoubtfulAccountsReceivableForeignExchange", BigDecimal.ONE, new BigDecimal("40"))), ext);
    }
}
