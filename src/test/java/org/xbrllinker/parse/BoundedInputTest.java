package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.instance.InlineXbrlParser;
import org.xbrllinker.instance.InstanceParser;
import org.xbrllinker.taxonomy.XmlInput;
import org.xbrllinker.pipeline.DisclosureReader;

/**
 * Inputs built to exhaust memory or time, generated here at run time (never committed) and read the way the job reads
 * them, under the test JVM's 1 GB heap: a 200 MB file, a 1 MB line, 100,000 columns, 100,000 levels of nesting, a file
 * of nothing but tags. Each is rejected with a message that names the file, the line and the limit, or read in bounded
 * memory; none ends in an OutOfMemoryError.
 */
class BoundedInputTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    private final DisclosureReader reader = new DisclosureReader();

    /**
     * Writes {@code head}, then {@code block} until the file has at least {@code size} bytes; returns the 1-based line
     * of the byte at offset {@code at}.
     */
    private static int write(Path file, String head, String block, long size, long at) throws IOException {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] b = block.getBytes(StandardCharsets.UTF_8);
        long written = 0;
        int line = 1;
        int lineAt = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (byte[] chunk = h; written < size; chunk = b) {
                int newlines = 0;
                for (int i = 0; i < chunk.length; i++) {
                    if (written + i == at) {
                        lineAt = line + newlines;
                    }
                    newlines += chunk[i] == '\n' ? 1 : 0;
                }
                line += newlines;
                written += chunk.length;
                out.write(chunk);
            }
        }
        return lineAt;
    }

    // ---- a 200 MB file ---------------------------------------------------------------------------------------------

    @Test
    void aTextFileOf200MegabytesIsRejectedAtTheLineWhereItPassesTheLimit() throws IOException {
        Path big = dir.resolve("big.txt");
        // long labels, so that the file limit comes before the cell limit
        String row = "|Other receivables " + "x".repeat(2000) + "\n|1,000\n";
        int line = write(big, "|Receivables (Details) - USD ($)\n|Dec. 31, 2021\n", row, 200 * MB,
                TextRPageParser.MAX_FILE_BYTES);
        assertEquals(200 * MB, Files.size(big), 1 << 12);
        InputException e = assertThrows(InputException.class, () -> reader.read(big));
        assertEquals(big + ":" + line + ": file longer than the limit of 52428800 bytes", e.getMessage());
        assertEquals(line, e.location().line());
    }

    @Test
    void anHtmlFileOf200MegabytesIsRejectedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.htm");
        write(big, "<html><body><table class=\"report\"><tr><th>Cash (Details) - USD ($)</th><th>Dec. 31, 2021</th></tr>",
                "<tr><td class=\"pl\">Cash</td><td class=\"nump\">1</td></tr>\n", 200 * MB, 0);
        InputException e = assertThrows(InputException.class, () -> reader.read(big));
        assertEquals(big + ": file longer than the limit of 52428800 bytes", e.getMessage());
        e = assertThrows(InputException.class, () -> new HtmlRPageParser().parse(big));
        assertEquals("big.htm: file longer than the limit of 52428800 bytes", e.getMessage());
    }

    // ---- a 1 MB line -----------------------------------------------------------------------------------------------

    @Test
    void aTextLineOverOneMegabyteIsRejectedAndOneJustUnderIsRead() throws IOException, InputException {
        String head = "|Receivables (Details) - USD ($)\n|Dec. 31, 2021\n";
        Path over = Files.writeString(dir.resolve("over.txt"),
                head + "|" + "y".repeat(TextRPageParser.MAX_LINE_BYTES) + "\n|1\n");
        InputException e = assertThrows(InputException.class, () -> reader.read(over));
        assertEquals(over + ":3: line longer than the limit of 1048576 bytes", e.getMessage());

        String label = "Other receivables " + "y".repeat(TextRPageParser.MAX_LINE_BYTES - 100);
        Path under = Files.writeString(dir.resolve("under.txt"), head + "|" + label + "\n|1\n|Cash\n|2\n");
        Disclosure d = reader.read(under);
        assertEquals(2, d.rows().size());
        assertEquals(label, d.rows().get(0).label());
        assertEquals("2", d.rows().get(1).cells().get(0).amount().toPlainString());
    }

    @Test
    void anHtmlPageOnOneLineWithAOneMegabyteLabelIsRead() throws IOException, InputException {
        String label = "Other receivables " + "z ".repeat((int) MB / 2);
        Path page = Files.writeString(dir.resolve("one-line.htm"), "<html><body><table class=\"report\"><tr>"
                + "<th>Cash (Details) - USD ($)</th><th>Dec. 31, 2021</th></tr><tr><td class=\"pl\">" + label
                + "</td><td class=\"nump\">1</td></tr><tr><td class=\"pl\">Cash</td><td class=\"nump\">2</td></tr>"
                + "</table></body></html>");
        Disclosure d = reader.read(page);
        assertEquals(2, d.rows().size());
        assertEquals(label.strip(), d.rows().get(0).label());
        assertEquals(1, d.rows().get(1).location().line());
    }

    // ---- 100,000 columns -------------------------------------------------------------------------------------------

    @Test
    void oneHundredThousandTextColumnsAreRejectedAtTheFirstOneOverTheLimit() throws IOException {
        StringBuilder page = new StringBuilder("|Receivables (Details) - USD ($)\n|12 Months Ended\n");
        for (int i = 0; i < 100_000; i++) {
            page.append("|Dec. 31, 2021\n");
        }
        page.append("|Cash\n|1\n");
        Path wide = Files.writeString(dir.resolve("wide.txt"), page);
        InputException e = assertThrows(InputException.class, () -> reader.read(wide));
        // line 1 the title, line 2 the group, lines 3.. the dates: the 10,001st date is on line 10,003
        assertEquals(wide + ":10003: more than 10000 columns in the header: too large for an R page",
                e.getMessage());
    }

    @Test
    void oneHundredThousandHtmlColumnsAreRejected() throws IOException {
        StringBuilder head = new StringBuilder("<html><body><table class=\"report\">\n<tr><th>Cash (Details)</th>");
        StringBuilder row = new StringBuilder("<tr><td class=\"pl\">Cash</td>");
        for (int i = 0; i < 100_000; i++) {
            head.append("<th>Dec. 31, 2021</th>");
            row.append("<td class=\"nump\">1</td>");
        }
        Path wideHeader = Files.writeString(dir.resolve("wide-header.htm"), head + "</tr>\n" + row + "</tr></table>");
        InputException e = assertThrows(InputException.class, () -> reader.read(wideHeader));
        assertEquals(wideHeader + ":2: header of table.report wider than 10000 columns", e.getMessage());

        Path wideRow = Files.writeString(dir.resolve("wide-row.htm"), "<html><body><table class=\"report\">\n"
                + "<tr><th>Cash (Details)</th><th>Dec. 31, 2021</th></tr>\n" + row + "</tr></table>");
        e = assertThrows(InputException.class, () -> reader.read(wideRow));
        assertEquals(wideRow + ": row 1, cell 3: a value outside the columns of the table: \"1\"", e.getMessage());
    }

    // ---- deep nesting ----------------------------------------------------------------------------------------------

    @Test
    void oneHundredThousandLevelsOfHtmlNestingAreReadAtABoundedDepth() throws IOException, InputException {
        String table = "<table class=\"report\">\n<tr><th>Cash (Details) - USD ($)</th><th>Dec. 31, 2021</th></tr>\n"
                + "<tr><td class=\"pl\">Cash</td><td class=\"nump\">1</td></tr>\n"
                + "<tr><td class=\"pl\">Nested</td><td class=\"text\">"
                + "<table><tr><td>".repeat(100_000) + "deep</td></tr></table></td></tr>\n</table>";
        // a table.report under 100,000 divs: the parser keeps 512 levels, so its rows could not be inside it
        Path deep = Files.writeString(dir.resolve("deep.htm"),
                "<html><body>" + "<div>".repeat(100_000) + "\n" + table + "</body></html>");
        InputException e = assertThrows(InputException.class, () -> reader.read(deep));
        assertEquals(deep + ":2: expected table.report at most 500 elements deep, found it 511 deep", e.getMessage());

        // at a real page's depth, 100,000 tables nested in one cell are read as one text value
        Path cell = Files.writeString(dir.resolve("deep-cell.htm"),
                "<html><body>" + "<div>".repeat(20) + "\n" + table + "</body></html>");
        Disclosure d = reader.read(cell);
        assertEquals(2, d.rows().size());
        assertEquals("1", d.rows().get(0).cells().get(0).amount().toPlainString());
        assertEquals("deep", d.rows().get(1).cells().get(0).displayed());
        assertEquals(4, d.rows().get(0).location().line());
    }

    @Test
    void oneHundredThousandLevelsOfXmlNestingAreRefusedAtTheLimitNotHeldInMemory() throws IOException {
        // without a depth limit the parser's element stack grows with the file: 256 MB of "<a>" would not fit the heap
        String refused = ":2: expected elements nested at most " + XmlInput.MAX_ELEMENT_DEPTH
                + " deep; this one is nested deeper";
        Path instance = Files.writeString(dir.resolve("deep.xml"),
                "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:t=\"urn:t\">\n"
                        + "<t:tuple>".repeat(100_000) + "</t:tuple>".repeat(100_000) + "\n</xbrli:xbrl>\n");
        InputException e = assertThrows(InputException.class, () -> new InstanceParser().parse(instance));
        assertEquals("deep.xml" + refused, e.getMessage());

        Path inline = Files.writeString(dir.resolve("deep.htm"),
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\">\n"
                        + "<body><div style=\"display:none\"><ix:header/></div>" + "<div>".repeat(100_000)
                        + "</div>".repeat(100_000) + "\n</body></html>\n");
        e = assertThrows(InputException.class, () -> new InlineXbrlParser().parse(inline));
        assertEquals("deep.htm" + refused, e.getMessage());
    }

    @Test
    void xmlNestedJustWithinTheLimitIsRead() throws IOException, InputException {
        int levels = XmlInput.MAX_ELEMENT_DEPTH - 1; // under the root element
        Path instance = Files.writeString(dir.resolve("deep.xml"),
                "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:t=\"urn:t\">\n"
                        + "<t:tuple>".repeat(levels) + "</t:tuple>".repeat(levels) + "\n</xbrli:xbrl>\n");
        assertEquals(0, new InstanceParser().parse(instance).facts().size());
    }

    // ---- a file of nothing but tags --------------------------------------------------------------------------------

    @Test
    void aFileOfMillionsOfTagsIsRejectedBeforeAnyElementIsBuilt() throws IOException {
        // 48 MB of "<i>": under the size limit, but 16 million elements would need several gigabytes
        Path tags = dir.resolve("tags.htm");
        write(tags, "<html><body>\n", "<i>", 48 * MB, 0);
        InputException e = assertThrows(InputException.class, () -> reader.read(tags));
        assertEquals(tags + ":2: more than 1000000 tags and attributes: too large for an R page", e.getMessage());

        // the same with attributes: one element, a million of them
        Path attributes = dir.resolve("attributes.htm");
        write(attributes, "<html><body>\n<table class=\"report\" ", "a b=1 c='2' d=\"3\"\n", 8 * MB, 0);
        e = assertThrows(InputException.class, () -> reader.read(attributes));
        // html and body on line 1; table, its class and four attributes on line 2, four on each line after it:
        // the 1,000,001st is on line 250,001
        assertEquals(attributes + ":250001: more than 1000000 tags and attributes: too large for an R page",
                e.getMessage());
    }

    @Test
    void theMarkupCountFollowsTagsAttributesAndQuotes() {
        assertEquals(0, HtmlRPageParser.markupOverLimit(
                "<p class=\"a > b\" id=x>1 < 2</p>".getBytes(StandardCharsets.UTF_8), 4));
        assertEquals(1, HtmlRPageParser.markupOverLimit(
                "<p class=\"a > b\" id=x>1 < 2</p>".getBytes(StandardCharsets.UTF_8), 3));
        // UTF-16 counts as ASCII does
        assertEquals(1, HtmlRPageParser.markupOverLimit("<p a b>".getBytes(StandardCharsets.UTF_16LE), 2));
        assertEquals(0, HtmlRPageParser.markupOverLimit("<p a b>".getBytes(StandardCharsets.UTF_16BE), 3));
    }
}
