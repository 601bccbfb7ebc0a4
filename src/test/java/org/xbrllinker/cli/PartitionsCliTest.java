package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/** {@code link --partitions N}: passed to the job as its {@code partitions} parameter; bad values refused, exit 2. */
class PartitionsCliTest {

    @TempDir
    Path tmp;

    @Test
    void twoPartitionsLinkWhatOneDoesAndBadCountsAreRefused() throws Exception {
        Path a = Files.copy(Shared.seed(), tmp.resolve("a.txt"));
        Path b = Files.copy(Shared.seed(), tmp.resolve("b.txt"));
        Path c = Files.copy(Shared.seed(), tmp.resolve("c.txt"));
        CliTest.Result two = CliTest.cli("link", a.toString(), b.toString(), c.toString(), "--partitions", "2",
                "--store", tmp.resolve("two").toString(), "--quiet");
        assertEquals(0, two.exit(), two.out() + two.err());
        assertTrue(two.out().contains("3 disclosure(s), 30 line item(s), 57 fact(s)"), two.out());
        CliTest.Result one = CliTest.cli("link", a.toString(), b.toString(), c.toString(),
                "--store", tmp.resolve("one").toString(), "--quiet");
        assertEquals(0, one.exit(), one.out() + one.err());
        Report r1 = ReportJson.read(tmp.resolve("one").resolve("report.json"));
        Report r2 = ReportJson.read(tmp.resolve("two").resolve("report.json"));
        assertEquals(List.of(a.toString(), b.toString(), c.toString()),
                r2.disclosures().stream().map(Report.DisclosureReport::source).toList());
        assertEquals(r1, r2);

        for (String bad : List.of("0", "-1", "two")) {
            CliTest.Result refused = CliTest.cli("link", a.toString(), "--partitions", bad,
                    "--store", tmp.resolve("refused").toString());
            assertEquals(2, refused.exit(), refused.out() + refused.err());
            assertTrue(refused.err().contains("xbrl-linker: --partitions must be a positive integer, found '" + bad
                    + "'"), refused.err());
            assertFalse(Files.exists(tmp.resolve("refused").resolve("report.json")));
        }
    }
}
