package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The flattened-text R page reader on the seed and on the header, unit and value forms of real pages. */
class TextRPageParserTest {

    private static final String DISCLOSURE_REF = "http://www.xbrl.org/2003/role/disclosureRef";

    private final TextRPageParser parser = new TextRPageParser();

    static Path seed() {
        String shared = System.getProperty("xbrllinker.shared.data");
        Path data = shared != null ? Path.of(shared) : Path.of("..", "shared", "data");
        return data.resolve("..").resolve("seeds").resolve("000_c342e9fcd42f2d70.txt").normalize();
    }

    // ---- the seed ----------------------------------------------------------------------------------------------

    @Test
    void seedTitleUnitAndColumns() throws InputException {
        Disclosure d = parser.parse(seed());
        assertEquals("000_c342e9fcd42f2d70.txt", d.source());
        assertEquals("ACCOUNTS RECEIVABLE, NET (Details)", d.title());
        assertEquals("USD ($)", d.unitLine());
        assertEquals("USD", d.unit());
        assertEquals(0, BigDecimal.ONE.compareTo(d.scale()));
        assertEquals(List.of(
                new ColumnHeader(0, "12 Months Ended", 12, LocalDate.of(2021, 12, 31), "Dec. 31, 2021"),
                new ColumnHeader(1, "12 Months Ended", 12, LocalDate.of(2020, 12, 31), "Dec. 31, 2020"),
                new ColumnHeader(2, "12 Months Ended", 12, LocalDate.of(2019, 12, 31), "Dec. 31, 2019")),
                d.columns());
    }

    @Test
    void seedRows() throws InputException {
        List<Row> rows = parser.parse(seed()).rows();
        assertEquals(List.of("Accounts Receivable [Abstract]", "Accounts receivable",
                "Less: provision for doubtful accounts", "Accounts receivable, net",
                "Accounts Receivable, Allowance for Credit Loss [Roll Forward]",
                "Balance at the beginning of the year", "Additions", "Write-off", "Foreign exchange",
                "Balance at the end of the year"), rows.stream().map(Row::label).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), rows.stream().map(Row::number).toList());
        assertEquals(List.of(true, false, false, false, true, false, false, false, false, false),
                rows.stream().map(Row::abstractRow).toList());
        assertEquals(List.of(10, 11, 14, 17, 20, 21, 25, 29, 33, 37),
                rows.stream().map(r -> r.location().line()).toList());
        rows.forEach(r -> assertNull(r.elementName()));

        assertCells(rows.get(0), true);
        assertCells(rows.get(1), true, 3523543, 1584448);
        assertCells(rows.get(2), true, -1475983, -1121115);
        assertCells(rows.get(3), true, 2047560, 463333);
        assertCells(rows.get(4), true);
        assertCells(rows.get(5), false, 1121115, 874355, 0);
        assertCells(rows.get(6), false, 391189, 92009, 946590);
        assertCells(rows.get(7), false, -86170, 0, -51418);
        assertCells(rows.get(8), false, 49849, 154751, -20817);
        assertCells(rows.get(9), false, 1475983, 1121115, 874355);

        Cell provision = rows.get(2).cells().get(0);
        assertEquals("(1,475,983)", provision.displayed());
        assertTrue(provision.displayedNegative());
        assertEquals(0, provision.decimals());
        assertEquals(SourceLocation.of("000_c342e9fcd42f2d70.txt", 15), provision.location());
        Cell opening2019 = rows.get(5).cells().get(2);
        assertEquals("$ 0", opening2019.displayed());
        assertFalse(opening2019.displayedNegative());
        assertFalse(opening2019.isNil());
        assertFalse(rows.get(7).cells().get(1).displayedNegative());
        assertTrue(rows.get(7).cells().get(2).displayedNegative());
    }

    /** Values go to columns 0.. in order; all cells of the row carry {@code inferred} when the row is short. */
    private static void assertCells(Row row, boolean inferred, long... amounts) {
        List<Cell> cells = row.cells();
        assertEquals(amounts.length, cells.size(), row.label());
        for (int i = 0; i < amounts.length; i++) {
            Cell c = cells.get(i);
            assertEquals(i, c.column(), row.label());
            assertEquals(0, BigDecimal.valueOf(amounts[i]).compareTo(c.amount()), row.label() + " column " + i);
            assertEquals(inferred && amounts.length > 0 && amounts.length < 3, c.columnInferred(), row.label());
            assertEquals(amounts[i] < 0, c.displayedNegative(), row.label());
        }
    }

    @Test
    void seedDefinitions() throws InputException {
        List<Definition> defs = parser.parse(seed()).definitions();
        assertEquals(9, defs.size());
        List<String> docs = Arrays.asList(
                "Amount of foreign exchange of accounts receivable charged against the allowance.",
                "Amount, before allowance for credit loss, of right to consideration from customer for product sold "
                        + "and service rendered in normal course of business, classified as current.",
                "Amount, after allowance for credit loss, of right to consideration from customer for product sold and "
                        + "service rendered in normal course of business, classified as current.",
                null,
                "Amount of allowance for credit loss on accounts receivable.",
                "Amount of allowance for credit loss on accounts receivable, classified as current.",
                "Amount of increase in allowance for credit loss on accounts receivable, from recovery.",
                "A roll forward is a reconciliation of a concept from the beginning of a period to the end of a "
                        + "period.",
                "Amount of direct write-downs of accounts receivable charged against the allowance.");
        assertEquals(docs, defs.stream().map(Definition::documentation).toList());
        List<Boolean> referenced = List.of(false, true, true, false, true, true, true, false, true);
        List<Integer> lines = List.of(41, 47, 53, 59, 63, 69, 75, 81, 87);
        for (int i = 0; i < defs.size(); i++) {
            Definition def = defs.get(i);
            assertEquals(i + 1, def.index());
            assertNull(def.elementName());
            assertEquals(lines.get(i), def.location().line(), "definition " + (i + 1));
            if (referenced.get(i)) {
                assertEquals(List.of(DISCLOSURE_REF), def.referenceRoles(), "definition " + (i + 1));
                assertEquals(List.of("Reference 1: " + DISCLOSURE_REF), def.referenceLines());
            } else {
                assertFalse(def.hasReferences(), "definition " + (i + 1));
                assertEquals(List.of(), def.referenceLines());
            }
        }
    }

    @Test
    void readerAndStringGiveTheSameAsTheFile() throws Exception {
        Path seed = seed();
        Disclosure fromFile = parser.parse(seed);
        Disclosure fromString = parser.parse(seed.getFileName().toString(), Files.readString(seed));
        assertEquals(fromFile, fromString);
    }

    // ---- title, unit and scale forms ---------------------------------------------------------------------------

    private Disclosure text(String... lines) throws InputException {
        return parser.parse("t.txt", String.join("\n", lines) + "\n");
    }

    @Test
    void scaleOnTheLineAfterTheTitle() throws InputException {
        Disclosure d = text("|", "INVENTORIES (Details) - USD ($)", "$ in Thousands", "|", "Dec. 31, 2021",
                "|Finished goods", "|$ 3,523,543");
        assertEquals("INVENTORIES (Details)", d.title());
        assertEquals("USD", d.unit());
        assertEquals(0, new BigDecimal(1000).compareTo(d.scale()));
        Cell c = d.rows().get(0).cells().get(0);
        assertEquals(0, new BigDecimal("3523543000").compareTo(c.amount()));
        assertEquals(-3, c.decimals());
        assertNull(d.columns().get(0).months());
        assertNull(d.columns().get(0).group());
    }

    @Test
    void scaleAfterTheUnitInTheSameCellAndPerRowScales() throws InputException {
        Disclosure d = text("|CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited) - USD ($) "
                        + "$ / shares in Units, shares in Thousands, $ in Millions",
                "|3 Months Ended", "|6 Months Ended",
                "|", "Mar. 29, 2025", "|", "Mar. 30, 2024", "|", "Mar. 29, 2025", "|", "Mar. 30, 2024",
                "|Net sales", "|$ 95,359", "|$ 90,753", "|$ 219,659", "|$ 210,328",
                "|Basic (in dollars per share)", "|$ 1.65", "|$ 1.53", "|$ 4.06", "|$ 3.71",
                "|Shares used in computing earnings per share:",
                "|Basic (in shares)", "|14,994,082", "|15,405,856", "|15,037,903", "|15,457,810");
        assertEquals("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)", d.title());
        assertEquals("USD ($)", d.unitLine());
        assertEquals(0, new BigDecimal(1_000_000).compareTo(d.scale()));
        assertEquals(List.of(3, 3, 6, 6), d.columns().stream().map(ColumnHeader::months).toList());
        assertEquals(List.of("3 Months Ended", "3 Months Ended", "6 Months Ended", "6 Months Ended"),
                d.columns().stream().map(ColumnHeader::group).toList());
        Cell sales = d.rows().get(0).cells().get(0);
        assertEquals(0, new BigDecimal("95359000000").compareTo(sales.amount()));
        assertEquals(-6, sales.decimals());
        Cell eps = d.rows().get(1).cells().get(1);
        assertEquals(0, new BigDecimal("1.53").compareTo(eps.amount()));
        assertEquals(2, eps.decimals());
        Cell shares = d.rows().get(3).cells().get(0);
        assertEquals(0, new BigDecimal("14994082000").compareTo(shares.amount()));
        assertEquals(-3, shares.decimals());
        assertTrue(d.rows().get(2).abstractRow());
    }

    @Test
    void titleWithoutUnitAndScaleOnly() throws InputException {
        Disclosure d = text("|", "Financial Instruments - Additional Information (Details)", "$ in Billions",
                "|6 Months Ended", "|12 Months Ended",
                "|", "Mar. 29, 2025", "USD ($)", "Vendor", "|", "Sep. 28, 2024", "USD ($)", "Vendor",
                "|Carrying amount of hedged term debt | $", "|$ 13.4", "|$ 13.5",
                "|Number of vendors | Vendor", "|2", "|2",
                "|Cash equivalents | Level 2", "|$ 1.5", "|$ 2");
        assertEquals("Financial Instruments - Additional Information (Details)", d.title());
        assertNull(d.unitLine());
        assertEquals("USD", d.unit(), "the one currency the column headers name");
        assertEquals(0, new BigDecimal("1000000000").compareTo(d.scale()));
        assertEquals("Mar. 29, 2025 USD ($) Vendor", d.columns().get(0).displayed());
        assertEquals(6, d.columns().get(0).months());
        assertEquals(12, d.columns().get(1).months());
        Cell c = d.rows().get(0).cells().get(1);
        assertEquals(0, new BigDecimal("13500000000").compareTo(c.amount()));
        assertEquals(-8, c.decimals());
        // "Vendor" is a unit of the columns: a count, not scaled; "Level 2" is a member: the page's scale
        Cell vendors = d.rows().get(1).cells().get(0);
        assertEquals(0, new BigDecimal(2).compareTo(vendors.amount()));
        assertEquals(0, vendors.decimals());
        assertEquals(0, new BigDecimal("1500000000").compareTo(d.rows().get(2).cells().get(0).amount()));
    }

    @Test
    void memberInTheTitleIsNotAUnitAndUnknownUnitsKeepTheirCode() throws InputException {
        Disclosure rsu = text(
                "|Share-Based Compensation - Restricted Stock Unit Activity (Details) - Restricted stock units",
                "shares in Thousands", "|6 Months Ended", "|Mar. 29, 2025",
                "|Beginning balance (in shares) | shares", "|163,326",
                "|Beginning balance (in dollars per share) | $ / shares", "|$ 158.20");
        assertEquals("Share-Based Compensation - Restricted Stock Unit Activity (Details) - Restricted stock units",
                rsu.title());
        assertNull(rsu.unit());
        assertEquals(0, new BigDecimal(1000).compareTo(rsu.scale()));
        assertEquals(0, new BigDecimal("163326000").compareTo(rsu.rows().get(0).cells().get(0).amount()));
        assertEquals(0, new BigDecimal("158.20").compareTo(rsu.rows().get(1).cells().get(0).amount()));

        Disclosure eur = text("|BALANCE SHEET - EUR (€)", "€ in Millions", "|Dec. 31, 2021", "|Cash", "|€ 12");
        assertEquals("EUR (€)", eur.unitLine());
        assertEquals("EUR", eur.unit());
        assertEquals(0, new BigDecimal(1_000_000).compareTo(eur.scale()));
        assertEquals(0, new BigDecimal(12_000_000).compareTo(eur.rows().get(0).cells().get(0).amount()));

        Disclosure parenthetical = text("|BALANCE SHEETS (Parenthetical) - $ / shares", "|Mar. 29, 2025",
                "|Common stock, par value (in dollars per share)", "|$ 0.00001");
        assertEquals("$ / shares", parenthetical.unit());
        assertEquals(5, parenthetical.rows().get(0).cells().get(0).decimals());
    }

    @Test
    void reportNamesWithDashesAreNotUnitsAndAScaleCellOfItsOwn() throws InputException {
        Disclosure d = text("|Debt - Narrative (Details)", "|$ in Thousands", "|Dec. 31, 2021", "|Notes", "|5");
        assertEquals("Debt - Narrative (Details)", d.title());
        assertNull(d.unitLine());
        assertEquals(0, new BigDecimal(1000).compareTo(d.scale()));
        assertEquals(0, new BigDecimal(5000).compareTo(d.rows().get(0).cells().get(0).amount()));
        assertEquals("LEASES - DETAILS (Details)", text("|LEASES - DETAILS (Details)", "|Dec. 31, 2021", "|Leases", "|1").title());
        Disclosure energy = text("|Production (Details) - utr_MMBTU (MMBTU)", "|Dec. 31, 2021", "|Gas", "|7");
        assertEquals("utr_MMBTU", energy.unit());
        assertEquals("Production (Details)", energy.title());
    }

    // ---- column headers ----------------------------------------------------------------------------------------

    @Test
    void instantDatesWithoutGroupsAndSeptember() throws InputException {
        Disclosure d = text("|BALANCE SHEETS - USD ($)", "$ in Millions", "|Mar. 29, 2025", "|Sept. 28, 2024",
                "|Cash", "|$ 28,162", "|$ 29,943");
        assertEquals(List.of(LocalDate.of(2025, 3, 29), LocalDate.of(2024, 9, 28)),
                d.columns().stream().map(ColumnHeader::date).toList());
        d.columns().forEach(c -> assertFalse(c.isDuration()));
    }

    @Test
    void datesBeforeTheFirstGroupAreInstants() throws InputException {
        Disclosure d = text("|EQUITY - USD ($)", "|Dec. 31, 2019", "|12 Months Ended", "|Dec. 31, 2021",
                "|Dec. 31, 2020", "|Balance", "|1", "|2", "|3");
        assertEquals(Arrays.asList(null, 12, 12), d.columns().stream().map(ColumnHeader::months).toList());
    }

    @Test
    void groupsFollowedByTheirOwnDatesKeepThem() throws InputException {
        Disclosure d = text("|X - USD ($)", "|3 Months Ended", "|Mar. 29, 2025", "|6 Months Ended", "|Mar. 29, 2025",
                "|Mar. 30, 2024", "|Sales", "|1", "|2", "|3");
        assertEquals(List.of(3, 6, 6), d.columns().stream().map(ColumnHeader::months).toList());
    }

    @Test
    void groupsTakeTheirRunsOfDescendingDates() throws InputException {
        // the header of ADI's 2019 income statement: eight quarters (each followed by footnote markers), three years
        Disclosure d = text("|Consolidated Statements of Income - USD ($)", "shares in Thousands, $ in Thousands",
                "|3 Months Ended", "|12 Months Ended",
                "|Nov. 02, 2019", "|Aug. 03, 2019", "|May 04, 2019", "|Feb. 02, 2019", "|Nov. 03, 2018", "|[1]",
                "|Aug. 04, 2018", "|[1]", "|May 05, 2018", "|[1]", "|Feb. 03, 2018", "|[1]",
                "|Nov. 02, 2019", "|Nov. 03, 2018", "|[2]", "|Oct. 28, 2017", "|[2]",
                "|Revenue", "|$ 1,443,219 [1]");
        assertEquals(List.of(3, 3, 3, 3, 3, 3, 3, 3, 12, 12, 12),
                d.columns().stream().map(ColumnHeader::months).toList());
        assertEquals(LocalDate.of(2018, 5, 5), d.columns().get(6).date());
        Cell c = d.rows().get(0).cells().get(0);
        assertEquals("$ 1,443,219", c.displayed());
        assertEquals(0, new BigDecimal("1443219000").compareTo(c.amount()));
    }

    @Test
    void evenDealWhenTheRunsDoNotMatchTheGroups() {
        List<LocalDate> dates = List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        assertEquals(List.of(3, 2), Arrays.stream(TextRPageParser.runSizes(dates, 2)).boxed().toList());
        assertEquals(List.of(2, 2, 1), Arrays.stream(TextRPageParser.runSizes(dates, 3)).boxed().toList());
        assertEquals(List.of(1, 1, 1, 1, 1), Arrays.stream(TextRPageParser.runSizes(dates, 5)).boxed().toList());
    }

    // ---- values ------------------------------------------------------------------------------------------------

    @Test
    void valueForms() throws InputException {
        Disclosure d = text("|DETAILS - USD ($)", "|Dec. 31, 2021", "|Dec. 31, 2020", "|Dec. 31, 2019",
                "|Per share [1]", "|$ (0.12)", "|1.53", "|-0.5",
                "|Rates", "|12.5%", "|(3.25%)", "|0%",
                "|Nil", "|—", "|-", "|$ 0",
                "|Parenthesised currency", "|($ 7)", "|.5", "|0");
        List<Row> rows = d.rows();
        assertEquals("Per share", rows.get(0).label());
        assertAmount(rows.get(0).cells().get(0), "-0.12", true, 2);
        assertAmount(rows.get(0).cells().get(1), "1.53", false, 2);
        assertAmount(rows.get(0).cells().get(2), "-0.5", true, 1);
        assertAmount(rows.get(1).cells().get(0), "0.125", false, 3);
        assertAmount(rows.get(1).cells().get(1), "-0.0325", true, 4);
        assertAmount(rows.get(1).cells().get(2), "0", false, 2);
        assertTrue(rows.get(2).cells().get(0).isNil());
        assertTrue(rows.get(2).cells().get(1).isNil());
        assertAmount(rows.get(2).cells().get(2), "0", false, 0);
        assertFalse(rows.get(2).abstractRow());
        assertAmount(rows.get(3).cells().get(0), "-7", true, 0);
        assertAmount(rows.get(3).cells().get(1), "0.5", false, 1);
    }

    private static void assertAmount(Cell c, String amount, boolean negative, int decimals) {
        assertAll(c.displayed(),
                () -> assertEquals(0, new BigDecimal(amount).compareTo(c.amount())),
                () -> assertEquals(negative, c.displayedNegative()),
                () -> assertEquals(decimals, c.decimals()),
                () -> assertFalse(c.columnInferred()));
    }

    @Test
    void labelsThatStartWithParenthesesAreLabels() throws InputException {
        Disclosure d = text("|CASH FLOWS - USD ($)", "|12 Months Ended", "|Dec. 31, 2021",
                "|(Gain) loss on sale of assets", "|(5)", "|(Increase) decrease in inventories", "|7");
        assertEquals(List.of("(Gain) loss on sale of assets", "(Increase) decrease in inventories"),
                d.rows().stream().map(Row::label).toList());
    }

    @Test
    void structuralMarkersMakeAbstractRowsEvenWithValues() throws InputException {
        Disclosure d = text("|X - USD ($)", "|Dec. 31, 2021", "|Segments [Axis]", "|—", "|Total [Member]", "|Foo");
        assertEquals(List.of(true, true, true), d.rows().stream().map(Row::abstractRow).toList());
    }

    @Test
    void footnoteSectionAtTheEndIsNotARow() throws InputException {
        Disclosure d = text("|X - USD ($)", "|Dec. 31, 2021", "|Revenue", "|$ 5", "|[1]",
                "|Cost", "|3", "|[1]", "|Balances have been restated.", "|[2]", "|See Note 5.",
                "|X", "- Definition", "+ References", "Doc.", "+ Details", "No definition available.");
        assertEquals(List.of("Revenue", "Cost"), d.rows().stream().map(Row::label).toList());
        assertEquals(1, d.definitions().size());
    }

    @Test
    void textValuesTheFlatteningLeavesRecognisable() throws InputException {
        Disclosure d = text("|X (Details)", "|6 Months Ended", "|", "Mar. 29, 2025",
                "|Deferred revenue, expected timing of realization, period", "|1 year",
                "|Weighted-average recognition period", "|2 years 8 months 12 days",
                "|Document Type", "|10-Q",
                "|Amendment Flag", "|false",
                "|Earnings Per Share", "|Earnings Per Share", "The following table shows the computation.",
                "|Fiscal Period", "|", "The Company's fiscal year is the 52- or 53-week period.",
                "|Fair Value Measurements", "|" + "The valuation techniques used to measure fair values ".repeat(4)
                        + "are based on quoted market prices.",
                "|Revenue", "|5");
        List<Row> rows = d.rows();
        assertEquals(List.of("Deferred revenue, expected timing of realization, period",
                "Weighted-average recognition period", "Document Type", "Amendment Flag", "Earnings Per Share",
                "Fiscal Period", "Fair Value Measurements", "Revenue"), rows.stream().map(Row::label).toList());
        for (Row r : rows.subList(0, 7)) {
            Cell c = r.cells().get(0);
            assertTrue(c.text(), r.label());
            assertNull(c.amount());
            assertFalse(c.isNil());
            assertFalse(r.abstractRow());
        }
        assertEquals("2 years 8 months 12 days", rows.get(1).cells().get(0).displayed());
        assertEquals("Earnings Per Share\nThe following table shows the computation.",
                rows.get(4).cells().get(0).displayed());
        assertFalse(rows.get(7).cells().get(0).text());
        // a garbled number beside an amount of the same row is still an error, as is a malformed amount alone
        InputException e = assertThrows(InputException.class, () -> text("|X - USD ($)", "|12 Months Ended", "|",
                "Dec. 31, 2021", "|", "Dec. 31, 2020", "|Term", "|5", "|1x2"));
        assertEquals("t.txt:9: expected an amount after \"Term\", found \"1x2\"", e.getMessage());
        e = assertThrows(InputException.class, () -> text("|X - USD ($)", "|Dec. 31, 2021", "|Term", "|1,2,3"));
        assertEquals("t.txt:4: expected an amount after \"Term\", found \"1,2,3\"", e.getMessage());
        // text that starts like a number is the value of a row with room for it (a string concept's "1 yr")
        Row term = text("|X - USD ($)", "|Dec. 31, 2021", "|Term", "|1 yr").rows().get(0);
        assertEquals("1 yr", term.cells().get(0).displayed());
        assertTrue(term.cells().get(0).text());
        // on a page of text values a short text after a label is its value; a known label starts a row
        Disclosure cover = text("|Cover", "|Mar. 29, 2025", "|Document Type", "|10-Q", "|Amendment Flag", "|false",
                "|Security Exchange Name", "|NASDAQ", "|Entity Registrant Name", "|Apple Inc.");
        assertEquals(List.of("Document Type", "Amendment Flag", "Security Exchange Name", "Entity Registrant Name"),
                cover.rows().stream().map(Row::label).toList());
        assertEquals("NASDAQ", cover.rows().get(2).cells().get(0).displayed());
        assertEquals("Apple Inc.", cover.rows().get(3).cells().get(0).displayed());
    }

    @Test
    void memberColumnsWithoutDates() throws InputException {
        Disclosure d = text("|", "STATEMENTS OF SHAREHOLDERS' EQUITY - USD ($)", "$ in Millions",
                "|", "Total", "|", "Common stock and additional paid-in capital", "|", "Retained earnings",
                "|Beginning balances at Sep. 30, 2023", "|$ 62,146", "|$ 73,812", "|$ (214)",
                "|Common stock issued", "|752");
        assertEquals(List.of("Total", "Common stock and additional paid-in capital", "Retained earnings"),
                d.columns().stream().map(ColumnHeader::member).toList());
        d.columns().forEach(c -> {
            assertNull(c.date());
            assertNull(c.months());
        });
        assertEquals(List.of("Beginning balances at Sep. 30, 2023", "Common stock issued"),
                d.rows().stream().map(Row::label).toList());
        assertEquals(0, new BigDecimal("-214000000").compareTo(d.rows().get(0).cells().get(2).amount()));
        assertTrue(d.rows().get(1).cells().get(0).columnInferred());
        // an inline cell after the title is still no column header
        InputException e = assertThrows(InputException.class, () -> text("|X - USD ($)", "|Total", "|Cash", "|5"));
        assertEquals("t.txt:2: expected a column header (a date such as \"Dec. 31, 2021\")", e.getMessage());
    }

    // ---- definitions -------------------------------------------------------------------------------------------

    @Test
    void referencePartsOnTheSameAndFollowingLines() throws InputException {
        Disclosure d = text("|X - USD ($)", "|Dec. 31, 2021", "|Receivables", "|5",
                "|X", "- Definition", "+ References", "Amount of receivables.", "+ Details",
                "Reference 1: http://fasb.org/us-gaap/role/ref/legacyRef -Topic 310 -SubTopic 10",
                " -Section 45 -Paragraph 2",
                "Reference 2: http://www.xbrl.org/2003/role/disclosureRef",
                "|X", "+ References", "No definition available.", "+ Details", "No definition available.");
        Definition first = d.definitions().get(0);
        assertEquals("Amount of receivables.", first.documentation());
        assertEquals(List.of("http://fasb.org/us-gaap/role/ref/legacyRef", DISCLOSURE_REF), first.referenceRoles());
        assertEquals(List.of("Reference 1: http://fasb.org/us-gaap/role/ref/legacyRef -Topic 310 -SubTopic 10",
                " -Section 45 -Paragraph 2", "Reference 2: " + DISCLOSURE_REF), first.referenceLines());
        Definition second = d.definitions().get(1);
        assertNull(second.documentation());
        assertFalse(second.hasReferences());
        assertEquals(2, second.index());
    }

    // ---- limits ------------------------------------------------------------------------------------------------

    @Test
    void aLineOverTheLimitIsRejectedWithoutReadingOn() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ == 0 ? '|' : 'a';
            }
        };
        InputStream in = new SequenceInputStream(
                new ByteArrayInputStream("|Title - USD ($)\n".getBytes(StandardCharsets.UTF_8)), endless);
        InputException e = assertThrows(InputException.class, () -> parser.parse("endless.txt", in));
        assertEquals("endless.txt:2: line longer than the limit of 1048576 bytes", e.getMessage());
    }

    @Test
    void aCellOverTheLimitIsRejected() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ % 2 == 0 ? 'a' : '\n';
            }
        };
        InputStream in = new SequenceInputStream(
                new ByteArrayInputStream("|Title - USD ($)\n".getBytes(StandardCharsets.UTF_8)), endless);
        InputException e = assertThrows(InputException.class, () -> parser.parse("cell.txt", in));
        assertEquals("cell.txt:524281: cell longer than the limit of 1048576 characters", e.getMessage());
    }

    @Test
    void tooManyCellsAreRejected() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return switch ((int) (served++ % 3)) {
                    case 0 -> '|';
                    case 1 -> 'a';
                    default -> '\n';
                };
            }
        };
        InputStream in = new SequenceInputStream(
                new ByteArrayInputStream("|Title - USD ($)\n|Dec. 31, 2021\n".getBytes(StandardCharsets.UTF_8)),
                endless);
        InputException e = assertThrows(InputException.class, () -> parser.parse("cells.txt", in));
        assertEquals("cells.txt:200001: more than 200000 cells: too large for an R page", e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRejected() {
        TextRPageParser small = new TextRPageParser(100, 45);
        // 50 bytes; the 46th is on line 5
        String page = "|Title - USD ($)\n|Dec. 31, 2021\n|Cash\n|1\n|Debt\n|2\n";
        InputException e = assertThrows(InputException.class, () -> small.parse("big.txt",
                new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8))));
        assertEquals("big.txt:5: file longer than the limit of 45 bytes", e.getMessage());
        InputException chars = assertThrows(InputException.class, () -> small.parse("big.txt", page));
        assertEquals("big.txt:5: file longer than the limit of 45 characters", chars.getMessage());
    }
}
