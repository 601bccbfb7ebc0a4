package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken taxonomy files: DTDs and external entities are refused, nothing is fetched, errors say where. */
class TaxonomyHardeningTest {

    private static final String REFUSED = "expected no DOCTYPE declaration; DTDs are refused (they can pull in external entities)";

    @Test
    void aLinkbaseWithAnExternalEntityIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path evil = Files.writeString(dir.resolve("evil-lab.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE link:linkbase [
                  <!ENTITY xxe SYSTEM "%s">
                ]>
                <link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <link:labelLink xlink:role="http://www.xbrl.org/2003/role/link" xlink:type="extended">
                    <link:loc xlink:href="x.xsd#x_A" xlink:label="loc_A" xlink:type="locator"/>
                    <link:label xlink:label="lab_A" xlink:role="http://www.xbrl.org/2003/role/label" xlink:type="resource" xml:lang="en">&xxe;</link:label>
                    <link:labelArc xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="loc_A" xlink:to="lab_A" xlink:type="arc"/>
                  </link:labelLink>
                </link:linkbase>
                """.formatted(secret.toUri()));
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> new TaxonomyLoader().load(List.of(evil)));
        // the parser reports the DOCTYPE where the declaration ends: line 4
        assertEquals(evil + ":4: " + REFUSED, e.getMessage());
        assertEquals(4, e.location().line());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void aSchemaWithAnExternalDtdIsRefusedWithoutFetchingIt(@TempDir Path dir) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            Path evil = Files.writeString(dir.resolve("evil.xsd"), """
                    <?xml version="1.0"?>
                    <!DOCTYPE xs:schema SYSTEM "%s">
                    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x"/>
                    """.formatted(url));
            TaxonomyException e = assertThrows(TaxonomyException.class, () -> new TaxonomyLoader().load(List.of(evil)));
            assertEquals(evil + ":2: " + REFUSED, e.getMessage());
            assertNoConnection(server);
        }
    }

    @Test
    void aDoctypeInsideAFolderIsRefusedToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<x/>\n");
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> new TaxonomyLoader().load(List.of(dir)));
        assertEquals(dir.resolve("a.xml") + ":2: " + REFUSED, e.getMessage());
    }

    @Test
    void remoteAddressesAreWarnedAboutNeverOpened(@TempDir Path dir) throws IOException, TaxonomyException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort() + "/";
            Path schema = Files.writeString(dir.resolve("ext.xsd"), """
                    <?xml version="1.0"?>
                    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="http://www.xbrl.org/2003/linkbase"
                        xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrli="http://www.xbrl.org/2003/instance"
                        xmlns:ext="urn:ext" targetNamespace="urn:ext">
                      <xs:annotation><xs:appinfo>
                        <link:linkbaseRef xlink:type="simple" xlink:href="%1$sext_lab.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
                      </xs:appinfo></xs:annotation>
                      <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
                      <xs:import namespace="urn:other" schemaLocation="%1$sother.xsd"/>
                      <xs:element id="ext_Widgets" name="Widgets" substitutionGroup="xbrli:item" type="xbrli:monetaryItemType"
                          xbrli:periodType="instant" xbrli:balance="debit" nillable="true"/>
                    </xs:schema>
                    """.formatted(base));
            TaxonomyLoader loader = new TaxonomyLoader();
            Taxonomy t = loader.load(List.of(schema));
            assertEquals(List.of(
                    schema + ":6: expected " + base + "ext_lab.xml to be available locally, but no catalog maps it; not loaded",
                    schema + ":9: expected " + base + "other.xsd to be available locally, but no catalog maps it; not loaded"),
                    loader.warnings());
            Concept widgets = t.concept("ext:Widgets").orElseThrow();
            assertEquals("urn:ext#Widgets", widgets.iri());
            assertEquals(Balance.DEBIT, widgets.balance());
            assertNoConnection(server);
        }
    }

    @Test
    void everyOtherWayToARemoteAddressIsNamedAndNeverOpened(@TempDir Path dir) throws IOException, TaxonomyException {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort() + "/";
            // a catalog that maps a published address onto another remote one maps nothing local
            Path catalog = Files.writeString(dir.resolve("remote-catalog.xml"), """
                    <?xml version="1.0"?>
                    <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                      <rewriteURI uriStartString="http://example.com/published/" rewritePrefix="%1$smirror/"/>
                    </catalog>
                    """.formatted(base));
            Path schema = Files.writeString(dir.resolve("ext.xsd"), """
                    <?xml version="1.0"?>
                    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="http://www.xbrl.org/2003/linkbase"
                        xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrli="http://www.xbrl.org/2003/instance"
                        targetNamespace="urn:ext">
                      <xs:annotation><xs:appinfo>
                        <link:linkbaseRef xlink:type="simple" xlink:href="jar:%1$sevil.jar!/ext_lab.xml"/>
                        <link:linkbaseRef xlink:type="simple" xlink:href="http://example.com/published/ext_cal.xml"/>
                        <link:linkbaseRef xlink:type="simple" xlink:href="file:ext_pre.xml"/>
                      </xs:appinfo></xs:annotation>
                      <xs:include schemaLocation="%1$sincluded.xsd"/>
                      <xs:element id="ext_Widgets" name="Widgets" substitutionGroup="xbrli:item" type="xbrli:monetaryItemType"
                          xbrli:periodType="instant"/>
                    </xs:schema>
                    """.formatted(base));
            Path linkbase = Files.writeString(dir.resolve("ext_def.xml"), """
                    <?xml version="1.0"?>
                    <link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
                      <link:calculationLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
                        <link:loc xlink:type="locator" xlink:href="%1$sremote.xsd#r_Total" xlink:label="t"/>
                        <link:loc xlink:type="locator" xlink:href="ext.xsd#ext_Widgets" xlink:label="w"/>
                        <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item"
                            xlink:from="t" xlink:to="w" weight="1"/>
                      </link:calculationLink>
                    </link:linkbase>
                    """.formatted(base));
            TaxonomyLoader loader = new TaxonomyLoader();
            Taxonomy t = loader.load(List.of(catalog, schema, linkbase));
            assertEquals(List.of(
                    schema + ":6: expected jar:" + base + "evil.jar!/ext_lab.xml to be available locally, but no catalog maps it; not loaded",
                    schema + ":7: expected " + base + "mirror/ext_cal.xml to be available locally, but no catalog maps it; not loaded",
                    schema + ":8: expected file:ext_pre.xml to be available locally, but no catalog maps it; not loaded",
                    schema + ":10: expected " + base + "included.xsd to be available locally, but no catalog maps it; not loaded",
                    linkbase + ":4: expected " + base + "remote.xsd to be available locally, but no catalog maps it; not loaded"),
                    loader.warnings());
            assertEquals(List.of("r:Total ext:Widgets 1"), t.calculations().stream()
                    .map(a -> a.parent() + " " + a.child() + " " + a.weight()).toList());
            XmlAttackTest.assertNoConnection(server);
        }
    }

    @Test
    void aHostInAFileAddressIsANetworkShareAndIsNotOpened(@TempDir Path dir) throws IOException, TaxonomyException {
        Path schema = Files.writeString(dir.resolve("share.xsd"), """
                <?xml version="1.0"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:share">
                  <xs:import namespace="urn:other" schemaLocation="file://fileserver.example/share/other.xsd"/>
                </xs:schema>
                """);
        TaxonomyLoader loader = new TaxonomyLoader();
        loader.load(List.of(schema));
        assertEquals(List.of(schema + ":3: expected file://fileserver.example/share/other.xsd to be available "
                + "locally, but no catalog maps it; not loaded"), loader.warnings());
    }

    @Test
    void onlyRegularFilesAreRead(@TempDir Path dir) throws IOException {
        Path device = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device), "a device file to point at");
        Path schema = Files.writeString(dir.resolve("device.xsd"), """
                <?xml version="1.0"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:device">
                  <xs:import namespace="urn:zero" schemaLocation="file:///dev/zero"/>
                </xs:schema>
                """);
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> new TaxonomyLoader().load(List.of(schema)));
        assertEquals(device + ": expected a readable file: java.io.IOException: not a regular file: " + device,
                e.getMessage());
    }

    @Test
    void malformedXmlSaysWhere(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.xml"),
                "<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\">\n  <link:labelLink>\n</link:linkbase>\n");
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> new TaxonomyLoader().load(List.of(broken)));
        assertTrue(e.getMessage().startsWith(broken + ":3: expected well-formed XML: "), e.getMessage());
    }

    @Test
    void aMissingInputIsAnError(@TempDir Path dir) {
        Path nowhere = dir.resolve("nowhere.xsd");
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> new TaxonomyLoader().load(List.of(nowhere)));
        assertEquals(nowhere + ": expected a schema (.xsd), a linkbase (.xml) or a folder; nothing is there", e.getMessage());
    }

    /** A connection attempt would sit in the backlog; accept returns it at once, or times out when there was none. */
    private static void assertNoConnection(ServerSocket server) throws IOException {
        server.setSoTimeout(200);
        assertThrows(SocketTimeoutException.class, server::accept, "the loader opened a network connection");
    }
}
