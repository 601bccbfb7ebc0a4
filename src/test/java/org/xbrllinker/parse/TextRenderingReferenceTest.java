package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.testing.R2Text;
import org.xbrllinker.testing.RPages;

/**
 * {@link TextRendering} against the reference, {@code ../shared/tools/r2text.py} run with {@code python3}: on every
 * real page and on the pages showing its quirks, the same text byte for byte and the same truth (label, element,
 * values of each row), or a refusal where the script fails.
 */
class TextRenderingReferenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theCorpusHoldsEveryPageOfTheSharedData() {
        List<String> names = RPages.corpus().stream().map(RPages::name).toList();
        assertTrue(names.size() >= 83, names.size() + " pages");
        assertEquals(names.size(), names.stream().distinct().count());
        assertTrue(names.contains("r-pages/jpmorgan-2026/R1.htm") && names.contains("filings/r-pages-misc/orcl-R2.html")
                && names.contains("filings/" + RPages.APPLE + "/R42.htm"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.endsWith("aapl-20250329.htm")), "not the inline XBRL document");
    }

    @TestFactory
    Stream<DynamicTest> everyPageFlattensAsR2TextDoes() {
        Stream<Path> quirks;
        try (Stream<Path> files = Files.list(TextRenderingTest.QUIRKS)) {
            quirks = files.sorted().toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Stream.concat(RPages.corpus().stream(), quirks).map(page -> DynamicTest.dynamicTest(RPages.name(page), () -> {
            Path folder = Files.createTempDirectory(temp, "r2text");
            R2Text.Output reference = R2Text.run(page, folder);
            if (reference.exitCode() != 0) {
                // r2text.py fails on this page: so must the port, rather than invent a text
                assertThrows(IllegalArgumentException.class, () -> TextRendering.render(page), reference.errors());
                return;
            }
            TextRendering.Rendered rendered = TextRendering.render(page);
            String expected = new String(reference.text(), StandardCharsets.UTF_8);
            assertEquals(expected, rendered.text(), "text");
            assertTrue(java.util.Arrays.equals(reference.text(), rendered.text().getBytes(StandardCharsets.UTF_8)),
                    "text bytes");
            List<Map<String, Object>> truth = JSON.readValue(reference.truth(), new TypeReference<>() { });
            assertEquals(truth, rendered.rows().stream().map(TextRenderingReferenceTest::asJson).toList(), "truth");
        }));
    }

    private static Map<String, Object> asJson(TextRendering.TruthRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", row.label());
        m.put("element", row.element());
        m.put("values", row.values());
        return m;
    }
}
