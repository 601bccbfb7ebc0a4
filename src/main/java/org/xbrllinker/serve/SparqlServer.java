package org.xbrllinker.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.ServletContext;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;

/**
 * The SPARQL endpoint: Jena's embedded Fuseki over the store at {@value #DATASET}, read-only unless updates are
 * allowed, the default graph the union of the named graphs, with a query timeout and a result-size limit; beside it
 * the query page, the check catalogue and the data IRIs. Updates ask for a user; it listens on loopback unless told
 * otherwise.
 */
public final class SparqlServer {

    /** The dataset's path: queries go to {@code /xbrl/sparql} or {@code /xbrl/query}, graphs to {@code /xbrl/get}. */
    public static final String DATASET = "/xbrl";

    /** The realm named when a client is asked to log in for an update. */
    public static final String REALM = "xbrl-linker";

    /**
     * Endpoint settings; {@code port} 0 takes a free port; data IRIs under {@code baseIri} are served at {@code /id/}.
     * Updates need {@code users}, a password file ({@code user: password} a line, Jetty's format) whose users may
     * update; {@code maxRequestBytes} bounds every request body; {@code corsOrigins} are the web origins whose pages
     * may read the endpoint from a browser (none: CORS off).
     */
    public record Settings(String host, int port, Duration timeout, long resultLimit, boolean allowUpdate,
            String baseIri, Path users, long maxRequestBytes, List<String> corsOrigins) {

        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 3030;
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
        public static final long DEFAULT_RESULT_LIMIT = 100_000;
        /** 4 MiB: a long query or a disclosure's graph fits many times over; a flood does not. */
        public static final long DEFAULT_MAX_REQUEST_BYTES = 4L * 1024 * 1024;

        public Settings {
            if (resultLimit < 1) {
                throw new IllegalArgumentException("the result limit must be at least 1, not " + resultLimit);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
            }
            if (maxRequestBytes < 1) {
                throw new IllegalArgumentException("the request size limit must be at least 1 byte, not " + maxRequestBytes);
            }
            if (allowUpdate && users == null) {
                throw new IllegalArgumentException("updates need authentication: name the users who may update");
            }
            corsOrigins = List.copyOf(corsOrigins);
        }

        /** Settings serving the IRIs under {@code baseIri}, read-only unless {@code allowUpdate} (then with no users). */
        public Settings(String host, int port, Duration timeout, long resultLimit, boolean allowUpdate, String baseIri) {
            this(host, port, timeout, resultLimit, allowUpdate, baseIri, null, DEFAULT_MAX_REQUEST_BYTES, List.of());
        }

        /** Settings serving the IRIs under the default base. */
        public Settings(String host, int port, Duration timeout, long resultLimit, boolean allowUpdate) {
            this(host, port, timeout, resultLimit, allowUpdate, Iris.DEFAULT_BASE);
        }

        /** These settings with updates allowed to the users of the password file {@code users}. */
        public Settings withUpdatesBy(Path users) {
            return new Settings(host, port, timeout, resultLimit, true, baseIri, users, maxRequestBytes, corsOrigins);
        }

        /** These settings with another request size limit. */
        public Settings withMaxRequestBytes(long bytes) {
            return new Settings(host, port, timeout, resultLimit, allowUpdate, baseIri, users, bytes, corsOrigins);
        }

        private static final Pattern SIZE = Pattern.compile("(\\d{1,12})([KMG]?)B?", Pattern.CASE_INSENSITIVE);

        /** A size in bytes, or with K, M or G (powers of 1024): {@code 4194304}, {@code 512K}, {@code 4M}. */
        public static long bytes(String size) {
            Matcher m = SIZE.matcher(size.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("expected a number of bytes such as 4194304, 512K or 4M, found \"" + size + "\"");
            }
            long n = Long.parseLong(m.group(1));
            int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "K" -> 10;
                case "M" -> 20;
                case "G" -> 30;
                default -> 0;
            };
            if (n < 1) {
                throw new IllegalArgumentException("expected at least 1 byte, found \"" + size + "\"");
            }
            return n << shift;
        }

        /** These settings with CORS allowed for the origins given (none: off). */
        public Settings withCorsOrigins(List<String> origins) {
            return new Settings(host, port, timeout, resultLimit, allowUpdate, baseIri, users, maxRequestBytes, origins);
        }
    }

    private SparqlServer() {
    }

    /** Starts the server with the bundled checks and returns it; the caller stops it (or joins it). */
    public static FusekiServer start(DatasetGraph dataset, Settings settings) {
        return start(XbrlStore.over(DatasetFactory.wrap(dataset)), settings, CheckCatalogue.load(List.of()));
    }

    /**
     * Starts the server over the store and returns it; the caller stops it (or joins it). Besides the endpoint and the
     * data IRIs it serves the query page at {@code /} and {@code /query}, its files at {@code /web/}, and the
     * catalogue's checks at {@code /checks}. Updates, when allowed, ask for a user of the password file (HTTP Basic);
     * every request body is bounded; CORS is off unless origins are named.
     */
    public static FusekiServer start(XbrlStore store, Settings settings, CheckCatalogue checks) {
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        configure(dataset, settings);

        QueryPageServlet page = new QueryPageServlet(settings.baseIri(), checks, ExampleQuery.bundled());
        FusekiServer.Builder builder = FusekiServer.create(operations(settings))
                .port(settings.port())
                .loopback(isLoopback(settings.host()))
                .enablePing(true)
                .add(DATASET, dataService(dataset, settings.allowUpdate()))
                .addFilter("/*", new RequestGuardFilter(settings.maxRequestBytes()))
                .addServlet(DereferenceServlet.PATH + "/*", new DereferenceServlet(dataset, settings.baseIri()))
                .addServlet(ChecksServlet.PATH + "/*", new ChecksServlet(store, checks, new Iris(settings.baseIri())))
                .addServlet(WebResourceServlet.PATH + "/*", new WebResourceServlet())
                // "" is the root alone; Fuseki's filter answers /xbrl/... before any servlet
                .addServlet("", page)
                .addServlet(QueryPageServlet.PATH, page);
        org.eclipse.jetty.security.UserStore users = null;
        if (settings.allowUpdate()) {
            // Fuseki asks for a login only on the endpoints whose policy needs a user: /xbrl/update and /xbrl/data
            users = userStore(settings.users());
            builder.securityHandler(securityHandler(users));
        }
        FusekiServer server = builder.build();
        Server jetty = server.getJettyServer();
        if (!isLoopback(settings.host())) {
            for (Connector c : jetty.getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(settings.host());
                }
            }
        }
        Handler fuseki = jetty.getHandler();
        if (fuseki instanceof ServletContextHandler context) {
            // a form is a request body too: one limit for both (Fuseki sets 1 MiB for forms)
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, settings.maxRequestBytes()));
        }
        Handler.Wrapper outer = new SizeLimitHandler(settings.maxRequestBytes(), -1);
        outer.setHandler(fuseki);
        if (!settings.corsOrigins().isEmpty()) {
            outer = cors(settings.corsOrigins(), outer);
        }
        jetty.setHandler(outer);
        return server.start();
    }

    /**
     * The users of the password file, read once when the server starts. Not Jena's {@code makeUserStore}: that one
     * re-reads the file every 5 s on a thread of its own, which went on running (and logging, once the file was gone)
     * after the server had stopped.
     */
    private static org.eclipse.jetty.security.UserStore userStore(Path users) {
        if (!Files.isRegularFile(users)) {
            throw new IllegalArgumentException("no password file " + users);
        }
        org.eclipse.jetty.security.PropertyUserStore store = new org.eclipse.jetty.security.PropertyUserStore();
        store.setConfig(org.apache.jena.fuseki.main.sys.JettyLib.newResource(users.toString()));
        try {
            store.start();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the password file " + users + ": " + e.getMessage(), e);
        }
        return store;
    }

    /** HTTP Basic against the password file, as Fuseki's {@code passwordFile} sets it up, less a 500 on bad Base64. */
    private static ConstraintSecurityHandler securityHandler(org.eclipse.jetty.security.UserStore users) {
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
        handler.setAuthenticator(new BasicLogin());
        return handler;
    }

    /** Jetty's Basic authenticator, answering credentials that are not Base64 with the login challenge. */
    private static final class BasicLogin extends BasicAuthenticator {

        @Override
        public AuthenticationState validateRequest(Request req, Response res, Callback callback)
                throws ServerAuthException {
            try {
                return super.validateRequest(req, res, callback);
            } catch (IllegalArgumentException notBase64) {
                // Jetty would answer 500 with the decoder's exception as the message
                res.getHeaders().put(getChallengeHeader(), "Basic realm=\"" + getLoginService().getName() + "\"");
                Response.writeError(req, res, callback, HttpStatus.UNAUTHORIZED_401);
                return AuthenticationState.CHALLENGE;
            }
        }
    }

    /**
     * The dataset's endpoints: queries at {@code sparql} and {@code query}, graphs read at {@code get}, and at the
     * dataset's own URL queries and graph reads. Read-only, {@code data} reads graphs too; with updates,
     * {@code update} (SPARQL Update) and {@code data} (graph store protocol, read and write) need a logged-in user, and
     * nothing else writes: the dataset's own URL takes no update, so the login stays off the query endpoints.
     */
    static DataService.Builder dataService(DatasetGraph dataset, boolean allowUpdate) {
        DataService.Builder b = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R);
        if (allowUpdate) {
            b.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        } else {
            b.addEndpoint(Operation.GSP_R, "data");
        }
        return b;
    }

    /** The union default graph, the query timeout, and no SERVICE: a query must not make the server fetch a URL. */
    private static void configure(DatasetGraph dataset, Settings settings) {
        // these settings go on the dataset's context, which every Fuseki query execution on it reads
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
    }

    private static OperationRegistry operations(Settings settings) {
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new LimitedQueryProcessor(settings.resultLimit()));
        operations.register(Operation.Update, new LimitedUpdateProcessor());
        return operations;
    }

    /** Pages of these origins may query from a browser (GET, POST, HEAD); never with the user's credentials. */
    private static Handler.Wrapper cors(List<String> origins, Handler inner) {
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(origins.stream().map(Pattern::quote).collect(Collectors.toSet()));
        cors.setAllowedMethods(Set.of("GET", "POST", "HEAD"));
        cors.setAllowedHeaders(Set.of("Content-Type", "Accept"));
        cors.setAllowCredentials(false);
        cors.setHandler(inner);
        return cors;
    }

    /**
     * The same endpoint inside a servlet container that is not Fuseki's own (the WAR in WildFly): the dataset at
     * {@value #DATASET} behind Fuseki's filter, read-only, with the timeout and result-size limit, and the data IRIs,
     * the query page and the checks at the same paths as {@link #start}, all under the application's context path.
     * Request bodies are bounded by the settings' limit as in {@link #start} (and by Undertow's {@code max-post-size}).
     */
    public static void install(ServletContext context, XbrlStore store, Settings settings, CheckCatalogue checks) {
        if (settings.allowUpdate()) {
            throw new IllegalArgumentException("the endpoint in a servlet container is read-only");
        }
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        configure(dataset, settings);

        OperationRegistry operations = operations(settings);
        DataService service = dataService(dataset, false).build();
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(new DataAccessPoint(DATASET, service));
        service.setEndpointProcessors(operations);
        service.goActive();
        Fuseki.setVerbose(context, false);
        OperationRegistry.set(context, operations);
        DataAccessPointRegistry.set(context, registry);
        // the limit is the server's system property xbrl-linker.max-request-size (ServerSettings, server-config/cli)
        context.addFilter("guard", new RequestGuardFilter(settings.maxRequestBytes(),
                "the server's system property xbrl-linker.max-request-size")).addMappingForUrlPatterns(null, false, "/*");
        context.addFilter("fuseki", new FusekiFilter())
                .addMappingForUrlPatterns(null, false, DATASET, DATASET + "/*");

        QueryPageServlet page = new QueryPageServlet(settings.baseIri(), checks, ExampleQuery.bundled());
        context.addServlet("dereference", new DereferenceServlet(dataset, settings.baseIri()))
                .addMapping(DereferenceServlet.PATH + "/*");
        context.addServlet("checks", new ChecksServlet(store, checks, new Iris(settings.baseIri())))
                .addMapping(ChecksServlet.PATH, ChecksServlet.PATH + "/*");
        context.addServlet("web", new WebResourceServlet()).addMapping(WebResourceServlet.PATH + "/*");
        context.addServlet("query-page", page).addMapping("", QueryPageServlet.PATH);
    }

    /** The endpoint's URLs, for people. */
    public static String describe(FusekiServer server, Settings settings) {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        String base = "http://" + host + ":" + server.getHttpPort() + DATASET;
        return "SPARQL query:  " + base + "/sparql  (also " + base + "/query)\n"
                + "graphs (read): " + base + "/get?graph=IRI"
                + (settings.allowUpdate() ? "\n" : "  (also " + base + "/data)\n")
                + (settings.allowUpdate() ? "SPARQL update: " + base + "/update  and graph writes at " + base
                        + "/data, for the users of " + settings.users().getFileName() + " (HTTP Basic)\n"
                        : "updates:       refused (read-only; start with --allow-update --users FILE to accept them)\n")
                + "data IRIs:     http://" + host + ":" + server.getHttpPort() + DereferenceServlet.PATH + "/...  for "
                + settings.baseIri() + "...  (HTML, Turtle, JSON-LD, N-Triples, RDF/XML by Accept)\n"
                + "timeout " + settings.timeout().toSeconds() + " s, at most " + settings.resultLimit()
                + " result rows, request bodies up to " + settings.maxRequestBytes() + " bytes"
                + (settings.corsOrigins().isEmpty() ? "" : ", CORS for " + String.join(" ", settings.corsOrigins()))
                + "; default graph = union of the named graphs\n"
                + "query page:    http://" + host + ":" + server.getHttpPort() + "/  (SPARQL editor, examples)\n"
                + "checks:        http://" + host + ":" + server.getHttpPort() + ChecksServlet.PATH
                + "  (the catalogue; " + ChecksServlet.PATH + "/ID runs one, HTML or JSON by Accept)";
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
