package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.xbrllinker.instance.XbrlContext;
import org.xbrllinker.instance.XbrlFact;
import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.pipeline.DisclosureReader;
import org.xbrllinker.pipeline.FilingFiles;
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
    void linkingTheCorpusFailsExactlyThePlantedChecks() throws Exception {
        List<CorpusGenerator.Entry> entries = generator().generate(20, 0.2, 7, tmp.resolve("corpus"));
        Map<String, String> planted = entries.stream().filter(CorpusGenerator.Entry::planted)
                .collect(Collectors.toMap(CorpusGenerator.Entry::file, CorpusGenerator.Entry::check, (a, b) -> a,
                        TreeMap::new));
        assertEquals(4, planted.size(), "20 % of 20");
        assertEquals(Set.of("calculation", "roll-forward"), new TreeSet<>(planted.values()),
                "this seed plants both kinds");

        Report report = linkCorpus(entries);
        assertEquals(20, report.summary().disclosures());
        assertEquals(0, report.summary().rejected());
        assertEquals(planted, failedErrorChecks(report));
    }

    @Test
    void theSameSeedWritesTheSameFilingCopiesByteForByteForAnotherEntity() throws Exception {
        List<CorpusGenerator.Entry> a = generator().generate(50, 0.5, 1.0, 7, tmp.resolve("a"));
        generator().generate(50, 0.5, 1.0, 7, tmp.resolve("b"));
        List<String> files = tree(tmp.resolve("a"));
        assertEquals(files, tree(tmp.resolve("b")));
        for (String name : files) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
        }
        // 50 disclosures at a share of 1: one filing copy (42 R pages) and 8 single pages
        List<CorpusGenerator.Entry> filings = a.stream().filter(e -> e.form().equals("instance")).toList();
        assertEquals(1, filings.size());
        assertEquals(8, a.size() - 1);
        CorpusGenerator.Entry copy = filings.get(0);
        assertTrue(copy.planted(), "at least one copy carries an error when the rate is above 0");
        assertEquals("calculation.instance", copy.check());
        Path folder = tmp.resolve("a").resolve(copy.file());
        assertEquals(42, tree(folder).stream().filter(f -> f.matches("R\\d+\\.htm")).count());
        assertFalse(Files.exists(folder.resolve("aapl-20250329.htm")), "the inline document is left out");

        XbrlInstance original = FilingFiles.readInstance(RPages.apple("aapl-20250329_htm.xml"));
        XbrlInstance changed = FilingFiles.readInstance(folder.resolve("aapl-20250329_htm.xml"));
        assertEquals(original.facts().size(), changed.facts().size());
        assertEquals(original.contexts().size(), changed.contexts().size());
        assertEquals(Set.of(copy.cik()), changed.contexts().values().stream().map(XbrlContext::entityId)
                .collect(Collectors.toSet()));
        assertEquals(copy.entity(), value(changed, "dei:EntityRegistrantName", "c-1"));
        assertEquals(copy.cik(), value(changed, "dei:EntityCentralIndexKey", "c-1"));
        assertEquals(java.time.LocalDate.parse("2025-03-29").plusYears(copy.yearShift()).toString(),
                value(changed, "dei:DocumentPeriodEndDate", "c-1"));
        assertEquals(original.contexts().get("c-1").period().end().plusYears(copy.yearShift()),
                changed.contexts().get("c-1").period().end());
        // every numeric fact is the original times the factor, but the planted one
        BigDecimal factor = BigDecimal.valueOf(copy.factor());
        int numeric = 0;
        for (int i = 0; i < original.facts().size(); i++) {
            XbrlFact o = original.facts().get(i);
            XbrlFact c = changed.facts().get(i);
            assertEquals(o.concept() + " " + o.contextRef(), c.concept() + " " + c.contextRef());
            if (o.numeric() && o.value() != null) {
                numeric++;
                BigDecimal expected = o.value().multiply(factor);
                if ((c.concept() + " " + c.contextRef()).equals(copy.row())) {
                    assertEquals(0, new BigDecimal(copy.original()).compareTo(expected), copy.row());
                    assertEquals(0, new BigDecimal(copy.changed()).compareTo(c.value()), copy.row());
                    assertTrue(c.value().compareTo(expected) != 0, "the planted fact differs");
                } else {
                    assertEquals(0, expected.compareTo(c.value()), o.concept() + " " + o.contextRef());
                }
            }
        }
        assertTrue(numeric > 500, "numeric facts compared: " + numeric);
        String cover = Files.readString(folder.resolve("R1.htm"));
        assertTrue(cover.contains(copy.entity()) && cover.contains(copy.cik()), "the cover page names the entity");
        assertFalse(cover.contains("Apple Inc.") || cover.contains("0000320193"), "no trace of Apple's name or CIK");
    }

    @Test
    void anInstanceShareOfZeroWritesTheSamePagesAsBefore() throws IOException {
        generator().generate(30, 0.2, 7, tmp.resolve("a"));
        generator().generate(30, 0.2, 0.0, 7, tmp.resolve("b"));
        List<String> names = names(tmp.resolve("a"));
        assertEquals(names, names(tmp.resolve("b")));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void linkingAMixedCorpusLinksEveryFilingCopyAndFailsExactlyThePlantedChecks() throws Exception {
        // 90 disclosures, all that can be in filings: two copies (one planted), 6 single pages
        List<CorpusGenerator.Entry> entries = generator().generate(90, 0.5, 1.0, 6, tmp.resolve("corpus"));
        Map<String, String> planted = entries.stream().filter(CorpusGenerator.Entry::planted)
                .collect(Collectors.toMap(CorpusGenerator.Entry::file, CorpusGenerator.Entry::check, (a, b) -> a,
                        TreeMap::new));
        assertEquals(2, entries.stream().filter(e -> e.form().equals("instance")).count());
        assertEquals(Set.of("calculation", "roll-forward", "calculation.instance"), new TreeSet<>(planted.values()),
                "this seed plants all three kinds");
        assertTrue(entries.stream().anyMatch(e -> e.form().equals("instance") && !e.planted()), "a clean copy too");
        assertEquals(Set.of("html", "text", "instance"),
                entries.stream().map(CorpusGenerator.Entry::form).collect(Collectors.toSet()), "all three forms");

        Report report = linkCorpus(entries);
        assertEquals(90, report.summary().disclosures(), "6 pages and 2 × 42 filing pages");
        assertEquals(0, report.summary().rejected());
        assertEquals(planted, failedErrorChecks(report));
    }

    /** Links every entry of the corpus under {@code tmp/corpus} with the CLI; some check fails (exit 1). */
    private Report linkCorpus(List<CorpusGenerator.Entry> entries) throws Exception {
        List<String> args = new ArrayList<>(List.of("link"));
        entries.forEach(e -> args.add(tmp.resolve("corpus").resolve(e.file()).toString()));
        Path json = tmp.resolve("report.json");
        args.addAll(List.of("--store", tmp.resolve("store").toString(), "--report", json.toString(), "--quiet"));
        CliTest.Result linked = CliTest.cli(args.toArray(String[]::new));
        assertEquals(1, linked.exit(), linked.out() + linked.err());
        return ReportJson.read(json);
    }

    /** The failed error-level check of each corpus entry (a page file or a filing folder); one at most per entry. */
    private Map<String, String> failedErrorChecks(Report report) {
        Map<String, String> failed = new TreeMap<>();
        for (Report.FindingReport f : report.findings()) {
            if ("error".equals(f.severity()) && "fail".equals(f.status())) {
                String file = entryOf(tmp.resolve("corpus"), Path.of(f.disclosure()));
                String before = failed.put(file, f.check());
                assertTrue(before == null, "one failed check per planted entry: " + file + " " + before + ", "
                        + f.check() + " " + f.message());
            }
        }
        return failed;
    }

    @Test
    void benchPrintsTheTableWithPositiveFigures() {
        CliTest.Result r = CliTest.cli("bench", "--disclosures", "3", "--work", tmp.toString(), "--seed-page",
                Shared.seed().toString(), "--pages", RPages.apple("R38.htm").getParent().toString(),
                "--check-scaling", "2");
        assertEquals(0, r.exit(), r.out() + r.err());
        String header = r.out().lines().filter(l -> l.startsWith("N ")).findFirst().orElseThrow();
        for (String column : List.of("disc/s", "facts/s", "triples/s", "parse", "link", "map", "write", "compact", "check",
                "report", "heap MB", "postGC MB", "RSS MB", "anon MB", "store MB", "triples", "loader t/s", "ratio")) {
            assertTrue(header.contains(column), column + " in " + header);
        }
        String row = r.out().lines().filter(l -> l.startsWith("3 ")).findFirst().orElseThrow();
        String[] cells = row.replace("|", " ").replace("%", " ").trim().split("\\s+");
        // N, disc/s, facts/s, triples/s, parse ... report (8 shares), heap, live, RSS, anon, store, triples,
        // loader t/s, ratio
        for (int i : new int[] {1, 2, 3, 12, 13, 14, 15, 16, 17, 18, 19}) {
            assertTrue(Double.parseDouble(cells[i]) > 0, "column " + i + " of " + row);
        }
        double heap = Double.parseDouble(cells[12]);
        double live = Double.parseDouble(cells[13]);
        double rss = Double.parseDouble(cells[14]);
        double anon = Double.parseDouble(cells[15]);
        // the anonymous part of the resident set never exceeds its peak, and holds at least the heap's peak; what a
        // collection leaves is part of the heap in use
        assertTrue(anon <= rss, row);
        assertTrue(anon >= heap, row);
        assertTrue(live <= anon, row);
        // each step's peak heap, none above the run's
        String byStep = r.out().lines().filter(l -> l.startsWith("peak heap by step at N = 3: ")).findFirst()
                .orElseThrow(() -> new AssertionError(r.out()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(link|check|report) (\\d+) MB \\(after GC \\d+ MB\\)")
                .matcher(byStep);
        List<String> steps = new ArrayList<>();
        while (m.find()) {
            steps.add(m.group(1));
            assertTrue(Long.parseLong(m.group(2)) <= Math.round(Double.parseDouble(cells[12])) + 1, byStep);
        }
        assertEquals(List.of("link", "check", "report"), steps, byStep);

        // --check-scaling 2: two more disclosures checked into the N = 3 store and into an empty one
        java.util.regex.Matcher scaling = java.util.regex.Pattern.compile("check step of 2 more disclosures at N = 3: "
                + "(\\d+\\.\\d+) s into the N store, (\\d+\\.\\d+) s into an empty store \\((\\d+\\.\\d+)x\\)")
                .matcher(r.out());
        assertTrue(scaling.find(), r.out());
        double into = Double.parseDouble(scaling.group(1));
        double empty = Double.parseDouble(scaling.group(2));
        assertTrue(into > 0 && empty > 0, scaling.group());
        // the ratio of the unrounded times: within what rounding each to 0.01 s allows
        double ratio = Double.parseDouble(scaling.group(3));
        assertTrue(ratio >= (into - 0.005) / (empty + 0.005) - 0.005 && ratio <= (into + 0.005) / (empty - 0.005) + 0.005,
                scaling.group());
    }

    /** The corpus entry a finding's subject belongs to: a page file, or the filing folder holding it. */
    private static String entryOf(Path corpus, Path subject) {
        Path rel = corpus.toAbsolutePath().relativize(subject.toAbsolutePath());
        return rel.getName(0).toString();
    }

    private static String value(XbrlInstance instance, String concept, String context) {
        return instance.facts().stream().filter(f -> f.concept().equals(concept) && f.contextRef().equals(context))
                .map(XbrlFact::text).findFirst().orElseThrow(() -> new AssertionError(concept + " " + context));
    }

    /** Every file under {@code dir}, as relative paths, sorted. */
    private static List<String> tree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
