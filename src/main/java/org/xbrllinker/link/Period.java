package org.xbrllinker.link;

import java.time.LocalDate;

/** An XBRL period: an instant (start null; the end of that day) or a duration from start to end, both inclusive. */
public record Period(LocalDate start, LocalDate end) {

    public static Period instant(LocalDate date) {
        return new Period(null, date);
    }

    public static Period duration(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    public boolean isInstant() {
        return start == null;
    }

    /** {@code YYYY-MM-DD} for an instant, {@code YYYY-MM-DD/YYYY-MM-DD} for a duration. */
    @Override
    public String toString() {
        return isInstant() ? end.toString() : start + "/" + end;
    }
}
