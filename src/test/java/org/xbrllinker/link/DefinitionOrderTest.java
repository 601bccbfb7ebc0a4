package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.testing.RPages;

/**
 * The hidden definitions of real R pages are listed in {@link ElementNameOrder} order: element definitions first,
 * strictly increasing by ordinal order of {@code prefix_LocalName}; dimensional ones ({@code axis=member}) after them.
 */
class DefinitionOrderTest {

    /** Apple's R pages in report order (R1, R2, … R42). */
    private static List<Path> applePages() {
        return RPages.applePages();
    }

    private static List<Path> olderPages() {
        return RPages.miscPages();
    }

    /** The ids of the hidden definition tables in page order, without "defref_". */
    private static List<String> definitionIds(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        List<String> tables = doc.select("table.authRefData").eachAttr("id");
        List<String> defrefs = doc.select("[id^=defref_]").eachAttr("id");
        assertEquals(defrefs, tables, page + ": every defref_ element is a table.authRefData");
        List<String> ids = new ArrayList<>();
        for (String id : tables) {
            ids.add(id.substring("defref_".length()));
        }
        return ids;
    }

    private static List<String> elements(List<String> ids) {
        return ids.stream().filter(id -> !id.contains("=")).toList();
    }

    /** The first pair out of order, or null when the list is strictly increasing. */
    private static String firstBreak(List<String> names, Comparator<String> order) {
        for (int i = 1; i < names.size(); i++) {
            if (order.compare(names.get(i - 1), names.get(i)) >= 0) {
                return names.get(i - 1) + " before " + names.get(i);
            }
        }
        return null;
    }

    private static List<String> pagesBrokenBy(List<Path> pages, Comparator<String> order) throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            if (firstBreak(elements(definitionIds(page)), order) != null) {
                broken.add(page.getFileName().toString());
            }
        }
        return broken;
    }

    @Test
    void appleFilingHas42Pages() throws IOException {
        assertEquals(42, applePages().size());
    }

    @TestFactory
    Stream<DynamicTest> elementDefinitionsAreSortedAndComeFirst() throws IOException {
        List<Path> pages = new ArrayList<>(applePages());
        pages.addAll(olderPages());
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            List<String> ids = definitionIds(page);
            assertFalse(ids.isEmpty(), page + " has definitions");
            List<String> elements = elements(ids);
            assertEquals(elements, ids.subList(0, elements.size()), "element definitions come before dimensional ones");
            String broken = firstBreak(elements, ElementNameOrder.COMPARATOR);
            assertEquals(null, broken, page.getFileName() + " is in ElementNameOrder");
        }));
    }

    @Test
    void caseInsensitiveOrderBreaksOnFourPages() throws IOException {
        assertEquals(List.of("R3.htm", "R6.htm", "R15.htm", "R37.htm"),
                pagesBrokenBy(applePages(), String.CASE_INSENSITIVE_ORDER));
    }

    @Test
    void localNamesAloneDoNotGiveTheOrder() throws IOException {
        Comparator<String> localOnly = Comparator.comparing(id -> id.substring(id.indexOf('_') + 1));
        assertTrue(pagesBrokenBy(applePages(), localOnly).contains("R18.htm"));
    }

    @Test
    void dimensionalDefinitionsAreNotSorted() throws IOException {
        List<String> ids = definitionIds(RPages.apple("R32.htm"));
        List<String> dimensional = ids.stream().filter(id -> id.contains("=")).toList();
        assertTrue(firstBreak(dimensional, ElementNameOrder.COMPARATOR) != null);
    }

    @Test
    void colonAndUnderscoreFormsCompareAlike() {
        Comparator<String> order = ElementNameOrder.COMPARATOR;
        assertEquals(0, order.compare("us-gaap:StockholdersEquity", "us-gaap_StockholdersEquity"));
        assertTrue(order.compare("us-gaap:StockRepurchasedAndRetiredDuringPeriodValue",
                "us-gaap_StockholdersEquity") < 0);
        assertTrue(order.compare("ecd:PvpTable", "us-gaap:NetIncomeLoss") < 0);
        assertTrue(order.compare("aapl_Zeta", "us-gaap:Alpha") < 0);
        assertEquals("us-gaap_Foo", ElementNameOrder.normalize("us-gaap:Foo"));
    }
}
