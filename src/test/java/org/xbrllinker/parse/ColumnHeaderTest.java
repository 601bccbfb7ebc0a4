package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A duration column starts the months before the day after its end, whatever the month's length. */
class ColumnHeaderTest {

    private static LocalDate start(int months, LocalDate end) {
        return new ColumnHeader(0, months + " Months Ended", months, end, end.toString()).start();
    }

    @Test
    void durationsStartOnTheFirstDayOfTheirFirstMonth() {
        // Kamada's 6-K: 9 and 3 months ended Sep. 30, 2022
        assertEquals(LocalDate.of(2022, 1, 1), start(9, LocalDate.of(2022, 9, 30)));
        assertEquals(LocalDate.of(2022, 7, 1), start(3, LocalDate.of(2022, 9, 30)));
        assertEquals(LocalDate.of(2021, 1, 1), start(12, LocalDate.of(2021, 12, 31)));
        assertEquals(LocalDate.of(2024, 3, 1), start(1, LocalDate.of(2024, 3, 31)));
        // a 52/53-week year ends on a Saturday: the count back from the next day is the closest the page allows
        assertEquals(LocalDate.of(2024, 9, 30), start(6, LocalDate.of(2025, 3, 29)));
        assertNull(new ColumnHeader(0, null, null, LocalDate.of(2021, 12, 31), "Dec. 31, 2021").start());
    }
}
