package org.xbrllinker.server;

import java.nio.file.Path;
import java.time.Duration;

import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.serve.SparqlServer;

/**
 * The application's settings inside WildFly: system properties that {@code server-config/cli/xbrl-linker.cli} declares
 * (each an expression over an environment variable and the server's data folder). Read on every use, so a
 * {@code :write-attribute} on the server takes effect without a redeploy.
 */
public final class ServerSettings {

    /** TDB2 store folder of jobs that name none, and of the SPARQL endpoint. */
    public static final String STORE = "xbrl-linker.store";
    /** Taxonomy sources of jobs that name none, one a line; empty for the bundled US-GAAP subset. */
    public static final String TAXONOMY = "xbrl-linker.taxonomy";
    /** Base of minted IRIs. */
    public static final String BASE_IRI = "xbrl-linker.base-iri";
    /** Folder of the executions' JSON reports. */
    public static final String REPORTS = "xbrl-linker.reports";
    /** Folders of the stewards' own checks (.rq), one a line, run with the bundled ones by the checks page. */
    public static final String CHECKS = "xbrl-linker.checks";
    /** Time limit of a SPARQL query, in seconds. */
    public static final String SPARQL_TIMEOUT = "xbrl-linker.sparql.timeout";
    /** Most rows a SPARQL query may return. */
    public static final String SPARQL_RESULT_LIMIT = "xbrl-linker.sparql.result-limit";

    /**
     * Largest request body anywhere under the application (SPARQL, forms, the API's JSON), in bytes or with K, M or G;
     * a larger one is answered 413.
     */
    public static final String MAX_REQUEST_SIZE = "xbrl-linker.max-request-size";

    private ServerSettings() {
    }

    public static Path store() {
        return Path.of(value(STORE, Path.of(dataDir(), "xbrl-linker", JobSettings.DEFAULT_STORE).toString()));
    }

    public static String taxonomy() {
        return value(TAXONOMY, "");
    }

    public static String baseIri() {
        return value(BASE_IRI, "");
    }

    public static Path reports() {
        return Path.of(value(REPORTS, Path.of(dataDir(), "xbrl-linker", "reports").toString()));
    }

    public static String checks() {
        return value(CHECKS, "");
    }

    public static Duration sparqlTimeout() {
        return Duration.ofSeconds(number(SPARQL_TIMEOUT, SparqlServer.Settings.DEFAULT_TIMEOUT.toSeconds()));
    }

    public static long sparqlResultLimit() {
        return number(SPARQL_RESULT_LIMIT, SparqlServer.Settings.DEFAULT_RESULT_LIMIT);
    }

    public static long maxRequestBytes() {
        String v = value(MAX_REQUEST_SIZE, Long.toString(SparqlServer.Settings.DEFAULT_MAX_REQUEST_BYTES));
        try {
            return SparqlServer.Settings.bytes(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("system property " + MAX_REQUEST_SIZE + ": " + e.getMessage(), e);
        }
    }

    private static long number(String name, long fallback) {
        String v = value(name, Long.toString(fallback));
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("system property " + name + " must be a whole number, not \"" + v + "\"", e);
        }
    }

    private static String dataDir() {
        return System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    }

    private static String value(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
