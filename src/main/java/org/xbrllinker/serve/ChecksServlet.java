package org.xbrllinker.serve;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.system.Txn;
import org.xbrllinker.check.Amounts;
import org.xbrllinker.check.Check;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.check.Finding;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The check catalogue over HTTP. {@code GET /checks} lists every check (id, scope, severity, description);
 * {@code GET} or {@code POST /checks/ID} runs the checks with that id, or of that family, over every disclosure and
 * filing in the store and answers their findings, failed first, without storing them (the store stays read-only).
 * JSON or HTML as {@code Accept} asks ({@code ?format=json|html} overrides); an unknown id is a 404 problem.
 * {@code ?calcMode=c11r|c11t|xbrl21} says how the calculation checks judge a summation (c11r by default; another value
 * is a 400 problem); the JSON answer names it ({@code calcMode}).
 */
public final class ChecksServlet extends HttpServlet {

    /** Where the servlet is mounted. */
    public static final String PATH = "/checks";

    private static final MediaType JSON = MediaType.create("application/json");
    private static final MediaType HTML = MediaType.create("text/html");
    // JSON first: a client that takes anything (curl) gets data; browsers ask for text/html by name
    private static final AcceptList OFFERED = AcceptList.create(JSON, HTML);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(ChecksServlet.class.getName());

    private final transient XbrlStore store;
    private final transient CheckCatalogue catalogue;
    private final transient Iris iris;

    /** Runs {@code catalogue}'s checks over {@code store}; finding IRIs are minted under {@code iris}' base. */
    public ChecksServlet(XbrlStore store, CheckCatalogue catalogue, Iris iris) {
        this.store = store;
        this.catalogue = catalogue;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean html = wantsHtml(req);
        String id = idOf(req);
        if (id == null) {
            catalogue(req, resp, html);
        } else {
            run(req, resp, id, html);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = idOf(req);
        if (id == null) {
            resp.setHeader("Allow", "GET");
            problem(req, resp, wantsHtml(req), HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed",
                    "the catalogue is read with GET; POST " + PATH + "/ID runs a check");
            return;
        }
        run(req, resp, id, wantsHtml(req));
    }

    /** The check id or family named by the path, or null for the catalogue itself. */
    private static String idOf(HttpServletRequest req) {
        String info = req.getPathInfo();
        return info == null || info.equals("/") ? null : info.substring(1);
    }

    private static boolean wantsHtml(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return format.equalsIgnoreCase("html");
        }
        String accept = req.getHeader("Accept");
        MediaType type = AcceptList.match(new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept), OFFERED);
        return type != null && type.getContentTypeStr().equals(HTML.getContentTypeStr());
    }

    private void catalogue(HttpServletRequest req, HttpServletResponse resp, boolean html) throws IOException {
        String base = req.getContextPath() + PATH + "/";
        if (!html) {
            ObjectNode root = MAPPER.createObjectNode();
            ArrayNode checks = root.putArray("checks");
            for (Check c : catalogue.checks()) {
                checks.add(checkJson(c).put("run", base + encode(c.id())));
            }
            json(resp, HttpServletResponse.SC_OK, root);
            return;
        }
        StringBuilder out = page(req, "Checks", "Checks");
        out.append("<p>").append(catalogue.checks().size()).append(" checks. Each runs over every disclosure and filing "
                + "in the store; its findings are shown, not stored (<code>xbrl-linker check ID</code> stores them). "
                + "Also as <a href=\"").append(esc(req.getContextPath() + PATH)).append("?format=json\">JSON</a>.</p>\n")
                .append("<table>\n<tr><th>id</th><th>scope</th><th>severity</th><th>description</th><th></th></tr>\n");
        for (Check c : catalogue.checks()) {
            String run = base + encode(c.id());
            out.append("<tr><td><a href=\"").append(esc(run)).append("\"><code>").append(esc(c.id()))
                    .append("</code></a></td><td>").append(esc(c.scope())).append("</td><td class=\"")
                    .append(esc(c.severity())).append("\">").append(esc(c.severity())).append("</td><td>")
                    .append(esc(c.description())).append("</td><td><form method=\"post\" action=\"").append(esc(run))
                    .append("?format=html\"><button type=\"submit\">Run</button></form></td></tr>\n");
        }
        out.append("</table>\n</body></html>\n");
        html(resp, HttpServletResponse.SC_OK, out);
    }

    private void run(HttpServletRequest req, HttpServletResponse resp, String id, boolean html) throws IOException {
        CheckCatalogue selected;
        try {
            selected = catalogue.select(List.of(id));
        } catch (IllegalArgumentException e) {
            problem(req, resp, html, HttpServletResponse.SC_NOT_FOUND, "Unknown check",
                    e.getMessage() + "; GET " + req.getContextPath() + PATH + " lists them");
            return;
        }
        org.xbrllinker.check.CalcMode mode;
        try {
            // ?calcMode=c11r|c11t|xbrl21 judges the calculation checks in that mode (c11r when absent)
            mode = org.xbrllinker.check.CalcMode.of(req.getParameter("calcMode"));
        } catch (IllegalArgumentException e) {
            problem(req, resp, html, HttpServletResponse.SC_BAD_REQUEST, "Unknown calculation mode", e.getMessage());
            return;
        }
        CheckRunner runner = new CheckRunner(selected, iris, mode);
        List<Finding> findings;
        int disclosures = 0;
        int filings = 0;
        try {
            List<String> disclosureGraphs = new ArrayList<>();
            List<String> filingGraphs = new ArrayList<>();
            for (CheckRunner.StoredGraph g : runner.storedGraphs(store)) {
                (Check.FILING.equals(g.scope()) ? filingGraphs : disclosureGraphs).add(g.graph());
            }
            disclosures = disclosureGraphs.size();
            filings = filingGraphs.size();
            findings = new ArrayList<>(runner.run(store, disclosureGraphs, Check.DISCLOSURE));
            findings.addAll(runner.run(store, filingGraphs, Check.FILING));
        } catch (QueryCancelledException e) {
            problem(req, resp, html, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Check timed out",
                    "check " + id + " ran longer than this server's query timeout (serve --timeout)");
            return;
        } catch (IllegalStateException e) {
            // a check of a --checks folder may be wrong for this data (a ?status that is neither pass nor fail);
            // the answer names its file, not the folder it was read from
            problem(req, resp, html, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Check failed to run",
                    "check " + id + " could not run: " + withoutFolders(e.getMessage(), selected));
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "check " + id + " could not run", e);
            problem(req, resp, html, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Check failed to run",
                    "check " + id + " could not run; the server's log says why");
            return;
        }
        findings.sort(Comparator.comparing((Finding f) -> !f.failed()));
        Set<String> stored = storedFindings(runner, findings);
        long failed = findings.stream().filter(Finding::failed).count();
        if (!html) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("id", id);
            root.put("calcMode", mode.code());
            ArrayNode checks = root.putArray("checks");
            selected.checks().forEach(c -> checks.add(checkJson(c)));
            root.putObject("summary").put("disclosures", disclosures).put("filings", filings)
                    .put("findings", findings.size()).put("passed", findings.size() - failed).put("failed", failed);
            ArrayNode list = root.putArray("findings");
            for (Finding f : findings) {
                ObjectNode n = list.addObject().put("check", f.check()).put("severity", f.severity())
                        .put("status", f.status()).put("message", f.message());
                f.subjects().forEach(n.putArray("subjects")::add);
                n.put("graph", f.disclosureGraph());
                putIfPresent(n, "period", f.period());
                putIfPresent(n, "reported", plain(f.reported()));
                putIfPresent(n, "computed", plain(f.computed()));
                putIfPresent(n, "terms", f.terms());
                String iri = runner.findingIri(f);
                n.put("iri", iri).put("stored", stored.contains(iri));
            }
            json(resp, HttpServletResponse.SC_OK, root);
            return;
        }
        StringBuilder out = page(req, "Check " + id, "Check <code>" + esc(id) + "</code>");
        for (Check c : selected.checks()) {
            out.append("<p><code>").append(esc(c.id())).append("</code> (").append(esc(c.severity())).append(", ")
                    .append(esc(c.scope())).append("): ").append(esc(c.description())).append("</p>\n");
        }
        out.append("<p class=\"summary\">").append(findings.size()).append(" finding(s) on ").append(disclosures)
                .append(" disclosure(s) and ").append(filings).append(" filing(s): ").append(failed)
                .append(" failed, ").append(findings.size() - failed).append(" passed. Not stored; also as <a href=\"")
                .append(esc(req.getContextPath() + PATH + "/" + encode(id))).append("?format=json\">JSON</a>.</p>\n")
                .append("<table>\n<tr><th>status</th><th>severity</th><th>check</th><th>message</th><th>period</th>"
                        + "<th>computed</th><th>reported</th><th>finding</th></tr>\n");
        for (Finding f : findings) {
            String iri = runner.findingIri(f);
            out.append("<tr class=\"").append(f.failed() ? "fail" : "pass").append("\"><td>")
                    .append(f.failed() ? "FAIL" : "PASS").append("</td><td>").append(esc(f.severity()))
                    .append("</td><td><code>").append(esc(f.check())).append("</code></td><td>").append(esc(f.message()))
                    .append("</td><td>").append(esc(f.period() == null ? "" : f.period())).append("</td><td class=\"num\">")
                    .append(amount(f.computed())).append("</td><td class=\"num\">").append(amount(f.reported()))
                    .append("</td><td>");
            if (stored.contains(iri) && iri.startsWith(iris.base())) {
                out.append("<a class=\"finding\" href=\"")
                        .append(esc(req.getContextPath() + DereferenceServlet.PATH + "/" + iri.substring(iris.base().length())))
                        .append("\">open</a>");
            } else {
                out.append("<span title=\"not in the store: run xbrl-linker check to store it\">not stored</span>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n</body></html>\n");
        html(resp, HttpServletResponse.SC_OK, out);
    }

    /** The message with each check's source file named without its folder. */
    private static String withoutFolders(String message, CheckCatalogue checks) {
        String out = String.valueOf(message);
        for (Check c : checks.checks()) {
            Path file = Path.of(c.source()).getFileName();
            if (file != null) {
                out = out.replace(c.source(), file.toString());
            }
        }
        return out;
    }

    /** The IRIs among the findings' that the store already describes (so that their pages exist). */
    private Set<String> storedFindings(CheckRunner runner, List<Finding> findings) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph union = store.dataset().asDatasetGraph().getUnionGraph();
            Set<String> out = new java.util.HashSet<>();
            for (Finding f : findings) {
                String iri = runner.findingIri(f);
                if (union.contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY)) {
                    out.add(iri);
                }
            }
            return out;
        });
    }

    private static ObjectNode checkJson(Check c) {
        return MAPPER.createObjectNode().put("id", c.id()).put("scope", c.scope()).put("severity", c.severity())
                .put("description", c.description());
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private static String amount(BigDecimal v) {
        return v == null ? "" : esc(Amounts.format(v));
    }

    /**
     * An error as an RFC 9457 problem ({@code application/problem+json}), or as a short HTML page for a browser: what
     * went wrong and what to do, never a stack trace.
     */
    private static void problem(HttpServletRequest req, HttpServletResponse resp, boolean html, int status,
            String title, String detail) throws IOException {
        if (html) {
            StringBuilder out = page(req, title, esc(title));
            out.append("<p class=\"problem\">").append(esc(detail)).append("</p>\n</body></html>\n");
            html(resp, status, out);
            return;
        }
        ObjectNode p = MAPPER.createObjectNode().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail);
        resp.setStatus(status);
        resp.setContentType("application/problem+json");
        resp.setCharacterEncoding("utf-8");
        MAPPER.writeValue(resp.getOutputStream(), p);
    }

    private static void json(HttpServletResponse resp, int status, ObjectNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("utf-8");
        resp.setHeader("Vary", "Accept");
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(resp.getOutputStream(), body);
    }

    private static void html(HttpServletResponse resp, int status, StringBuilder page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getOutputStream().write(page.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The head of a page and its navigation back to the query page and the catalogue. */
    private static StringBuilder page(HttpServletRequest req, String title, String heading) {
        String ctx = req.getContextPath();
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append(" · xbrl-linker</title>\n<link rel=\"stylesheet\" href=\"")
                .append(esc(ctx + WebResourceServlet.PATH + "/query-page.css")).append("\"></head>\n<body class=\"plain\">\n")
                .append("<nav><a href=\"").append(esc(ctx + "/")).append("\">Query</a> · <a href=\"")
                .append(esc(ctx + PATH)).append("\">Checks</a></nav>\n<h1>").append(heading).append("</h1>\n");
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String esc(String s) {
        return DereferenceServlet.esc(s);
    }
}
