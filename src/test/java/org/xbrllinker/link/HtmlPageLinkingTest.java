package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
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
        assertTrue(named > 10, "rows naming their element: " + named);
        assertEquals(List.of(), wrong);
        assertFalse(linked.facts().isEmpty());
    }

    /**
     * A definition the page does not name, next to one naming an extension element: the extension anchors the
     * viewer's name order as a standard element does (found by the mutation property test: a NullPointerException).
     */
    @Test
    void anUnnamedDefinitionBesideANamedExtensionIsLinked() throws Exception {
        String html = """
                <html><body><table class="report">
                <tr><th class="tl"><div><strong>WIDGETS (Details) - USD ($)</strong></div></th><th class="th"><div>Dec. 31, 2021</div></th></tr>
                <tr class="ro"><td class="pl"><a onclick="Show.showAR( this, 'defref_acme_Widgets', window );">Widgets</a></td><td class="nump">1</td></tr>
                <tr class="ro"><td class="pl"><a>Accounts receivable</a></td><td class="nump">2</td></tr>
                </table>
                <div style="display: none;">
                <table class="authRefData" id="defref_acme_Widgets"><tr><td><a>- Definition</a><div>Widgets on hand.</div></td></tr></table>
                <table class="authRefData"><tr><td><a>- Definition</a><div>No definition available.</div></td></tr></table>
                </div></body></html>
                """;
        var disclosure = new HtmlRPageParser().parse("widgets.htm",
                new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        LinkedDisclosure linked = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults()).link(disclosure);
        assertEquals(2, linked.lineItems().size());
        assertEquals("acme:Widgets", linked.lineItems().get(0).concept().qname());
        assertTrue(linked.lineItems().get(0).extension());
    }
}
