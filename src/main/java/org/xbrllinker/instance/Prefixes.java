package org.xbrllinker.instance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamReader;

/**
 * One prefix per namespace for everything an instance names (concepts, axes, members, measures), so a member written
 * {@code us-gaap:FooMember} under a local declaration {@code xmlns:g="…/us-gaap/2024"} comes out as the instance's own
 * {@code us-gaap:FooMember}. The instance namespace and ISO 4217 always get their usual prefixes ({@code xbrli},
 * {@code iso4217}) because instances often declare the former only as the default namespace.
 */
final class Prefixes {

    private static final Map<String, String> CANONICAL = Map.of(
            Xbrli.XBRLI, "xbrli",
            Xbrli.ISO4217, "iso4217");

    /** prefix → URI: the instance's declarations (first one wins), then the prefixes this class had to assign. */
    private final Map<String, String> declared = new LinkedHashMap<>();
    /** URI → the prefix used for it. */
    private final Map<String, String> preferred = new HashMap<>();

    /** Records the non-empty prefixes the current start element declares. */
    void declare(XMLStreamReader r) {
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String prefix = r.getNamespacePrefix(i);
            String uri = r.getNamespaceURI(i);
            if (prefix == null || prefix.isEmpty() || uri == null || uri.isEmpty() || declared.containsKey(prefix)) {
                continue;
            }
            declared.put(prefix, uri);
            preferred.putIfAbsent(uri, prefix);
        }
    }

    /** {@code prefix:local} with the instance's prefix for {@code uri}; {@code written} is the prefix found in place. */
    String qname(String uri, String local, String written) {
        return prefixFor(uri, written) + ":" + local;
    }

    /** The prefix the instance uses for a namespace, assigning one when it declares none (only a default namespace). */
    String prefixFor(String uri, String written) {
        String canonical = CANONICAL.get(uri);
        if (canonical != null) {
            String bound = declared.get(canonical);
            if (bound == null || bound.equals(uri)) {
                declared.putIfAbsent(canonical, uri);
                return canonical;
            }
        }
        String known = preferred.get(uri);
        if (known != null) {
            return known;
        }
        String prefix = written == null || written.isEmpty() || declared.containsKey(written) ? fresh() : written;
        declared.put(prefix, uri);
        preferred.put(uri, prefix);
        return prefix;
    }

    private String fresh() {
        int n = 1;
        while (declared.containsKey("ns" + n)) {
            n++;
        }
        return "ns" + n;
    }

    /** prefix → URI, in declaration order. */
    Map<String, String> namespaces() {
        return declared;
    }
}
