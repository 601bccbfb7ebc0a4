package org.xbrllinker.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;

/** The guard in front of every servlet: what it lets through, and what an exception escaping a servlet becomes. */
class RequestGuardFilterTest {

    static final String SECRET = "/home/steward/xbrl-store/Data-0001/nodes.dat";

    /** A servlet that fails the way a store error would: an exception whose message names a file. */
    static final class FailingServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            throw new IllegalStateException("cannot read " + SECRET);
        }
    }

    static HttpResponse<String> get(FusekiServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getHttpPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static FusekiServer server(boolean guarded) {
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).addServlet("/fail", new FailingServlet());
        if (guarded) {
            b.addFilter("/*", new RequestGuardFilter(1024));
        }
        return b.build().start();
    }

    @Test
    void anExceptionEscapingAServletBecomesAShort500ThatNamesNoFile() throws Exception {
        FusekiServer unguarded = server(false);
        FusekiServer guarded = server(true);
        try {
            // what the container does on its own: the exception's class and message go to the client
            HttpResponse<String> bare = get(unguarded, "/fail");
            assertEquals(500, bare.statusCode());
            assertTrue(bare.body().contains(SECRET) && bare.body().contains("IllegalStateException"), bare.body());

            HttpResponse<String> r = get(guarded, "/fail");
            assertEquals(500, r.statusCode());
            assertEquals("The server could not answer this request; its log says why.\n", r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        } finally {
            unguarded.stop();
            guarded.stop();
        }
    }

    @Test
    void percentEncodingIsCheckedAsUtf8() {
        assertTrue(RequestGuardFilter.validPercentEncoding("query=SELECT%20*%20%7B%7D&format=csv"));
        assertTrue(RequestGuardFilter.validPercentEncoding("graph=https%3A%2F%2Fexample.org%2F%C3%A9"));
        assertTrue(RequestGuardFilter.validPercentEncoding(""));
        assertFalse(RequestGuardFilter.validPercentEncoding("graph=%zz"));
        assertFalse(RequestGuardFilter.validPercentEncoding("graph=%2"));
        assertFalse(RequestGuardFilter.validPercentEncoding("graph=%"));
        assertFalse(RequestGuardFilter.validPercentEncoding("graph=%C3%28"), "not UTF-8");
        assertFalse(RequestGuardFilter.validPercentEncoding("graph=%FF"), "not UTF-8");
    }
}
