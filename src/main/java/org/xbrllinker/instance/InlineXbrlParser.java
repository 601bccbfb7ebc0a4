package org.xbrllinker.instance;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.XmlInput;

/**
 * Reads an Inline XBRL 1.1 document (XHTML, so StAX reads it through the same hardened factory as instances) into an
 * {@link XbrlInstance} of form "ixbrl", in one streaming pass without a DOM.
 *
 * <p>Contexts and units come from {@code ix:resources} and are read by the same code as XML instances. Facts:
 * <ul>
 * <li>{@code ix:nonFraction}: the displayed text through its {@code format} (see {@link Transforms}), times
 * 10^{@code scale}, negated when {@code sign="-"}; {@code decimals} as in instances;
 * {@code xsi:nil}. A nonFraction nested in another gives both facts the same displayed text.</li>
 * <li>{@code ix:nonNumeric}: the text of its content with markup flattened, followed by the content of its
 * {@code ix:continuation} chain ({@code continuedAt}), without {@code ix:exclude} content; with {@code escape="true"}
 * the value is the content's XHTML markup itself (ix tags dropped, their content kept; void elements as
 * {@code <br/>}), which is what an XBRL instance extracted from the document holds; white space trimmed.</li>
 * <li>{@code ix:fraction}: numerator ÷ denominator.</li>
 * </ul>
 * Facts inside {@code ix:hidden} are marked hidden. The instance is the default target document: facts with a
 * {@code target} attribute are left out with a warning. Footnotes, relationships and references are ignored; tuples are
 * not kept (their facts are). Facts are listed in the order of their start tags.
 *
 * <p><b>Fatal</b> ({@link InputException}, {@code file:line:column: what was expected}): everything fatal for
 * {@link InstanceParser} that applies (malformed XML, DOCTYPE, duplicate or broken contexts and units, impossible dates,
 * missing context or unit, a value that is not a number, bad decimals, content in a nil fact); a document without
 * {@code ix:header} or in the Inline XBRL 1.0 namespace; a fact without {@code name}, {@code contextRef} (or
 * {@code unitRef} for a number); a text its (known) format cannot read; a {@code scale} that is not
 * an integer; a {@code sign} other than "-"; a continuation that is missing, used by two facts, or part of a loop.
 *
 * <p><b>Warnings</b> ({@link #warnings()}): those of {@link InstanceParser}; a continuation no fact uses; an ix element
 * this parser does not know (skipped); a fact for another target document (left out); a fact whose {@code format} no
 * registry of {@link Transforms} defines (left out, the rest of the document read, and kept as a {@link RefusedFact} in
 * {@link XbrlInstance#refused()}: a filing may use a registry newer than this reader, and one such fact should not
 * cost the others). A nil fact is kept whatever its format, since no format is applied to it.
 */
public final class InlineXbrlParser extends StaxInstanceReader {

    /** The Inline XBRL 1.1 namespace. */
    public static final String IX = "http://www.xbrl.org/2013/inlineXBRL";
    private static final String IX_1_0 = "http://www.xbrl.org/2008/inlineXBRL";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** HTML elements without content: written {@code <br/>}, never with an end tag. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern UNSIGNED_DECIMAL = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");


    public InlineXbrlParser() {
        this(InstanceParser.DEFAULT_TEXT_LIMIT);
    }

    /** A parser keeping at most {@code textLimit} characters of any one fact's text (more gives a warning). */
    public InlineXbrlParser(int textLimit) {
        super(textLimit);
    }

    @Override
    XbrlInstance read(String source, XMLStreamReader r, List<String> found) throws XMLStreamException, InputException {
        return new Run(source, r, found).read();
    }

    /** An open ix element that gathers the text (or markup) read until its end tag. */
    private abstract static class Open {
        final int excludeDepth;
        final SourceLocation at;

        Open(int excludeDepth, SourceLocation at) {
            this.excludeDepth = excludeDepth;
            this.at = at;
        }

        abstract void text(String s);

        void markup(String s) {
        }

        boolean wantsMarkup() {
            return false;
        }
    }

    /** The attributes every fact has. */
    private record Item(String id, String concept, String namespace, String contextRef, String unitRef, boolean nil,
                        boolean hidden, String target, SourceLocation at) {
    }

    /** ix:nonFraction, or the ix:numerator / ix:denominator of a fraction. */
    private static final class NumberOpen extends Open {
        final Item item;
        final int slot;
        final String formatName;
        final Transforms.Transform format;
        /** Set when the format is unknown: the fact is left out (a fraction's part leaves out the fraction). */
        final RefusedFact unknown;
        final String scale;
        final String sign;
        final String decimals;
        final FractionOpen fraction;
        final boolean isNumerator;
        final TextBuffer content;

        NumberOpen(int excludeDepth, Item item, int slot, String formatName, Transforms.Transform format,
                   RefusedFact unknown, String scale, String sign, String decimals, FractionOpen fraction,
                   boolean isNumerator, int limit) {
            super(excludeDepth, item.at());
            this.item = item;
            this.slot = slot;
            this.formatName = formatName;
            this.format = format;
            this.unknown = unknown;
            this.scale = scale;
            this.sign = sign;
            this.decimals = decimals;
            this.fraction = fraction;
            this.isNumerator = isNumerator;
            this.content = new TextBuffer(limit);
        }

        @Override
        void text(String s) {
            content.append(s);
        }
    }

    private static final class FractionOpen extends Open {
        final Item item;
        final int slot;
        BigDecimal numerator;
        BigDecimal denominator;
        /** The first part whose format is unknown; the fraction is then left out. */
        RefusedFact unknown;

        FractionOpen(int excludeDepth, Item item, int slot) {
            super(excludeDepth, item.at());
            this.item = item;
            this.slot = slot;
        }

        @Override
        void text(String s) {
            // the parts gather the text
        }
    }

    /** ix:nonNumeric or ix:continuation: plain text, markup, or both. */
    private static class TextOpen extends Open {
        final TextBuffer plain;
        final TextBuffer markup;
        final String continuedAt;

        TextOpen(int excludeDepth, SourceLocation at, boolean plain, boolean markup, String continuedAt, int limit) {
            super(excludeDepth, at);
            this.plain = plain ? new TextBuffer(limit) : null;
            this.markup = markup ? new TextBuffer(limit) : null;
            this.continuedAt = continuedAt;
        }

        @Override
        void text(String s) {
            if (plain != null) {
                plain.append(s);
            }
            if (markup != null) {
                escape(s, false, markup);
            }
        }

        @Override
        void markup(String s) {
            markup.append(s);
        }

        @Override
        boolean wantsMarkup() {
            return markup != null;
        }
    }

    private static final class NonNumericOpen extends TextOpen {
        final Item item;
        final int slot;
        final boolean escape;
        final String formatName;
        final Transforms.Transform format;
        /** Set when the format is unknown: the fact is left out. */
        final RefusedFact unknown;

        NonNumericOpen(int excludeDepth, Item item, int slot, boolean escape, String formatName,
                       Transforms.Transform format, RefusedFact unknown, String continuedAt, int limit) {
            super(excludeDepth, item.at(), !escape || format != null, escape, continuedAt, limit);
            this.item = item;
            this.slot = slot;
            this.escape = escape;
            this.formatName = formatName;
            this.format = format;
            this.unknown = unknown;
        }
    }

    /** ix:continuation: both forms, since the fact it continues (escaped or not) may come later. */
    private static final class ContinuationOpen extends TextOpen {
        final String id;

        ContinuationOpen(int excludeDepth, SourceLocation at, String id, String continuedAt, int limit) {
            super(excludeDepth, at, true, true, continuedAt, limit);
            this.id = id;
        }
    }

    private record Continuation(String id, TextBuffer plain, TextBuffer markup, String continuedAt, SourceLocation at) {
    }

    /** The state of one parse. */
    private final class Run {
        private final String source;
        private final XMLStreamReader r;
        private final Prefixes prefixes = new Prefixes();
        private final Xbrli xbrli;
        private final InstanceAssembly assembly = new InstanceAssembly();
        private final List<Open> open = new ArrayList<>();
        private final List<NonNumericOpen> nonNumerics = new ArrayList<>();
        private final Map<String, Continuation> continuations = new LinkedHashMap<>();
        /** Which fact each continuation serves, to refuse one continuation in two chains. */
        private final Map<String, String> chained = new HashMap<>();
        private int hidden;
        private int resources;
        private int exclude;
        private boolean header;

        Run(String source, XMLStreamReader r, List<String> warnings) {
            this.source = source;
            this.r = r;
            this.xbrli = new Xbrli(source, r, prefixes, warnings, true);
        }

        XbrlInstance read() throws XMLStreamException, InputException {
            boolean root = true;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw XmlInput.doctypeRefused(source, r, InputException::new);
                    case XMLStreamConstants.START_ELEMENT -> {
                        prefixes.declare(r);
                        if (root) {
                            root = false;
                            if (!XHTML.equals(r.getNamespaceURI()) || !"html".equals(r.getLocalName())) {
                                throw xbrli.fail("expected an inline XBRL document (root element html in the XHTML "
                                        + "namespace), found <" + written() + ">");
                            }
                        }
                        start();
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text(r.getText());
                    default -> {
                        // comments and processing instructions are not content
                    }
                }
            }
            if (!header) {
                throw new InputException(SourceLocation.of(source, 0),
                        "expected an inline XBRL document (an ix:header in the " + IX + " namespace), found none");
            }
            for (NonNumericOpen n : nonNumerics) {
                XbrlFact fact = nonNumeric(n);
                if (fact != null) {
                    fill(n.slot, n.item, fact);
                }
            }
            for (Continuation c : continuations.values()) {
                if (!chained.containsKey(c.id())) {
                    xbrli.warn(c.at(), "no fact continues into ix:continuation \"" + c.id() + "\"; its text is unused");
                }
            }
            return assembly.build(source, "ixbrl", prefixes.namespaces());
        }

        private String written() {
            String p = r.getPrefix();
            return (p == null || p.isEmpty() ? "" : p + ":") + r.getLocalName();
        }

        private void start() throws XMLStreamException, InputException {
            String ns = r.getNamespaceURI();
            if (IX_1_0.equals(ns)) {
                throw xbrli.fail("expected Inline XBRL 1.1 (" + IX + "), found Inline XBRL 1.0 <" + written() + ">");
            }
            if (IX.equals(ns)) {
                ixStart(r.getLocalName());
                return;
            }
            if (resources > 0) {
                if (Xbrli.XBRLI.equals(ns) && "context".equals(r.getLocalName())) {
                    assembly.add(xbrli.context());
                } else if (Xbrli.XBRLI.equals(ns) && "unit".equals(r.getLocalName())) {
                    SourceLocation at = xbrli.at();
                    assembly.add(xbrli.unit(), at);
                } else {
                    xbrli.skip(); // role and arcrole references
                }
                return;
            }
            String tag = null;
            for (Open o : open) {
                if (o.wantsMarkup() && o.excludeDepth == exclude) {
                    if (tag == null) {
                        tag = startTag();
                    }
                    o.markup(tag);
                }
            }
        }

        private void end() throws InputException {
            String ns = r.getNamespaceURI();
            if (IX.equals(ns)) {
                ixEnd(r.getLocalName());
                return;
            }
            String local = r.getLocalName();
            if (XHTML.equals(ns) && VOID.contains(local)) {
                return;
            }
            String tag = null;
            for (Open o : open) {
                if (o.wantsMarkup() && o.excludeDepth == exclude) {
                    if (tag == null) {
                        tag = "</" + markupName() + ">";
                    }
                    o.markup(tag);
                }
            }
        }

        private void text(String s) {
            for (Open o : open) {
                if (o.excludeDepth == exclude) {
                    o.text(s);
                }
            }
        }

        /** An element's name in markup: XHTML elements by local name (the default namespace), others as written. */
        private String markupName() {
            return XHTML.equals(r.getNamespaceURI()) ? r.getLocalName() : written();
        }

        /** The start tag as markup: XHTML names without a prefix, attributes escaped, no namespace declarations. */
        private String startTag() {
            StringBuilder sb = new StringBuilder("<");
            sb.append(markupName());
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String p = r.getAttributePrefix(i);
                sb.append(' ');
                if (p != null && !p.isEmpty()) {
                    sb.append(p).append(':');
                }
                sb.append(r.getAttributeLocalName(i)).append("=\"");
                escape(r.getAttributeValue(i), true, sb);
                sb.append('"');
            }
            sb.append(XHTML.equals(r.getNamespaceURI()) && VOID.contains(r.getLocalName()) ? "/>" : ">");
            return sb.toString();
        }

        private void ixStart(String local) throws XMLStreamException, InputException {
            switch (local) {
                case "header" -> header = true;
                case "hidden" -> hidden++;
                case "resources" -> resources++;
                case "exclude" -> exclude++;
                case "references" -> xbrli.skipReferences();
                case "footnote", "relationship" -> xbrli.skip();
                case "tuple" -> {
                    // a tuple's facts are read as facts; the grouping is not kept
                }
                case "nonFraction" -> open.add(number(null, false));
                case "nonNumeric" -> open.add(nonNumericStart());
                case "continuation" -> {
                    String id = r.getAttributeValue(null, "id");
                    if (id == null) {
                        throw xbrli.fail("expected an id attribute on ix:continuation");
                    }
                    open.add(new ContinuationOpen(exclude, xbrli.at(), id, r.getAttributeValue(null, "continuedAt"),
                            textLimit));
                }
                case "fraction" -> {
                    Item item = item("ix:fraction", true);
                    open.add(new FractionOpen(exclude, item, assembly.reserve()));
                }
                case "numerator", "denominator" -> {
                    FractionOpen fraction = innermostFraction();
                    if (fraction == null) {
                        throw xbrli.fail("expected ix:" + local + " inside an ix:fraction");
                    }
                    open.add(number(fraction, "numerator".equals(local)));
                }
                default -> {
                    xbrli.warn(xbrli.at(), "ignored <ix:" + local + ">, an element this parser does not know");
                    xbrli.skip();
                }
            }
        }

        private void ixEnd(String local) throws InputException {
            switch (local) {
                case "hidden" -> hidden--;
                case "resources" -> resources--;
                case "exclude" -> exclude--;
                case "nonFraction", "numerator", "denominator" -> numberEnd((NumberOpen) pop());
                case "nonNumeric" -> nonNumerics.add((NonNumericOpen) pop());
                case "continuation" -> {
                    ContinuationOpen c = (ContinuationOpen) pop();
                    Continuation first = continuations.putIfAbsent(c.id,
                            new Continuation(c.id, c.plain, c.markup, c.continuedAt, c.at));
                    if (first != null) {
                        throw new InputException(c.at, "expected ix:continuation ids to be unique, found \"" + c.id
                                + "\" again (first at line " + first.at().line() + ")");
                    }
                }
                case "fraction" -> fractionEnd((FractionOpen) pop());
                default -> {
                    // header and tuple end without anything to do
                }
            }
        }

        /** Puts a fact in its slot, unless it belongs to another target document (then the slot stays empty). */
        private void fill(int slot, Item item, XbrlFact fact) {
            if (item.target() == null) {
                assembly.fill(slot, fact);
            } else {
                otherTarget(item);
            }
        }

        private void otherTarget(Item item) {
            xbrli.warn(item.at(), "left out " + item.concept() + ": it belongs to the target document \""
                    + item.target() + "\", not to the default one this instance holds");
        }

        private Open pop() {
            return open.remove(open.size() - 1);
        }

        private FractionOpen innermostFraction() {
            for (int i = open.size() - 1; i >= 0; i--) {
                if (open.get(i) instanceof FractionOpen f) {
                    return f;
                }
            }
            return null;
        }

        /** The attributes of the fact whose start tag the reader stands on. */
        private Item item(String element, boolean numeric) throws InputException {
            SourceLocation at = xbrli.at();
            String name = r.getAttributeValue(null, "name");
            if (name == null) {
                throw xbrli.fail("expected a name attribute on " + element);
            }
            String concept = xbrli.qname(Xbrli.trim(name), "the name of " + element);
            String contextRef = r.getAttributeValue(null, "contextRef");
            if (contextRef == null) {
                throw xbrli.fail("expected a contextRef attribute on " + element + " " + concept);
            }
            String unitRef = r.getAttributeValue(null, "unitRef");
            if (numeric && unitRef == null) {
                throw xbrli.fail("expected a unitRef attribute on " + element + " " + concept);
            }
            return new Item(r.getAttributeValue(null, "id"), concept, xbrli.namespaceOf(Xbrli.trim(name)),
                    contextRef, numeric ? unitRef : null, Xbrli.isTrue(r.getAttributeValue(Xbrli.XSI, "nil")),
                    hidden > 0, r.getAttributeValue(null, "target"), at);
        }

        private NumberOpen number(FractionOpen fraction, boolean isNumerator) throws InputException {
            Item item = fraction == null ? item("ix:nonFraction", true) : fraction.item;
            String formatName = r.getAttributeValue(null, "format");
            Transforms.Transform format = format(formatName);
            RefusedFact unknown = unknown(formatName, format, item);
            int slot = fraction == null ? assembly.reserve() : -1;
            return new NumberOpen(exclude, item, slot, formatName, format, unknown, r.getAttributeValue(null, "scale"),
                    r.getAttributeValue(null, "sign"), r.getAttributeValue(null, "decimals"), fraction, isNumerator,
                    textLimit);
        }

        private NonNumericOpen nonNumericStart() throws InputException {
            Item item = item("ix:nonNumeric", false);
            String formatName = r.getAttributeValue(null, "format");
            Transforms.Transform format = format(formatName);
            boolean escape = Xbrli.isTrue(r.getAttributeValue(null, "escape"));
            return new NonNumericOpen(exclude, item, assembly.reserve(), escape, formatName, format,
                    unknown(formatName, format, item), r.getAttributeValue(null, "continuedAt"), textLimit);
        }

        /** The transformation the format attribute names (its prefix resolved here, at the start tag); null if none. */
        private Transforms.Transform format(String formatName) {
            if (formatName == null) {
                return null;
            }
            String written = Xbrli.trim(formatName);
            return Transforms.find(xbrli.namespaceOf(written), written.substring(written.indexOf(':') + 1));
        }

        /** The refusal of a fact whose format names no known transformation; null when it has none or a known one. */
        private RefusedFact unknown(String formatName, Transforms.Transform format, Item item) {
            if (formatName == null || format != null) {
                return null;
            }
            String written = Xbrli.trim(formatName);
            return RefusedFact.unknownFormat(item.at(), item.concept(), written, xbrli.namespaceOf(written));
        }

        /** Leaves a fact out of the instance for the reason given, and says so in the warnings. */
        private void refuse(Item item, RefusedFact why) {
            if (item.target() != null) {
                otherTarget(item); // not this instance's fact in any case
                return;
            }
            assembly.refuse(why);
            xbrli.warn(why.at(), why.reason());
        }

        private void numberEnd(NumberOpen n) throws InputException {
            Item item = n.item;
            String content = n.content.toString();
            String part = n.isNumerator ? " (numerator)" : " (denominator)";
            String what = item.concept() + (n.fraction == null ? "" : part);
            if (item.nil()) {
                if (!Xbrli.trim(content).isEmpty()) {
                    throw new InputException(n.at, "expected no content in the nil fact " + what + ", found \""
                            + Xbrli.shorten(Xbrli.trim(content)) + "\"");
                }
                if (n.fraction == null) {
                    fill(n.slot, item, new XbrlFact(item.id(), item.concept(), item.namespace(), item.contextRef(),
                            item.unitRef(), null, null, null, true, item.hidden(), item.at()));
                }
                return;
            }
            if (n.unknown != null) {
                if (n.fraction == null) {
                    refuse(item, n.unknown);
                } else if (n.fraction.unknown == null) {
                    n.fraction.unknown = n.unknown;
                }
                return;
            }
            String lexical = n.format == null ? Xbrli.trim(content) : n.format.apply(content);
            if (lexical == null) {
                throw new InputException(n.at, "expected a value " + Xbrli.trim(n.formatName) + " can read for "
                        + what + ", found \"" + Xbrli.shorten(Xbrli.trim(content)) + "\"");
            }
            if (!UNSIGNED_DECIMAL.matcher(lexical).matches()) {
                throw new InputException(n.at, "expected a number for " + what + ", found \""
                        + Xbrli.shorten(lexical) + "\"");
            }
            BigDecimal value = new BigDecimal(lexical);
            if (n.scale != null) {
                String scale = Xbrli.trim(n.scale);
                if (!INTEGER.matcher(scale).matches()) {
                    throw new InputException(n.at, "expected an integer scale on " + what + ", found \"" + n.scale
                            + "\"");
                }
                value = value.scaleByPowerOfTen(Integer.parseInt(scale.startsWith("+") ? scale.substring(1) : scale));
            }
            if (value.scale() < 0) {
                value = value.setScale(0); // 95359E+6 → 95359000000, as an instance writes it
            }
            if (n.sign != null) {
                if (!"-".equals(n.sign)) {
                    throw new InputException(n.at, "expected sign=\"-\" or no sign on " + what + ", found \""
                            + n.sign + "\"");
                }
                value = value.negate();
            }
            if (n.fraction != null) {
                if (n.isNumerator) {
                    n.fraction.numerator = value;
                } else {
                    n.fraction.denominator = value;
                }
                return;
            }
            if (n.decimals == null) {
                xbrli.warn(n.at, "expected decimals on the numeric fact " + item.concept() + ", found none; "
                        + "decimals unknown");
            }
            Integer decimals = Xbrli.decimals(n.decimals, item.concept(), n.at);
            fill(n.slot, item, new XbrlFact(item.id(), item.concept(), item.namespace(), item.contextRef(),
                    item.unitRef(), value, null, decimals, false, item.hidden(), item.at()));
        }

        private void fractionEnd(FractionOpen f) throws InputException {
            Item item = f.item;
            BigDecimal value = null;
            if (!item.nil() && f.unknown != null) {
                refuse(item, f.unknown);
                return;
            }
            if (!item.nil()) {
                if (f.numerator == null || f.denominator == null || f.denominator.signum() == 0) {
                    throw new InputException(f.at, "expected an ix:numerator and a non-zero ix:denominator in the "
                            + "fraction " + item.concept());
                }
                try {
                    value = f.numerator.divide(f.denominator);
                } catch (ArithmeticException nonTerminating) {
                    xbrli.warn(f.at, "rounded the fraction " + f.numerator + "/" + f.denominator + " of "
                            + item.concept() + " to 34 significant digits");
                    value = f.numerator.divide(f.denominator, MathContext.DECIMAL128);
                }
            }
            fill(f.slot, item, new XbrlFact(item.id(), item.concept(), item.namespace(), item.contextRef(),
                    item.unitRef(), value, null, null, item.nil(), item.hidden(), item.at()));
        }

        private XbrlFact nonNumeric(NonNumericOpen n) throws InputException {
            Item item = n.item;
            TextBuffer own = n.escape ? n.markup : n.plain;
            TextBuffer value = new TextBuffer(textLimit);
            value.append(own);
            TextBuffer plain = null;
            if (n.format != null) {
                plain = new TextBuffer(textLimit);
                plain.append(n.plain);
            }
            long length = own.length();
            String next = n.continuedAt;
            String factName = item.concept() + (item.id() == null ? "" : " (" + item.id() + ")");
            Set<String> seen = new HashSet<>();
            while (next != null) {
                Continuation c = continuations.get(next);
                if (c == null) {
                    throw new InputException(item.at(), "expected an ix:continuation with id \"" + next
                            + "\" (continuing " + factName + "), found none");
                }
                if (!seen.add(next)) {
                    throw new InputException(c.at(), "expected the ix:continuation chain of " + factName
                            + " to end, found \"" + next + "\" again (a loop)");
                }
                String previous = chained.putIfAbsent(next, factName);
                if (previous != null) {
                    throw new InputException(c.at(), "expected ix:continuation \"" + next + "\" to continue one fact, "
                            + "found it continuing " + previous + " and " + factName);
                }
                TextBuffer part = n.escape ? c.markup() : c.plain();
                value.append(part);
                length += part.length();
                if (plain != null) {
                    plain.append(c.plain());
                }
                next = c.continuedAt();
            }
            if (item.nil()) {
                if (!Xbrli.trim(value.toString()).isEmpty()) {
                    throw new InputException(item.at(), "expected no content in the nil fact " + item.concept()
                            + ", found \"" + Xbrli.shorten(Xbrli.trim(value.toString())) + "\"");
                }
                return new XbrlFact(item.id(), item.concept(), item.namespace(), item.contextRef(), null, null, null,
                        null, true, item.hidden(), item.at());
            }
            if (n.unknown != null) {
                refuse(item, n.unknown);
                return null;
            }
            String text;
            if (n.format != null) {
                text = n.format.apply(plain.toString());
                if (text == null) {
                    throw new InputException(item.at(), "expected a value " + Xbrli.trim(n.formatName)
                            + " can read for " + item.concept() + ", found \""
                            + Xbrli.shorten(Xbrli.trim(plain.toString())) + "\"");
                }
            } else {
                text = Xbrli.trim(value.toString());
                if (length > textLimit) {
                    xbrli.warn(item.at(), "kept the first " + textLimit + " of " + length + " characters of "
                            + item.concept() + " (the text limit)");
                }
            }
            return new XbrlFact(item.id(), item.concept(), item.namespace(), item.contextRef(), null, null, text,
                    null, false, item.hidden(), item.at());
        }
    }

    /** Escapes text ({@code & < >}) or an attribute value ({@code & < "}) as markup. */
    static void escape(String s, boolean attribute, Appendable out) {
        try {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append(attribute ? ">" : "&gt;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    default -> out.append(c);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
