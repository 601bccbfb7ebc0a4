package org.xbrllinker.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.xbrllinker.parse.InputException;
import org.xbrllinker.taxonomy.XmlInput;

/**
 * Rewrites an XBRL instance (XML) for another entity: StAX in (the project's hardened reader, no DTD, no external
 * entities), StAX out, event by event. Context identifiers and the {@code dei} entity name and CIK name the new
 * entity; every date (context periods, date-valued facts) moves by whole years; every numeric fact is multiplied by
 * one integer factor, so each calculation and roll-forward of the original still holds; one numeric fact can be
 * changed to plant an error.
 */
final class InstanceVariant {

    private static final String DEI_PREFIX = "http://xbrl.sec.gov/dei/";
    private static final String XBRLI = "http://www.xbrl.org/2003/instance";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Who the copy reports for, and how it differs from the original. */
    record Change(String entity, String cik, int yearShift, int factor, String plantConcept, String plantContext,
                  long plantDelta) {
    }

    /** What was planted: the fact's value before and after (null when nothing was). */
    record Planted(String original, String changed) {
    }

    private InstanceVariant() {
    }

    /** Reads {@code in} and writes the changed copy to {@code out}. */
    static Planted write(Path in, Path out, Change change) throws IOException {
        String source = in.getFileName().toString();
        try (InputStream is = Files.newInputStream(in); OutputStream os = Files.newOutputStream(out)) {
            XMLStreamReader r = XmlInput.open(is, source);
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(os, "UTF-8");
            try {
                return copy(source, r, w, change);
            } finally {
                w.close();
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(XmlInput.malformed(source, e, InputException::new).getMessage(), e);
        }
    }

    private static Planted copy(String source, XMLStreamReader r, XMLStreamWriter w, Change c)
            throws XMLStreamException, IOException {
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        // the element whose text is being collected: a fact, an identifier or a period date
        String kind = null;
        String factConcept = null;
        String factContext = null;
        String factDecimals = null;
        String original = null;
        String changed = null;
        w.writeStartDocument("utf-8", "1.0");
        w.writeCharacters("\n");
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    flushText(w, text, kind);
                    w.writeStartElement(nz(r.getPrefix()), r.getLocalName(), nz(r.getNamespaceURI()));
                    for (int i = 0; i < r.getNamespaceCount(); i++) {
                        if (r.getNamespacePrefix(i) == null || r.getNamespacePrefix(i).isEmpty()) {
                            w.writeDefaultNamespace(r.getNamespaceURI(i));
                        } else {
                            w.writeNamespace(r.getNamespacePrefix(i), r.getNamespaceURI(i));
                        }
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String ns = nz(r.getAttributeNamespace(i));
                        if (ns.isEmpty()) {
                            w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        } else {
                            w.writeAttribute(nz(r.getAttributePrefix(i)), ns, r.getAttributeLocalName(i),
                                    r.getAttributeValue(i));
                        }
                    }
                    path.push(r.getLocalName());
                    kind = null;
                    String ns = nz(r.getNamespaceURI());
                    if (path.size() == 2 && !ns.equals(XBRLI) && !ns.startsWith("http://www.xbrl.org/2003/linkbase")
                            && r.getAttributeValue(null, "contextRef") != null
                            && !"true".equals(r.getAttributeValue(XSI, "nil"))) {
                        factConcept = r.getPrefix() + ":" + r.getLocalName();
                        factContext = r.getAttributeValue(null, "contextRef");
                        factDecimals = r.getAttributeValue(null, "decimals");
                        kind = r.getAttributeValue(null, "unitRef") != null ? "number"
                                : ns.startsWith(DEI_PREFIX) ? "dei:" + r.getLocalName() : "text";
                    } else if (ns.equals(XBRLI) && r.getLocalName().equals("identifier")) {
                        kind = "identifier";
                    } else if (ns.equals(XBRLI) && (r.getLocalName().equals("startDate")
                            || r.getLocalName().equals("endDate") || r.getLocalName().equals("instant"))) {
                        kind = "date";
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (kind != null) {
                        text.append(r.getText());
                    } else {
                        w.writeCharacters(r.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (kind != null) {
                        String value = text.toString();
                        text.setLength(0);
                        String out = switch (kind) {
                            case "identifier" -> c.cik();
                            case "date" -> shiftDate(value, c.yearShift());
                            case "number" -> {
                                String scaled = scale(value, c.factor(), 0, factDecimals);
                                if (c.plantDelta() != 0 && original == null && factConcept.equals(c.plantConcept())
                                        && factContext.equals(c.plantContext())) {
                                    original = scaled;
                                    scaled = scale(value, c.factor(), c.plantDelta(), factDecimals);
                                    changed = scaled;
                                }
                                yield scaled;
                            }
                            case "dei:EntityRegistrantName" -> c.entity();
                            case "dei:EntityCentralIndexKey" -> c.cik();
                            case "dei:DocumentFiscalYearFocus" -> shiftYear(value, c.yearShift());
                            default -> shiftDate(value, c.yearShift());
                        };
                        w.writeCharacters(out);
                        kind = null;
                    }
                    path.pop();
                    w.writeEndElement();
                }
                case XMLStreamConstants.COMMENT -> w.writeComment(r.getText());
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> w.writeProcessingInstruction(r.getPITarget(),
                        nz(r.getPIData()));
                case XMLStreamConstants.DTD -> throw new IOException(
                        XmlInput.doctypeRefused(source, r, InputException::new).getMessage());
                case XMLStreamConstants.END_DOCUMENT -> w.writeEndDocument();
                default -> {
                    // START_DOCUMENT (written above), entity references (none without a DTD)
                }
            }
        }
        if (c.plantDelta() != 0 && original == null) {
            throw new IOException(source + ": no fact " + c.plantConcept() + " in context " + c.plantContext()
                    + " to plant an error in");
        }
        return new Planted(original, changed);
    }

    private static void flushText(XMLStreamWriter w, StringBuilder text, String kind) throws XMLStreamException {
        // mixed content inside a fact (none in an XML instance) is copied as it is
        if (kind != null && text.length() > 0) {
            w.writeCharacters(text.toString());
            text.setLength(0);
        }
    }

    /**
     * The value times {@code factor}, plus {@code delta} units of its last reported digit ({@code decimals}: -6 adds
     * millions), in plain notation.
     */
    static String scale(String value, int factor, long delta, String decimals) {
        BigDecimal v = new BigDecimal(value.strip()).multiply(BigDecimal.valueOf(factor));
        if (delta != 0) {
            int d = decimals == null || decimals.strip().equals("INF") ? 0 : Integer.parseInt(decimals.strip());
            v = v.add(BigDecimal.valueOf(delta).scaleByPowerOfTen(-d));
        }
        return v.toPlainString();
    }

    /** A {@code yyyy-mm-dd} date moved by whole years (29 February onto the 28th); any other text unchanged. */
    static String shiftDate(String value, int years) {
        String s = value.strip();
        if (years == 0 || s.length() != 10 || s.charAt(4) != '-') {
            return value;
        }
        try {
            return LocalDate.parse(s).plusYears(years).toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String shiftYear(String value, int years) {
        String s = value.strip();
        return s.matches("\\d{4}") ? Integer.toString(Integer.parseInt(s) + years) : value;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
