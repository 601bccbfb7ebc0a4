package org.xbrllinker.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Non-numeric values typed from what R pages display, with the data types their "+ Details" give; the displays are
 * the shared pages' own (3M's and Apple's cover pages, Apple's and Kamada's notes, JPMorgan's securities).
 */
class FactValuesTest {

    private static final String XSD = FactValues.XSD;

    @ParameterizedTest(name = "{0} ({1}) -> {2}^^{3}")
    @CsvSource(delimiter = '|', textBlock = """
            Mar. 08, 2024                          | xbrli:dateItemType                | 2024-03-08                    | date
            Sept. 28, 2024                         | xbrli:dateItemType                | 2024-09-28                    | date
            Jun. 24, 2026                          | xbrli:dateItemType                | 2026-06-24                    | date
            --09-27                                | xbrli:gMonthDayItemType           | --09-27                       | gMonthDay
            2025                                   | xbrli:gYearItemType               | 2025                          | gYear
            false                                  | xbrli:booleanItemType             | false                         | boolean
            true                                   | dei:trueItemType                  | true                          | boolean
            Yes                                    | xbrli:booleanItemType             | true                          | boolean
            No                                     | booleanItemType                   | false                         | boolean
            Yes                                    | dei:yesNoItemType                 | Yes                           | token
            8-K                                    | dei:submissionTypeItemType        | 8-K                           | token
            Q2                                     | dei:fiscalPeriodItemType          | Q2                            | token
            Large Accelerated Filer                | dei:filerCategoryItemType         | Large Accelerated Filer       | token
            NYSEArca                               | dei:edgarExchangeCodeItemType     | NYSEArca                      | token
            DE                                     | dei:edgarStateCountryItemType     | DE                            | token
            DE                                     | dei:stateOrCountryCodeItemType    | DE                            | token
            EX-FILING FEES                         | ffd:feeExhibitTypeItemType        | EX-FILING FEES                | token
            Equity                                 | ffd:securityTypeItemType          | Equity                        | token
            0000066740                             | dei:centralIndexKeyItemType       | 0000066740                    | string
            001-36743                              | dei:fileNumberItemType            | 001-36743                     | string
            41-0417775                             | dei:employerIdItemType            | 41-0417775                    | string
            (212)                                  | xbrli:normalizedStringItemType    | (212)                         | string
            3M COMPANY                             | xbrli:normalizedStringItemType    | 3M COMPANY                    | string
            JPM PR C                               | dei:tradingSymbolItemType         | JPM PR C                      | string
            Common Stock, Par Value $.01 Per Share | dei:securityTitleItemType         | Common Stock, Par Value $.01 Per Share | string
            1 year                                 | xbrli:durationItemType            | P1Y                           | duration
            12 months                              | xbrli:durationItemType            | P1Y                           | duration
            17 years                               | xbrli:durationItemType            | P17Y                          | duration
            2 years 8 months 12 days               | xbrli:durationItemType            | P2Y8M12D                      | duration
            3 years 142 days                       | xbrli:durationItemType            | P3Y142D                       | duration
            """)
    void aDisplayIsTypedByItsConceptsDataType(String shown, String type, String lexical, String datatype) {
        FactValues.Value v = FactValues.fromDisplay(shown, type);
        assertEquals(lexical, v.lexical());
        assertEquals(XSD + datatype, v.datatype());
        assertNull(v.note());
        assertTrue(FactValues.DATATYPES.contains(v.datatype()));
    }

    @Test
    void aTextBlockIsTheStringDisplayedLinesIncluded() {
        String note = "Debt\nCommercial Paper\nThe Company issues unsecured short-term promissory notes";
        FactValues.Value v = FactValues.fromDisplay(note, "dtr-types:textBlockItemType");
        assertEquals(note, v.lexical());
        assertEquals(XSD + "string", v.datatype());
    }

    /** A concept the page made up has no type: a viewer date is a date, true/false a boolean, else a string. */
    @ParameterizedTest(name = "{0} -> {1}^^{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Mar. 01, 2023  | 2023-03-01    | date
            TRUE           | true          | boolean
            false          | false         | boolean
            Yes            | Yes           | string
            FY             | FY            | string
            Mar. 01        | Mar. 01       | string
            """)
    void withoutATypeTheDisplayDecides(String shown, String lexical, String datatype) {
        FactValues.Value v = FactValues.fromDisplay(shown, null);
        assertEquals(lexical, v.lexical());
        assertEquals(XSD + datatype, v.datatype());
        assertEquals(FactValues.Kind.UNKNOWN, FactValues.kind(null));
        assertEquals(FactValues.Kind.UNKNOWN, FactValues.kind("acme:widgetItemType"));
    }

    /** A display that does not fit its type stays the string shown, with a note naming what the type wanted. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            FY 2024          | xbrli:dateItemType       | "FY 2024" is no date (xbrli:dateItemType): kept as a string
            Feb. 30, 2021    | xbrli:dateItemType       | "Feb. 30, 2021" is no date (xbrli:dateItemType): kept as a string
            maybe            | xbrli:booleanItemType    | "maybe" is no boolean (xbrli:booleanItemType): kept as a string
            12/31            | xbrli:gMonthDayItemType  | "12/31" is no gMonthDay (xbrli:gMonthDayItemType): kept as a string
            about a year     | xbrli:durationItemType   | "about a year" is no duration (xbrli:durationItemType): kept as a string
            """)
    void aDisplayThatDoesNotFitItsTypeIsTheStringShownWithANote(String shown, String type, String note) {
        FactValues.Value v = FactValues.fromDisplay(shown, type);
        assertEquals(shown, v.lexical());
        assertEquals(XSD + "string", v.datatype());
        assertEquals(note, v.note());
    }

    @Test
    void anExtensibleEnumerationIsTheConceptsIri() {
        Map<String, String> ns = Map.of("us-gaap", "http://fasb.org/us-gaap/2024");
        FactValues.Value iri = FactValues.fromDisplay("http://fasb.org/us-gaap/2024#OperatingIncomeLoss",
                "enum2:enumerationItemType", ns::get);
        assertEquals("http://fasb.org/us-gaap/2024#OperatingIncomeLoss", iri.lexical());
        assertEquals(XSD + "anyURI", iri.datatype());

        FactValues.Value qname = FactValues.fromDisplay("us-gaap:OperatingIncomeLoss", "enum2:enumerationItemType",
                ns::get);
        assertEquals("http://fasb.org/us-gaap/2024#OperatingIncomeLoss", qname.lexical());
        assertEquals(XSD + "anyURI", qname.datatype());

        FactValues.Value set = FactValues.fromDisplay("us-gaap:OperatingIncomeLoss us-gaap:NetIncomeLoss",
                "enum2:enumerationSetItemType", ns::get);
        assertEquals("http://fasb.org/us-gaap/2024#OperatingIncomeLoss http://fasb.org/us-gaap/2024#NetIncomeLoss",
                set.lexical());
        assertEquals(XSD + "token", set.datatype());

        FactValues.Value unknown = FactValues.fromDisplay("acme:WidgetsMember", "enum2:enumerationItemType", ns::get);
        assertEquals("acme:WidgetsMember", unknown.lexical());
        assertEquals(XSD + "string", unknown.datatype());
        assertEquals("\"acme:WidgetsMember\" names no concept by IRI or by a QName of a known prefix"
                + " (enum2:enumerationItemType): kept as a string", unknown.note());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"xbrli:monetaryItemType", "dtr-types:perShareItemType", "num:percentItemType", "xbrli:sharesItemType",
            "xbrli:pureItemType", "xbrli:integerItemType", "xbrli:decimalItemType", "xbrli:nonNegativeIntegerItemType",
            "ffd:nonNegative1TMonetary2ItemType", "ffd:nonNegative100TMonetary2ItemType", "ffd:nonNegativeDecimal2ItemType",
            "ffd:nonNegativeDecimal4lItemType", "num:areaItemType", "monetaryItemType"})
    void numericTypesAreNeverTypedHere(String type) {
        assertEquals(FactValues.Kind.NUMERIC, FactValues.kind(type));
        assertNull(FactValues.datatypeOf(type));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FactValues.fromDisplay("1,234", type));
        assertEquals(type + " is numeric: \"1,234\" is no non-numeric value", e.getMessage());
    }

    /** An instance writes values in their XSD lexical form already; they get the same datatypes and canonical forms. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-29                 | xbrli:dateItemType            | 2025-03-29                 | date
            false                      | booleanItemType               | false                      | boolean
            1                          | xbrli:booleanItemType         | true                       | boolean
            P12M                       | xbrli:durationItemType        | P1Y                        | duration
            P2Y8M12D                   | xbrli:durationItemType        | P2Y8M12D                   | duration
            0000320193                 | dei:centralIndexKeyItemType   | 0000320193                 | string
            10-Q                       | dei:submissionTypeItemType    | 10-Q                       | token
            us-gaap:NetIncomeLoss      | enum:enumerationItemType      | http://fasb.org/us-gaap/2024#NetIncomeLoss | anyURI
            --09-27                    | gMonthDayItemType             | --09-27                    | gMonthDay
            Yes                        | xbrli:booleanItemType         | Yes                        | string
            2025-03-29                 |                               | 2025-03-29                 | string
            """)
    void anInstanceValueIsTypedLikeADisplay(String lexical, String type, String typed, String datatype) {
        FactValues.Value v = FactValues.fromLexical(lexical, type, Map.of("us-gaap", "http://fasb.org/us-gaap/2024")::get);
        assertEquals(typed, v.lexical());
        assertEquals(XSD + datatype, v.datatype());
    }
}
