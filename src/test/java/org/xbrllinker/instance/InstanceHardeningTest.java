package org.xbrllinker.instance;

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
import org.xbrllinker.parse.InputException;
import org.xbrllinker.taxonomy.XmlInput;

/** Hostile and broken instances, XML and inline: DTDs and external entities are refused, nothing is fetched. */
class InstanceHardeningTest {

    private static final String INSTANCE_WITH_ENTITY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE xbrli:xbrl [
              <!ENTITY xxe SYSTEM "%s">
            ]>
            <xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2024">
              <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
                <xbrli:period><xbrli:instant>2025-12-31</xbrli:instant></xbrli:period></xbrli:context>
              <dei:EntityRegistrantName contextRef="c">&xxe;</dei:EntityRegistrantName>
            </xbrli:xbrl>
            """;

    private static final String INLINE_WITH_ENTITY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html [
              <!ENTITY xxe SYSTEM "%s">
            ]>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
                xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2024">
            <body><div style="display:none"><ix:header><ix:resources>
              <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity>
                <xbrli:period><xbrli:instant>2025-12-31</xbrli:instant></xbrli:period></xbrli:context>
            </ix:resources></ix:header></div>
            <p><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c">&xxe;</ix:nonNumeric></p>
            </body></html>
            """;

    @Test
    void anInstanceWithAnExternalEntityIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path evil = Files.writeString(dir.resolve("evil.xml"), INSTANCE_WITH_ENTITY.formatted(secret.toUri()));
        InputException e = assertThrows(InputException.class, () -> new InstanceParser().parse(evil));
        // the parser reports the DOCTYPE where the declaration ends: line 4
        assertEquals("evil.xml:4: " + XmlInput.DOCTYPE_REFUSED, e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void anInlineDocumentWithAnExternalEntityIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path evil = Files.writeString(dir.resolve("evil.htm"), INLINE_WITH_ENTITY.formatted(secret.toUri()));
        InputException e = assertThrows(InputException.class, () -> new InlineXbrlParser().parse(evil));
        assertEquals("evil.htm:4: " + XmlInput.DOCTYPE_REFUSED, e.getMessage());
    }

    @Test
    void externalDtdsAreRefusedWithoutFetchingThem(@TempDir Path dir) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/remote.dtd";
            Path inline = Files.writeString(dir.resolve("remote.htm"), """
                    <?xml version="1.0"?>
                    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "%s">
                    <html xmlns="http://www.w3.org/1999/xhtml"><body/></html>
                    """.formatted(url));
            InputException e = assertThrows(InputException.class, () -> new InlineXbrlParser().parse(inline));
            assertEquals("remote.htm:2: " + XmlInput.DOCTYPE_REFUSED, e.getMessage());

            Path instance = Files.writeString(dir.resolve("remote.xml"), """
                    <?xml version="1.0"?>
                    <!DOCTYPE xbrl SYSTEM "%s">
                    <xbrl xmlns="http://www.xbrl.org/2003/instance"/>
                    """.formatted(url));
            e = assertThrows(InputException.class, () -> new InstanceParser().parse(instance));
            assertEquals("remote.xml:2: " + XmlInput.DOCTYPE_REFUSED, e.getMessage());
            assertNoConnection(server);
        }
    }

    @Test
    void aSchemaRefIsNeverFollowed(@TempDir Path dir) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path instance = Files.writeString(dir.resolve("schema-ref.xml"), """
                    <?xml version="1.0"?>
                    <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
                        xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.xbrl.org/2003/instance http://127.0.0.1:%1$d/xbrl-instance.xsd">
                      <link:schemaRef xlink:type="simple" xlink:href="http://127.0.0.1:%1$d/entry.xsd"/>
                    </xbrl>
                    """.formatted(server.getLocalPort()));
            InstanceParser parser = new InstanceParser();
            XbrlInstance parsed = parser.parse(instance);
            assertEquals(0, parsed.facts().size());
            assertEquals(List.of("schema-ref.xml:5: did not follow link:schemaRef http://127.0.0.1:"
                    + server.getLocalPort() + "/entry.xsd: an instance's remote references are never fetched (its DTS "
                    + "loads it only where a catalog maps it to a local copy)"), parser.warnings());

            Path inline = Files.writeString(dir.resolve("schema-ref.htm"), """
                    <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
                        xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
                    <body><div style="display:none"><ix:header><ix:references>
                      <link:schemaRef xlink:type="simple" xlink:href="http://127.0.0.1:%1$d/entry.xsd"/>
                      <link:linkbaseRef xlink:type="simple" xlink:href="local_lab.xml"/>
                    </ix:references></ix:header></div></body></html>
                    """.formatted(server.getLocalPort()));
            InlineXbrlParser inlineParser = new InlineXbrlParser();
            assertEquals(0, inlineParser.parse(inline).facts().size());
            assertEquals(List.of("schema-ref.htm:4:86: did not follow link:schemaRef http://127.0.0.1:"
                    + server.getLocalPort() + "/entry.xsd: an instance's remote references are never fetched (its DTS "
                    + "loads it only where a catalog maps it to a local copy)"), inlineParser.warnings());
            assertNoConnection(server);
        }
    }

    @Test
    void malformedXmlSaysWhere(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.xml"),
                "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\">\n  <context id=\"c\">\n</xbrl>\n");
        InputException e = assertThrows(InputException.class, () -> new InstanceParser().parse(broken));
        assertTrue(e.getMessage().startsWith("broken.xml:3: expected well-formed XML: "), e.getMessage());

        // HTML that is not XML (an unclosed <br>, a named entity XHTML does not declare) is refused, not guessed at
        Path html = Files.writeString(dir.resolve("page.htm"),
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n<p>a&nbsp;b</p>\n</body></html>\n");
        e = assertThrows(InputException.class, () -> new InlineXbrlParser().parse(html));
        assertTrue(e.getMessage().startsWith("page.htm:2: expected well-formed XML: "), e.getMessage());
    }

    @Test
    void aMissingFileIsAnError(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> new InstanceParser().parse(dir.resolve("no.xml")));
        assertTrue(e.getMessage().startsWith("no.xml: expected a readable file: "), e.getMessage());
    }

    /** A connection attempt would sit in the backlog; accept returns it at once, or times out when there was none. */
    private static void assertNoConnection(ServerSocket server) throws IOException {
        server.setSoTimeout(200);
        assertThrows(SocketTimeoutException.class, server::accept, "the parser opened a network connection");
    }
}
