package org.xbrllinker.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.testing.Shared;

/**
 * Apple's 10-Q FilingSummary.xml (R2's Report starts at line 26). Counted with Python ElementTree and grep: 43 Report
 * elements under MyReports
 * ({@code grep -c "<Report "} = 42 pages with an instance attribute, plus the "All Reports" book); MenuCategory Details 16,
 * Notes 12, Statements 6, Tables 6, Cover 1, Policies 1; ReportType Sheet 42, Book 1; R1.htm ... R42.htm on disk.
 */
class FilingSummaryReaderTest {

    private static final Path APPLE = Shared.data().resolve("filings").resolve("aapl-0000320193-25-000057");

    @Test
    void applesReports() throws InputException, IOException {
        Path file = APPLE.resolve("FilingSummary.xml");
        FilingSummary s = FilingSummaryReader.read(file);

        assertEquals("3.25.1", s.version());
        assertEquals("html", s.reportFormat());
        assertEquals("10-Q", s.documentType());
        assertEquals(43, s.reports().size());
        assertEquals(42, s.pages().size());
        try (var files = Files.list(APPLE)) {
            assertEquals(42, files.filter(p -> p.getFileName().toString().matches("R\\d+\\.htm")).count());
        }
        Map<String, Integer> menu = new TreeMap<>();
        s.pages().forEach(r -> menu.merge(r.menuCategory(), 1, Integer::sum));
        assertEquals(Map.of("Details", 16, "Notes", 12, "Statements", 6, "Tables", 6, "Cover", 1, "Policies", 1), menu);

        assertEquals(new ReportEntry(2, "R2.htm", "9952151 - Statement - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)",
                        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)",
                        "http://www.apple.com/role/CONDENSEDCONSOLIDATEDSTATEMENTSOFOPERATIONSUnaudited", "Statements", "Sheet",
                        "aapl-20250329.htm", false, false, SourceLocation.of(file.toString(), 26)),
                s.page("R2.htm").orElseThrow());
        for (int i = 0; i < 42; i++) {
            assertEquals(i + 1, s.pages().get(i).position());
            assertEquals("R" + (i + 1) + ".htm", s.pages().get(i).htmlFileName());
        }
        ReportEntry book = s.reports().get(42);
        assertEquals("All Reports", book.longName());
        assertEquals("Book", book.reportType());
        assertEquals(0, book.position());
        assertEquals(null, book.htmlFileName());

        assertEquals(List.of("aapl-20250329.htm", "aapl-20250329.xsd", "aapl-20250329_cal.xml", "aapl-20250329_def.xml",
                "aapl-20250329_lab.xml", "aapl-20250329_pre.xml"), s.inputFiles());
        assertEquals(List.of("aapl-20250329_g1.jpg"), s.supplementalFiles());
        assertEquals(List.of("http://fasb.org/us-gaap/2024", "http://xbrl.sec.gov/dei/2024", "http://xbrl.sec.gov/ecd/2024"),
                List.copyOf(s.baseTaxonomies().keySet()));
        assertEquals(668, s.baseTaxonomies().get("http://fasb.org/us-gaap/2024"));
    }

    @Test
    void aDoctypeIsRefused(@TempDir Path dir) throws IOException {
        Path evil = Files.writeString(dir.resolve("FilingSummary.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE FilingSummary [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<FilingSummary><Version>&x;</Version></FilingSummary>\n");
        InputException e = assertThrows(InputException.class, () -> FilingSummaryReader.read(evil));
        assertEquals(evil + ":2: expected no DOCTYPE declaration; DTDs are refused (they can pull in external entities)",
                e.getMessage());
    }

    @Test
    void anotherDocumentIsRefused(@TempDir Path dir) throws IOException {
        Path other = Files.writeString(dir.resolve("FilingSummary.xml"), "<?xml version=\"1.0\"?>\n<catalog/>\n");
        InputException e = assertThrows(InputException.class, () -> FilingSummaryReader.read(other));
        assertEquals(other + ":2: expected a FilingSummary root element, found catalog", e.getMessage());
    }

    @Test
    void aBadPositionSaysWhere(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("FilingSummary.xml"), """
                <FilingSummary>
                  <MyReports>
                    <Report instance="a.htm">
                      <HtmlFileName>R1.htm</HtmlFileName>
                      <Position>first</Position>
                    </Report>
                  </MyReports>
                </FilingSummary>
                """);
        InputException e = assertThrows(InputException.class, () -> FilingSummaryReader.read(bad));
        assertEquals(bad + ":5: expected a report position, found \"first\"", e.getMessage());
    }

    @Test
    void truncatedXmlSaysWhere(@TempDir Path dir) throws IOException {
        Path cut = Files.writeString(dir.resolve("FilingSummary.xml"), "<FilingSummary>\n  <MyReports>\n    <Report>\n");
        InputException e = assertThrows(InputException.class, () -> FilingSummaryReader.read(cut));
        assertTrue(e.getMessage().startsWith(cut + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("expected well-formed XML"), e.getMessage());
    }
}
