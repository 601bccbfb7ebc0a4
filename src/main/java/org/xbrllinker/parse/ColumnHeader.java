package org.xbrllinker.parse;

import java.time.LocalDate;

/**
 * One value column of an R page. {@code months} is the duration of the column group ("12 Months Ended" gives 12),
 * or null when the column is a bare date (an instant-only table).
 */
public record ColumnHeader(int index, String group, Integer months, LocalDate date, String displayed) {

    public boolean isDuration() {
        return months != null;
    }
}
