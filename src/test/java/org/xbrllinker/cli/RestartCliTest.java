package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * {@code link} names its execution and keeps it in the store's job repository; {@code restart} takes up one that did
 * not complete and refuses, with exit 2 and a message, what it cannot restart. (A killed process's execution is
 * {@link CrashRestartTest}.)
 */
class RestartCliTest {

    static final Pattern EXECUTION = Pattern.compile("(?m)^Job execution: (\\d+) \\(job repository: (.+)\\)$");

    @TempDir
    Path tmp;

    @Test
    void aRunStoppedByABadInputIsRestartedOnceTheInputIsFixed() throws Exception {
        Path store = tmp.resolve("store");
        Path notAmount = Files.writeString(tmp.resolve("not-an-amount.txt"),
                Files.readString(Shared.seed()).replace("|(86,170)", "|(86,17O)"));
        CliTest.Result failed = CliTest.cli("link", Shared.seed().toString(), notAmount.toString(), "--skip-limit", "0",
                "--store", store.toString(), "--quiet");
        assertEquals(2, failed.exit(), failed.out() + failed.err());
        Matcher hint = Pattern.compile("xbrl-linker: execution (\\d+) can be restarted from its last checkpoint \\(once "
                + "its inputs are fixed\\): xbrl-linker restart \\1 --store " + Pattern.quote(store.toString()))
                .matcher(failed.err());
        assertTrue(hint.find(), failed.err());
        String id = hint.group(1);

        Files.copy(Shared.seed(), notAmount, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliTest.Result restarted = CliTest.cli("restart", id, "--store", store.toString(), "--quiet");
        assertEquals(0, restarted.exit(), restarted.out() + restarted.err());
        assertTrue(restarted.err().contains("xbrl-linker: execution " + id + " restarted as execution "), restarted.err());
        assertTrue(restarted.out().contains("2 disclosure(s), 20 line item(s), 38 fact(s)"), restarted.out());
        assertTrue(restarted.out().contains("0 input(s) rejected"), restarted.out());
        Matcher execution = EXECUTION.matcher(restarted.out());
        assertTrue(execution.find(), restarted.out());
        assertTrue(Long.parseLong(execution.group(1)) > Long.parseLong(id));
        assertEquals(store.toAbsolutePath().resolve("job-repository").toString(), execution.group(2));
        Report report = ReportJson.read(store.resolve("report.json"));
        assertEquals(2, report.summary().disclosures());
        assertEquals(0, report.rejected().size());

        // done: nothing more to restart
        CliTest.Result again = CliTest.cli("restart", "--store", store.toString());
        assertEquals(2, again.exit(), again.out() + again.err());
        assertTrue(again.err().contains("xbrl-linker: execution " + execution.group(1) + " completed; nothing to restart"),
                again.err());
        // the first execution is no longer the most recent of its run
        CliTest.Result older = CliTest.cli("restart", id, "--store", store.toString());
        assertEquals(2, older.exit(), older.out() + older.err());
        assertTrue(older.err().contains("execution " + id + " is not the most recent of its run; restart "
                + execution.group(1) + " (COMPLETED) instead"), older.err());
        assertTrue(Files.exists(store.resolve("report.json")), "a refused restart leaves the report");
    }

    @Test
    void linkNamesItsExecutionAndRestartRefusesWhatItCannotRestart() throws Exception {
        Path store = tmp.resolve("store");
        CliTest.Result linked = CliTest.cli("link", Shared.seed().toString(), "--store", store.toString(), "--quiet",
                "--chunk-size", "1");
        assertEquals(0, linked.exit(), linked.out() + linked.err());
        assertTrue(linked.out().contains("1 disclosure(s), 10 line item(s), 19 fact(s)"), linked.out());
        assertTrue(linked.out().contains("JSON report: " + store.resolve("report.json")), linked.out());
        Matcher execution = EXECUTION.matcher(linked.out());
        assertTrue(execution.find(), linked.out());
        assertTrue(Files.isRegularFile(store.resolve("job-repository").resolve("jberet.mv.db")));

        CliTest.Result done = CliTest.cli("restart", execution.group(1), "--store", store.toString());
        assertEquals(2, done.exit());
        assertTrue(done.err().contains("execution " + execution.group(1) + " completed; nothing to restart"), done.err());

        CliTest.Result unknown = CliTest.cli("restart", "999", "--store", store.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("holds no execution 999 (it holds [" + execution.group(1) + "])"), unknown.err());

        Path elsewhere = tmp.resolve("no-store");
        CliTest.Result none = CliTest.cli("restart", "--store", elsewhere.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains(elsewhere + " has no job repository"), none.err());
        assertFalse(Files.exists(elsewhere), "restart creates no store");

        CliTest.Result zero = CliTest.cli("link", Shared.seed().toString(), "--store", store.toString(),
                "--chunk-size", "0");
        assertEquals(2, zero.exit());
        assertTrue(zero.err().contains("--chunk-size must be 1 or more, found 0"), zero.err());
    }
}
