package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Work;
import org.xbrllinker.report.Report;
import org.xbrllinker.report.ReportJson;
import org.xbrllinker.testing.Shared;

/**
 * What planning a filing folder could not do as the folder asked is a warning of the run, with its file and reason:
 * a FilingSummary.xml that cannot be read (the pages are then linked in the order of their numbers), R pages the
 * summary does not list (not linked), pages it lists that the folder lacks. Built from Apple's 10-Q: its real summary
 * and two of its pages, and a truncated summary from the malformed corpus.
 */
class PlanWarningsTest {

    private static final Path APPLE = Shared.data().resolve("filings/aapl-0000320193-25-000057");

    @TempDir
    Path tmp;

    @Test
    void anUnreadableSummaryIsAWarningAndThePagesAreLinkedByNumber() throws Exception {
        Path folder = pages("unreadable", "R3.htm", "R2.htm");
        Files.copy(Path.of("src/test/resources/malformed/filing-summary/truncated.xml"),
                folder.resolve("FilingSummary.xml"));
        Inputs.Plan plan = Inputs.planned(List.of(folder));
        assertEquals(List.of("R2.htm", "R3.htm"), pageNames(plan));
        assertEquals(1, plan.warnings().size(), plan.warnings().toString());
        String warning = plan.warnings().get(0);
        assertTrue(warning.startsWith(folder.resolve("FilingSummary.xml") + ": not readable ("), warning);
        assertTrue(warning.endsWith("the folder's R pages are linked in the order of their numbers, without the "
                + "summary's titles and roles"), warning);

        // through the job: the report's warnings list it, and both pages are linked
        Path report = tmp.resolve("unreadable.json");
        CliTest.Result r = CliTest.cli("link", folder.toString(), "--store", tmp.resolve("s1").toString(),
                "--report", report.toString(), "--quiet");
        Report written = ReportJson.read(report);
        assertEquals(2, written.summary().disclosures(), r.out() + r.err());
        assertEquals(List.of(warning), written.warnings());
    }

    @Test
    void pagesTheSummaryLeavesOutOrLacksAreWarnings() throws Exception {
        Path folder = pages("subset", "R2.htm", "R4.htm");
        Files.copy(APPLE.resolve("FilingSummary.xml"), folder.resolve("FilingSummary.xml"));
        // a page the summary does not list: the folder holds it, the run does not link it
        Files.copy(APPLE.resolve("R3.htm"), folder.resolve("R99.htm"));
        Inputs.Plan plan = Inputs.planned(List.of(folder));
        assertEquals(List.of("R2.htm", "R4.htm"), pageNames(plan));
        Path summary = folder.resolve("FilingSummary.xml");
        assertEquals(List.of(summary + ": does not list R99.htm, which the folder holds: not linked",
                summary + ": lists 40 pages (R1.htm, R3.htm, R5.htm, R6.htm, R7.htm, ...), which the folder lacks"),
                plan.warnings());
        // a summary that lists every page the folder holds, and the folder every page it lists: no warning
        assertEquals(List.of(), Inputs.planned(List.of(APPLE)).warnings());
    }

    private Path pages(String name, String... pages) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(name));
        for (String page : pages) {
            Files.copy(APPLE.resolve(page), folder.resolve(page));
        }
        return folder;
    }

    private static List<String> pageNames(Inputs.Plan plan) {
        return plan.work().stream().filter(w -> w.kind() == Work.Kind.PAGE)
                .map(w -> w.path().getFileName().toString()).toList();
    }
}
