package org.xbrllinker.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.xbrllinker.rdf.XbrlStore;

/** What the tests of {@code serve} share: stopping their servers and stores, and plain GETs. */
final class Served {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private Served() {
    }

    /** Stops each server that was started (a failed {@code @BeforeAll} leaves some null). */
    static void stop(FusekiServer... servers) {
        for (FusekiServer s : servers) {
            if (s != null) {
                s.stop();
            }
        }
    }

    /** Closes each store that was opened. */
    static void close(XbrlStore... stores) {
        for (XbrlStore s : stores) {
            if (s != null) {
                s.close();
            }
        }
    }

    /** GET {@code url} asking for {@code accept}, the body as text. */
    static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
