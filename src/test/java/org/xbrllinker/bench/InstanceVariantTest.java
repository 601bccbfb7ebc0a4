package org.xbrllinker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instance rewriter refuses what the project's readers refuse, and plants only where it is told. */
class InstanceVariantTest {

    @TempDir
    Path tmp;

    private static final String INSTANCE = """
            <?xml version="1.0" encoding="utf-8"?>
            <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2024"
                  xmlns:us-gaap="http://fasb.org/us-gaap/2024">
              <context id="c-1"><entity><identifier scheme="http://www.sec.gov/CIK">0000320193</identifier></entity>
                <period><startDate>2024-02-29</startDate><endDate>2025-03-29</endDate></period></context>
              <unit id="usd"><measure>iso4217:USD</measure></unit>
              <dei:EntityRegistrantName contextRef="c-1">Apple Inc.</dei:EntityRegistrantName>
              <us-gaap:Revenues contextRef="c-1" decimals="-6" unitRef="usd">95359000000</us-gaap:Revenues>
              <us-gaap:CostOfRevenue contextRef="c-1" decimals="-6" unitRef="usd">50492000000</us-gaap:CostOfRevenue>
            </xbrl>
            """;

    @Test
    void aDoctypeIsRefusedWithTheFileNamed() throws IOException {
        Path in = tmp.resolve("evil.xml");
        Files.writeString(in, INSTANCE.replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                "<?xml version=\"1.0\"?><!DOCTYPE xbrl [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));
        IOException e = assertThrows(IOException.class, () -> InstanceVariant.write(in, tmp.resolve("out.xml"),
                new InstanceVariant.Change("Acme Corp 1", "0001234567", -1, 3, null, null, 0)));
        assertTrue(e.getMessage().startsWith("evil.xml:1:"), e.getMessage());
        assertTrue(e.getMessage().contains(org.xbrllinker.taxonomy.XmlInput.DOCTYPE_REFUSED), e.getMessage());
    }

    @Test
    void rewritesEntityDatesAndAmountsAndPlantsInOneFact() throws IOException {
        Path in = tmp.resolve("in.xml");
        Files.writeString(in, INSTANCE);
        Path out = tmp.resolve("out.xml");
        InstanceVariant.Planted p = InstanceVariant.write(in, out, new InstanceVariant.Change("Acme Corp 1",
                "0001234567", -1, 3, "us-gaap:CostOfRevenue", "c-1", 5));
        String xml = Files.readString(out);
        assertTrue(xml.contains(">0001234567</identifier>"), xml);
        assertTrue(xml.contains(">Acme Corp 1</dei:EntityRegistrantName>"), xml);
        assertTrue(xml.contains("<startDate>2023-02-28</startDate>"), "29 February onto the 28th: " + xml);
        assertTrue(xml.contains("<endDate>2024-03-29</endDate>"), xml);
        assertTrue(xml.contains(">286077000000</us-gaap:Revenues>"), xml);
        // 5 units of the last reported digit (decimals -6): 5 million
        assertEquals("151476000000", p.original());
        assertEquals("151481000000", p.changed());
        assertTrue(xml.contains(">151481000000</us-gaap:CostOfRevenue>"), xml);
        assertFalse(xml.contains("Apple") || xml.contains("0000320193"), xml);
    }

    @Test
    void aPlantWithNoSuchFactIsAnError() throws IOException {
        Path in = tmp.resolve("in.xml");
        Files.writeString(in, INSTANCE);
        IOException e = assertThrows(IOException.class, () -> InstanceVariant.write(in, tmp.resolve("out.xml"),
                new InstanceVariant.Change("Acme Corp 1", "0001234567", 0, 1, "us-gaap:GrossProfit", "c-1", 5)));
        assertTrue(e.getMessage().contains("us-gaap:GrossProfit"), e.getMessage());
    }
}
