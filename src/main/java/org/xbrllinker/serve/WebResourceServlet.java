package org.xbrllinker.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /web/NAME}: the query page's static files from the jar's {@code web/} folder: its own script and style,
 * and YASGUI as the build bundled it from npm ({@code web/yasgui/}). Only scripts, styles and images are served.
 */
final class WebResourceServlet extends HttpServlet {

    /** Where the servlet is mounted. */
    static final String PATH = "/web";

    private static final String FOLDER = "web";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo();
        String type = name == null ? null : TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        // no way out of the folder: no parent segments, no empty or absolute ones
        if (type == null || name.contains("..") || name.contains("//") || name.contains("\\")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file");
            return;
        }
        try (InputStream in = WebResourceServlet.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file: " + PATH + name);
                return;
            }
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(type);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            // the files change only with a new build; revalidating is cheap on the loopback
            resp.setHeader("Cache-Control", "no-cache");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
