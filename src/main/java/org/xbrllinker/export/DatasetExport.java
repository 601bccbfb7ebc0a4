package org.xbrllinker.export;

import java.io.OutputStream;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.shared.PrefixMapping;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.jena.system.Txn;
import org.xbrllinker.rdf.RdfMapper;

/**
 * Writes a store's dataset, or one of its graphs, in an RDF serialisation inside one read transaction. N-Triples,
 * N-Quads, TriG and Turtle stream (memory does not grow with the store); JSON-LD and RDF/XML are written whole,
 * JSON-LD compacted with the vocabulary's published context.
 */
public final class DatasetExport {

    /** The export formats; quad formats keep the named graphs, triple formats write the union of them. */
    public enum Format {
        TTL(RDFFormat.TURTLE_BLOCKS, true, false),
        JSONLD(RDFFormat.JSONLD, false, false),
        NT(RDFFormat.NTRIPLES, true, false),
        NQ(RDFFormat.NQUADS, true, true),
        TRIG(RDFFormat.TRIG_BLOCKS, true, true),
        RDFXML(RDFFormat.RDFXML_PLAIN, false, false);

        private final RDFFormat rdfFormat;
        private final boolean streams;
        private final boolean quads;

        Format(RDFFormat rdfFormat, boolean streams, boolean quads) {
            this.rdfFormat = rdfFormat;
            this.streams = streams;
            this.quads = quads;
        }

        public RDFFormat rdfFormat() {
            return rdfFormat;
        }

        public Lang lang() {
            return rdfFormat.getLang();
        }

        /** Whether it keeps the named graphs (JSON-LD could, but is written here as one graph, like Turtle). */
        public boolean quads() {
            return quads;
        }
    }

    private DatasetExport() {
    }

    /**
     * Writes {@code graph} (a named graph's IRI, or null for all of them) to {@code out}; the caller closes
     * {@code out}. A quad format keeps each quad's graph; a triple format writes one graph's or the union's triples.
     */
    public static void write(Dataset dataset, Node graph, Format format, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeRead(dsg, () -> {
            if (format.streams) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat(), dsg.getContext());
                stream.start();
                prefixes(dsg).getNsPrefixMap().forEach(stream::prefix);
                if (format.quads()) {
                    Iterator<Quad> quads = dsg.find(graph == null ? Node.ANY : graph, Node.ANY, Node.ANY, Node.ANY);
                    quads.forEachRemaining(stream::quad);
                } else {
                    Iterator<Triple> triples = triples(dsg, graph).find();
                    triples.forEachRemaining(stream::triple);
                }
                stream.finish();
            } else {
                PrefixMapping prefixes = prefixes(dsg);
                Graph g = new WrappedGraph(triples(dsg, graph)) {
                    @Override
                    public PrefixMapping getPrefixMapping() {
                        return prefixes;
                    }
                };
                if (format == Format.JSONLD) {
                    // compacted with the published context (ontology/context.jsonld), embedded in the document
                    ContextJsonLd.write(g, CloseShieldOutputStream.wrap(out));
                } else {
                    RDFDataMgr.write(out, g, format.rdfFormat());
                }
            }
        });
    }

    /** The store's prefixes, or the vocabulary's when the store keeps none (the job writes none today). */
    private static PrefixMapping prefixes(DatasetGraph dsg) {
        if (!dsg.prefixes().isEmpty()) {
            return Prefixes.adapt(dsg.prefixes());
        }
        return RdfMapper.newModel().lock();
    }

    private static Graph triples(DatasetGraph dsg, Node graph) {
        return graph == null ? dsg.getUnionGraph() : dsg.getGraph(graph);
    }
}
