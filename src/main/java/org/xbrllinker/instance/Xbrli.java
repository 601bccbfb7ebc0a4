package org.xbrllinker.instance;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xbrllinker.link.Period;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.SchemaDefaults;

/**
 * What XML instances and inline XBRL share: xbrli:context and xbrli:unit (read from wherever the reader stands on
 * their start tag), QNames in content and attributes, numbers and decimals. Each read consumes the element through
 * its end tag.
 */
final class Xbrli {

    static final String XBRLI = "http://www.xbrl.org/2003/instance";
    static final String LINK = "http://www.xbrl.org/2003/linkbase";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XBRLDI = "http://xbrl.org/2006/xbrldi";
    static final String XBRLDT = "http://xbrl.org/2005/xbrldt";
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    static final String ISO4217 = "http://www.xbrl.org/2003/iso4217";

    /**
     * xs:date, optionally with a time of day and a time zone (XBRL periods may be xs:dateTime). A date alone is the
     * end of its day as an instant or end date, its beginning as a start date (XBRL 2.1 4.7.2); a time of midnight
     * (00:00:00 or 24:00:00) is read as the date that means the same point.
     */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4,})-(\\d{2})-(\\d{2})(T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
    /** xs:decimal, or xs:double/xs:float in their finite forms (float item types). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DECIMALS = Pattern.compile("[+-]?\\d{1,9}");
    /** The scheme of an absolute address ("http:", "jar:"); a relative href has none. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private final String display;
    private final XMLStreamReader r;
    private final Prefixes prefixes;
    private final List<String> warnings;
    private final boolean columns;
    private final SchemaDefaults defaults;

    /**
     * {@code columns}: locations carry the column too (inline documents are often a few very long lines); a location
     * is where the parser stands: for an element, just after its start tag.
     */
    Xbrli(String display, XMLStreamReader r, Prefixes prefixes, List<String> warnings, boolean columns) {
        this(display, r, prefixes, warnings, columns, SchemaDefaults.NONE);
    }

    /** {@code defaults}: the DTS's default values, which empty segment and scenario content takes. */
    Xbrli(String display, XMLStreamReader r, Prefixes prefixes, List<String> warnings, boolean columns,
          SchemaDefaults defaults) {
        this.display = display;
        this.r = r;
        this.prefixes = prefixes;
        this.warnings = warnings;
        this.columns = columns;
        this.defaults = defaults;
    }

    String display() {
        return display;
    }

    SourceLocation at() {
        int line = Math.max(r.getLocation().getLineNumber(), 0);
        int column = columns && line > 0 ? Math.max(r.getLocation().getColumnNumber(), 0) : 0;
        return new SourceLocation(display, line, column);
    }

    InputException fail(String problem) {
        return new InputException(at(), problem);
    }

    void warn(SourceLocation at, String message) {
        warnings.add(at + ": " + message);
    }

    /** Reads the xbrli:context the reader stands on. */
    XbrlContext context() throws XMLStreamException, InputException {
        SourceLocation location = at();
        String id = r.getAttributeValue(null, "id");
        if (id == null || id.isBlank()) {
            throw fail("expected an id attribute on xbrli:context");
        }
        String scheme = null;
        String identifier = null;
        LocalDate instant = null;
        LocalDate start = null;
        LocalDate end = null;
        boolean forever = false;
        boolean period = false;
        Map<String, String> dimensions = new LinkedHashMap<>();
        StringBuilder other = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            prefixes.declare(r);
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            if (!XBRLI.equals(ns)) {
                warn(at(), "ignored <" + r.getPrefix() + ":" + local + "> in context \"" + id
                        + "\"; expected xbrli:entity, xbrli:period or xbrli:scenario");
                skip();
                depth--;
                continue;
            }
            switch (local) {
                case "entity" -> {
                    // descend: identifier and segment follow
                }
                case "identifier" -> {
                    scheme = r.getAttributeValue(null, "scheme");
                    identifier = trim(text(id));
                    depth--;
                }
                case "segment", "scenario" -> {
                    String content = members(id, dimensions);
                    if (!content.isEmpty()) {
                        other.append(other.length() == 0 ? "" : " ").append(local).append(content);
                    }
                    depth--;
                }
                case "period" -> period = true;
                case "instant" -> {
                    instant = date(id, local);
                    depth--;
                }
                case "startDate" -> {
                    start = date(id, local);
                    depth--;
                }
                case "endDate" -> {
                    end = date(id, local);
                    depth--;
                }
                case "forever" -> {
                    forever = true;
                    skip();
                    depth--;
                }
                default -> {
                    warn(at(), "ignored <xbrli:" + local + "> in context \"" + id + "\"");
                    skip();
                    depth--;
                }
            }
        }
        SourceLocation endOfContext = at();
        if (identifier == null || identifier.isEmpty() || scheme == null) {
            throw new InputException(location,
                    "expected an xbrli:identifier with a scheme and a value in the entity of context \"" + id + "\"");
        }
        Period p;
        if (instant != null && start == null && end == null && !forever) {
            p = Period.instant(instant);
        } else if (start != null && end != null && instant == null && !forever) {
            if (start.isAfter(end)) {
                throw new InputException(location, "expected the startDate of context \"" + id
                        + "\" on or before its endDate, found " + start + " after " + end);
            }
            p = Period.duration(start, end);
        } else if (forever && instant == null && start == null && end == null) {
            p = XbrlContext.FOREVER;
        } else {
            throw new InputException(period ? endOfContext : location, "expected the period of context \"" + id
                    + "\" to be an instant, a startDate and an endDate, or forever");
        }
        return new XbrlContext(id, scheme, identifier, p, dimensions, location, other.toString());
    }

    /**
     * Explicit and typed members of a segment or scenario, into {@code dimensions}; returns its other content,
     * canonical ({@link #canonical}), empty when it has none.
     */
    private String members(String contextId, Map<String, String> dimensions) throws XMLStreamException, InputException {
        StringBuilder other = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            prefixes.declare(r);
            SourceLocation here = at();
            boolean explicit = XBRLDI.equals(r.getNamespaceURI()) && "explicitMember".equals(r.getLocalName());
            boolean typed = XBRLDI.equals(r.getNamespaceURI()) && "typedMember".equals(r.getLocalName());
            if (!explicit && !typed) {
                // not a dimension, yet part of what makes the context the one it is (XBRL 2.1 4.7.3, 4.7.4)
                other.append(canonical());
                continue;
            }
            String dimensionText = r.getAttributeValue(null, "dimension");
            if (dimensionText == null) {
                throw fail("expected a dimension attribute on xbrldi:" + r.getLocalName() + " in context \""
                        + contextId + "\"");
            }
            String dimension = qname(dimensionText, "the dimension of a member in context \"" + contextId + "\"");
            String member;
            if (explicit) {
                member = qname(trim(text(contextId)),
                        "the member of " + dimension + " in context \"" + contextId + "\"");
            } else {
                // the typed member's value is the text of its one child element (its domain element)
                member = trim(text(contextId));
            }
            if (dimensions.putIfAbsent(dimension, member) != null) {
                throw new InputException(here, "expected each dimension once in context \"" + contextId
                        + "\", found " + dimension + " again");
            }
        }
        return other.toString();
    }

    /**
     * The element the reader stands on, through its end tag, as one canonical string: {@code <{namespace}local
     * {attribute=value, ...}>content</>}, attributes sorted and completed with the schema's defaults, content its
     * child elements in the same form or else its trimmed text (the schema's default when empty). Two elements give the
     * same string when they have the same content in the XBRL 2.1 sense of s-equal (4.10), as far as structure goes.
     */
    String canonical() throws XMLStreamException {
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        java.util.TreeMap<String, String> attributes = new java.util.TreeMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            String name = ans == null || ans.isEmpty() ? r.getAttributeLocalName(i)
                    : SchemaDefaults.key(ans, r.getAttributeLocalName(i));
            attributes.put(name, trim(r.getAttributeValue(i)));
        }
        defaults.attributes(ns, local).forEach(attributes::putIfAbsent);
        StringBuilder children = new StringBuilder();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                prefixes.declare(r);
                children.append(canonical());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            }
        }
        String content = children.length() > 0 ? children.toString() : trim(text.toString());
        if (content.isEmpty()) {
            String dflt = defaults.element(ns, local);
            content = dflt == null ? "" : dflt;
        }
        return "<" + SchemaDefaults.key(ns, local) + (attributes.isEmpty() ? "" : attributes.toString()) + ">"
                + content + "</>";
    }

    /** The default value the DTS declares for an element, or null. */
    String defaultOf(String namespace, String local) {
        return defaults.element(namespace, local);
    }

    private LocalDate date(String contextId, String element) throws XMLStreamException, InputException {
        SourceLocation here = at();
        String written = trim(text(contextId));
        Matcher m = DATE.matcher(written);
        if (m.matches()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                String time = m.group(4);
                if (time != null && time.matches("T00:00:00(\\.0+)?")) {
                    // midnight begins the day: as an end or instant it is the end of the day before (XBRL 2.1 4.7.2)
                    return "startDate".equals(element) ? d : d.minusDays(1);
                }
                if (time != null && time.matches("T24:00:00(\\.0+)?")) {
                    // 24:00 ends the day: as a start it is the beginning of the next
                    return "startDate".equals(element) ? d.plusDays(1) : d;
                }
                if (time != null) {
                    warn(here, "kept the date of " + element + " \"" + written + "\" in context \"" + contextId
                            + "\" and ignored its time of day");
                }
                return d;
            } catch (DateTimeException | NumberFormatException e) {
                // an impossible date: reported below
            }
        }
        throw new InputException(here, "expected a date (YYYY-MM-DD) in the " + element + " of context \""
                + contextId + "\", found \"" + written + "\"");
    }

    /** Reads the xbrli:unit the reader stands on. */
    XbrlUnit unit() throws XMLStreamException, InputException {
        String id = r.getAttributeValue(null, "id");
        if (id == null || id.isBlank()) {
            throw fail("expected an id attribute on xbrli:unit");
        }
        SourceLocation location = at();
        List<String> numerator = new java.util.ArrayList<>();
        List<String> denominator = new java.util.ArrayList<>();
        boolean inDenominator = false;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("unitDenominator".equals(r.getLocalName())) {
                    inDenominator = false;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            prefixes.declare(r);
            String local = r.getLocalName();
            if (!XBRLI.equals(r.getNamespaceURI())) {
                throw fail("expected xbrli:measure or xbrli:divide in unit \"" + id + "\", found <" + r.getPrefix()
                        + ":" + local + ">");
            }
            switch (local) {
                case "measure" -> {
                    String written = trim(text(id));
                    // an unprefixed measure where no default namespace is in scope is a QName in no namespace,
                    // which XBRL 2.1 allows (a measure "pure" that is not xbrli:pure)
                    String measure = written.indexOf(':') < 0 && !written.isEmpty() && namespaceOf(written) == null
                            ? written : qname(written, "a measure of unit \"" + id + "\"");
                    (inDenominator ? denominator : numerator).add(measure);
                    depth--;
                }
                case "unitDenominator" -> inDenominator = true;
                case "divide", "unitNumerator" -> {
                    // descend
                }
                default -> throw fail("expected xbrli:measure or xbrli:divide in unit \"" + id + "\", found <xbrli:"
                        + local + ">");
            }
        }
        if (numerator.isEmpty()) {
            throw new InputException(location, "expected at least one xbrli:measure in unit \"" + id + "\"");
        }
        return new XbrlUnit(id, numerator, denominator);
    }

    /**
     * Resolves a QName written in content or an attribute ({@code prefix:Local}; unprefixed means the default
     * namespace) against the declarations in scope, and writes it with the instance's prefix for that namespace.
     */
    String qname(String written, String what) throws InputException {
        int colon = written.indexOf(':');
        String prefix = colon < 0 ? "" : written.substring(0, colon);
        String local = written.substring(colon + 1);
        String uri = r.getNamespaceContext().getNamespaceURI(prefix);
        if (local.isEmpty() || uri == null || uri.isEmpty() || local.indexOf(':') >= 0) {
            throw fail("expected a QName with a declared prefix for " + what + ", found \"" + written + "\"");
        }
        return prefixes.qname(uri, local, prefix);
    }

    /** The namespace URI of a written QName's prefix, or null when it is not declared. */
    String namespaceOf(String written) {
        int colon = written.indexOf(':');
        String uri = r.getNamespaceContext().getNamespaceURI(colon < 0 ? "" : written.substring(0, colon));
        return uri == null || uri.isEmpty() ? null : uri;
    }

    /** The text content of the current element (child elements flattened); leaves the reader on its end tag. */
    String text(String where) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(r.getText());
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
        return sb.toString();
    }

    /**
     * Skips the current element through its end tag, warning about each {@code link:schemaRef} or
     * {@code link:linkbaseRef} in it that names a remote address: an instance's references are never fetched.
     */
    void skipReferences() throws XMLStreamException {
        remoteReference();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                remoteReference();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void remoteReference() {
        String local = r.getLocalName();
        if (!LINK.equals(r.getNamespaceURI()) || !("schemaRef".equals(local) || "linkbaseRef".equals(local))) {
            return;
        }
        String href = r.getAttributeValue(XLINK, "href");
        Matcher scheme = href == null ? null : SCHEME.matcher(href.strip());
        if (scheme != null && scheme.find() && !scheme.group(1).equalsIgnoreCase("file")) {
            warn(at(), "did not follow link:" + local + " " + href.strip() + ": an instance's remote references are "
                    + "never fetched (its DTS loads it only where a catalog maps it to a local copy)");
        }
    }

    /** Skips the current element through its end tag. */
    void skip() throws XMLStreamException {
        org.xbrllinker.taxonomy.XmlInput.skipElement(r);
    }

    /** {@code "INF"} → null; an integer → itself; null stays null. */
    static Integer decimals(String written, String concept, SourceLocation at) throws InputException {
        return accuracy(written, "decimals", concept, at);
    }

    /** {@code "INF"} → null; a non-negative integer → itself; null stays null (XBRL 2.1 4.6.4). */
    static Integer precision(String written, String concept, SourceLocation at) throws InputException {
        Integer p = accuracy(written, "precision", concept, at);
        if (p != null && p < 0) {
            throw new InputException(at, "expected precision to be a non-negative integer or INF on " + concept
                    + ", found \"" + written + "\"");
        }
        return p;
    }

    /** Whether a decimals or precision attribute says INF. */
    static boolean isInf(String written) {
        return written != null && "INF".equals(trim(written));
    }

    private static Integer accuracy(String written, String attribute, String concept, SourceLocation at)
            throws InputException {
        if (written == null) {
            return null;
        }
        String d = trim(written);
        if ("INF".equals(d)) {
            return null;
        }
        if (!DECIMALS.matcher(d).matches()) {
            throw new InputException(at, "expected " + attribute + " to be an integer or INF on " + concept
                    + ", found \"" + written + "\"");
        }
        return Integer.valueOf(d.startsWith("+") ? d.substring(1) : d);
    }

    /** A numeric fact's value as written in an instance (xs:decimal, or a finite xs:double/xs:float). */
    static BigDecimal number(String written, String concept, SourceLocation at) throws InputException {
        String n = trim(written);
        if (!NUMBER.matcher(n).matches()) {
            throw new InputException(at, "expected a number for " + concept + ", found \"" + shorten(n) + "\"");
        }
        return new BigDecimal(n);
    }

    static boolean isTrue(String xsBoolean) {
        if (xsBoolean == null) {
            return false;
        }
        String b = trim(xsBoolean);
        return "true".equals(b) || "1".equals(b);
    }

    /** Strips XML white space (space, tab, CR, LF) at both ends; a no-break space is content and stays. */
    static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isXmlSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isXmlSpace(s.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A value quoted in a message, cut at 60 characters. */
    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
