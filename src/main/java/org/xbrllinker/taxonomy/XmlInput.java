package org.xbrllinker.taxonomy;

import java.io.FilterInputStream;
import java.io.IOException;
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
 * provider the class path happens to carry). Work is bounded: a document longer than {@link #maxDocumentBytes()} or with
 * elements nested deeper than {@value #MAX_ELEMENT_DEPTH} is refused with a located message (the JDK's own limits on
 * attributes per element and name lengths apply too).
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

    /** System property: the longest XML document read, in bytes; default {@value #DEFAULT_MAX_DOCUMENT_BYTES}. */
    public static final String MAX_BYTES_PROPERTY = "xbrl-linker.xml.max-bytes";

    /** 256 MiB: well above the largest instance or linkbase the SEC publishes, well below the heap. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 256L << 20;

    /** How deep elements may nest; inline XBRL pages nest a few dozen deep. */
    public static final int MAX_ELEMENT_DEPTH = 1_000;

    private static final XMLInputFactory FACTORY = create();

    private XmlInput() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return f;
    }

    /** A namespace-aware, coalescing reader; the caller refuses {@code XMLStreamConstants.DTD} events. */
    public static XMLStreamReader open(InputStream in, String systemId) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(systemId, new Bounded(in, maxDocumentBytes()));
    }

    /** The longest document read: the system property {@value #MAX_BYTES_PROPERTY}, or 256 MiB. */
    /** Reads past the current element (its start tag just read) through its end tag, whatever it holds. */
    public static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    public static long maxDocumentBytes() {
        String value = System.getProperty(MAX_BYTES_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_DOCUMENT_BYTES;
        }
        try {
            long bytes = Long.parseLong(value.strip());
            if (bytes > 0) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(MAX_BYTES_PROPERTY + " must be a positive number of bytes, was " + value);
    }

    /** The parser's read failing once more than the limit has come in; the parser hands it on as the nested cause. */
    private static final class TooLong extends IOException {
        TooLong(long limit) {
            super("expected a document of at most " + limit + " bytes; this one is longer");
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new TooLong(limit);
            }
        }
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
        if (e.getNestedException() instanceof TooLong tooLong) {
            return tooLong.getMessage();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("maxElementDepth")) {
            return "expected elements nested at most " + MAX_ELEMENT_DEPTH + " deep; this one is nested deeper";
        }
        int m = message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        return "expected well-formed XML: " + message.strip();
    }
}
