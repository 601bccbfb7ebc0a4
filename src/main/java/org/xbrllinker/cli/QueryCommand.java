package org.xbrllinker.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.rdf.RdfStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query SPARQL|FILE.rq}: runs a query over the store (default graph = union of all graphs) and prints it. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (text or a .rq file) over the store; SELECT prints a table.")
final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPARQL|FILE.rq")
    String query;

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "TDB2 store folder, or a SPARQL server's dataset URL (default: ${DEFAULT-VALUE}).")
    String store = JobSettings.DEFAULT_STORE;

    @Override
    public Integer call() throws Exception {
        String text = query;
        Path file = Path.of(query.length() < 4096 ? query : ".");
        if (query.endsWith(".rq") || (query.length() < 4096 && Files.isRegularFile(file))) {
            if (!Files.isRegularFile(file)) {
                System.err.println("xbrl-linker: " + query + ": no such query file");
                return 2;
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        if (!RdfStore.isRemote(store) && !Files.isDirectory(Path.of(store))) {
            System.err.println("xbrl-linker: " + store + ": no store here; run 'xbrl-linker link' first");
            return 2;
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            System.err.println("xbrl-linker: " + (text == query ? "query" : query) + ":" + e.getLine() + ": " + e.getMessage());
            return 2;
        }
        try (RdfStore s = ServedStores.openToRead(store)) {
            s.execute(q, qe -> {
                if (q.isSelectType()) {
                    ResultSetFormatter.out(System.out, qe.execSelect(), q.getPrologue());
                } else if (q.isAskType()) {
                    System.out.println(qe.execAsk());
                } else if (q.isConstructType()) {
                    RDFDataMgr.write(System.out, qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
                } else {
                    RDFDataMgr.write(System.out, qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
                }
                return null;
            });
        } catch (ServedStores.InUseException | RuntimeException e) {
            return ServedStores.refused(store, e);
        }
        return 0;
    }
}
