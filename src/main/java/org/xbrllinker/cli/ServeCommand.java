package org.xbrllinker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.SparqlServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: a SPARQL endpoint (Jena's embedded Fuseki) over the store, until the process is killed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store as a SPARQL endpoint (query, and graph store protocol read) at /xbrl until killed, "
                + "and each data IRI BASE+REST at /id/REST (HTML or RDF by Accept); a query page (SPARQL editor, "
                + "examples) at / and the check catalogue at /checks (/checks/ID runs one).",
                "No authentication yet: it listens on loopback unless --host says otherwise, and refuses updates "
                        + "unless --allow-update."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"2:no store, a broken check (named with file and line), or bad usage"})
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

    @Option(names = "--allow-update", description = "Accept SPARQL Update and graph store writes (no authentication!).")
    boolean allowUpdate;

    @Option(names = "--base-iri", paramLabel = "IRI",
            description = "Base of the data IRIs served at /id/ (default: ${DEFAULT-VALUE}); as given to link.")
    String baseIri = Iris.DEFAULT_BASE;

    @Option(names = "--checks", paramLabel = "DIR",
            description = "Folder of more .rq checks for the /checks pages; repeatable.")
    List<Path> checks = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(store)) {
            System.err.println("xbrl-linker: " + store + ": no store here; run 'xbrl-linker link' first");
            return 2;
        }
        if (timeout < 1 || resultLimit < 1) {
            System.err.println("xbrl-linker: --timeout and --result-limit must be at least 1");
            return 2;
        }
        CheckCatalogue catalogue = ChecksCommand.load(checks);
        if (catalogue == null) {
            return 2;
        }
        try (XbrlStore s = XbrlStore.open(store)) {
            SparqlServer.Settings settings = settings();
            FusekiServer server = SparqlServer.start(s, settings, catalogue);
            System.out.println(SparqlServer.describe(server, settings));
            System.out.flush();
            server.join();
        }
        return 0;
    }

    SparqlServer.Settings settings() {
        return new SparqlServer.Settings(host, port, Duration.ofSeconds(timeout), resultLimit, allowUpdate, baseIri);
    }
}
