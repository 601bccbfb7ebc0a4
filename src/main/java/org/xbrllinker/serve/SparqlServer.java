package org.xbrllinker.serve;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.ServletContext;

import org.apache.jena.fuseki.Fuseki;
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
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;

/**
 * The SPARQL endpoint: Jena's embedded Fuseki over the store at {@value #DATASET}, read-only unless updates are
 * allowed, the default graph the union of the named graphs, with a query timeout and a result-size limit; beside it
 * the query page, the check catalogue and the data IRIs. There is no authentication yet, so it listens on loopback
 * unless told otherwise.
 */
public final class SparqlServer {

    /** The dataset's path: queries go to {@code /xbrl/sparql} or {@code /xbrl/query}, graphs to {@code /xbrl/get}. */
    public static final String DATASET = "/xbrl";

    /** Endpoint settings; {@code port} 0 takes a free port; data IRIs under {@code baseIri} are served at {@code /id/}. */
    public record Settings(String host, int port, Duration timeout, long resultLimit, boolean allowUpdate,
            String baseIri) {

        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 3030;
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
        public static final long DEFAULT_RESULT_LIMIT = 100_000;

        public Settings {
            if (resultLimit < 1) {
                throw new IllegalArgumentException("the result limit must be at least 1, not " + resultLimit);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
            }
        }

        /** Settings serving the IRIs under the default base. */
        public Settings(String host, int port, Duration timeout, long resultLimit, boolean allowUpdate) {
            this(host, port, timeout, resultLimit, allowUpdate, Iris.DEFAULT_BASE);
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
     * catalogue's checks at {@code /checks}.
     */
    public static FusekiServer start(XbrlStore store, Settings settings, CheckCatalogue checks) {
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        // these settings go on the dataset's context, which every Fuseki query execution on it reads
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));

        QueryPageServlet page = new QueryPageServlet(settings.baseIri(), checks, ExampleQuery.bundled());
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new LimitedQueryProcessor(settings.resultLimit()));
        FusekiServer server = FusekiServer.create(operations)
                .port(settings.port())
                .loopback(isLoopback(settings.host()))
                .enablePing(true)
                .add(DATASET, dataset, settings.allowUpdate())
                .addServlet(DereferenceServlet.PATH + "/*", new DereferenceServlet(dataset, settings.baseIri()))
                .addServlet(ChecksServlet.PATH + "/*", new ChecksServlet(store, checks, new Iris(settings.baseIri())))
                .addServlet(WebResourceServlet.PATH + "/*", new WebResourceServlet())
                // "" is the root alone; Fuseki's filter answers /xbrl/... before any servlet
                .addServlet("", page)
                .addServlet(QueryPageServlet.PATH, page)
                .build();
        if (!isLoopback(settings.host())) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(settings.host());
                }
            }
        }
        return server.start();
    }

    /**
     * The same endpoint inside a servlet container that is not Fuseki's own (the WAR in WildFly): the dataset at
     * {@value #DATASET} behind Fuseki's filter, read-only, with the timeout and result-size limit, and the data IRIs,
     * the query page and the checks at the same paths as {@link #start}, all under the application's context path.
     */
    public static void install(ServletContext context, XbrlStore store, Settings settings, CheckCatalogue checks) {
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));

        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new LimitedQueryProcessor(settings.resultLimit()));
        DataService service = DataService.newBuilder(dataset).withStdServices(settings.allowUpdate()).build();
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(new DataAccessPoint(DATASET, service));
        service.setEndpointProcessors(operations);
        service.goActive();
        Fuseki.setVerbose(context, false);
        OperationRegistry.set(context, operations);
        DataAccessPointRegistry.set(context, registry);
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
                + "graphs (read): " + base + "/get?graph=IRI  (also " + base + "/data)\n"
                + (settings.allowUpdate() ? "SPARQL update: " + base + "/update  (no authentication: keep it private)\n"
                        : "updates:       refused (read-only; start with --allow-update to accept them)\n")
                + "data IRIs:     http://" + host + ":" + server.getHttpPort() + DereferenceServlet.PATH + "/...  for "
                + settings.baseIri() + "...  (HTML, Turtle, JSON-LD, N-Triples, RDF/XML by Accept)\n"
                + "timeout " + settings.timeout().toSeconds() + " s, at most " + settings.resultLimit()
                + " result rows; default graph = union of the named graphs\n"
                + "query page:    http://" + host + ":" + server.getHttpPort() + "/  (SPARQL editor, examples)\n"
                + "checks:        http://" + host + ":" + server.getHttpPort() + ChecksServlet.PATH
                + "  (the catalogue; " + ChecksServlet.PATH + "/ID runs one, HTML or JSON by Accept)";
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
