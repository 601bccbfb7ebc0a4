package org.xbrllinker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.StoreHeldException;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.SparqlServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: a SPARQL endpoint (Jena's embedded Fuseki) over the store, until the process is killed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store as a SPARQL endpoint (query, and graph store protocol read) at /xbrl until killed, "
                + "and each data IRI BASE+REST at /id/REST (HTML or RDF by Accept); a query page (SPARQL editor, "
                + "examples) at / and the check catalogue at /checks (/checks/ID runs one).",
                "It listens on loopback unless --host says otherwise, and refuses updates unless --allow-update "
                        + "--users FILE: then /xbrl/update and /xbrl/data ask for a user of FILE (HTTP Basic); queries, "
                        + "pages, /id and /checks stay public. Request bodies are bounded (--max-request-size); "
                        + "CORS is off unless --cors names an origin.",
                "While it runs it records its process and address in DIR/" + ServedStores.FILE + ": query and export "
                        + "on DIR then read through it; check, link and restart say it holds DIR (exit 2)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"2:no store, a store another process holds, a broken check (named with file and line), or bad usage"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store = Path.of(JobSettings.DEFAULT_STORE);

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = SparqlServer.Settings.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
    String host = SparqlServer.Settings.DEFAULT_HOST;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    long timeout = SparqlServer.Settings.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--result-limit", paramLabel = "N",
            description = "Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) a query may return (default: ${DEFAULT-VALUE}).")
    long resultLimit = SparqlServer.Settings.DEFAULT_RESULT_LIMIT;

    @Option(names = "--allow-update",
            description = "Accept SPARQL Update (/xbrl/update) and graph store writes (/xbrl/data) from the users of --users.")
    boolean allowUpdate;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Password file of the users who may update, 'user: password' a line (Jetty's format; "
                    + "MD5:/CRYPT: hashes too); required by --allow-update.")
    Path users;

    @Option(names = "--max-request-size", paramLabel = "SIZE",
            description = "Largest request body (query, update, form, graph), in bytes or with K, M or G "
                    + "(default: ${DEFAULT-VALUE}); a larger one is answered 413.")
    String maxRequestSize = "4M";

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "A web origin (scheme://host[:port]) whose pages may query from a browser; repeatable. "
                    + "Default: none (CORS off).")
    List<String> cors = new ArrayList<>();

    @Option(names = "--base-iri", paramLabel = "IRI",
            description = "Base of the data IRIs served at /id/ (default: ${DEFAULT-VALUE}); as given to link.")
    String baseIri = Iris.DEFAULT_BASE;

    @Option(names = "--checks", paramLabel = "DIR",
            description = "Folder of more .rq checks for the /checks pages; repeatable.")
    List<Path> checks = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        SparqlServer.Settings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            System.err.println("xbrl-linker: " + e.getMessage());
            return 2;
        }
        if (!Files.isDirectory(store)) {
            System.err.println("xbrl-linker: " + store + ": no store here; run 'xbrl-linker link' first");
            return 2;
        }
        CheckCatalogue catalogue = ChecksCommand.load(checks);
        if (catalogue == null) {
            return 2;
        }
        XbrlStore s;
        try {
            s = XbrlStore.open(store);
        } catch (StoreHeldException e) {
            System.err.println("xbrl-linker: " + e.getMessage() + ServedStores.recorded(store)
                    .map(r -> ", which serves it at " + r.url()).orElse("") + "; stop that process to serve it here");
            return 2;
        }
        try (s) {
            FusekiServer server = SparqlServer.start(s, settings, catalogue);
            // beside the lock, for the commands that meet it (query, export: through this server; others: one line)
            try {
                ServedStores.record(store, new ServedStores.Server(ProcessHandle.current().pid(),
                        datasetUrl(settings.host(), server.getHttpPort()), settings.allowUpdate()));
            } catch (java.io.IOException e) {
                // the server works without it; other commands then only name this process
                System.err.println("xbrl-linker: cannot record the server's address in " + store.resolve(ServedStores.FILE)
                        + " (" + e.getMessage() + "); query and export on " + store + " will not find it");
            }
            Thread forget = new Thread(() -> ServedStores.forget(store), "xbrl-linker-serve-record");
            Runtime.getRuntime().addShutdownHook(forget); // serve ends when it is killed: SIGTERM runs the hooks
            try {
                System.out.println(SparqlServer.describe(server, settings));
                System.out.flush();
                server.join();
            } finally {
                ServedStores.forget(store);
            }
        }
        return 0;
    }

    /** The dataset URL a client on this machine reaches: loopback for a server listening on every address. */
    static String datasetUrl(String host, int port) {
        String h = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
        h = h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
        return "http://" + h + ":" + port + SparqlServer.DATASET;
    }

    /** The server's settings from the options; an {@link IllegalArgumentException} says what is wrong with them. */
    SparqlServer.Settings settings() {
        if (timeout < 1 || resultLimit < 1) {
            throw new IllegalArgumentException("--timeout and --result-limit must be at least 1");
        }
        if (allowUpdate && users == null) {
            throw new IllegalArgumentException("--allow-update needs --users FILE: updates are accepted only from the "
                    + "users it names");
        }
        if (users != null && !allowUpdate) {
            throw new IllegalArgumentException("--users names who may update; it takes --allow-update");
        }
        if (users != null) {
            checkUsers(users);
        }
        long maxRequestBytes;
        try {
            maxRequestBytes = bytes(maxRequestSize);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--max-request-size: " + e.getMessage());
        }
        for (String origin : cors) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("--cors: expected an origin such as https://example.org:8443, found \""
                        + origin + "\"");
            }
        }
        SparqlServer.Settings s = new SparqlServer.Settings(host, port, Duration.ofSeconds(timeout), resultLimit, false,
                baseIri).withMaxRequestBytes(maxRequestBytes).withCorsOrigins(cors);
        return allowUpdate ? s.withUpdatesBy(users) : s;
    }

    private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s*?#@]+");

    /** The password file can be read and names at least one user with a password, else says why. */
    static void checkUsers(Path file) {
        Properties entries = new Properties();
        try (var in = Files.newInputStream(file)) {
            entries.load(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--users " + file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("--users " + file + ": cannot read it (" + e.getMessage() + ")");
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("--users " + file + ": names no user; expected 'user: password' lines");
        }
        for (String user : entries.stringPropertyNames()) {
            if (entries.getProperty(user).split(",", -1)[0].isBlank()) {
                throw new IllegalArgumentException("--users " + file + ": user " + user + " has no password");
            }
        }
    }

    /** A size in bytes, or with K, M or G (binary): {@code 4194304}, {@code 512K}, {@code 4M}. */
    static long bytes(String size) {
        return SparqlServer.Settings.bytes(size);
    }
}
