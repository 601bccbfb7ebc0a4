package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.Shared;

/** HTML R pages name each row's element: the linker links every row exactly to it, taxonomy or not. */
class HtmlPageLinkingTest {

    static Stream<Path> pages() throws Exception {
        try (Stream<Path> files = Files.list(Shared.data().resolve("filings/r-pages-misc"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyRowIsLinkedToTheElementItsPageNames(Path page) throws Exception {
        var disclosure = new HtmlRPageParser().parse(page);
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults()).link(disclosure);
        List<String> wrong = new ArrayList<>();
        int named = 0;
        for (LineItem li : linked.lineItems()) {
            String element = li.row().elementName();
            if (element == null) {
                continue;
            }
            named++;
            String expected = (element.contains("=") ? element.substring(element.indexOf('=') + 1) : element)
                    .replaceFirst("_", ":");
            if (!expected.equals(li.concept().qname())) {
                wrong.add("row " + li.row().number() + " " + li.row().label() + ": " + li.concept().qname()
                        + " instead of " + expected);
            }
        }
        System.out.printf("%s: %d rows, %d named, %d linked to another element%n", page.getFileName(),
                linked.lineItems().size(), named, wrong.size());
        assertTrue(named > 10, "rows naming their element: " + named);
        assertEquals(List.of(), wrong);
        assertFalse(linked.facts().isEmpty());
    }
}
