package org.xbrllinker.taxonomy;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xbrllinker.parse.LocatedException;
import org.xbrllinker.parse.SourceLocation;

/**
 * The one StAX factory every XML input goes through (taxonomy documents, XBRL instances, FilingSummary.xml): no DTDs,
 * no external entities, no external schema or DTD access, and the JDK's own implementation (not whichever StAX
 * provider the class path happens to carry).
 */
public final class XmlInput {

    /** What a document carrying a DOCTYPE is told. */
    public static final String DOCTYPE_REFUSED =
            "expected no DOCTYPE declaration; DTDs are refused (they can pull in external entities)";

    /** Makes the located exception a caller throws: a taxonomy problem or an input problem. */
    @FunctionalInterface
    public interface Failure<E extends LocatedException> {
        E at(SourceLocation location, String problem, Throwable cause);
    }

    private static final XMLInputFactory FACTORY = create();

    private XmlInput() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return f;
    }

    /** A namespace-aware, coalescing reader; the caller refuses {@code XMLStreamConstants.DTD} events. */
    public static XMLStreamReader open(InputStream in, String systemId) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(systemId, in);
    }

    /** The refusal raised when a document carries a DOCTYPE, at the line where the declaration ends. */
    static TaxonomyException doctypeRefused(String display, XMLStreamReader reader) {
        return doctypeRefused(display, reader, TaxonomyException::new);
    }

    /** The refusal of a DOCTYPE, at the line where the declaration ends, as the caller's kind of exception. */
    public static <E extends LocatedException> E doctypeRefused(String display, XMLStreamReader reader,
                                                                Failure<E> failure) {
        return failure.at(SourceLocation.of(display, reader.getLocation().getLineNumber()), DOCTYPE_REFUSED, null);
    }

    /** A parser error as {@code file:line: expected well-formed XML: ...}, without the parser's own position prefix. */
    static TaxonomyException malformed(String display, XMLStreamException e) {
        return malformed(display, e, TaxonomyException::new);
    }

    /** A parser error as {@code file:line: expected well-formed XML: ...}, as the caller's kind of exception. */
    public static <E extends LocatedException> E malformed(String display, XMLStreamException e, Failure<E> failure) {
        return failure.at(where(display, e), problem(e), e);
    }

    /** Where a parser error happened: the file and the parser's line (0 when it gives none). */
    public static SourceLocation where(String display, XMLStreamException e) {
        Location at = e.getLocation();
        return SourceLocation.of(display, at == null ? 0 : Math.max(at.getLineNumber(), 0));
    }

    /** {@code expected well-formed XML: } and the parser's message without its own position prefix. */
    public static String problem(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int m = message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        return "expected well-formed XML: " + message.strip();
    }
}
