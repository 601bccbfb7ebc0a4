package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2020 registry (TR4) on examples in the forms of its specification: every transformation once at least, and
 * texts each must refuse. Numbers come out as canonical decimals (no leading or trailing zeros).
 */
class TransformsTr4Test {

    /** The names of the 2020 registry, as its specification lists them: 95. */
    static Set<String> tr4Names() {
        Set<String> names = new TreeSet<>();
        for (String lang : List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "it", "lv", "nl",
                "no", "pl", "pt", "ro", "sk", "sl", "sv")) {
            names.add("date-day-monthname-" + lang);
        }
        for (String lang : List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hi", "hr", "it", "nl",
                "no", "pl", "pt", "ro", "sk", "sl", "sv")) {
            names.add("date-day-monthname-year-" + lang);
            names.add("date-monthname-year-" + lang);
        }
        names.addAll(List.of("date-day-month", "date-day-month-year", "date-day-monthroman",
                "date-day-monthroman-year", "date-ind-day-monthname-year-hi", "date-jpn-era-year-month",
                "date-jpn-era-year-month-day", "date-month-day", "date-month-day-year", "date-month-year",
                "date-monthname-day-en", "date-monthname-day-hu", "date-monthname-day-lt", "date-monthname-day-year-en",
                "date-monthroman-year", "date-year-day-monthname-lv", "date-year-month", "date-year-month-day",
                "date-year-monthname-en", "date-year-monthname-hu", "date-year-monthname-lt", "date-year-monthname-lv",
                "date-year-monthname-day-hu", "date-year-monthname-day-lt", "fixed-empty", "fixed-false", "fixed-true",
                "fixed-zero", "num-comma-decimal", "num-dot-decimal", "num-unit-decimal", "numdotdecimalin"));
        return names;
    }

    @Test
    void theRegistryHoldsItsNinetyFiveTransformations() {
        assertEquals(95, tr4Names().size());
        assertEquals(tr4Names(), Transforms.names(Transforms.TR4));
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            date-day-month             | 13/08                   | --08-13
            date-day-month             | 3.8                     | --08-03
            date-day-month-year        | 13/08/2020              | 2020-08-13
            date-day-month-year        | 13.8.20                 | 2020-08-13
            date-day-month-year        | १३/०८/२०२०              | 2020-08-13
            date-month-day             | 08/13                   | --08-13
            date-month-day-year        | 08/13/2020              | 2020-08-13
            date-month-year            | 08/2020                 | 2020-08
            date-year-month            | 2020-08                 | 2020-08
            date-year-month            | 2020年8月               | 2020-08
            date-year-month-day        | 2020/08/13              | 2020-08-13
            date-year-month-day        | ２０２０年８月１３日        | 2020-08-13
            date-day-month             | 30/02                   | refused
            date-day-month             | 29/02                   | --02-29
            date-day-month-year        | 29/02/2021              | refused
            date-month-year            | 13/2020                 | refused
            date-year-month-day        | 2020/13/01              | refused
            """)
    void numericDates(String name, String displayed, String expected) {
        TransformCase.check(Transforms.TR4, name, displayed, expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            date-day-monthname-en      | 13 August               | --08-13
            date-day-monthname-en      | 13th Aug                | --08-13
            date-day-monthname-en      | 13 AUGUST               | --08-13
            date-day-monthname-en      | 13 august               | refused
            date-monthname-day-en      | August 13th             | --08-13
            date-monthname-day-year-en | August 13, 2020         | 2020-08-13
            date-monthname-day-year-en | Feb 29, 2021            | refused
            date-day-monthname-year-en | 13 August 2020          | 2020-08-13
            date-monthname-year-en     | August 2020             | 2020-08
            date-year-monthname-en     | 2020 August             | 2020-08
            date-day-monthname-bg      | 13 август               | --08-13
            date-day-monthname-year-bg | 13 август 2020 г.       | 2020-08-13
            date-day-monthname-cs      | 13. srpna               | --08-13
            date-day-monthname-year-cs | 13. srpna 2020          | 2020-08-13
            date-monthname-year-cs     | srpen 2020              | 2020-08
            date-day-monthname-da      | 13. aug.                | --08-13
            date-day-monthname-de      | 13. August              | --08-13
            date-day-monthname-year-de | 13. August 2020         | 2020-08-13
            date-day-monthname-year-el | 13 Αυγούστου 2020       | 2020-08-13
            date-day-monthname-year-es | 13 de agosto de 2020    | 2020-08-13
            date-day-monthname-et      | 13. august              | --08-13
            date-day-monthname-fi      | 13. elokuuta            | --08-13
            date-day-monthname-year-fi | 13. elokuuta 2020       | 2020-08-13
            date-monthname-year-fi     | elokuu 2020             | 2020-08
            date-day-monthname-fr      | 13 août                 | --08-13
            date-day-monthname-year-fr | 1er janvier 2020        | 2020-01-01
            date-day-monthname-year-hi | 13 अगस्त 2020            | 2020-08-13
            date-day-monthname-hr      | 13. kolovoza            | --08-13
            date-day-monthname-year-it | 13 agosto 2020          | 2020-08-13
            date-day-monthname-lv      | 13. augusts             | --08-13
            date-year-day-monthname-lv | 2020. gada 13. augusts  | 2020-08-13
            date-year-monthname-lv     | 2020. gada augusts      | 2020-08
            date-day-monthname-year-nl | 13 augustus 2020        | 2020-08-13
            date-day-monthname-no      | 13. august              | --08-13
            date-day-monthname-year-pl | 13 sierpnia 2020        | 2020-08-13
            date-day-monthname-pt      | 13 de agosto            | --08-13
            date-day-monthname-ro      | 13 august               | --08-13
            date-day-monthname-sk      | 13. augusta             | --08-13
            date-day-monthname-sl      | 13. avgust              | --08-13
            date-day-monthname-year-sv | 13 augusti 2020         | 2020-08-13
            date-monthname-day-hu      | augusztus 13            | --08-13
            date-year-monthname-day-hu | 2020. augusztus 13      | 2020-08-13
            date-year-monthname-hu     | 2020. augusztus         | 2020-08
            date-monthname-day-lt      | rugpjūčio 13 d.         | --08-13
            date-year-monthname-day-lt | 2020 m. rugpjūčio 13 d. | 2020-08-13
            date-year-monthname-lt     | 2020 m. rugpjūtis       | 2020-08
            date-day-monthname-de      | 13. Zebra               | refused
            """)
    void monthNames(String name, String displayed, String expected) {
        TransformCase.check(Transforms.TR4, name, displayed, expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            date-day-monthroman            | 13 VIII        | --08-13
            date-day-monthroman-year       | 13 VIII 2020   | 2020-08-13
            date-day-monthroman-year       | 13.viii.2020   | 2020-08-13
            date-monthroman-year           | VIII 2020      | 2020-08
            date-monthroman-year           | XIII 2020      | refused
            date-jpn-era-year-month-day    | 令和2年8月13日    | 2020-08-13
            date-jpn-era-year-month-day    | 平成元年1月8日     | 1989-01-08
            date-jpn-era-year-month        | 令和2年8月        | 2020-08
            date-ind-day-monthname-year-hi | १ चैत्र १९४२       | 2020-03-21
            date-ind-day-monthname-year-hi | 1 Vaisakha 1942 | 2020-04-21
            date-ind-day-monthname-year-hi | 1 Vaisakha 1943 | 2021-04-21
            date-ind-day-monthname-year-hi | 1 Chaitra 1943  | 2021-03-22
            """)
    void romanEraAndSakaDates(String name, String displayed, String expected) {
        TransformCase.check(Transforms.TR4, name, displayed, expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            num-dot-decimal   | 1,234,567.89      | 1234567.89
            num-dot-decimal   | 1 234.50          | 1234.5
            num-dot-decimal   | .5                | 0.5
            num-dot-decimal   | 0012              | 12
            num-dot-decimal   | 1.234,5           | refused
            num-dot-decimal   | -5                | refused
            num-dot-decimal   | 12x4              | refused
            num-comma-decimal | 1.234.567,89      | 1234567.89
            num-comma-decimal | 1 234,5           | 1234.5
            num-comma-decimal | 1,234.5           | refused
            num-unit-decimal  | 72円30銭            | 72.3
            num-unit-decimal  | 3 dollars 5 cents | 3.05
            num-unit-decimal  | 30 Euro           | refused
            numdotdecimalin   | 1,23,456.78       | 123456.78
            numdotdecimalin   | 1,23,456.70       | 123456.7
            fixed-zero        | -                 | 0
            fixed-true        | yes               | true
            fixed-false       | no                | false
            """)
    void numbersAndFixedValues(String name, String displayed, String expected) {
        TransformCase.check(Transforms.TR4, name, displayed, expected);
    }

    @Test
    void fixedEmptyGivesTheEmptyString() {
        assertEquals("", Transforms.find(Transforms.TR4, "fixed-empty").apply("anything"));
    }

    @Test
    void namesBelongToTheirOwnRegistry() {
        assertNull(Transforms.find(Transforms.TR4, "numdotdecimal"), "a 2015 name");
        assertNull(Transforms.find(Transforms.TR3, "num-dot-decimal"), "a 2020 name");
        assertNull(Transforms.find(Transforms.TR4, "num-dot-decimal-apos"), "a 2022 name");
    }
}
