package org.xbrllinker.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;

/** A whole displayed text read as the day the SEC viewer writes it ("Mar. 08, 2024", "Sept. 28, 2024", "May 31, 2024"). */
public final class ViewerDate {

    private ViewerDate() {
    }

    /**
     * The day the text names when the text is a viewer date and nothing else (surrounding blanks aside); empty for any
     * other text and for a day the calendar lacks ("Feb. 30, 2021"). The rule is the one column headers are read with.
     */
    public static Optional<LocalDate> parse(String text) {
        String t = RPageText.normalize(text).strip();
        Matcher m = RPageText.DATE_LIKE.matcher(t);
        if (!m.find() || m.end() != t.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RPageText.date(m));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
