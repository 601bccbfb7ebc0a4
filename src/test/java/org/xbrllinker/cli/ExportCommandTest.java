package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xbrllinker.export.DatasetExport;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.testing.Shared;

/** {@code export}: every format parses back to what the store holds; one graph; gzip; bad usage. */
class ExportCommandTest {

    @TempDir
    static Path tmp;

    static Path store;
    static long quads;
    static long unionTriples;
    static long seedGraphTriples;

    @BeforeAll
    static void linkTheSeed() {
        store = tmp.resolve("store");
        CliTest.Result linked = CliTest.cli("link", Shared.seed().toString(), "--store", store.toString(), "--quiet");
        assertEquals(0, linked.exit(), linked.out() + linked.err());
        try (XbrlStore s = XbrlStore.open(store)) {
            DatasetGraph dsg = s.dataset().asDatasetGraph();
            quads = s.size();
            unionTriples = Txn.calculateRead(dsg, () -> dsg.getUnionGraph().size());
            seedGraphTriples = Txn.calculateRead(dsg,
                    () -> dsg.getGraph(NodeFactory.createURI(ServeCommandTest.SEED_GRAPH)).size());
        }
        assertTrue(quads >= unionTriples && unionTriples > seedGraphTriples && seedGraphTriples > 0,
                quads + " quads, " + unionTriples + " union triples, " + seedGraphTriples + " in the seed's graph");
    }

    static CliTest.Result export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = store.toString();
        return CliTest.cli(all);
    }

    static DatasetGraph parse(Path file, Lang lang, boolean gzip) throws IOException {
        try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return RDFParser.source(in).lang(lang).toDatasetGraph();
        }
    }

    static long size(DatasetGraph dsg, boolean quadFormat) {
        return quadFormat ? dsg.stream().count() : dsg.getDefaultGraph().size();
    }

    @ParameterizedTest
    @EnumSource(DatasetExport.Format.class)
    void eachFormatParsesBackToTheStoresCount(DatasetExport.Format format) throws Exception {
        Path file = tmp.resolve("all." + format.name().toLowerCase());
        CliTest.Result r = export("--format", format.name().toLowerCase(), "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        DatasetGraph back = parse(file, format.lang(), false);
        assertEquals(format.quads() ? quads : unionTriples, size(back, format.quads()));
        if (format.quads()) {
            assertTrue(back.stream().map(q -> q.getGraph()).distinct().count() > 1, "the named graphs are kept");
        }
    }

    @ParameterizedTest
    @EnumSource(DatasetExport.Format.class)
    void graphLimitsTheExportToThatGraph(DatasetExport.Format format) throws Exception {
        Path file = tmp.resolve("seed." + format.name().toLowerCase() + ".gz");
        CliTest.Result r = export("--format", format.name(), "--graph", ServeCommandTest.SEED_GRAPH, "--gzip",
                "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        DatasetGraph back = parse(file, format.lang(), true);
        assertEquals(seedGraphTriples, size(back, format.quads()));
        if (format.quads()) {
            assertTrue(back.stream().allMatch(q -> q.getGraph().getURI().equals(ServeCommandTest.SEED_GRAPH)));
        }
    }

    @Test
    void jsonLdAndTurtleParseBackToGraphsIsomorphicWithTheStoresAndJsonLdUsesThePublishedContext() throws Exception {
        Path ttl = tmp.resolve("iso.ttl");
        Path jsonld = tmp.resolve("iso.jsonld");
        assertEquals(0, export("--format", "ttl", "--graph", ServeCommandTest.SEED_GRAPH, "--out", ttl.toString()).exit());
        assertEquals(0, export("--format", "jsonld", "--graph", ServeCommandTest.SEED_GRAPH, "--out", jsonld.toString()).exit());
        org.apache.jena.graph.Graph fromTtl = parse(ttl, org.apache.jena.riot.Lang.TURTLE, false).getDefaultGraph();
        org.apache.jena.graph.Graph fromJsonLd = parse(jsonld, org.apache.jena.riot.Lang.JSONLD, false).getDefaultGraph();
        try (XbrlStore s = XbrlStore.open(store)) {
            DatasetGraph dsg = s.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                // a plain in-memory copy: isomorphism is tested on terms, TDB2's graph would compare values
                org.apache.jena.graph.Graph stored = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                org.apache.jena.graph.GraphUtil.addInto(stored, dsg.getGraph(NodeFactory.createURI(ServeCommandTest.SEED_GRAPH)));
                assertTrue(stored.isIsomorphicWith(fromTtl), "Turtle");
                assertTrue(stored.isIsomorphicWith(fromJsonLd), "JSON-LD");
            });
        }
        // compacted with ontology/context.jsonld: its short terms, not full IRIs
        String text = Files.readString(jsonld);
        assertTrue(text.contains("\"@context\"") && text.contains("\"xlk\"") && text.contains("\"displayedAmount\""),
                text.substring(0, Math.min(600, text.length())));
    }

    @Test
    void withoutOutItWritesToStandardOutput() {
        CliTest.Result r = export("--format", "nt");
        assertEquals(0, r.exit(), r.err());
        Graph g = RDFParser.fromString(r.out(), Lang.NTRIPLES).toGraph();
        assertEquals(unionTriples, g.size());
    }

    @Test
    void badUsageExitsTwoWithAMessage() {
        CliTest.Result format = export("--format", "n3", "--out", tmp.resolve("x").toString());
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("--format") && format.err().contains("n3"), format.err());

        CliTest.Result graph = export("--format", "nq", "--graph", "urn:x:no-such-graph");
        assertEquals(2, graph.exit());
        assertTrue(graph.err().contains("urn:x:no-such-graph: no such graph"), graph.err());

        CliTest.Result noStore = CliTest.cli("export", "--format", "nq", "--store", tmp.resolve("none").toString());
        assertEquals(2, noStore.exit());
        assertTrue(noStore.err().contains("no store here"), noStore.err());
    }
}
