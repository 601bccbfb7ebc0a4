package org.xbrllinker.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xbrllinker.parse.SourceLocation;

/**
 * Streams one taxonomy document (element schema or linkbase, including linkbases embedded in a schema's appinfo) into a
 * {@link TaxonomyDocument}. Definition, footnote and other extended links are passed over.
 */
final class DocumentParser {

    static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    static final String XBRLI = "http://www.xbrl.org/2003/instance";
    static final String XBRLDT = "http://xbrl.org/2005/xbrldt";
    static final String LINK = "http://www.xbrl.org/2003/linkbase";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    static final String CONCEPT_LABEL = "http://www.xbrl.org/2003/arcrole/concept-label";
    static final String CONCEPT_REFERENCE = "http://www.xbrl.org/2003/arcrole/concept-reference";
    static final String SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item";
    /** Calculations 1.1 keeps the summation-item meaning under its own arcrole. */
    static final String SUMMATION_ITEM_11 = "https://xbrl.org/2023/arcrole/summation-item";
    static final String PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child";

    /** Turns an href found in a document into the address of the document it names, or null (after a warning). */
    interface Locator {
        URI locate(URI base, String hrefWithoutFragment, SourceLocation at);
    }

    private final Locator locator;
    private final List<String> warnings;
    /** The locator schema hrefs of the document being parsed, resolved (null: could not be). */
    private final Map<String, URI> located = new HashMap<>();

    DocumentParser(Locator locator, List<String> warnings) {
        this.locator = locator;
        this.warnings = warnings;
    }

    TaxonomyDocument parse(URI uri, String display, InputStream in) throws TaxonomyException, IOException {
        TaxonomyDocument doc = new TaxonomyDocument(uri, display);
        located.clear();
        XMLStreamReader r = null;
        try {
            r = XmlInput.open(in, uri.toString());
            read(r, doc);
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(display, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by the caller
                }
            }
        }
        return doc;
    }

    private void read(XMLStreamReader r, TaxonomyDocument doc) throws XMLStreamException, TaxonomyException {
        int depth = 0;
        // the global element being read, whose type's attribute defaults are kept
        String globalElement = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw XmlInput.doctypeRefused(doc.display, r);
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth < 2) {
                    globalElement = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            if (depth == 1) {
                if (XS.equals(ns) && "schema".equals(local)) {
                    doc.kind = TaxonomyDocument.Kind.SCHEMA;
                    doc.targetNamespace = r.getAttributeValue(null, "targetNamespace");
                    for (int i = 0; i < r.getNamespaceCount(); i++) {
                        String prefix = r.getNamespacePrefix(i);
                        if (prefix != null && !prefix.isEmpty() && r.getNamespaceURI(i).equals(doc.targetNamespace)) {
                            doc.namespacePrefix = prefix;
                        }
                    }
                } else if (LINK.equals(ns) && "linkbase".equals(local)) {
                    doc.kind = TaxonomyDocument.Kind.LINKBASE;
                } else {
                    return; // an instance, a catalog or any other XML: nothing here for a taxonomy
                }
                continue;
            }
            if (XS.equals(ns)) {
                if (depth == 2 && "element".equals(local) && doc.kind == TaxonomyDocument.Kind.SCHEMA) {
                    element(r, doc);
                    globalElement = r.getAttributeValue(null, "name");
                } else if (depth > 2 && globalElement != null && "attribute".equals(local)) {
                    attributeDefault(r, doc, globalElement);
                } else if ("import".equals(local) || "include".equals(local) || "redefine".equals(local)) {
                    pointer(r, doc, r.getAttributeValue(null, "schemaLocation"),
                            "import".equals(local) ? r.getAttributeValue(null, "namespace") : null);
                }
            } else if (LINK.equals(ns)) {
                switch (local) {
                    case "linkbaseRef" -> pointer(r, doc, r.getAttributeValue(XLINK, "href"), null);
                    case "labelLink", "referenceLink", "calculationLink", "presentationLink" -> {
                        extendedLink(r, doc, local);
                        depth--; // extendedLink consumed the end tag
                    }
                    default -> {
                        // definition and footnote links and roleRefs are not needed here
                    }
                }
            }
        }
    }

    private void element(XMLStreamReader r, TaxonomyDocument doc) {
        int line = r.getLocation().getLineNumber();
        String name = r.getAttributeValue(null, "name");
        if (name == null) {
            return;
        }
        String dflt = valueConstraint(r);
        if (dflt != null) {
            doc.elementDefaults.put(name, dflt);
        }
        String sg = r.getAttributeValue(null, "substitutionGroup");
        String sgNamespace = null;
        String sgLocal = null;
        if (sg != null) {
            int colon = sg.indexOf(':');
            String prefix = colon < 0 ? XMLConstants.DEFAULT_NS_PREFIX : sg.substring(0, colon);
            sgLocal = sg.substring(colon + 1);
            sgNamespace = r.getNamespaceContext().getNamespaceURI(prefix);
        }
        PeriodType periodType = null;
        String pt = r.getAttributeValue(XBRLI, "periodType");
        if (pt != null) {
            switch (pt) {
                case "instant" -> periodType = PeriodType.INSTANT;
                case "duration" -> periodType = PeriodType.DURATION;
                default -> warn(doc, line, "expected xbrli:periodType instant or duration for " + name + ", found \"" + pt + "\"");
            }
        }
        Balance balance = null;
        String b = r.getAttributeValue(XBRLI, "balance");
        if (b != null) {
            switch (b) {
                case "debit" -> balance = Balance.DEBIT;
                case "credit" -> balance = Balance.CREDIT;
                default -> warn(doc, line, "expected xbrli:balance debit or credit for " + name + ", found \"" + b + "\"");
            }
        }
        String abs = r.getAttributeValue(null, "abstract");
        boolean isAbstract = "true".equals(abs) || "1".equals(abs);
        doc.elements.add(new TaxonomyDocument.ElementDecl(name, r.getAttributeValue(null, "id"),
                r.getAttributeValue(null, "type"), sg, sgNamespace, sgLocal, isAbstract, periodType, balance, line));
    }

    /** An attribute declared in a global element's type with a default or fixed value. */
    private static void attributeDefault(XMLStreamReader r, TaxonomyDocument doc, String element) {
        String name = r.getAttributeValue(null, "name");
        String dflt = valueConstraint(r);
        if (name != null && dflt != null) {
            doc.attributeDefaults.computeIfAbsent(element, k -> new java.util.LinkedHashMap<>()).put(name, dflt);
        }
    }

    /** The {@code default} or {@code fixed} value of a declaration, null when it has neither. */
    private static String valueConstraint(XMLStreamReader r) {
        String dflt = r.getAttributeValue(null, "default");
        return dflt != null ? dflt : r.getAttributeValue(null, "fixed");
    }

    private void pointer(XMLStreamReader r, TaxonomyDocument doc, String href, String namespace) {
        if (href == null || href.isBlank()) {
            return;
        }
        int line = r.getLocation().getLineNumber();
        String withoutFragment = stripFragment(href);
        if (withoutFragment.isEmpty()) {
            return;
        }
        URI target = locator.locate(doc.uri, withoutFragment, SourceLocation.of(doc.display, line));
        if (target != null) {
            doc.pointers.add(new TaxonomyDocument.Pointer(target, href, namespace, line));
        }
    }

    private static String stripFragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }

    private record Resource(String role, String lang, String text, Map<String, String> parts) {
    }

    private record Arc(String name, String from, String to, String arcrole, String weight, BigDecimal order, String use,
                       String priority, String preferredLabel, int line) {
    }

    /** Reads an extended link up to and including its end tag, then joins its arcs to its locators and resources. */
    private void extendedLink(XMLStreamReader r, TaxonomyDocument doc, String linkName) throws XMLStreamException {
        String linkRole = r.getAttributeValue(XLINK, "role");
        Map<String, List<TaxonomyDocument.Loc>> locs = new HashMap<>();
        Map<String, List<Resource>> resources = new HashMap<>();
        List<Arc> arcs = new ArrayList<>();
        int depth = 0;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    break;
                }
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            if (depth != 1) {
                continue;
            }
            String type = r.getAttributeValue(XLINK, "type");
            String label = r.getAttributeValue(XLINK, "label");
            int line = r.getLocation().getLineNumber();
            if ("locator".equals(type)) {
                TaxonomyDocument.Loc loc = loc(doc, r.getAttributeValue(XLINK, "href"), line);
                if (loc != null && label != null) {
                    locs.computeIfAbsent(label, k -> new ArrayList<>()).add(loc);
                }
            } else if ("resource".equals(type)) {
                String role = r.getAttributeValue(XLINK, "role");
                String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                Resource resource = null;
                if (LINK.equals(r.getNamespaceURI()) && "label".equals(r.getLocalName())) {
                    resource = new Resource(role == null ? LabelRoles.STANDARD : role, lang, text(r), null);
                    depth--;
                } else if (LINK.equals(r.getNamespaceURI()) && "reference".equals(r.getLocalName())) {
                    resource = new Resource(role == null ? "http://www.xbrl.org/2003/role/reference" : role, lang, null, parts(r));
                    depth--;
                }
                if (resource != null && label != null) {
                    resources.computeIfAbsent(label, k -> new ArrayList<>()).add(resource);
                }
            } else if ("arc".equals(type)) {
                arcs.add(new Arc(r.getLocalName(), r.getAttributeValue(XLINK, "from"), r.getAttributeValue(XLINK, "to"),
                        r.getAttributeValue(XLINK, "arcrole"), r.getAttributeValue(null, "weight"),
                        decimal(doc, r.getAttributeValue(null, "order"), BigDecimal.ONE, line, "order"),
                        r.getAttributeValue(null, "use"),
                        r.getAttributeValue(null, "priority"), r.getAttributeValue(null, "preferredLabel"), line));
            }
        }
        join(doc, linkName, linkRole, locs, resources, arcs);
    }

    private TaxonomyDocument.Loc loc(TaxonomyDocument doc, String href, int line) {
        if (href == null) {
            warn(doc, line, "expected an xlink:href on the locator");
            return null;
        }
        int hash = href.indexOf('#');
        if (hash < 0 || hash == href.length() - 1) {
            warn(doc, line, "expected a locator href of the form schema.xsd#id, found \"" + href + "\"");
            return null;
        }
        String fragment = href.substring(hash + 1);
        URI document;
        if (hash == 0) {
            document = doc.uri;
        } else {
            // thousands of locators of a linkbase name a handful of schemas: resolve (and warn about) each one once
            String schemaHref = href.substring(0, hash);
            document = located.get(schemaHref);
            if (document == null && !located.containsKey(schemaHref)) {
                document = locator.locate(doc.uri, schemaHref, SourceLocation.of(doc.display, line));
                located.put(schemaHref, document);
            }
        }
        TaxonomyDocument.Loc loc = new TaxonomyDocument.Loc(document, fragment, href, doc.display, line);
        doc.locators.add(loc);
        return loc;
    }

    private void join(TaxonomyDocument doc, String linkName, String linkRole, Map<String, List<TaxonomyDocument.Loc>> locs,
                      Map<String, List<Resource>> resources, List<Arc> arcs) {
        List<Arc> sorted = new ArrayList<>(arcs);
        // references and labels keep the order their arcs give them; List.sort is stable for equal orders
        sorted.sort(Comparator.comparing(Arc::order));
        for (Arc arc : sorted) {
            List<TaxonomyDocument.Loc> from = locs.get(arc.from());
            if (from == null) {
                warn(doc, arc.line(), "expected a locator labelled \"" + arc.from() + "\" for the arc's xlink:from");
                continue;
            }
            switch (linkName) {
                case "labelLink" -> {
                    if (!CONCEPT_LABEL.equals(arc.arcrole())) {
                        continue;
                    }
                    for (Resource res : targets(doc, resources, arc)) {
                        for (TaxonomyDocument.Loc loc : from) {
                            doc.labels.add(new TaxonomyDocument.LabelRel(loc, res.role(), res.lang(), res.text()));
                        }
                    }
                }
                case "referenceLink" -> {
                    if (!CONCEPT_REFERENCE.equals(arc.arcrole())) {
                        continue;
                    }
                    for (Resource res : targets(doc, resources, arc)) {
                        for (TaxonomyDocument.Loc loc : from) {
                            doc.references.add(new TaxonomyDocument.ReferenceRel(loc, res.role(), res.parts()));
                        }
                    }
                }
                case "calculationLink" -> {
                    if (!SUMMATION_ITEM.equals(arc.arcrole()) && !SUMMATION_ITEM_11.equals(arc.arcrole())) {
                        continue;
                    }
                    List<TaxonomyDocument.Loc> to = locs.get(arc.to());
                    if (to == null) {
                        warn(doc, arc.line(), "expected a locator labelled \"" + arc.to() + "\" for the arc's xlink:to");
                        continue;
                    }
                    if (arc.weight() == null) {
                        warn(doc, arc.line(), "expected a weight on the calculation arc from " + arc.from() + " to "
                                + arc.to() + "; arc skipped");
                        continue;
                    }
                    BigDecimal weight = decimal(doc, arc.weight(), null, arc.line(), "weight");
                    if (weight == null) {
                        continue;
                    }
                    if (weight.signum() == 0) {
                        // XBRL 2.1 5.1.1.2: a summand that counts zero times is a mistake; the arc is kept so that the
                        // calculation.arc-balance check names it in the filing's findings
                        warn(doc, arc.line(), "expected a non-zero weight on the calculation arc from " + arc.from()
                                + " to " + arc.to() + ", found \"" + arc.weight() + "\"; the calculation.arc-balance "
                                + "check reports it");
                    }
                    BigDecimal priority = decimal(doc, arc.priority(), BigDecimal.ZERO, arc.line(), "priority");
                    for (TaxonomyDocument.Loc parent : from) {
                        for (TaxonomyDocument.Loc child : to) {
                            doc.calculations.add(new TaxonomyDocument.CalculationRel(linkRole, parent, child, weight,
                                    arc.order(), priority, "prohibited".equals(arc.use()), arc.line()));
                        }
                    }
                }
                case "presentationLink" -> {
                    if (!PARENT_CHILD.equals(arc.arcrole())) {
                        continue;
                    }
                    List<TaxonomyDocument.Loc> to = locs.get(arc.to());
                    if (to == null) {
                        warn(doc, arc.line(), "expected a locator labelled \"" + arc.to() + "\" for the arc's xlink:to");
                        continue;
                    }
                    BigDecimal priority = decimal(doc, arc.priority(), BigDecimal.ZERO, arc.line(), "priority");
                    String preferred = arc.preferredLabel() == null || arc.preferredLabel().isBlank()
                            ? null : arc.preferredLabel().strip();
                    for (TaxonomyDocument.Loc parent : from) {
                        for (TaxonomyDocument.Loc child : to) {
                            doc.presentations.add(new TaxonomyDocument.PresentationRel(linkRole, parent, child,
                                    arc.order(), preferred, priority, "prohibited".equals(arc.use()), arc.line()));
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private List<Resource> targets(TaxonomyDocument doc, Map<String, List<Resource>> resources, Arc arc) {
        List<Resource> to = resources.get(arc.to());
        if (to == null) {
            warn(doc, arc.line(), "expected a resource labelled \"" + arc.to() + "\" for the arc's xlink:to");
            return List.of();
        }
        return to;
    }

    private BigDecimal decimal(TaxonomyDocument doc, String text, BigDecimal fallback, int line, String what) {
        if (text == null) {
            return fallback;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            warn(doc, line, "expected a decimal " + what + ", found \"" + text + "\""
                    + (fallback == null ? "; arc skipped" : "; read as " + fallback.toPlainString()));
            return fallback;
        }
    }

    /** All text under the current element (labels may hold XHTML markup), consuming its end tag. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> sb.append(r.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return sb.toString();
                    }
                    depth--;
                }
                default -> {
                }
            }
        }
    }

    /** The parts of a reference by local name, in document order (the first wins on a repeated name). */
    private static Map<String, String> parts(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> parts = new LinkedHashMap<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                parts.putIfAbsent(name, text(r).strip());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return parts;
            }
        }
    }

    private void warn(TaxonomyDocument doc, int line, String message) {
        warnings.add(SourceLocation.of(doc.display, line) + ": " + message);
    }
}
