package org.xbrllinker.instance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.XmlInput;

/**
 * What the XML and the inline XBRL readers share: one pass over the hardened StAX reader, a cap on the text kept of
 * any one fact, located errors, and the warnings of the last parse.
 */
abstract class StaxInstanceReader {

    /** The most characters kept of one fact's text. */
    protected final int textLimit;
    private List<String> warnings = List.of();

    StaxInstanceReader(int textLimit) {
        if (textLimit < 1) {
            throw new IllegalArgumentException("textLimit must be positive: " + textLimit);
        }
        this.textLimit = textLimit;
    }

    /** Reads the document from the reader, adding warnings to {@code found}. */
    abstract XbrlInstance read(String source, XMLStreamReader r, List<String> found)
            throws XMLStreamException, InputException;

    /** Parses the file; locations name the file by its file name. */
    public XbrlInstance parse(Path file) throws InputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return parse(name, in);
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(name, 0), "expected a readable file: " + e.getMessage(), e);
        }
    }

    /** Parses a stream; {@code source} names it in locations and in the instance. */
    public XbrlInstance parse(String source, InputStream in) throws InputException {
        List<String> found = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = XmlInput.open(in, source);
            return read(source, r, found);
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(source, e, InputException::new);
        } finally {
            warnings = List.copyOf(found);
            close(r);
        }
    }

    /** The warnings of the last parse, each {@code file:line: message}. */
    public List<String> warnings() {
        return warnings;
    }

    static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // the stream is closed by its owner
            }
        }
    }
}
