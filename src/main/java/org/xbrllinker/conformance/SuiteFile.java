package org.xbrllinker.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.XmlInput;

/**
 * The files of an XBRL conformance suite, read with the product's hardened XML reader (no DTD, no entity, nothing
 * fetched): an index ({@code <testcases>} listing {@code <testcase uri>}), a testcase ({@code <testcase>} of
 * {@code <variation>}s, each with its {@code <data>} files and {@code <result expected="valid|invalid">}), or a
 * transformation-registry test file (root in {@value #TRR_NS}), which {@link XbrlSuite} does not run itself.
 */
public final class SuiteFile {

    /** The namespace of the transformation-registry test files ({@code trr/trrv*}/tests.xml). */
    public static final String TRR_NS = "http://xbrl.org/2011/conformance-rendering/transforms";

    /** What a conformance file is, by its root element. */
    public enum Kind { INDEX, TESTCASE, TRR }

    /** One file of a variation's {@code <data>}: its element ({@code instance}, {@code xsd}, {@code linkbase}). */
    public record DataFile(String role, Path path, boolean readMeFirst) {
    }

    /** One variation of a testcase: what the suite expects ({@code valid} or {@code invalid}) of its data. */
    public record Variation(String id, String name, String description, List<DataFile> data, String expected) {

        public Variation {
            data = List.copyOf(data);
        }

        /** The instances to read first: the variation's subject. */
        public List<Path> instances() {
            return data.stream().filter(d -> d.readMeFirst() && d.role().equals("instance")).map(DataFile::path)
                    .toList();
        }
    }

    /** A testcase file: its path, the name it gives itself, and its variations in file order. */
    public record Testcase(Path path, String name, List<Variation> variations) {

        public Testcase {
            variations = List.copyOf(variations);
        }

        /** The file name, as lines and reports name the testcase ({@code 397-Testcase-SummationItem.xml}). */
        public String file() {
            return path.getFileName().toString();
        }
    }

    private SuiteFile() {
    }

    /** The kind of a conformance file, by its root element; an {@link InputException} for anything else. */
    public static Kind kind(Path file) throws InputException {
        return read(file, (r, display) -> {
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            if (TRR_NS.equals(ns)) {
                return Kind.TRR;
            }
            if ((ns == null || ns.isEmpty()) && local.equals("testcases")) {
                return Kind.INDEX;
            }
            if ((ns == null || ns.isEmpty()) && local.equals("testcase")) {
                return Kind.TESTCASE;
            }
            throw new InputException(at(display, r), "expected an XBRL conformance index (<testcases>), testcase "
                    + "(<testcase>) or transformation-registry test file, found <" + local + ">"
                    + (ns == null || ns.isEmpty() ? "" : " in " + ns));
        });
    }

    /** The testcase files an index lists, resolved against it, in its order. */
    public static List<Path> index(Path file) throws InputException {
        return read(file, (r, display) -> {
            List<Path> out = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("testcase")) {
                    String uri = r.getAttributeValue(null, "uri");
                    if (uri == null || uri.isBlank()) {
                        throw new InputException(at(display, r), "expected a uri on <testcase>");
                    }
                    out.add(resolve(file, uri.strip()));
                }
            }
            return out;
        });
    }

    /** A testcase file's variations. */
    public static Testcase testcase(Path file) throws InputException {
        return read(file, (r, display) -> {
            String name = r.getAttributeValue(null, "name");
            List<Variation> out = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("variation")) {
                    out.add(variation(file, r, display));
                }
            }
            return new Testcase(file, name == null ? file.getFileName().toString() : name.strip(), out);
        });
    }

    private static Variation variation(Path file, XMLStreamReader r, String display)
            throws XMLStreamException, InputException {
        SourceLocation start = at(display, r);
        String id = r.getAttributeValue(null, "id");
        String name = r.getAttributeValue(null, "name");
        String description = "";
        String expected = null;
        List<DataFile> data = new ArrayList<>();
        boolean inData = false;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (r.getLocalName().equals("data")) {
                    inData = false;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String local = r.getLocalName();
            if (local.equals("data")) {
                inData = true;
                depth++;
            } else if (inData) {
                boolean first = "true".equals(strip(r.getAttributeValue(null, "readMeFirst")));
                data.add(new DataFile(local, resolve(file, strip(r.getElementText())), first));
            } else if (local.equals("result")) {
                expected = strip(r.getAttributeValue(null, "expected"));
                skip(r);
            } else if (local.equals("description")) {
                description = strip(r.getElementText()).replaceAll("\\s+", " ");
            } else {
                skip(r);
            }
        }
        if (id == null || id.isBlank()) {
            throw new InputException(start, "expected an id on <variation>");
        }
        if (!"valid".equals(expected) && !"invalid".equals(expected)) {
            throw new InputException(start, "expected <result expected=\"valid|invalid\"> in variation " + id
                    + ", found " + (expected == null ? "none" : "\"" + expected + "\""));
        }
        return new Variation(id.strip(), name == null ? "" : name.strip(), description, data, expected);
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        XmlInput.skipElement(r);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static Path resolve(Path file, String relative) {
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(relative.replace('\\', '/')).normalize();
    }

    private static SourceLocation at(String display, XMLStreamReader r) {
        return new SourceLocation(display, Math.max(r.getLocation().getLineNumber(), 0), 0);
    }

    @FunctionalInterface
    private interface Body<T> {
        T read(XMLStreamReader rootReader, String display) throws XMLStreamException, InputException;
    }

    /** Opens the file, refuses a DOCTYPE, moves to the root element and hands the reader to {@code body}. */
    private static <T> T read(Path file, Body<T> body) throws InputException {
        String display = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(SourceLocation.of(display, 0), "expected a conformance file, found "
                    + (Files.exists(file) ? "a folder" : "no such file"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = XmlInput.open(in, file.toUri().toString());
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw XmlInput.doctypeRefused(display, r, InputException::new);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return body.read(r, display);
                    }
                }
                throw new InputException(SourceLocation.of(display, 0), "expected an XML document, found no element");
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(display, e, InputException::new);
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(display, 0), "expected a readable file: " + e.getMessage(), e);
        }
    }
}
