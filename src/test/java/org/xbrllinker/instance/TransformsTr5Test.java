package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 2022 registry (TR5): the 2020 one, Welsh dates and numbers grouped by apostrophes. */
class TransformsTr5Test {

    @Test
    void theRegistryIsThe2020OneAndSixMore() {
        Set<String> names = new TreeSet<>(TransformsTr4Test.tr4Names());
        names.addAll(Set.of("date-day-monthname-cy", "date-day-monthname-year-cy", "date-monthname-year-cy",
                "num-dot-decimal-apos", "num-comma-decimal-apos", "num-unit-decimal-apos"));
        assertEquals(101, names.size());
        assertEquals(names, Transforms.names(Transforms.TR5));
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            date-day-monthname-cy      | 13 Awst              | --08-13
            date-day-monthname-cy      | 1af Mawrth           | --03-01
            date-day-monthname-year-cy | 13 Awst 2020         | 2020-08-13
            date-day-monthname-year-cy | 31 Mehefin 2020      | refused
            date-monthname-year-cy     | Mawrth 2020          | 2020-03
            date-monthname-year-cy     | Mehefin 2021         | 2021-06
            num-dot-decimal-apos       | 1'234'567.89         | 1234567.89
            num-dot-decimal-apos       | 1’234’567.80         | 1234567.8
            num-comma-decimal-apos     | 1'234'567,89         | 1234567.89
            num-unit-decimal-apos      | 1'000 Fr. 50         | 1000.5
            num-dot-decimal-apos       | 1'234.5.6            | refused
            num-dot-decimal            | 1,000                | 1000
            num-dot-decimal            | 1'000                | refused
            date-day-monthname-year-en | 13 August 2020       | 2020-08-13
            """)
    void examples(String name, String displayed, String expected) {
        TransformCase.check(Transforms.TR5, name, displayed, expected);
    }
}
