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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbrllinker.filing.FilingSummaryReader;
import org.xbrllinker.instance.InlineXbrlParser;
import org.xbrllinker.instance.InstanceParser;
import org.xbrllinker.parse.LocatedException;

/**
 * Every XML reader of the product against the four classic XML attacks and an external DTD: an external entity that
 * reads a local file, one that calls a port on this machine (general and parameter entity), a DOCTYPE whose DTD sits
 * on such a port, and the "billion laughs" entity expansion. Each is refused with the same located message, before
 * any entity is expanded; the secret never shows, and the port never sees a connection.
 */
class XmlAttackTest {

    /** One XML reader: where its document goes in a folder, the root element it expects, and how to run it. */
    private record Reader(String name, String file, String root, Run run) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    private interface Run {
        void read(Path document) throws LocatedException;
    }

    /** One attack: the DOCTYPE (on line 2) and what the root element holds. */
    private record Attack(String name, String doctype, String content) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Reader> READERS = List.of(
            new Reader("XBRL instance", "evil.xml",
                    "xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"", p -> new InstanceParser().parse(p)),
            new Reader("inline XBRL", "evil.htm",
                    "html xmlns=\"http://www.w3.org/1999/xhtml\"", p -> new InlineXbrlParser().parse(p)),
            new Reader("FilingSummary.xml", "FilingSummary.xml", "FilingSummary", FilingSummaryReader::read),
            new Reader("linkbase", "evil_lab.xml",
                    "link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\"",
                    p -> new TaxonomyLoader().load(List.of(p))),
            new Reader("schema", "evil.xsd",
                    "xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:evil\"",
                    p -> new TaxonomyLoader().load(List.of(p))),
            new Reader("catalog", "catalog.xml",
                    "catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"",
                    p -> new TaxonomyLoader().load(List.of(p))),
            new Reader("taxonomy package", "META-INF/taxonomyPackage.xml",
                    "tp:taxonomyPackage xmlns:tp=\"http://xbrl.org/2016/taxonomy-package\"",
                    p -> new TaxonomyLoader().loadPackage(p.getParent().getParent().toUri())));

    private static List<Attack> attacks(Path secret, int port) {
        String local = "http://127.0.0.1:" + port;
        StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return List.of(
                new Attack("external entity reading a file",
                        "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;"),
                new Attack("external entity calling a local port",
                        "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + local + "/entity\">]>", "&xxe;"),
                new Attack("parameter entity calling a local port",
                        "<!DOCTYPE r [<!ENTITY % xxe SYSTEM \"" + local + "/parameter\"> %xxe;]>", ""),
                new Attack("external DTD on a local port",
                        "<!DOCTYPE r SYSTEM \"" + local + "/evil.dtd\">", ""),
                new Attack("billion laughs", "<!DOCTYPE r [" + laughs + "]>", "&lol9;"));
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Reader reader : READERS) {
            for (String attack : List.of("external entity reading a file", "external entity calling a local port",
                    "parameter entity calling a local port", "external DTD on a local port", "billion laughs")) {
                out.add(Arguments.of(reader, attack));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void isRefusedAtTheDoctypeWithoutReadingOrConnecting(Reader reader, String attackName, @TempDir Path dir)
            throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Attack attack = attacks(secret, server.getLocalPort()).stream()
                    .filter(a -> a.name().equals(attackName)).findFirst().orElseThrow();
            Path document = dir.resolve(reader.file());
            Files.createDirectories(document.getParent());
            String rootName = reader.root().split(" ")[0];
            Files.writeString(document, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + attack.doctype() + "\n<"
                    + reader.root() + ">" + attack.content() + "</" + rootName + ">\n");

            LocatedException e = assertThrows(LocatedException.class, () -> reader.run().read(document));
            String display = reader.name().equals("XBRL instance") || reader.name().equals("inline XBRL")
                    ? reader.file() : document.toString();
            if (reader.name().equals("taxonomy package")) {
                display = document.getParent().getParent().toUri() + reader.file();
            }
            assertEquals(display + ":2: " + XmlInput.DOCTYPE_REFUSED, e.getMessage());
            assertEquals(2, e.location().line());
            assertFalse(e.getMessage().contains("TOP-SECRET"));
            assertNoConnection(server);
        }
    }

    static Stream<Reader> readers() {
        return READERS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aDocumentLongerThanTheLimitIsRefusedWithTheLimit(Reader reader, @TempDir Path dir) throws IOException {
        String rootName = reader.root().split(" ")[0];
        Path document = write(dir, reader, "<!-- " + "padding ".repeat(2_000) + "-->\n");
        System.setProperty(XmlInput.MAX_BYTES_PROPERTY, "4096");
        try {
            LocatedException e = assertThrows(LocatedException.class, () -> reader.run().read(document));
            assertTrue(e.getMessage().startsWith(display(reader, document) + ":"), e.getMessage());
            assertTrue(e.getMessage().endsWith(": expected a document of at most 4096 bytes; this one is longer"),
                    e.getMessage());
        } finally {
            System.clearProperty(XmlInput.MAX_BYTES_PROPERTY);
        }
        assertEquals(XmlInput.DEFAULT_MAX_DOCUMENT_BYTES, XmlInput.maxDocumentBytes(), rootName);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void elementsNestedDeeperThanTheLimitAreRefusedAtTheirLine(Reader reader, @TempDir Path dir) throws IOException {
        int depth = XmlInput.MAX_ELEMENT_DEPTH + 1;
        Path document = write(dir, reader, "\n" + "<x>".repeat(depth) + "</x>".repeat(depth) + "\n");
        LocatedException e = assertThrows(LocatedException.class, () -> reader.run().read(document));
        assertEquals(display(reader, document) + ":3: expected elements nested at most " + XmlInput.MAX_ELEMENT_DEPTH
                + " deep; this one is nested deeper", e.getMessage());
        assertEquals(3, e.location().line());
    }

    /** The document: the XML declaration, the reader's root element with the content given, in its place. */
    private static Path write(Path dir, Reader reader, String content) throws IOException {
        Path document = dir.resolve(reader.file());
        Files.createDirectories(document.getParent());
        String rootName = reader.root().split(" ")[0];
        Files.writeString(document, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + reader.root() + ">" + content
                + "</" + rootName + ">\n");
        return document;
    }

    /** How the reader names the document in its messages. */
    private static String display(Reader reader, Path document) {
        if (reader.name().equals("XBRL instance") || reader.name().equals("inline XBRL")) {
            return reader.file();
        }
        if (reader.name().equals("taxonomy package")) {
            return document.getParent().getParent().toUri() + reader.file();
        }
        return document.toString();
    }

    /** A connection attempt would sit in the backlog; accept returns it at once, or times out when there was none. */
    static void assertNoConnection(ServerSocket server) throws IOException {
        server.setSoTimeout(200);
        assertThrows(SocketTimeoutException.class, server::accept, "the reader opened a network connection");
    }
}
