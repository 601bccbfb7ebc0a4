package org.xbrllinker.instance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.XmlInput;

/**
 * Reads an XBRL 2.1 instance document ({@code xbrli:xbrl}) into an {@link XbrlInstance} in one streaming pass.
 *
 * <p>Contexts (entity, period, explicit and typed dimensions of segment and scenario) and units (measures, divide)
 * are read wherever they appear. Every element in a namespace other than the XBRL infrastructure ones (xbrli, link,
 * xlink, xbrldi, xbrldt) that carries a {@code contextRef} is a fact: numeric when it has a {@code unitRef} (value as a
 * {@code BigDecimal}, {@code decimals="INF"} as null, {@code xsi:nil="true"} as nil with a null value), non-numeric
 * otherwise (text with XML white space trimmed; nil gives null text). Tuples are descended into; their facts are kept,
 * the tuple structure is not. {@code link:*} content (schemaRef, footnotes) is ignored: no reference is ever followed.
 * Fractions
 * ({@code xbrli:numerator}/{@code xbrli:denominator}) give numerator ÷ denominator.
 *
 * <p><b>Fatal</b> ({@link InputException}, {@code file:line: what was expected}): XML that is not well-formed; a DOCTYPE
 * (refused before any entity is expanded; nothing is fetched); a root other than {@code xbrli:xbrl}; a context or unit
 * without an id, or with an id used before; a context without an entity identifier or with a period that is not an
 * instant, start and end, or forever; an impossible date or a start after the end; a dimension given twice; a QName
 * with an undeclared prefix; a fact whose context or unit does not exist; a numeric value that is not a number;
 * decimals that are neither an integer nor INF; content in a nil fact.
 *
 * <p><b>Warnings</b> ({@link #warnings()}, same format): a time of day on a period date (the date is kept as written);
 * content of a context other than entity, period and xbrldi members (ignored); a numeric fact with neither decimals nor
 * precision, or with precision (kept as unknown decimals); a non-terminating fraction (rounded to 34 digits); a text
 * longer than the text limit (the first {@code limit} characters are kept); a {@code link:schemaRef} or
 * {@code link:linkbaseRef} to a remote address (named, never fetched).
 */
public final class InstanceParser extends StaxInstanceReader {

    /** Default cap on the characters kept of one fact's text: far above any real text block (a few hundred kB). */
    public static final int DEFAULT_TEXT_LIMIT = 8 * 1024 * 1024;

    private static final Set<String> INFRASTRUCTURE = Set.of(Xbrli.XBRLI, Xbrli.LINK, Xbrli.XLINK, Xbrli.XBRLDI,
            Xbrli.XBRLDT);


    public InstanceParser() {
        this(DEFAULT_TEXT_LIMIT);
    }

    /** A parser keeping at most {@code textLimit} characters of any one fact's text (more gives a warning). */
    public InstanceParser(int textLimit) {
        super(textLimit);
    }

    @Override
    XbrlInstance read(String source, XMLStreamReader r, List<String> found) throws XMLStreamException, InputException {
        return new Run(source, r, found).read();
    }

    /** The state of one parse. */
    private final class Run {
        private final String source;
        private final XMLStreamReader r;
        private final Prefixes prefixes = new Prefixes();
        private final Xbrli xbrli;
        private final InstanceAssembly assembly = new InstanceAssembly();

        Run(String source, XMLStreamReader r, List<String> warnings) {
            this.source = source;
            this.r = r;
            this.xbrli = new Xbrli(source, r, prefixes, warnings, false);
        }

        XbrlInstance read() throws XMLStreamException, InputException {
            root();
            while (r.hasNext()) {
                int event = r.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                prefixes.declare(r);
                String ns = r.getNamespaceURI();
                if (Xbrli.XBRLI.equals(ns) && "context".equals(r.getLocalName())) {
                    assembly.add(xbrli.context());
                } else if (Xbrli.XBRLI.equals(ns) && "unit".equals(r.getLocalName())) {
                    SourceLocation at = xbrli.at();
                    assembly.add(xbrli.unit(), at);
                } else if (ns == null || INFRASTRUCTURE.contains(ns)) {
                    xbrli.skipReferences();
                } else if (r.getAttributeValue(null, "contextRef") != null) {
                    assembly.add(fact());
                }
                // any other element is a tuple (or unknown wrapper): its children are read in turn
            }
            return assembly.build(source, "xbrl", prefixes.namespaces());
        }

        private void root() throws XMLStreamException, InputException {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw XmlInput.doctypeRefused(source, r, InputException::new);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!Xbrli.XBRLI.equals(r.getNamespaceURI()) || !"xbrl".equals(r.getLocalName())) {
                        throw xbrli.fail("expected an XBRL instance (root element xbrli:xbrl), found <"
                                + (r.getPrefix() == null || r.getPrefix().isEmpty() ? "" : r.getPrefix() + ":")
                                + r.getLocalName() + ">");
                    }
                    prefixes.declare(r);
                    return;
                }
            }
            throw xbrli.fail("expected an XBRL instance (root element xbrli:xbrl), found no element");
        }

        /** The fact the reader stands on, through its end tag. */
        private XbrlFact fact() throws XMLStreamException, InputException {
            SourceLocation at = xbrli.at();
            String namespace = r.getNamespaceURI();
            String concept = prefixes.qname(namespace, r.getLocalName(), r.getPrefix());
            String id = r.getAttributeValue(null, "id");
            String contextRef = r.getAttributeValue(null, "contextRef");
            String unitRef = r.getAttributeValue(null, "unitRef");
            String decimalsText = r.getAttributeValue(null, "decimals");
            String precision = r.getAttributeValue(null, "precision");
            boolean nil = Xbrli.isTrue(r.getAttributeValue(Xbrli.XSI, "nil"));

            TextBuffer text = new TextBuffer(textLimit);
            BigDecimal numerator = null;
            BigDecimal denominator = null;
            int depth = 1;
            while (depth > 0) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String local = r.getLocalName();
                        if (Xbrli.XBRLI.equals(r.getNamespaceURI())
                                && ("numerator".equals(local) || "denominator".equals(local)) && depth == 1) {
                            SourceLocation partAt = xbrli.at();
                            BigDecimal part = Xbrli.number(xbrli.text(local), concept + " (" + local + ")", partAt);
                            if ("numerator".equals(local)) {
                                numerator = part;
                            } else {
                                denominator = part;
                            }
                        } else {
                            depth++;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(r.getText());
                    default -> {
                        // comments and processing instructions carry no value
                    }
                }
            }
            String content = Xbrli.trim(text.toString());
            if (nil) {
                if (!content.isEmpty() || numerator != null) {
                    throw new InputException(at, "expected no content in the nil fact " + concept + ", found \""
                            + Xbrli.shorten(content) + "\"");
                }
                return new XbrlFact(id, concept, namespace, contextRef, unitRef, null, null, null, true, false, at);
            }
            if (unitRef == null) {
                if (text.truncated()) {
                    xbrli.warn(at, "kept the first " + textLimit + " of " + text.length() + " characters of "
                            + concept + " (the text limit)");
                }
                return new XbrlFact(id, concept, namespace, contextRef, null, null, content, null, false, false, at);
            }
            BigDecimal value;
            if (numerator != null || denominator != null) {
                value = fraction(concept, numerator, denominator, at);
            } else {
                value = Xbrli.number(content, concept, at);
                if (decimalsText == null) {
                    xbrli.warn(at, precision == null
                            ? "expected decimals on the numeric fact " + concept + ", found none; decimals unknown"
                            : "precision is not supported (" + concept + " precision=\"" + precision
                                    + "\"); decimals unknown");
                }
            }
            Integer decimals = Xbrli.decimals(decimalsText, concept, at);
            return new XbrlFact(id, concept, namespace, contextRef, unitRef, value, null, decimals, false, false, at);
        }

        private BigDecimal fraction(String concept, BigDecimal numerator, BigDecimal denominator, SourceLocation at)
                throws InputException {
            if (numerator == null || denominator == null || denominator.signum() == 0) {
                throw new InputException(at, "expected an xbrli:numerator and a non-zero xbrli:denominator in the "
                        + "fraction " + concept);
            }
            try {
                return numerator.divide(denominator);
            } catch (ArithmeticException nonTerminating) {
                xbrli.warn(at, "rounded the fraction " + numerator + "/" + denominator + " of " + concept
                        + " to 34 significant digits");
                return numerator.divide(denominator, MathContext.DECIMAL128);
            }
        }
    }
}
