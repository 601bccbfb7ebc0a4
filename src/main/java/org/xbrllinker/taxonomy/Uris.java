package org.xbrllinker.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Resolution and opening of taxonomy document addresses. Only {@code file:} addresses without a host and {@code jar:}
 * addresses of such files are ever opened, and only regular files (not folders, devices or pipes); anything else
 * (http, https, {@code jar:http:}, {@code file://host/}) can only be mapped onto a local one through a catalog.
 */
final class Uris {

    private Uris() {
    }

    /** {@code href} (without fragment) against {@code base}, canonical; {@code jar:} bases are resolved inside the archive. */
    static URI resolve(URI base, String href) throws URISyntaxException {
        URI ref = new URI(href);
        if (ref.isAbsolute()) {
            return canonical(ref);
        }
        if ("jar".equals(base.getScheme())) {
            // jar:file:/x.jar!/a/b.xsd is opaque to java.net.URI; resolve the part after "!" as a path
            String s = base.toString();
            int bang = s.indexOf("!/");
            if (bang < 0) {
                throw new URISyntaxException(s, "a jar address without !/");
            }
            URI inner = new URI(s.substring(bang + 1)).resolve(ref).normalize();
            return new URI(s.substring(0, bang + 1) + inner);
        }
        return canonical(base.resolve(ref));
    }

    /** One spelling per document, so that the same file reached two ways is read once. */
    static URI canonical(URI uri) {
        if ("file".equals(uri.getScheme()) && !uri.isOpaque() && uri.getRawAuthority() == null) {
            URI file = Path.of(uri).toAbsolutePath().normalize().toUri();
            // Path.toUri adds the folder slash only for folders that exist; a rewrite prefix needs it regardless
            if (uri.getPath().endsWith("/") && !file.getPath().endsWith("/")) {
                return URI.create(file + "/");
            }
            return file;
        }
        return uri.isOpaque() ? uri : uri.normalize();
    }

    /**
     * True for a {@code file:} address without a host, for a {@code jar:} address whose archive is one (a
     * {@code jar:http:} address would fetch the archive, a {@code file://host/} one reach a network share), and for
     * {@code vfs:} (WildFly's view of a deployment's own files, where the class path, hence the bundled taxonomy,
     * lives inside the WAR).
     */
    static boolean isLocal(URI uri) {
        if ("file".equals(uri.getScheme()) || "vfs".equals(uri.getScheme())) {
            return !uri.isOpaque() && uri.getRawAuthority() == null;
        }
        if ("jar".equals(uri.getScheme())) {
            String inner = uri.getRawSchemeSpecificPart();
            int bang = inner.indexOf("!/");
            try {
                return bang > 0 && isLocal(new URI(inner.substring(0, bang)));
            } catch (URISyntaxException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * Opens a local document; refuses every other scheme so that no taxonomy ever triggers a network fetch, and every
     * file that is not a regular one (a device or a pipe would never end or never answer).
     */
    static InputStream open(URI uri) throws IOException {
        if (!isLocal(uri)) {
            throw new IOException("not a local address: " + uri);
        }
        if ("file".equals(uri.getScheme())) {
            Path file = Path.of(uri);
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a regular file: " + file);
            }
        }
        URLConnection connection = uri.toURL().openConnection();
        // a cached JarFile would stay open after the stream is closed
        connection.setUseCaches(false);
        return connection.getInputStream();
    }

    static URI withoutFragment(URI uri) throws URISyntaxException {
        if (uri.getFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return new URI(s.substring(0, s.indexOf('#')));
    }
}
