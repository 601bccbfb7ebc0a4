package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.bench.CorpusGenerator;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.pipeline.DisclosureReader;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.RPages;
import org.xbrllinker.testing.Shared;

/** The benchmark's corpus (deterministic, parseable, its planted errors found exactly) and the bench table. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    private static CorpusGenerator generator() {
        return new CorpusGenerator(Shared.seed(), RPages.apple("R38.htm").getParent());
    }

    @Test
    void theSameSeedWritesTheSameCorpusByteForByte() throws IOException {
        generator().generate(20, 0.2, 7, tmp.resolve("a"));
        generator().generate(20, 0.2, 7, tmp.resolve("b"));
        generator().generate(20, 0.2, 8, tmp.resolve("c"));
        List<String> names = names(tmp.resolve("a"));
        assertEquals(21, names.size(), "20 pages and the manifest");
        assertEquals(names, names(tmp.resolve("b")));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
        }
        assertFalse(names.equals(names(tmp.resolve("c"))), "another seed, other entities");
    }

    @Test
    void everyDisclosureParsesInBothForms() throws Exception {
        List<CorpusGenerator.Entry> entries = generator().generate(20, 0.2, 7, tmp);
        DisclosureReader reader = new DisclosureReader();
        Set<String> forms = new TreeSet<>();
        for (CorpusGenerator.Entry e : entries) {
            Disclosure d = reader.read(tmp.resolve(e.file()));
            assertFalse(d.rows().isEmpty(), e.file());
            forms.add(e.form());
        }
        assertEquals(Set.of("html", "text"), forms);
    }

    @Test
    void linkingTheCorpusFailsExactlyThePlantedChecks() throws IOException {
        List<CorpusGenerator.Entry> entries = generator().generate(20, 0.2, 7, tmp.resolve("corpus"));
        Map<String, String> planted = entries.stream().filter(CorpusGenerator.Entry::planted)
                .collect(Collectors.toMap(CorpusGenerator.Entry::file, CorpusGenerator.Entry::check, (a, b) -> a,
                        TreeMap::new));
        assertEquals(4, planted.size(), "20 % of 20");
        assertEquals(Set.of("calculation", "roll-forward"), new TreeSet<>(planted.values()),
                "this seed plants both kinds");

        List<String> args = new ArrayList<>(List.of("link"));
        entries.forEach(e -> args.add(tmp.resolve("corpus").resolve(e.file()).toString()));
        Path json = tmp.resolve("report.json");
        args.addAll(List.of("--store", tmp.resolve("store").toString(), "--report", json.toString(), "--quiet"));
        CliTest.Result linked = CliTest.cli(args.toArray(String[]::new));
        assertEquals(1, linked.exit(), linked.out() + linked.err());
        Report report = ReportJson.read(json);
        assertEquals(20, report.summary().disclosures());
        assertEquals(0, report.summary().rejected());

        Map<String, String> failed = new TreeMap<>();
        for (Report.FindingReport f : report.findings()) {
            if ("error".equals(f.severity()) && "fail".equals(f.status())) {
                String file = Path.of(f.disclosure()).getFileName().toString();
                String before = failed.put(file, f.check());
                assertTrue(before == null, "one failed check per planted page: " + file + " " + before + ", " + f.check());
            }
        }
        assertEquals(planted, failed);
    }

    @Test
    void benchPrintsTheTableWithPositiveFigures() {
        CliTest.Result r = CliTest.cli("bench", "--disclosures", "3", "--work", tmp.toString(), "--seed-page",
                Shared.seed().toString(), "--pages", RPages.apple("R38.htm").getParent().toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        String header = r.out().lines().filter(l -> l.startsWith("N ")).findFirst().orElseThrow();
        for (String column : List.of("disc/s", "facts/s", "triples/s", "parse", "link", "map", "write", "compact", "check",
                "report", "heap MB", "RSS MB", "store MB", "triples", "loader t/s", "ratio")) {
            assertTrue(header.contains(column), column + " in " + header);
        }
        String row = r.out().lines().filter(l -> l.startsWith("3 ")).findFirst().orElseThrow();
        String[] cells = row.replace("|", " ").replace("%", " ").trim().split("\\s+");
        // N, disc/s, facts/s, triples/s, parse ... report (8 shares), heap, RSS, store, triples, loader t/s, ratio
        for (int i : new int[] {1, 2, 3, 12, 13, 14, 15, 16, 17}) {
            assertTrue(Double.parseDouble(cells[i]) > 0, "column " + i + " of " + row);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
