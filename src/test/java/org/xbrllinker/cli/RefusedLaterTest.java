package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * An input that linked once and is refused on a later run loses its earlier graphs (the disclosure's and its
 * findings) in the same write that records its refusal: the store never shows it both linked and refused.
 */
class RefusedLaterTest {

    private static final Iris IRIS = Iris.defaults();

    @TempDir
    Path tmp;

    @Test
    void aPageRefusedLaterKeepsNoGraphOfItsEarlierRun() throws Exception {
        Path page = Files.copy(Shared.seed(), tmp.resolve("page.txt"));
        Path store = tmp.resolve("store");
        String disclosure = IRIS.disclosureGraph(page.toString());
        String findings = IRIS.findingsGraphOf(disclosure);
        String rejection = IRIS.rejectionGraph(page.toString());

        assertEquals(0, CliTest.cli("link", page.toString(), "--store", store.toString(), "--quiet").exit());
        try (XbrlStore s = XbrlStore.open(store)) {
            assertTrue(s.containsGraph(disclosure));
            assertTrue(s.containsGraph(findings));
            assertFalse(s.containsGraph(rejection));
        }

        // the same file, now one the text reader refuses
        Files.copy(Path.of("src/test/resources/malformed/text/cell-after-definitions.txt"), page,
                StandardCopyOption.REPLACE_EXISTING);
        Path report = tmp.resolve("second.json");
        CliTest.cli("link", page.toString(), "--store", store.toString(), "--report", report.toString(), "--quiet");
        Report second = ReportJson.read(report);
        assertEquals(1, second.rejected().size(), second.rejected().toString());
        try (XbrlStore s = XbrlStore.open(store)) {
            assertTrue(s.containsGraph(rejection), "the refusal is recorded");
            assertFalse(s.containsGraph(disclosure), "the earlier run's disclosure graph is gone");
            assertFalse(s.containsGraph(findings), "and its findings");
        }
    }
}
