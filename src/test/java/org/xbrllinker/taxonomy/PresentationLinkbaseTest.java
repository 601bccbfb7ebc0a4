package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Presentation arcs: Apple's 10-Q presentation linkbase, and prohibition between linkbases. Apple's numbers were counted
 * with a Python ElementTree script over aapl-20250329_pre.xml: 486 presentationArc elements, all parent-child, no two
 * equivalent, none prohibited, in 46 extended link roles; every one carries a preferredLabel (405 terse, 32 total,
 * 18 negated, 14 verbose, 8 negatedTerse, 4 periodStart, 4 periodEnd, 1 negatedTotal).
 */
class PresentationLinkbaseTest {

    private static final Path APPLE = SharedData.root().resolve("filings").resolve("aapl-0000320193-25-000057");
    private static final String RSU = "http://www.apple.com/role/ShareBasedCompensationRestrictedStockUnitActivityandRelatedInformationDetails";
    private static final String P = "us-gaap:ShareBasedCompensationArrangementByShareBasedPaymentAwardEquityInstrumentsOtherThanOptions";

    @Test
    void appleRestrictedStockUnitRollForward() throws TaxonomyException {
        Taxonomy t = new TaxonomyLoader().load(List.of(APPLE.resolve("aapl-20250329_pre.xml")));

        assertEquals(486, t.presentations().size());
        assertEquals(46, t.presentations().stream().map(PresentationArc::role).distinct().count());
        Map<String, Integer> byLabel = new TreeMap<>();
        t.presentations().forEach(a -> byLabel.merge(a.preferredLabel(), 1, Integer::sum));
        assertEquals(4, byLabel.get(LabelRoles.PERIOD_START));
        assertEquals(4, byLabel.get(LabelRoles.PERIOD_END));
        assertEquals(18, byLabel.get(LabelRoles.NEGATED));
        assertEquals(405, byLabel.get(LabelRoles.TERSE));

        assertEquals(17, t.presentations().stream().filter(a -> a.role().equals(RSU)).count());
        List<PresentationArc> rollForward = t.presentations().stream()
                .filter(a -> a.role().equals(RSU) && a.parent().equals(P + "NonvestedRollForward")).toList();
        assertEquals(List.of(
                new PresentationArc(RSU, P + "NonvestedRollForward", P + "NonvestedNumber", new BigDecimal("1"), LabelRoles.PERIOD_START),
                new PresentationArc(RSU, P + "NonvestedRollForward", P + "GrantsInPeriod", new BigDecimal("2"), LabelRoles.TERSE),
                new PresentationArc(RSU, P + "NonvestedRollForward", P + "VestedInPeriod", new BigDecimal("3"), LabelRoles.NEGATED),
                new PresentationArc(RSU, P + "NonvestedRollForward", P + "ForfeitedInPeriod", new BigDecimal("4"), LabelRoles.NEGATED),
                new PresentationArc(RSU, P + "NonvestedRollForward", P + "NonvestedNumber", new BigDecimal("5"), LabelRoles.PERIOD_END)),
                rollForward);
    }

    @Test
    void aProhibitingArcOfHigherPriorityRemovesItsEquivalent(@TempDir Path dir) throws IOException, TaxonomyException {
        String arc = "<link:presentationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/parent-child\""
                + " xlink:from=\"p\" xlink:to=\"%s\" order=\"%s\"%s/>";
        String link = """
                <?xml version="1.0" encoding="UTF-8"?>
                <link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <link:presentationLink xlink:role="urn:role:r" xlink:type="extended">
                    <link:loc xlink:type="locator" xlink:href="x.xsd#x_Parent" xlink:label="p"/>
                    <link:loc xlink:type="locator" xlink:href="x.xsd#x_A" xlink:label="a"/>
                    <link:loc xlink:type="locator" xlink:href="x.xsd#x_B" xlink:label="b"/>
                    %s
                  </link:presentationLink>
                </link:linkbase>
                """;
        Files.writeString(dir.resolve("base-pre.xml"), link.formatted(
                arc.formatted("a", "1", "") + arc.formatted("b", "2", " preferredLabel=\"" + LabelRoles.TOTAL + "\"")));
        Files.writeString(dir.resolve("override-pre.xml"), link.formatted(
                arc.formatted("a", "1.0", " use=\"prohibited\" priority=\"1\"")
                        + arc.formatted("b", "2", " use=\"prohibited\" priority=\"1\" preferredLabel=\"" + LabelRoles.TERSE + "\"")));

        Taxonomy t = new TaxonomyLoader().load(List.of(dir));

        // a: equivalent (same order), removed; b: a different preferred label makes it a different relationship, kept
        assertEquals(List.of(new PresentationArc("urn:role:r", "x:Parent", "x:B", new BigDecimal("2"), LabelRoles.TOTAL)),
                t.presentations());
    }
}
