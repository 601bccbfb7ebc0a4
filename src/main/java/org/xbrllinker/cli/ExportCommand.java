package org.xbrllinker.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.export.DatasetExport;
import org.xbrllinker.rdf.RdfStore;
import org.xbrllinker.rdf.RemoteStore;
import org.xbrllinker.rdf.XbrlStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: writes the store, or one graph, in an RDF serialisation. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store in an RDF format: quad formats (nq, trig) the whole dataset with its graphs, "
                + "triple formats (ttl, jsonld, nt, rdfxml) the union of the graphs; --graph writes one graph.",
                "From a SPARQL server (--store URL, or a folder a running serve holds) each graph is read by the "
                        + "Graph Store Protocol, the graphs listed by a SPARQL query."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written",
                "2:unknown format or graph, no store, a store another process holds, a server that refused or did "
                        + "not answer, or bad usage"})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl, jsonld, nt, nq, trig or rdfxml.")
    DatasetExport.Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph.")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--gzip", description = "Compress with gzip.")
    boolean gzip;

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "TDB2 store folder, or a SPARQL server's dataset URL (default: ${DEFAULT-VALUE}).")
    String store = JobSettings.DEFAULT_STORE;

    @Override
    public Integer call() throws Exception {
        if (!RdfStore.isRemote(store) && !Files.isDirectory(Path.of(store))) {
            System.err.println("xbrl-linker: " + store + ": no store here; run 'xbrl-linker link' first");
            return 2;
        }
        try (RdfStore s = ServedStores.openToRead(store)) {
            Node g = graph == null ? null : NodeFactory.createURI(graph);
            if (g != null && !s.containsGraph(graph)) {
                System.err.println("xbrl-linker: " + graph + ": no such graph in " + store);
                return 2;
            }
            // a server's graphs are read (each whole) before anything is written, so a refusal leaves no partial file
            Dataset dataset = s instanceof XbrlStore x ? x.dataset()
                    : DatasetFactory.wrap(((RemoteStore) s).readGraphs(graph));
            OutputStream target = out == null ? System.out : Files.newOutputStream(out);
            try {
                GZIPOutputStream gz = gzip ? new GZIPOutputStream(target, 1 << 16) : null;
                OutputStream sink = new BufferedOutputStream(gz != null ? gz : target, 1 << 16);
                DatasetExport.write(dataset, g, format, sink);
                sink.flush();
                if (gz != null) {
                    gz.finish();
                }
                target.flush();
            } finally {
                if (out != null) {
                    target.close();
                }
            }
        } catch (ServedStores.InUseException | RuntimeException e) {
            return ServedStores.refused(store, e);
        }
        return 0;
    }
}
