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
 * Folders as a new user gives them: a folder of downloaded filings, a folder of pages saved under their own names, R
 * pages of a filing saved without its instance. Built from the real pages in {@code ../shared/data/r-pages}.
 */
class FolderInputsTest {

    private static final Path R_PAGES = Shared.data().resolve("r-pages");

    @TempDir
    Path tmp;

    @Test
    void aFolderThatIsNoFilingStandsForItsPagesAndTheFilingFoldersInItInNameOrder() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(Shared.seed(), folder.resolve("a-seed.txt"));
        Files.copy(R_PAGES.resolve("3m-2024/R1.htm"), folder.resolve("b-3m-cover.htm"));
        Path filing = Files.createDirectories(folder.resolve("c-adobe-2023"));
        Files.copy(R_PAGES.resolve("adobe-2023/FilingSummary.xml"), filing.resolve("FilingSummary.xml"));
        Files.copy(R_PAGES.resolve("adobe-2023/R1.htm"), filing.resolve("R1.htm"));
        Files.writeString(folder.resolve("notes.csv"), "not a page\n");
        Files.createDirectories(folder.resolve("d-empty"));

        Inputs.Plan plan = Inputs.planned(List.of(folder));
        assertEquals(List.of("a-seed.txt", "b-3m-cover.htm", "c-adobe-2023/R1.htm"),
                plan.work().stream().map(w -> folder.relativize(w.path()).toString()).toList());
        assertEquals(List.of(Work.Kind.PAGE, Work.Kind.PAGE, Work.Kind.PAGE),
                plan.work().stream().map(Work::kind).toList());
        assertEquals(List.of(), plan.warnings());

        Path report = tmp.resolve("mixed.json");
        CliTest.Result r = CliTest.cli("link", folder.toString(), "--store", tmp.resolve("s1").toString(),
                "--report", report.toString(), "--quiet");
        assertEquals(3, ReportJson.read(report).summary().disclosures(), r.out() + r.err());
    }

    @Test
    void aFolderWithNothingToLinkIsAWarningNamingWhatWasLookedFor() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("nothing"));
        Files.writeString(folder.resolve("readme.md"), "no pages here\n");
        Inputs.Plan plan = Inputs.planned(List.of(folder));
        assertEquals(List.of(), plan.work());
        assertEquals(List.of(folder + ": holds no disclosure to link: no R pages (R2.htm), FilingSummary.xml or "
                + "instance of a filing, no .txt or .htm pages, and no filing folders"), plan.warnings());

        Path report = tmp.resolve("nothing.json");
        CliTest.Result r = CliTest.cli("link", folder.toString(), "--store", tmp.resolve("s2").toString(),
                "--report", report.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(plan.warnings().get(0)), r.out());
        assertEquals(plan.warnings(), ReportJson.read(report).warnings());
    }

    /**
     * Kamada's 2022 Q3 pages were saved with their FilingSummary.xml but without the instance: there is nothing to
     * tie their cells to, so {@code duplicate.instance} does not run (it said every cell's instance fact was missing:
     * 125 failed errors).
     */
    @Test
    void pagesOfAFilingSavedWithoutItsInstanceAreNotTiedToAnInstance() throws Exception {
        Path report = tmp.resolve("kamada.json");
        CliTest.Result r = CliTest.cli("link", R_PAGES.resolve("kamada-2022q3").toString(), "--store",
                tmp.resolve("s3").toString(), "--report", report.toString(), "--quiet");
        Report written = ReportJson.read(report);
        assertEquals(3, written.summary().disclosures(), r.out() + r.err());
        assertEquals(0, written.summary().failedErrors(), r.out());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(written.findings().stream().noneMatch(f -> f.check().equals("duplicate.instance")),
                written.findings().toString());
        assertTrue(written.findings().stream().anyMatch(f -> f.check().equals("cross-reference.unknown-role")),
                "the other checks still run");
    }
}
