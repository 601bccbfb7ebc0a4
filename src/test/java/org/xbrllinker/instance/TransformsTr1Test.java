package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 2010 registry (and its 2008 draft namespace), on the examples of its specification. */
class TransformsTr1Test {

    @Test
    void theRegistryHoldsItsTwentyFourTransformations() {
        Set<String> names = Set.of("dateslashus", "dateslasheu", "datedotus", "datedoteu", "datelongus",
                "dateshortus", "datelonguk", "dateshortuk", "numcommadot", "numdash", "numspacedot", "numdotcomma",
                "numcomma", "numspacecomma", "datelongdaymonthuk", "dateshortdaymonthuk", "datelongmonthdayus",
                "dateshortmonthdayus", "dateslashdaymontheu", "dateslashmonthdayus", "datelongyearmonth",
                "dateshortyearmonth", "datelongmonthyear", "dateshortmonthyear");
        assertEquals(names, Transforms.names(Transforms.TR1));
        assertEquals(names, Transforms.names(Transforms.TR1_DRAFT));
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            dateslashus         | 12/31/2008        | 2008-12-31
            dateslasheu         | 31/12/2008        | 2008-12-31
            datedotus           | 12.31.2008        | 2008-12-31
            datedoteu           | 31.12.2008        | 2008-12-31
            datelongus          | December 31, 2008 | 2008-12-31
            dateshortus         | Dec 31, 2008      | 2008-12-31
            datelonguk          | 31 December 2008  | 2008-12-31
            dateshortuk         | 31 Dec 2008       | 2008-12-31
            datelongdaymonthuk  | 31 December       | --12-31
            dateshortdaymonthuk | 31 Dec            | --12-31
            datelongmonthdayus  | December 31       | --12-31
            dateshortmonthdayus | Dec 31            | --12-31
            dateslashdaymontheu | 31/12             | --12-31
            dateslashmonthdayus | 12/31             | --12-31
            datelongyearmonth   | 2008 December     | 2008-12
            dateshortyearmonth  | 2008 Dec          | 2008-12
            datelongmonthyear   | December 2008     | 2008-12
            dateshortmonthyear  | Dec 2008          | 2008-12
            dateslashus         | 02/30/2008        | refused
            dateslasheu         | 12/31/2008        | refused
            datelongus          | Smarch 31, 2008   | refused
            """)
    void dates(String name, String displayed, String expected) {
        TransformCase.check(Transforms.TR1, name, displayed, expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            numcommadot   | 1,234,567.89 | 1234567.89
            numcommadot   | 95           | 95
            numdash       | -            | 0
            numspacedot   | 1 234 567.89 | 1234567.89
            numdotcomma   | 1.234.567,89 | 1234567.89
            numcomma      | 1234,56      | 1234.56
            numspacecomma | 1 234 567,89 | 1234567.89
            numcommadot   | 1,23,4       | refused
            numdotcomma   | 1,234.56     | refused
            numdash       | 0            | refused
            """)
    void numbers(String name, String displayed, String expected) {
        TransformCase.check(Transforms.TR1, name, displayed, expected);
    }

    @Test
    void theDraftNamespaceReadsAlike() {
        assertEquals("2008-12-31", Transforms.find(Transforms.TR1_DRAFT, "datelongus").apply("December 31, 2008"));
    }
}
