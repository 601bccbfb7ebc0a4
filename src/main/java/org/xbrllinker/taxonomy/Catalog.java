package org.xbrllinker.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xbrllinker.parse.SourceLocation;

/**
 * The {@code rewriteURI}/{@code rewriteSystem} and {@code uri}/{@code system} entries of taxonomy package catalogs
 * (OASIS XML Catalogs, as the Taxonomy Packages 1.0 specification uses them): the only way a published http(s) address
 * becomes a document the loader opens.
 */
final class Catalog {

    private static final String CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog";

    private record Rule(String start, String replacement, boolean exact) {
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Whether the document's root element is an OASIS {@code catalog}; DOCTYPEs are refused as everywhere. */
    static boolean isCatalog(URI document, String display) throws TaxonomyException {
        try (InputStream in = Uris.open(document)) {
            XMLStreamReader r = XmlInput.open(in, document.toString());
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw XmlInput.doctypeRefused(display, r);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return CATALOG_NS.equals(r.getNamespaceURI()) && "catalog".equals(r.getLocalName());
                    }
                }
                return false;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(display, e);
        } catch (IOException e) {
            throw new TaxonomyException(SourceLocation.of(display, 0), "expected a readable file: " + e, e);
        }
    }

    /** Adds the entries of one catalog file; rewrite prefixes are resolved against the catalog's own address. */
    void read(URI catalog, String display, List<String> warnings) throws TaxonomyException {
        try (InputStream in = Uris.open(catalog)) {
            XMLStreamReader r = XmlInput.open(in, catalog.toString());
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw XmlInput.doctypeRefused(display, r);
                    }
                    if (event != XMLStreamConstants.START_ELEMENT || !CATALOG_NS.equals(r.getNamespaceURI())) {
                        continue;
                    }
                    String local = r.getLocalName();
                    switch (local) {
                        case "rewriteURI" -> add(catalog, display, r, r.getAttributeValue(null, "uriStartString"),
                                r.getAttributeValue(null, "rewritePrefix"), false, warnings);
                        case "rewriteSystem" -> add(catalog, display, r, r.getAttributeValue(null, "systemIdStartString"),
                                r.getAttributeValue(null, "rewritePrefix"), false, warnings);
                        case "uri" -> add(catalog, display, r, r.getAttributeValue(null, "name"),
                                r.getAttributeValue(null, "uri"), true, warnings);
                        case "system" -> add(catalog, display, r, r.getAttributeValue(null, "systemId"),
                                r.getAttributeValue(null, "uri"), true, warnings);
                        default -> {
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(display, e);
        } catch (IOException e) {
            throw new TaxonomyException(SourceLocation.of(display, 0), "expected a readable catalog: " + e, e);
        }
    }

    private void add(URI catalog, String display, XMLStreamReader r, String start, String target, boolean exact,
                     List<String> warnings) {
        int line = r.getLocation().getLineNumber();
        if (start == null || target == null) {
            warnings.add(SourceLocation.of(display, line) + ": expected both the start string and the rewrite target; entry ignored");
            return;
        }
        try {
            rules.add(new Rule(start, Uris.resolve(catalog, target).toString(), exact));
        } catch (URISyntaxException | IllegalArgumentException e) {
            warnings.add(SourceLocation.of(display, line) + ": expected a URI as rewrite target, found \"" + target + "\"; entry ignored");
        }
    }

    /** The local address for {@code uri}, or {@code uri} itself when no entry matches (the longest match wins). */
    URI map(URI uri) {
        String s = uri.toString();
        Rule best = null;
        for (Rule rule : rules) {
            boolean matches = rule.exact ? s.equals(rule.start) : s.startsWith(rule.start);
            if (matches && (best == null || rule.start.length() > best.start.length())) {
                best = rule;
            }
        }
        if (best == null) {
            return uri;
        }
        String mapped = best.exact ? best.replacement : best.replacement + s.substring(best.start.length());
        try {
            return Uris.canonical(new URI(mapped));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return uri;
        }
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }
}
