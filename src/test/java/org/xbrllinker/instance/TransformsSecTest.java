package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SEC's registry ({@code ixt-sec}, 2015-08-31) on examples of the SEC's description: durations (zero parts left
 * out, the rest of a unit spilling into the next at 12 months a year and 30.4375 days a month), number words, quarter
 * ends, ballot boxes, and names to codes.
 */
class TransformsSecTest {

    @Test
    void theRegistryHoldsItsEighteenTransformations() {
        assertEquals(Set.of("duryear", "durmonth", "durweek", "durday", "durhour", "datequarterend", "numinf",
                "numneginf", "numnan", "numwordsen", "durwordsen", "boolballotbox", "yesnoballotbox", "countrynameen",
                "stateprovnameen", "edgarprovcountryen", "exchnameen", "entityfilercategoryen"),
                Transforms.names(Transforms.SEC));
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            duryear    | 1.5   | P1Y6M
            duryear    | 2.7   | P2Y8M12D
            duryear    | 17    | P17Y
            duryear    | 0     | P0Y
            duryear    | -0.5  | -P0Y6M
            duryear    | two   | refused
            durmonth   | 1.5   | P1M15D
            durmonth   | 12    | P12M
            durmonth   | 0     | P0M
            durweek    | 2     | P14D
            durweek    | 0.5   | P3D
            durday     | 1.5   | P1DT12H
            durday     | 0     | P0D
            durhour    | 36    | PT36H
            durhour    | 1.5e2 | refused
            durwordsen | Five years, two months             | P5Y2M
            durwordsen | 18 months                          | P18M
            durwordsen | one year and one day               | P1Y1D
            durwordsen | Twenty-one years and six months    | P21Y6M
            durwordsen | no years                           | P0D
            durwordsen | several years                      | refused
            """)
    void durations(String name, String displayed, String expected) {
        TransformCase.check(Transforms.SEC, name, displayed, expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            numwordsen | no                                          | 0
            numwordsen | None                                        | 0
            numwordsen | zero                                        | 0
            numwordsen | one                                         | 1
            numwordsen | Twenty-two                                  | 22
            numwordsen | one hundred and twenty                      | 120
            numwordsen | five thousand, three hundred and forty-one  | 5341
            numwordsen | two million                                 | 2000000
            numwordsen | one billion two hundred million             | 1200000000
            numwordsen | a couple                                    | refused
            numwordsen | twenty-twelve                               | refused
            numinf     | anything                                    | INF
            numneginf  | anything                                    | -INF
            numnan     | anything                                    | NaN
            datequarterend | Q1 2024                                 | 2024-03-31
            datequarterend | fourth quarter 2023                     | 2023-12-31
            datequarterend | 2024 Q2                                 | 2024-06-30
            datequarterend | third quarter of 2021                   | 2021-09-30
            datequarterend | fifth quarter 2023                      | refused
            boolballotbox  | ☐                                       | false
            boolballotbox  | ☒                                       | true
            boolballotbox  | ☑                                       | true
            boolballotbox  | x                                       | refused
            yesnoballotbox | ☐                                       | No
            yesnoballotbox | ☑                                       | Yes
            """)
    void numbersDatesAndBoxes(String name, String displayed, String expected) {
        TransformCase.check(Transforms.SEC, name, displayed, expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            countrynameen         | United States                 | US
            countrynameen         | Canada                        | CA
            countrynameen         | Germany                       | DE
            countrynameen         | Atlantis                      | refused
            stateprovnameen       | California                    | CA
            stateprovnameen       | new  york                     | NY
            stateprovnameen       | Ontario                       | ON
            stateprovnameen       | Atlantis                      | refused
            edgarprovcountryen    | Ontario, Canada               | A6
            edgarprovcountryen    | Ontario                       | A6
            edgarprovcountryen    | Germany                       | 2M
            edgarprovcountryen    | California                    | refused
            exchnameen            | New York Stock Exchange       | NYSE
            exchnameen            | The Nasdaq Stock Market LLC   | NASDAQ
            exchnameen            | The NASDAQ Global Select Market | NASDAQ
            exchnameen            | NYSE Arca, Inc.               | NYSEArca
            exchnameen            | Moon Exchange                 | refused
            entityfilercategoryen | Large Accelerated Filer       | Large Accelerated Filer
            entityfilercategoryen | Non-accelerated filer         | Non-accelerated Filer
            entityfilercategoryen | Smaller Reporting Company     | refused
            """)
    void namesToCodes(String name, String displayed, String expected) {
        TransformCase.check(Transforms.SEC, name, displayed, expected);
    }
}
