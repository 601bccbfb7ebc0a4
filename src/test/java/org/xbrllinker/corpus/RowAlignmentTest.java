package org.xbrllinker.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The alignment of linked rows to truth rows the corpus test scores with. */
class RowAlignmentTest {

    @Test
    void equalCountsAlignInOrderWhateverTheLabels() {
        assertArrayEquals(new int[] {0, 1}, RowAlignment.align(List.of("Revenue", "Cost"), List.of("A", "B")));
    }

    @Test
    void otherwiseByLabelsWithoutFootnoteMarkersOrBlanks() {
        List<String> truth = List.of("Revenue[1]", "Unclosed", "Cost of  revenue", "Net income");
        List<String> linked = List.of("Revenue", "Cost of revenue", "Gross margin", "Other", "Net income [2]");
        assertArrayEquals(new int[] {0, -1, 1, 4}, RowAlignment.align(truth, linked));
        assertEquals("Costofrevenue", RowAlignment.normalize("Cost of\u00A0revenue [3]"));
    }
}
