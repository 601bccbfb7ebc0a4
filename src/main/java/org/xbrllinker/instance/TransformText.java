package org.xbrllinker.instance;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the transformations share: trimming the displayed text, other digit scripts to ASCII digits, and the lexical
 * forms of their results (xs:date, xs:gMonthDay, xs:gYearMonth, a decimal without needless zeros).
 */
final class TransformText {

    /** A day or month of one or two ASCII digits. */
    static final String DD = "[0-9]{1,2}";
    /** A year of four digits, or of one or two (which mean 2000–2099). */
    static final String YEAR = "(?<y>[0-9]{4}|[0-9]{1,2})";
    /** The dashes the registries read as a zero (hyphen-minus, Armenian hyphen, maqaf, U+2010–2015, small, wide). */
    static final String DASHES = "\\u002D\\u058A\\u05BE\\u2010-\\u2015\\uFE58\\uFE63\\uFF0D";

    private TransformText() {
    }

    /**
     * The displayed text without the white space around it: XML white space and the other Unicode spaces (no-break,
     * ideographic), which a page's layout puts around a value and no registry counts as part of it.
     */
    static String strip(String displayed) {
        int start = 0;
        int end = displayed.length();
        while (start < end && blank(displayed.charAt(start))) {
            start++;
        }
        while (end > start && blank(displayed.charAt(end - 1))) {
            end--;
        }
        return displayed.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Full-width digits (U+FF10–FF19), as Japanese and Chinese texts write them, as ASCII digits. */
    static String asciiFullWidth(String s) {
        return shift(s, '\uFF10');
    }

    /** Devanagari digits (U+0966–096F) as ASCII digits. */
    static String asciiDevanagari(String s) {
        return shift(s, '\u0966');
    }

    private static String shift(String s, char zero) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= zero && c <= zero + 9) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) ('0' + (c - zero)));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A year as written: four digits as they are; one or two digits in 2000–2099 (the registries' rule). */
    static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() <= 2 ? 2000 + y : y;
    }

    /** An xs:date, or null when there is no such day (30 February) or the year is 0000 (xs:date has none). */
    static String date(int year, int month, int day) {
        if (year < 1) {
            return null;
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** An xs:gMonthDay ({@code --08-13}), or null; 29 February is a day of the month (it exists in leap years). */
    static String monthDay(int month, int day) {
        return date(2000, month, day) == null ? null : String.format(Locale.ROOT, "--%02d-%02d", month, day);
    }

    /** An xs:gYearMonth ({@code 2010-05}), or null when the month is not 1–12. */
    static String yearMonth(int year, int month) {
        if (year < 1 || month < 1 || month > 12) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");

    /**
     * A decimal as the 2020 and 2022 registries give it: no leading zeros, no zeros ending the fraction, no lone
     * decimal point, and a zero before a leading one ({@code 007.50} → {@code 7.5}, {@code .5} → {@code 0.5});
     * null when the digits are no decimal at all (an empty string, a point alone).
     */
    static String canonical(String digits) {
        if (!DECIMAL.matcher(digits).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(digits.endsWith(".") ? digits + "0" : digits);
        String plain = value.stripTrailingZeros().toPlainString();
        return plain;
    }

    /** Whether the whole text matches; the matcher, or null when it does not. */
    static Matcher whole(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.matches() ? m : null;
    }
}
