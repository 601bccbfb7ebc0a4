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
import org.xbrllinker.taxonomy.SchemaDefaults;
import org.xbrllinker.taxonomy.XmlInput;

/**
 * Reads an XBRL 2.1 instance document ({@code xbrli:xbrl}) into an {@link XbrlInstance} in one streaming pass.
 *
 * <p>Contexts (entity, period, explicit and typed dimensions of segment and scenario) and units (measures, divide)
 * are read wherever they appear. Every element in a namespace other than the XBRL infrastructure ones (xbrli, link,
 * xlink, xbrldi, xbrldt) that carries a {@code contextRef} is a fact: numeric when it has a {@code unitRef} (value as a
 * {@code BigDecimal}, {@code decimals="INF"} as null, {@code xsi:nil="true"} as nil with a null value), non-numeric
 * otherwise (text with XML white space trimmed; nil gives null text); {@code precision} is kept beside decimals (a
 * fact may not have both). Tuples are descended into: their facts are kept with the path of the tuple they stand in
 * ({@link XbrlFact#tuplePath()}), which calculations bind by. With {@link #withDefaults} an empty fact, segment or
 * scenario element takes the default value its schema declares; other segment and scenario content than dimensions
 * is kept, canonical, in {@link XbrlContext#otherContent()}. {@code link:*} content (schemaRef, footnotes) is
 * ignored: the parser follows no reference (the DTS they name is loaded apart). Fractions
 * ({@code xbrli:numerator}/{@code xbrli:denominator}) give numerator ÷ denominator.
 *
 * <p><b>Fatal</b> ({@link InputException}, {@code file:line: what was expected}): XML that is not well-formed; a DOCTYPE
 * (refused before any entity is expanded; nothing is fetched); a root other than {@code xbrli:xbrl}; a context or unit
 * without an id, or with an id used before; a context without an entity identifier or with a period that is not an
 * instant, start and end, or forever; an impossible date or a start after the end; a dimension given twice; a QName
 * with an undeclared prefix; a fact whose context or unit does not exist; a numeric value that is not a number;
 * decimals that are neither an integer nor INF, precision that is neither a non-negative integer nor INF, or both
 * on one fact; content in a nil fact.
 *
 * <p><b>Warnings</b> ({@link #warnings()}, same format): a time of day on a period date (the date is kept as written);
 * content of a context other than entity, period, segment and scenario (ignored); a numeric fact with neither decimals nor
 * precision; a non-terminating fraction (rounded to 34 digits); a text
 * longer than the text limit (the first {@code limit} characters are kept); a {@code link:schemaRef} or
 * {@code link:linkbaseRef} to a remote address (named, never fetched).
 */
public final class InstanceParser extends StaxInstanceReader {

    /** Default cap on the characters kept of one fact's text: far above any real text block (a few hundred kB). */
    public static final int DEFAULT_TEXT_LIMIT = 8 * 1024 * 1024;

    private static final Set<String> INFRASTRUCTURE = Set.of(Xbrli.XBRLI, Xbrli.LINK, Xbrli.XLINK, Xbrli.XBRLDI,
            Xbrli.XBRLDT);


    private final SchemaDefaults defaults;

    public InstanceParser() {
        this(DEFAULT_TEXT_LIMIT);
    }

    /** A parser keeping at most {@code textLimit} characters of any one fact's text (more gives a warning). */
    public InstanceParser(int textLimit) {
        this(textLimit, SchemaDefaults.NONE);
    }

    private InstanceParser(int textLimit, SchemaDefaults defaults) {
        super(textLimit);
        this.defaults = defaults;
    }

    /**
     * A parser that reads the instance as its DTS types it: an empty fact, segment or scenario element takes the
     * default value its schema declares (a fact without one is still refused as not a number).
     */
    public InstanceParser withDefaults(SchemaDefaults schemaDefaults) {
        return new InstanceParser(textLimit, schemaDefaults == null ? SchemaDefaults.NONE : schemaDefaults);
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
        /** The tuple path of each open element the main loop descended into: the root's, then each tuple's. */
        private final java.util.ArrayDeque<String> tuples = new java.util.ArrayDeque<>();
        private int tupleCount;

        Run(String source, XMLStreamReader r, List<String> warnings) {
            this.source = source;
            this.r = r;
            this.xbrli = new Xbrli(source, r, prefixes, warnings, false, defaults);
        }

        XbrlInstance read() throws XMLStreamException, InputException {
            root();
            tuples.push(XbrlFact.TOP);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    // every other element is read through its end tag: this ends a tuple (or the root)
                    if (tuples.size() > 1) {
                        tuples.pop();
                    }
                    continue;
                }
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
                } else {
                    // a tuple: its children are read in turn, as facts of this tuple
                    tuples.push(tuples.peek() + (++tupleCount) + "/");
                }
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
            String localName = r.getLocalName();
            String concept = prefixes.qname(namespace, localName, r.getPrefix());
            String id = r.getAttributeValue(null, "id");
            String contextRef = r.getAttributeValue(null, "contextRef");
            String unitRef = r.getAttributeValue(null, "unitRef");
            String decimalsText = r.getAttributeValue(null, "decimals");
            String precision = r.getAttributeValue(null, "precision");
            String tuple = tuples.peek();
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
                return new XbrlFact(id, concept, namespace, contextRef, unitRef, null, null, null, true, false, at,
                        null, false, tuple);
            }
            if (content.isEmpty() && numerator == null) {
                // an empty element has the default value its schema declares (XML Schema's infoset), if any
                String dflt = xbrli.defaultOf(namespace, localName);
                content = dflt == null ? content : Xbrli.trim(dflt);
            }
            if (unitRef == null) {
                if (text.truncated()) {
                    xbrli.warn(at, "kept the first " + textLimit + " of " + text.length() + " characters of "
                            + concept + " (the text limit)");
                }
                return new XbrlFact(id, concept, namespace, contextRef, null, null, content, null, false, false, at,
                        null, false, tuple);
            }
            BigDecimal value;
            if (numerator != null || denominator != null) {
                value = fraction(concept, numerator, denominator, at);
            } else {
                value = Xbrli.number(content, concept, at);
                if (decimalsText == null && precision == null) {
                    xbrli.warn(at, "expected decimals on the numeric fact " + concept + ", found none; decimals unknown");
                }
            }
            if (decimalsText != null && precision != null) {
                throw new InputException(at, "expected decimals or precision on " + concept + ", found both "
                        + "(XBRL 2.1 4.6.3)");
            }
            Integer decimals = Xbrli.decimals(decimalsText, concept, at);
            Integer precise = Xbrli.precision(precision, concept, at);
            // a fraction is exact (XBRL 2.1 4.6.3 forbids decimals and precision on it)
            boolean exact = Xbrli.isInf(decimalsText) || Xbrli.isInf(precision) || numerator != null;
            return new XbrlFact(id, concept, namespace, contextRef, unitRef, value, null, decimals, false, false, at,
                    precise, exact, tuple);
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
