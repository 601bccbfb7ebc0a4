package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.taxonomy.Reference;
import org.xbrllinker.testing.RPages;

/** The HTML R-page reader on all 46 real pages of the shared data, and in detail on the renderer's variants. */
class HtmlRPageParserTest {

    private static final String LEGACY_REF = "http://fasb.org/us-gaap/role/ref/legacyRef";
    private static final String EXAMPLE_REF = "http://www.xbrl.org/2003/role/exampleRef";

    private final HtmlRPageParser parser = new HtmlRPageParser();

    private Disclosure apple(String page) throws InputException {
        return parser.parse(RPages.apple(page));
    }

    private Disclosure misc(String page) throws InputException {
        return parser.parse(RPages.misc(page));
    }

    private static Disclosure parse(String name, String html) throws InputException {
        return new HtmlRPageParser().parse(name, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static Row row(Disclosure d, String label) {
        return d.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row \"" + label + "\" in " + d.source()));
    }

    private static Definition definition(Disclosure d, String element) {
        return d.definitions().stream().filter(x -> element.equals(x.elementName())).findFirst()
                .orElseThrow(() -> new AssertionError("no definition " + element + " in " + d.source()));
    }

    private static void assertAmount(Cell c, int column, String amount, boolean negative, int decimals) {
        assertAll(c.displayed(),
                () -> assertEquals(column, c.column()),
                () -> assertNotNull(c.amount()),
                () -> assertEquals(0, new BigDecimal(amount).compareTo(c.amount()), c.amount() + " vs " + amount),
                () -> assertEquals(negative, c.displayedNegative()),
                () -> assertEquals(decimals, c.decimals()),
                () -> assertFalse(c.columnInferred()),
                () -> assertFalse(c.text()));
    }

    // ---- every page --------------------------------------------------------------------------------------------

    @Test
    void theSharedDataHas46Pages() {
        assertEquals(42, RPages.applePages().size());
        assertEquals(4, RPages.miscPages().size());
    }

    @TestFactory
    Stream<DynamicTest> everyPageParses() {
        return RPages.all().stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            Disclosure d = parser.parse(page);
            assertFalse(d.title().isBlank());
            assertFalse(d.columns().isEmpty());
            assertFalse(d.rows().isEmpty());
            assertFalse(d.definitions().isEmpty());
            for (int i = 0; i < d.rows().size(); i++) {
                Row r = d.rows().get(i);
                assertEquals(i + 1, r.number());
                assertFalse(r.label().isBlank(), "row " + r.number());
                assertNotNull(r.elementName(), "row " + r.number());
                assertTrue(r.location().line() > 0);
                int previous = -1;
                for (Cell c : r.cells()) {
                    assertTrue(c.column() > previous && c.column() < d.columns().size(), "row " + r.number());
                    previous = c.column();
                    assertFalse(c.columnInferred());
                    assertTrue(c.text() ? c.amount() == null : !c.displayed().isBlank());
                }
            }
            for (int i = 0; i < d.definitions().size(); i++) {
                assertEquals(i + 1, d.definitions().get(i).index());
                assertNotNull(d.definitions().get(i).elementName());
            }
        }));
    }

    /**
     * Every row names an element the page defines, and every element definition is some row's (the dimensional ones
     * may belong to column headers or to the title instead).
     */
    @TestFactory
    Stream<DynamicTest> rowsNameTheDefinedElements() {
        return RPages.all().stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            Disclosure d = parser.parse(page);
            Set<String> defined = d.definitions().stream().map(Definition::elementName).collect(Collectors.toSet());
            Set<String> used = d.rows().stream().map(Row::elementName).collect(Collectors.toSet());
            for (Row r : d.rows()) {
                assertTrue(defined.contains(r.elementName()), "row " + r.number() + " " + r.elementName());
            }
            for (String element : defined) {
                assertTrue(element.contains("=") || used.contains(element), element);
            }
        }));
    }

    // ---- Apple 2025 (renderer 3.25.1) ----------------------------------------------------------------------------

    @Test
    void appleBalanceSheet() throws InputException {
        Disclosure d = apple("R4.htm");
        assertEquals("R4.htm", d.source());
        assertEquals("CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)", d.title());
        assertEquals("USD ($)", d.unitLine());
        assertEquals("USD", d.unit());
        assertEquals(0, new BigDecimal(1_000_000).compareTo(d.scale()));
        assertEquals(List.of(
                new ColumnHeader(0, null, null, LocalDate.of(2025, 3, 29), "Mar. 29, 2025", null),
                new ColumnHeader(1, null, null, LocalDate.of(2024, 9, 28), "Sep. 28, 2024", null)), d.columns());

        Row current = d.rows().get(0);
        assertEquals("Current assets:", current.label());
        assertEquals("us-gaap_AssetsCurrentAbstract", current.elementName());
        assertTrue(current.abstractRow());
        assertTrue(current.cells().isEmpty());

        Row receivables = d.rows().get(3);
        assertEquals(4, receivables.number());
        assertEquals("Accounts receivable, net", receivables.label());
        assertEquals("us-gaap_AccountsReceivableNetCurrent", receivables.elementName());
        assertFalse(receivables.abstractRow());
        assertEquals(new SourceLocation("R4.htm", 40, 0), receivables.location());
        assertAmount(receivables.cells().get(0), 0, "26136000000", false, -6);
        assertAmount(receivables.cells().get(1), 1, "33410000000", false, -6);
        assertEquals(new SourceLocation("R4.htm", 42, 2), receivables.cells().get(0).location());

        Cell cash = row(d, "Cash and cash equivalents").cells().get(0);
        assertEquals("$ 28,162", cash.displayed());
        assertAmount(cash, 0, "28162000000", false, -6);
        Row deficit = row(d, "Accumulated deficit");
        assertAmount(deficit.cells().get(0), 0, "-15552000000", true, -6);
        assertEquals("us-gaap_RetainedEarningsAccumulatedDeficit", deficit.elementName());

        // a row whose value cells hold only a blank is a heading without values
        Row commitments = row(d, "Commitments and contingencies");
        assertTrue(commitments.cells().isEmpty());
        assertTrue(commitments.abstractRow());
        assertEquals("Total liabilities and shareholders’ equity", d.rows().get(d.rows().size() - 1).label());
        assertEquals(33, d.rows().size());
    }

    @Test
    void appleIncomeStatementGroupsPerRowScalesAndDimensionalRows() throws InputException {
        Disclosure d = apple("R2.htm");
        assertEquals(List.of(3, 3, 6, 6), d.columns().stream().map(ColumnHeader::months).toList());
        assertEquals(List.of("3 Months Ended", "3 Months Ended", "6 Months Ended", "6 Months Ended"),
                d.columns().stream().map(ColumnHeader::group).toList());
        assertEquals(List.of(LocalDate.of(2025, 3, 29), LocalDate.of(2024, 3, 30), LocalDate.of(2025, 3, 29),
                LocalDate.of(2024, 3, 30)), d.columns().stream().map(ColumnHeader::date).toList());

        assertAmount(row(d, "Net sales").cells().get(2), 2, "219659000000", false, -6);
        assertAmount(row(d, "Other income/(expense), net").cells().get(0), 0, "-279000000", true, -6);
        // "$ / shares" has no scale statement: units; "shares in Thousands"
        assertAmount(row(d, "Basic (in dollars per share)").cells().get(3), 3, "3.72", false, 2);
        assertAmount(row(d, "Basic (in shares)").cells().get(0), 0, "14994082000", false, -3);

        Row products = d.rows().get(18);
        assertEquals("Products", products.label());
        assertEquals("srt_ProductOrServiceAxis=us-gaap_ProductMember", products.elementName());
        assertTrue(products.abstractRow());
        Row productSales = d.rows().get(19);
        assertEquals("Net sales", productSales.label());
        assertEquals("us-gaap_RevenueFromContractWithCustomerExcludingAssessedTax", productSales.elementName());
        assertAmount(productSales.cells().get(0), 0, "68714000000", false, -6);
        Definition member = definition(d, "srt_ProductOrServiceAxis=us-gaap_ProductMember");
        assertTrue(member.index() > definition(d, "us-gaap_NetIncomeLoss").index());
    }

    @Test
    void memberColumnsKeepEmptyCellsInPlace() throws InputException {
        Disclosure d = apple("R6.htm");
        assertEquals(List.of("Total", "Common stock and additional paid-in capital",
                        "Retained earnings/(Accumulated deficit)", "Accumulated other comprehensive income/(loss)"),
                d.columns().stream().map(ColumnHeader::member).toList());
        d.columns().forEach(c -> {
            assertNull(c.date());
            assertFalse(c.isDuration());
        });
        Row issued = row(d, "Common stock issued");
        assertEquals(1, issued.cells().size());
        assertAmount(issued.cells().get(0), 1, "752000000", false, -6);
        Row netIncome = row(d, "Net income");
        assertEquals(List.of(0, 2), netIncome.cells().stream().map(Cell::column).toList());
        Row opening = d.rows().get(0);
        assertEquals("Beginning balances at Sep. 30, 2023", opening.label());
        assertAmount(opening.cells().get(2), 2, "-214000000", true, -6);
        assertAmount(row(d, "Dividends and dividend equivalents declared per share or RSU (in dollars per share or RSU)")
                .cells().get(0), 0, "0.48", false, 2);
    }

    @Test
    void columnHeadersWithUnitAndMemberLinesAndTextCells() throws InputException {
        Disclosure d = apple("R32.htm");
        assertEquals("USD", d.unit(), "the one currency the column headers name");
        assertEquals(0, new BigDecimal("1000000000").compareTo(d.scale()));
        ColumnHeader first = d.columns().get(0);
        // "USD ($)" and "Vendor" are the column's units: rows name them ("… | $", "… | Vendor")
        assertEquals(new ColumnHeader(0, "6 Months Ended", 6, LocalDate.of(2025, 3, 29),
                "Mar. 29, 2025 USD ($) Vendor", null), first);
        assertEquals(12, d.columns().get(1).months());
        assertAmount(row(d, "Carrying amount of hedged term debt | $").cells().get(0), 0, "13400000000", false, -8);
        // a count in "Vendor" units takes no "$ in Billions"
        Row vendors = row(d, "Number of vendors that individually represented 10% or more of total vendor non-trade "
                + "receivables | Vendor");
        assertAmount(vendors.cells().get(0), 0, "2", false, 0);

        Row hedge = d.rows().get(16);
        assertEquals(17, hedge.number());
        assertEquals("us-gaap_MaximumLengthOfTimeForeignCurrencyCashFlowHedge", hedge.elementName());
        Cell months = hedge.cells().get(0);
        assertTrue(months.text());
        assertNull(months.amount());
        assertFalse(months.isNil());
        assertEquals("12 months", months.displayed());
        assertEquals(0, months.column());
        assertFalse(hedge.abstractRow());

        Row percentage = row(d, "Concentration risk, percentage");
        assertEquals("37.00%", percentage.cells().get(0).displayed());
        assertAmount(percentage.cells().get(0), 0, "0.37", false, 4);
    }

    @Test
    void coverPageTextCellsAndAnInstantBesideAGroup() throws InputException {
        Disclosure d = apple("R1.htm");
        assertEquals("Cover Page", d.title());
        assertEquals("shares", d.unit());
        assertEquals(List.of(
                new ColumnHeader(0, "6 Months Ended", 6, LocalDate.of(2025, 3, 29), "Mar. 29, 2025", null),
                new ColumnHeader(1, null, null, LocalDate.of(2025, 4, 18), "Apr. 18, 2025", null)), d.columns());
        Cell type = row(d, "Document Type").cells().get(0);
        assertTrue(type.text());
        assertEquals("10-Q", type.displayed());
        assertEquals("0000320193", row(d, "Entity Central Index Key").cells().get(0).displayed());
        assertEquals("Mar. 29, 2025", row(d, "Document Period End Date").cells().get(0).displayed());
        Row shares = row(d, "Entity Common Stock, Shares Outstanding (in shares)");
        assertAmount(shares.cells().get(0), 1, "14935826000", false, -3);
        assertEquals("dei_EntityCommonStockSharesOutstanding", shares.elementName());
    }

    @Test
    void textBlocksAreTextCells() throws InputException {
        Disclosure d = apple("R10.htm");
        Row block = d.rows().get(1);
        assertEquals("us-gaap_EarningsPerShareTextBlock", block.elementName());
        Cell text = block.cells().get(0);
        assertTrue(text.text());
        assertTrue(text.displayed().startsWith("Earnings Per Share\nThe following table shows"), text.displayed());
        assertFalse(block.abstractRow());
    }

    @Test
    void definitionWithEveryReferencePartAndDetails() throws InputException {
        Definition payable = definition(apple("R4.htm"), "us-gaap_AccountsPayableCurrent");
        assertEquals(1, payable.index());
        assertTrue(payable.documentation().startsWith("Carrying value as of the balance sheet date of liabilities "
                + "incurred (and for which invoices have typically been received)"));
        assertEquals(List.of(LEGACY_REF, EXAMPLE_REF), payable.referenceRoles());
        Map<String, String> first = new LinkedHashMap<>();
        first.put("Topic", "210");
        first.put("SubTopic", "10");
        first.put("Name", "Accounting Standards Codification");
        first.put("Section", "S99");
        first.put("Paragraph", "1");
        first.put("Subparagraph", "(SX 210.5-02(19)(a))");
        first.put("Publisher", "FASB");
        first.put("URI", "https://asc.fasb.org/1943274/2147480566/210-10-S99-1");
        assertEquals(2, payable.references().size());
        Reference ref = payable.references().get(0);
        assertEquals(LEGACY_REF, ref.role());
        assertEquals(first, ref.parts());
        assertEquals(List.copyOf(first.keySet()), List.copyOf(ref.parts().keySet()), "parts in document order");
        assertEquals(EXAMPLE_REF, payable.references().get(1).role());
        assertEquals("852", payable.references().get(1).parts().get("Topic"));
        assertEquals("Reference 1: " + LEGACY_REF, payable.referenceLines().get(0));
        assertEquals("-Topic 210", payable.referenceLines().get(1));
        assertEquals(Map.of("Name", "us-gaap_AccountsPayableCurrent", "Namespace Prefix", "us-gaap_",
                "Data Type", "xbrli:monetaryItemType", "Balance Type", "credit", "Period Type", "instant"),
                payable.details());
        assertEquals(252, payable.location().line());

        Definition abstractOne = definition(apple("R2.htm"), "us-gaap_EarningsPerShareAbstract");
        assertNull(abstractOne.documentation());
        assertFalse(abstractOne.hasReferences());
        assertTrue(abstractOne.references().isEmpty());
        assertEquals("xbrli:stringItemType", abstractOne.details().get("Data Type"));
    }

    @Test
    void referencePartsBeyondTheAsc() throws InputException {
        // the cover page cites SEC rules: -Publisher SEC -Name Exchange Act -Number 240 -Section 12 -Subsection b
        Disclosure d = apple("R1.htm");
        Set<String> names = d.definitions().stream().flatMap(x -> x.references().stream())
                .flatMap(r -> r.parts().keySet().stream()).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("Publisher", "Name", "Number", "Section")), names.toString());
        d.definitions().forEach(x -> assertEquals(x.referenceRoles(),
                x.references().stream().map(Reference::role).toList()));
    }

    // ---- older renderers and other filers --------------------------------------------------------------------

    @Test
    void analogDevices2019QuartersAndYearsWithFootnoteColumns() throws InputException {
        Disclosure d = misc("adi_2019_R2.htm");
        assertEquals("Consolidated Statements of Income", d.title());
        assertEquals(0, new BigDecimal(1000).compareTo(d.scale()));
        assertEquals(List.of(3, 3, 3, 3, 3, 3, 3, 3, 12, 12, 12),
                d.columns().stream().map(ColumnHeader::months).toList());
        assertEquals(List.of(LocalDate.of(2019, 11, 2), LocalDate.of(2018, 11, 3), LocalDate.of(2017, 10, 28)),
                d.columns().subList(8, 11).stream().map(ColumnHeader::date).toList());
        assertEquals(LocalDate.of(2018, 5, 5), d.columns().get(6).date());
        assertEquals("Nov. 03, 2018", d.columns().get(4).displayed());

        Row revenue = d.rows().get(1);
        assertEquals("Revenue", revenue.label());
        assertEquals("us-gaap_RevenueFromContractWithCustomerExcludingAssessedTax", revenue.elementName());
        assertEquals(11, revenue.cells().size());
        assertAmount(revenue.cells().get(0), 0, "1443219000", false, -3);
        assertAmount(revenue.cells().get(10), 10, "5246354000", false, -3);
        assertTrue(d.rows().get(0).abstractRow());

        Row netIncome = row(d, "Net income");
        assertEquals(List.of(8, 9, 10), netIncome.cells().stream().map(Cell::column).toList());
        assertAmount(row(d, "Interest income").cells().get(0), 0, "-1988000", true, -3);
        assertAmount(row(d, "Diluted earnings per common share (in dollars per share)").cells().get(2), 10,
                "2.29", false, 2);
        assertEquals(28, d.rows().size(), "the footnote section is not a row");
        assertEquals("adi_AmortizationofintangibleAssetsOperatingExpenses", definition(d,
                "adi_AmortizationofintangibleAssetsOperatingExpenses").elementName());
    }

    @Test
    void autodesk2019LabelFootnoteColumn() throws InputException {
        Disclosure d = misc("adsk_2019_R2.htm");
        assertEquals(List.of(LocalDate.of(2019, 1, 31), LocalDate.of(2018, 1, 31), LocalDate.of(2017, 1, 31)),
                d.columns().stream().map(ColumnHeader::date).toList());
        Row revenue = d.rows().get(1);
        assertEquals("Net revenue", revenue.label());
        assertAmount(revenue.cells().get(0), 0, "2569800000", false, -5);
        Row subscription = d.rows().stream().filter(r -> r.elementName().endsWith("=adsk_SubscriptionandMaintenanceMember"))
                .findFirst().orElseThrow();
        assertEquals("srt_ProductOrServiceAxis=adsk_SubscriptionandMaintenanceMember", subscription.elementName());
        assertTrue(subscription.abstractRow());
        // the label's footnote marker sits in a cell of its own and is neither label nor value
        Row footnoted = d.rows().stream().filter(r -> r.label().equals("Net revenue") && !r.cells().isEmpty()
                && r.cells().get(0).displayed().equals("132.4")).findFirst().orElseThrow();
        assertEquals(3, footnoted.cells().size());
        assertAmount(footnoted.cells().get(0), 0, "132400000", false, -5);
    }

    @Test
    void oracleAndAttAndTheSgmlEnvelope() throws InputException, IOException {
        Disclosure oracle = misc("orcl-R2.html");
        assertEquals("CONSOLIDATED BALANCE SHEETS", oracle.title());
        assertEquals(List.of(LocalDate.of(2024, 5, 31), LocalDate.of(2023, 5, 31)),
                oracle.columns().stream().map(ColumnHeader::date).toList());
        Row receivables = row(oracle, "Trade receivables, net of allowances for credit losses of $485 and $428 as of "
                + "May 31, 2024 and May 31, 2023, respectively");
        assertEquals("us-gaap_AccountsReceivableNetCurrent", receivables.elementName());
        assertAmount(receivables.cells().get(0), 0, "7874000000", false, -6);

        Disclosure att = misc("att-R3.htm");
        assertEquals(List.of(12, 12, 12), att.columns().stream().map(ColumnHeader::months).toList());
        assertEquals("t_GoodwillImpairmentLossAndAssetsDisposedOfByMethodOtherThanSaleInPeriodOfDispositionLossOnDisposition",
                row(att, "Asset impairments and abandonments and restructuring").elementName());

        // the 2016-era form: SEC's SGML envelope around the page and top.Show.showAR links
        String html = Files.readString(RPages.misc("orcl-R2.html"), StandardCharsets.UTF_8);
        String wrapped = "<DOCUMENT>\n<TYPE>XML\n<SEQUENCE>12\n<FILENAME>R2.htm\n<DESCRIPTION>IDEA: XBRL DOCUMENT\n"
                + "<TEXT>\n" + html.replace("onclick=\"Show.showAR(", "onclick=\"top.Show.showAR(")
                + "\n</TEXT>\n</DOCUMENT>\n";
        assertTrue(wrapped.contains("top.Show.showAR( this, 'defref_us-gaap_AccountsReceivableNetCurrent'"));
        Disclosure enveloped = parse("R2.htm", wrapped);
        assertEquals(oracle.title(), enveloped.title());
        assertEquals(oracle.columns(), enveloped.columns());
        assertEquals(summary(oracle), summary(enveloped));
        assertEquals(oracle.definitions().stream().map(x -> x.elementName() + x.references()).toList(),
                enveloped.definitions().stream().map(x -> x.elementName() + x.references()).toList());
        assertEquals(oracle.rows().get(0).location().line() + 6, enveloped.rows().get(0).location().line());
    }

    private static List<String> summary(Disclosure d) {
        return d.rows().stream().map(r -> r.number() + " " + r.label() + " " + r.elementName() + " " + r.abstractRow()
                + " " + r.cells().stream().map(c -> c.column() + "=" + c.amount()).toList()).toList();
    }

    // ---- errors and limits -------------------------------------------------------------------------------------

    @Test
    void aPageWithoutAReportTable() {
        InputException e = assertThrows(InputException.class,
                () -> parse("index.htm", "<html><body><table><tr><td>1</td></tr></table></body></html>"));
        assertEquals("index.htm: expected an R page: no table.report found", e.getMessage());
        assertEquals("index.htm", e.location().file());
    }

    @Test
    void aBadAmountNamesRowAndCell() throws IOException {
        String html = Files.readString(RPages.apple("R4.htm"), StandardCharsets.UTF_8)
                .replace("<td class=\"nump\">26,136<span>", "<td class=\"nump\">26,1x6<span>");
        InputException e = assertThrows(InputException.class, () -> parse("R4.htm", html));
        assertEquals("R4.htm: row 4, cell 2: expected an amount after \"Accounts receivable, net\", found \"26,1x6\"",
                e.getMessage());
    }

    @Test
    void filesOverTheLimitAreRejectedBeforeParsing() {
        HtmlRPageParser small = new HtmlRPageParser(100);
        InputException fromPath = assertThrows(InputException.class, () -> small.parse(RPages.apple("R4.htm")));
        assertEquals("R4.htm: file longer than the limit of 100 bytes", fromPath.getMessage());
        InputException fromStream = assertThrows(InputException.class,
                () -> small.parse("big.htm", new ByteArrayInputStream(new byte[101])));
        assertEquals("big.htm: file longer than the limit of 100 bytes", fromStream.getMessage());
        assertEquals(50L << 20, HtmlRPageParser.MAX_FILE_BYTES);
    }

    @Test
    void truncatedPagesParseAsFarAsTheyGoOrFailWithALocation() throws IOException, InputException {
        byte[] whole = Files.readAllBytes(RPages.apple("R2.htm"));
        Disclosure full = parser.parse(RPages.apple("R2.htm"));
        int parsed = 0;
        for (int end = 0; end < whole.length; end += 997) {
            byte[] cut = Arrays.copyOf(whole, end);
            try {
                Disclosure d = parser.parse("R2.htm", new ByteArrayInputStream(cut));
                parsed++;
                assertTrue(d.rows().size() <= full.rows().size());
                assertTrue(d.definitions().size() <= full.definitions().size());
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith("R2.htm"), e.getMessage());
            } catch (RuntimeException e) {
                fail("cut at " + end + ": " + e, e);
            }
        }
        assertTrue(parsed > 50, "most cuts still give a page: " + parsed);

        // cut inside the hidden definitions: every row is there, the last definition keeps what it has
        String html = new String(whole, StandardCharsets.UTF_8);
        int second = html.indexOf("class=\"authRefData\"", html.indexOf("class=\"authRefData\"") + 1);
        Disclosure d = parse("R2.htm", html.substring(0, second + 600));
        assertEquals(summary(full), summary(d));
        assertEquals(2, d.definitions().size());
        assertEquals(full.definitions().get(0), d.definitions().get(0));
        assertEquals("us-gaap_EarningsPerShareAbstract", d.definitions().get(1).elementName());
    }
}
