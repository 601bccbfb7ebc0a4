package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.testing.Shared;

/**
 * The warm-up of {@code link} ({@link LinkWarmup}): the job finds the store, taxonomy and checks it prepared, and a
 * run with it gives what a run without it gives — the same report, the same quads, the same errors and exit codes.
 */
class LinkWarmupTest {

    @TempDir
    Path tmp;

    /**
     * Weld booted before the runs compared: the first boot of a JVM logs its INFO lines into the standard error of the
     * run that boots it (the command line shows only warnings; tests keep JUL's defaults).
     */
    @org.junit.jupiter.api.BeforeAll
    static void bootWeld() {
        StoreJobs.bootWeld();
    }

    /** Standard error without JUL's time stamp lines (the framework's own log records are compared by themselves). */
    private static String err(CliTest.Result r, Path store) {
        return r.err().replace(store.toString(), "STORE").lines()
                .filter(l -> !l.matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M .*"))
                .filter(l -> !l.startsWith("INFO: ")) // the command line shows only warnings (Main.quietFrameworkLogs)
                .map(l -> l.replaceAll("@[0-9a-f]+", "@"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** {@code link} with the warm-up on or off ({@code -Dxbrllinker.warmup=false}). */
    private static CliTest.Result link(boolean warmup, String... args) {
        List<String> all = new ArrayList<>(List.of("link"));
        all.addAll(List.of(args));
        synchronized (CliTest.class) {
            String before = System.getProperty("xbrllinker.warmup");
            try {
                if (warmup) {
                    System.clearProperty("xbrllinker.warmup");
                } else {
                    System.setProperty("xbrllinker.warmup", "false");
                }
                return CliTest.cli(all.toArray(String[]::new));
            } finally {
                if (before == null) {
                    System.clearProperty("xbrllinker.warmup");
                } else {
                    System.setProperty("xbrllinker.warmup", before);
                }
            }
        }
    }

    /** The store's quads as sorted N-Quads lines, blank node labels made equal (they differ from load to load). */
    private static List<String> quads(Path store) {
        XbrlStore s = XbrlStore.open(store);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(s.dataset(), () -> RDFDataMgr.write(out, s.dataset(), Lang.NQUADS));
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("_:\\S+", "_:b")).sorted().toList();
    }

    @Test
    void aRunWithTheWarmUpWritesAndReportsWhatARunWithoutItDoes() throws Exception {
        Path on = tmp.resolve("on");
        Path off = tmp.resolve("off");
        CliTest.Result warm = link(true, Shared.seed().toString(), "--store", on.toString());
        CliTest.Result cold = link(false, Shared.seed().toString(), "--store", off.toString());
        assertEquals(0, warm.exit(), warm.out() + warm.err());
        assertEquals(cold.exit(), warm.exit());
        assertEquals(cold.out().replace(off.toString(), "STORE"), warm.out().replace(on.toString(), "STORE"));
        assertEquals(err(cold, off), err(warm, on));
        assertTrue(warm.out().contains("1 disclosure(s), 10 line item(s), 19 fact(s); 31 finding(s)"), warm.out());
        List<String> warmQuads = quads(on);
        assertTrue(warmQuads.size() > 2000, "quads written: " + warmQuads.size());
        assertEquals(quads(off), warmQuads);
        assertEquals(Files.readString(off.resolve("report.json")).replace(off.toString(), "STORE"),
                Files.readString(on.resolve("report.json")).replace(on.toString(), "STORE"));
    }

    @Test
    void theStoreTheWarmUpOpensIsTheOneTheJobGets() throws Exception {
        Path store = tmp.resolve("store");
        Files.createDirectories(store);
        LinkWarmup warmup = LinkWarmup.startFor("link", "page.txt", "--store", store.toString());
        assertTrue(warmup.running());
        warmup.awaitJena();
        warmup.openStore(store.toAbsolutePath().normalize());
        warmup.close(); // waits for the store
        XbrlStore opened = warmup.opened();
        assertNotNull(opened, "the warm-up opened the store");
        // the job's steps open the store by its folder (batch/Stores): TDB2 hands them the warm-up's connection
        assertSame(opened.dataset().asDatasetGraph(), XbrlStore.open(store).dataset().asDatasetGraph());
        assertTrue(Files.exists(store.resolve("tdb.lock")), "a TDB2 store in " + store);
    }

    @Test
    void aStoreTheWarmUpCannotOpenFailsTheJobWithTheSameErrorAsWithout() throws Exception {
        List<String> warmErrors = new ArrayList<>();
        List<String> coldErrors = new ArrayList<>();
        Path on = brokenStore("on");
        Path off = brokenStore("off");
        CliTest.Result warm = withLoggedErrors(warmErrors, () -> link(true, Shared.seed().toString(),
                "--store", on.toString(), "--quiet"));
        CliTest.Result cold = withLoggedErrors(coldErrors, () -> link(false, Shared.seed().toString(),
                "--store", off.toString(), "--quiet"));
        assertEquals(2, warm.exit(), warm.out() + warm.err());
        assertEquals(cold.exit(), warm.exit());
        assertEquals(err(cold, off), err(warm, on));
        assertTrue(warm.err().contains("job link-disclosures ended FAILED"), warm.err());
        // the job's own error is TDB2's about the folder, not a lock the failed warm-up kept
        assertEquals(List.of("Not a directory: " + tmp.resolve("on").resolve("Data-0001")), warmErrors);
        assertEquals(List.of("Not a directory: " + tmp.resolve("off").resolve("Data-0001")), coldErrors);
    }

    /** A store folder TDB2 cannot open: its data folder is a file. */
    private Path brokenStore(String name) throws Exception {
        Path store = Files.createDirectories(tmp.resolve(name));
        Files.writeString(store.resolve("Data-0001"), "not a folder");
        return store;
    }

    /** Runs {@code run} and collects the messages of the exceptions logged meanwhile (JBeret logs the step's). */
    private static CliTest.Result withLoggedErrors(List<String> messages,
                                                   java.util.function.Supplier<CliTest.Result> run) {
        Logger root = Logger.getLogger("");
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getThrown() != null) {
                    synchronized (messages) {
                        messages.add(r.getThrown().getMessage());
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        root.addHandler(handler);
        try {
            return run.get();
        } finally {
            root.removeHandler(handler);
        }
    }

    @Test
    void aFailedOpenOfAStoreFailsAgainWithItsOwnError() throws Exception {
        Path store = brokenStore("broken");
        RuntimeException first = assertThrows(RuntimeException.class, () -> XbrlStore.open(store));
        RuntimeException second = assertThrows(RuntimeException.class, () -> XbrlStore.open(store));
        assertEquals("Not a directory: " + store.resolve("Data-0001"), first.getMessage());
        assertEquals(first.getMessage(), second.getMessage()); // not "Lock already held"
        Files.delete(store.resolve("Data-0001"));
        XbrlStore fixed = XbrlStore.open(store);
        assertEquals(0, fixed.size());
    }

    @Test
    void onlyARunOfLinkIsWarmedUpAndTheSwitchTurnsItOff() {
        assertFalse(LinkWarmup.startFor("query", "SELECT * {}").running());
        assertFalse(LinkWarmup.startFor("link", "--help").running());
        assertFalse(LinkWarmup.startFor().running());
        synchronized (CliTest.class) {
            System.setProperty("xbrllinker.warmup", "false");
            try {
                assertFalse(LinkWarmup.enabled());
                assertFalse(LinkWarmup.startFor("link", "page.txt").running());
            } finally {
                System.clearProperty("xbrllinker.warmup");
            }
        }
        try (LinkWarmup w = LinkWarmup.startFor("link", "page.txt")) {
            assertTrue(w.running());
            assertSame(null, w.opened()); // no store asked for: none opened
        }
    }
}
