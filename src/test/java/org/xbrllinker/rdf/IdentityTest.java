package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.testing.Shared;

/** Identities that cannot collide: accession number, else entity and period, else name and content hash. */
class IdentityTest {

    private static final Iris IRIS = Iris.defaults();

    @TempDir
    Path tmp;

    @Test
    void anAccessionNumberIsReadFromTheNamesEdgarAndItsDownloadsUse() {
        assertEquals(Optional.of("0000320193-25-000057"), Identity.accession("aapl-0000320193-25-000057"));
        assertEquals(Optional.of("0000320193-25-000057"), Identity.accession("000032019325000057"));
        assertEquals(Optional.empty(), Identity.accession("junit1234567890123456789"), "19 digits are no accession");
        assertEquals(Optional.empty(), Identity.accession("aapl-20250329"));
        assertEquals("0000320193-25-000057",
                Identity.filing(Shared.data().resolve("filings/aapl-0000320193-25-000057").toString()));
        assertEquals(IRIS.base() + "graph/disclosure/0000320193-25-000057/R2", IRIS.disclosureGraph(
                Iris.pageOfFiling(Shared.data().resolve("filings/aapl-0000320193-25-000057").toString(), "R2.htm")));
    }

    @Test
    void aPageGivenAloneInAnAccessionFolderIsNamedAsItsFilingNamesIt() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("000032019325000057"));
        Path page = Files.copy(Shared.data().resolve("filings/aapl-0000320193-25-000057/R2.htm"), folder.resolve("R2.htm"));
        assertEquals("0000320193-25-000057/R2", Identity.page(page.toString()));
        assertEquals(IRIS.disclosureGraph(Iris.pageOfFiling(folder.toString(), "R2.htm")),
                IRIS.disclosureGraph(page.toString()));
    }

    @Test
    void twoFilesOfOneNameAreTwoDisclosuresAndOneFileAgainIsItself() throws Exception {
        Path a = Shared.copy("r-pages/3m-2024/R1.htm", tmp.resolve("a"), "R2.htm");
        Path b = Shared.copy("r-pages/adobe-2023/R1.htm", tmp.resolve("b"), "R2.htm");
        Path sameAsA = Files.copy(a, Files.createDirectories(tmp.resolve("c")).resolve("R2.htm"));
        assertNotEquals(IRIS.disclosureGraph(a.toString()), IRIS.disclosureGraph(b.toString()));
        assertTrue(Identity.page(a.toString()).matches("R2-[0-9a-f]{16}"), Identity.page(a.toString()));
        // the same name and bytes: the same disclosure, wherever the file lies
        assertEquals(IRIS.disclosureGraph(a.toString()), IRIS.disclosureGraph(sameAsA.toString()));
        // but each file is its own input: its refusal and its earlier versions are its own
        assertNotEquals(IRIS.input(a.toString()), IRIS.input(sameAsA.toString()));
        assertEquals(IRIS.rejectionGraph(a.toString()), IRIS.rejectionGraph(tmp.resolve("a/../a/R2.htm").toString()));

        // a changed file is another disclosure (its key follows the content, not a remembered one)
        String before = Identity.page(a.toString());
        Files.writeString(a, Files.readString(a, StandardCharsets.UTF_8) + "\n<!-- changed -->\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertNotEquals(before, Identity.page(a.toString()));
    }

    @Test
    void aFilingWithNoAccessionInItsNameIsNamedByTheEntityAndPeriodItsInstanceReports() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("my-filing"));
        Files.writeString(folder.resolve("f.xml"), """
                <xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2024">
                  <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000123456</xbrli:identifier></xbrli:entity>
                    <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
                  <dei:DocumentType contextRef="c">10-K/A</dei:DocumentType>
                  <dei:DocumentPeriodEndDate contextRef="c">2024-12-31</dei:DocumentPeriodEndDate>
                </xbrli:xbrl>
                """, StandardCharsets.UTF_8);
        assertEquals("0000123456_2024-12-31_10-K-A", Identity.filing(folder.toString()));
        assertEquals(IRIS.base() + "graph/filing/0000123456_2024-12-31_10-K-A", IRIS.filingGraph(folder.toString()));
        assertEquals(IRIS.base() + "graph/disclosure/0000123456_2024-12-31_10-K-A/R3",
                IRIS.disclosureGraph(Iris.pageOfFiling(folder.toString(), folder.resolve("R3.htm").toString())));

        // an instance that reports no period end: its name and content hash
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("g.xml"), "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"/>",
                StandardCharsets.UTF_8);
        assertTrue(Identity.filing(other.toString()).matches("other-[0-9a-f]{16}"), Identity.filing(other.toString()));
    }

    @Test
    void theInlineInstanceOfARealFilingTellsItsEntityAndPeriod() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("apple"));
        Files.copy(Shared.data().resolve("filings/aapl-0000320193-25-000057/aapl-20250329.htm"),
                folder.resolve("aapl-20250329.htm"));
        assertEquals("0000320193_2025-03-29_10-Q", Identity.filing(folder.toString()));
    }

    @Test
    void thePublishedSourceIsNeverAnAbsolutePath() {
        assertEquals("../shared/seeds/x.txt", Identity.published("../shared/seeds/x.txt"));
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals("src/test/x.txt", Identity.published(cwd.resolve("src/test/x.txt").toString()));
        String outside = tmp.resolve("deep/R2.htm").toAbsolutePath().toString();
        assertEquals("R2.htm", Identity.published(outside));
        assertFalse(Identity.published(outside).startsWith("/"));
    }
}
