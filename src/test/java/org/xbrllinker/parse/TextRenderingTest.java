package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbrllinker.testing.RPages;

/** The flattening in the seed's form, checked line by line on real pages. */
class TextRenderingTest {

    @Test
    void headerAndRowsAsTheSeedShowsThem() throws IOException {
        TextRendering.Rendered r = TextRendering.render(RPages.apple("R4.htm"));
        List<String> lines = r.text().lines().toList();
        assertEquals(List.of("|", "CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited) - USD ($)", "$ in Millions",
                "|", "Mar. 29, 2025", "|", "Sep. 28, 2024",
                "|Current assets:",
                "|Cash and cash equivalents", "|$ 28,162", "|$ 29,943",
                "|Marketable securities", "|20,336", "|35,228",
                "|Accounts receivable, net", "|26,136", "|33,410"), lines.subList(0, 17));
        // the blank value cells of headings and of "Commitments and contingencies" are gone
        int commitments = lines.indexOf("|Commitments and contingencies");
        assertEquals("|Shareholders’ equity:", lines.get(commitments + 1));
        assertEquals(33, r.rowElements().size());
        assertEquals("us-gaap_AccountsReceivableNetCurrent", r.element(4));
        assertEquals("us-gaap_AssetsCurrentAbstract", r.element(1));
    }

    @Test
    void definitionsKeepHeadingsDocumentationAndTheFirstReferenceLine() throws IOException {
        String text = TextRendering.render(RPages.apple("R4.htm")).text();
        String first = text.substring(text.indexOf("|X\n"));
        assertTrue(first.startsWith("|X\n- Definition\n+ References\nCarrying value as of the balance sheet date of "
                + "liabilities incurred"), first);
        String block = first.substring(0, first.indexOf("|X\n", 1));
        assertTrue(block.endsWith("\n+ Details\nReference 1: http://fasb.org/us-gaap/role/ref/legacyRef\n"), block);
        assertFalse(text.contains("us-gaap_AccountsPayableCurrent"), "element names are gone");
        assertFalse(text.contains("Period Type"), "the Details table is gone");
        assertFalse(text.contains("-Topic"), "only the first reference line is kept");

        String r2 = TextRendering.render(RPages.apple("R2.htm")).text();
        assertTrue(r2.contains("|X\n- References\n+ Details\nNo definition available.\n|X\n"),
                "an abstract element without documentation or references");
    }

    @Test
    void footnoteSectionAndTextBlocks() throws IOException {
        String adi = TextRendering.render(RPages.misc("adi_2019_R2.htm")).text();
        assertTrue(adi.contains("\n|[1]\n|Balances have been restated to reflect the adoption of Accounting "
                + "Standards Update (ASU) 2014-09, Revenue from Contracts with Customers (ASU 2014-09)."), adi);
        assertTrue(adi.contains("|\nNov. 03, 2018\n|[1]\n"));

        String eps = TextRendering.render(RPages.apple("R10.htm")).text();
        assertTrue(eps.contains("|Earnings Per Share\n|Earnings Per Share\nThe following table shows the "
                + "computation of basic and diluted earnings per share"), eps);
        assertTrue(eps.contains("Net income\t$\t24,780"), "a nested table keeps one line per row: " + eps);
    }
}
