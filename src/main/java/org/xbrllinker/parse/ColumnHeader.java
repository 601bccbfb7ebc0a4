package org.xbrllinker.parse;

import java.time.LocalDate;

/**
 * One value column of an R page. {@code months} is the duration of the column group ("12 Months Ended" gives 12),
 * or null when the column is a bare date (an instant-only table). {@code member} is the dimension member a column
 * header names on a dimensional page (its displayed text), null otherwise.
 */
public record ColumnHeader(int index, String group, Integer months, LocalDate date, String displayed, String member) {

    public ColumnHeader(int index, String group, Integer months, LocalDate date, String displayed) {
        this(index, group, months, date, displayed, null);
    }

    public boolean isDuration() {
        return months != null;
    }

    /**
     * The first day of the column's duration: the months counted back from the day after its end, so that the
     * 9 months ended Sep. 30, 2022 start on Jan. 1, 2022 (not Dec. 31, 2021, as counting back from Sep. 30 gives);
     * null for an instant column.
     */
    public LocalDate start() {
        return months == null || date == null ? null : date.plusDays(1).minusMonths(months);
    }
}
