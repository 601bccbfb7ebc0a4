package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.testing.Shared;

/** {@code link --skip-limit N}: bad inputs within the limit are skipped and named; one more stops the job, exit 2. */
class SkipLimitCliTest {

    @TempDir
    Path tmp;

    @Test
    void theCommandLineExitsTwoAndNamesEveryRefusalWhenTheLimitIsExceeded() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path notAmount = Files.writeString(tmp.resolve("not-an-amount.txt"),
                Files.readString(Shared.seed()).replace("|(86,170)", "|(86,17O)"));
        CliTest.Result r = CliTest.cli("link", empty.toString(), Shared.seed().toString(), notAmount.toString(),
                "--skip-limit", "1", "--store", tmp.resolve("store").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("xbrl-linker: more than 1 input(s) rejected, the skip limit; the job stopped\n"
                + "xbrl-linker: " + empty + ":1: empty file: expected an R page title\n"
                + "xbrl-linker: " + notAmount + ":30: expected an amount after \"Write-off\", found \"(86,17O)\""),
                r.err());
        assertFalse(r.out().contains("disclosure(s)"), r.out());

        CliTest.Result within = CliTest.cli("link", empty.toString(), Shared.seed().toString(), notAmount.toString(),
                "--skip-limit", "2", "--store", tmp.resolve("store2").toString());
        assertEquals(2, within.exit(), within.out() + within.err());
        assertTrue(within.out().contains("1 disclosure(s), 10 line item(s), 19 fact(s)"), within.out());
        assertTrue(within.out().contains("2 input(s) rejected"), within.out());

        CliTest.Result negative = CliTest.cli("link", Shared.seed().toString(), "--skip-limit", "-1",
                "--store", tmp.resolve("store3").toString());
        assertEquals(2, negative.exit());
        assertTrue(negative.err().contains("xbrl-linker: --skip-limit must be 0 or more, found -1"), negative.err());
    }

    /** Twelve refusals make an exit status of about 1,300 characters: the store's job repository keeps it whole. */
    @Test
    @Timeout(300)
    void everyRefusalIsNamedWhenManyExceedTheLimit() throws Exception {
        Path bad = Files.createDirectory(tmp.resolve("bad"));
        String notAmount = Files.readString(Shared.seed()).replace("|(86,170)", "|(86,17O)");
        for (int i = 1; i <= 12; i++) {
            Files.writeString(bad.resolve(String.format("not-an-amount-%02d.txt", i)), notAmount);
        }
        CliTest.Result r = CliTest.cli("link", bad.toString(), "--skip-limit", "10", "--store",
                tmp.resolve("store").toString(), "--quiet");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("xbrl-linker: more than 10 input(s) rejected, the skip limit; the job stopped\n"),
                r.err());
        for (int i = 1; i <= 11; i++) {
            String file = bad.resolve(String.format("not-an-amount-%02d.txt", i)).toString();
            assertTrue(r.err().contains("xbrl-linker: " + file + ":30: expected an amount after \"Write-off\""),
                    file + " in " + r.err());
        }
    }
}
