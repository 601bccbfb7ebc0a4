package org.xbrllinker.instance;

import static org.xbrllinker.instance.TransformText.DD;
import static org.xbrllinker.instance.TransformText.YEAR;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date transformations of the registries, 2010 to 2022: a day, month and year in the order and script each one
 * names, to xs:date; a day and month to xs:gMonthDay; a month and year to xs:gYearMonth. Each text must match the
 * transformation's pattern whole (separators are any run of characters that are not digits, as the registries
 * define them) and name a day that exists. One- and two-digit years are 2000–2099.
 */
final class DateTransforms {

    private DateTransforms() {
    }

    /** What a transformation gives. */
    private enum Kind {
        DATE, MONTH_DAY, YEAR_MONTH
    }

    private static final String DAY = "(?<d>" + DD + ")";
    private static final String MONTH = "(?<m>" + DD + ")";
    /** Separators between the parts of a date: anything but an ASCII digit. */
    private static final String SEP = "[^0-9]+";
    /**
     * The registries' {@code [^0-9]*[^0-9a-zA-Z]+} (non-digits ending in one that is no letter), written with one
     * character at its end: the same texts, without the two runs competing for the same characters, which cost time
     * growing with the square of the text's length.
     */
    private static final String TO_NAME = "[^0-9]*[^0-9a-zA-Z]";
    private static final String W = "\\p{IsWhite_Space}*";
    private static final String ROMAN = "(?<m>[IVX]+|[ivx]+)";
    private static final String DEVANAGARI_DAY = "(?<d>[0-9]{1,2}|[०-९]{1,2})";
    private static final String DEVANAGARI_YEAR = "(?<y>[0-9]{2}|[0-9]{4}|[०-९]{2}|[०-९]{4})";
    private static final String NOT_DIGIT_HI = "[^0-9०-९]+";
    private static final Map<String, Integer> ROMAN_MONTHS = Map.ofEntries(Map.entry("i", 1), Map.entry("ii", 2),
            Map.entry("iii", 3), Map.entry("iv", 4), Map.entry("v", 5), Map.entry("vi", 6), Map.entry("vii", 7),
            Map.entry("viii", 8), Map.entry("ix", 9), Map.entry("x", 10), Map.entry("xi", 11), Map.entry("xii", 12));

    /** A pattern with groups d, m, y (as it needs), read to one kind of date. */
    private static Transforms.Transform form(Kind kind, String regex, MonthNames names) {
        return form(kind, regex, names, UnaryOperator.identity());
    }

    private static Transforms.Transform form(Kind kind, String regex, MonthNames names, UnaryOperator<String> before) {
        Pattern p = Pattern.compile(regex);
        return displayed -> {
            Matcher m = TransformText.whole(p, before.apply(displayed));
            if (m == null) {
                return null;
            }
            Integer month = month(m.group("m"), names);
            if (month == null) {
                return null;
            }
            return switch (kind) {
                case DATE -> TransformText.date(year(m), month, number(m.group("d")));
                case MONTH_DAY -> TransformText.monthDay(month, number(m.group("d")));
                case YEAR_MONTH -> TransformText.yearMonth(year(m), month);
            };
        };
    }

    /** A month by its name in {@code names}, its number (ASCII or Devanagari digits), or its Roman numeral. */
    private static Integer month(String written, MonthNames names) {
        Integer named = names == null ? null : names.month(written);
        if (named != null) {
            return named;
        }
        if (written.chars().allMatch(c -> c >= '0' && c <= '9' || c >= '०' && c <= '९')) {
            return number(written);
        }
        return ROMAN_MONTHS.get(written.toLowerCase(Locale.ROOT));
    }

    private static int number(String digits) {
        return Integer.parseInt(TransformText.asciiDevanagari(digits));
    }

    private static int year(Matcher m) {
        return TransformText.year(TransformText.asciiDevanagari(m.group("y")));
    }

    private static Transforms.Transform dayMonth(String regex, MonthNames names) {
        return form(Kind.MONTH_DAY, regex, names);
    }

    private static Transforms.Transform dayMonthYear(String regex, MonthNames names) {
        return form(Kind.DATE, regex, names);
    }

    private static Transforms.Transform monthYear(String regex, MonthNames names) {
        return form(Kind.YEAR_MONTH, regex, names);
    }

    // ---- Danish and Swedish -------------------------------------------------------------------------------------

    /**
     * Danish (and, from 2020, Swedish) month names: the first three letters, then either more letters or full stops
     * ("sep", "sept.", "september"), not both ("september." is refused), in any case.
     */
    private static Transforms.Transform danish(Kind kind, String regex) {
        Transforms.Transform plain = form(kind, regex, MonthNames.DA);
        Pattern p = Pattern.compile(regex);
        return displayed -> {
            Matcher m = TransformText.whole(p, displayed);
            if (m == null || !m.group("l").isEmpty() && !m.group("p").isEmpty()) {
                return null;
            }
            return plain.apply(displayed);
        };
    }

    private static final String DA_NAME = MonthNames.DA.group() + "(?<l>[A-Za-z]*)(?<p>\\.*)";

    // ---- Japanese eras ------------------------------------------------------------------------------------------

    /** Each era's year 1 (its first character is enough: 平 for 平成). */
    private static final Map<Character, Integer> ERAS = Map.of('明', 1868, '大', 1912, '昭', 1926, '平', 1989, '令', 2019);
    private static final String ERA = "(?<e>明治|明|大正|大|昭和|昭|平成|平|令和|令)" + W + "(?<y>[0-9]{1,2}|元)" + W + "年" + W;

    /** A Japanese era date: the era's first year plus the year within it (元 is year 1). */
    private static Transforms.Transform era(Kind kind, String regex) {
        Pattern p = Pattern.compile(regex);
        return displayed -> {
            Matcher m = TransformText.whole(p, TransformText.asciiFullWidth(displayed));
            if (m == null) {
                return null;
            }
            String y = m.group("y");
            int year = ERAS.get(m.group("e").charAt(0)) + ("元".equals(y) ? 1 : Integer.parseInt(y)) - 1;
            int month = Integer.parseInt(m.group("m"));
            return kind == Kind.DATE ? TransformText.date(year, month, Integer.parseInt(m.group("d")))
                    : TransformText.yearMonth(year, month);
        };
    }

    // ---- the Indian national (Saka) calendar --------------------------------------------------------------------

    /**
     * The Saka months, each found by a part of its name that every transliteration keeps (the 2015 registry reads
     * months by such patterns, not by exact spellings): Chaitra/Caitra, Vaisakha, Jyaistha, Asadha, Sravana, Bhadra,
     * Asvina, Kartika, Agrahayana/Margasirsa, Pausa, Magha, Phalguna, and their Devanagari names.
     */
    private static final Pattern[] SAKA_MONTHS = {
        Pattern.compile("C\\S*ait|चैत्र"),
        Pattern.compile("Vai|वैशाख|बैसाख"),
        Pattern.compile("Jy|ज्येष्ठ"),
        Pattern.compile("dha|ḍha|आषाढ|आषाढ़"),
        Pattern.compile("vana|Śrāvaṇa|श्रावण|सावन"),
        Pattern.compile("Bh\\S+dra|Proṣṭhapada|भाद्रपद|भादो"),
        Pattern.compile("in|आश्विन"),
        Pattern.compile("K\\S+rti|कार्तिक"),
        Pattern.compile("M\\S+rga|Agra|मार्गशीर्ष|अगहन"),
        Pattern.compile("Pau|पौष"),
        Pattern.compile("M\\S+gh|माघ"),
        Pattern.compile("Ph\\S+lg|फाल्गुन"),
    };
    private static final Pattern SAKA_DATE;

    static {
        StringBuilder any = new StringBuilder();
        for (Pattern month : SAKA_MONTHS) {
            any.append(any.length() == 0 ? "" : "|").append(month.pattern());
        }
        SAKA_DATE = Pattern.compile(DEVANAGARI_DAY + NOT_DIGIT_HI + "(?<m>" + any + ")" + NOT_DIGIT_HI + DEVANAGARI_YEAR);
    }

    /** The month whose pattern is found first in the name (the earliest position; at one position, the first month). */
    private static int sakaMonth(String name) {
        for (int start = 0; start < name.length(); start++) {
            for (int i = 0; i < SAKA_MONTHS.length; i++) {
                Matcher m = SAKA_MONTHS[i].matcher(name);
                m.region(start, name.length());
                if (m.lookingAt()) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * A Saka date as a Gregorian xs:date. The Saka year starts on 22 March of Gregorian year Saka + 78 (21 March when
     * that year is a leap year, and then Chaitra has 31 days); Vaisakha to Bhadra have 31 days, the other months 30.
     * A two-digit Saka year names the year whose date falls in 2000–2099: "11 Pausa 21" is 1921 (1 January 2000),
     * "10 Pausa 21" is 2021 (31 December 2099).
     */
    private static String saka(String displayed) {
        Matcher m = TransformText.whole(SAKA_DATE, displayed);
        if (m == null) {
            return null;
        }
        int month = sakaMonth(m.group("m"));
        if (month == 0) {
            return null;
        }
        int day = number(m.group("d"));
        String y = TransformText.asciiDevanagari(m.group("y"));
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            boolean from2000 = year > 21 || year == 21 && (month > 10 || month == 10 && day >= 11);
            year += from2000 ? 1900 : 2000;
        }
        int gregorian = year + 78;
        boolean leap = LocalDate.of(gregorian, 1, 1).isLeapYear();
        int[] lengths = {leap ? 31 : 30, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30};
        if (day < 1 || day > lengths[month - 1]) {
            return null;
        }
        long offset = day - 1;
        for (int i = 0; i < month - 1; i++) {
            offset += lengths[i];
        }
        LocalDate d = LocalDate.of(gregorian, 3, leap ? 21 : 22).plusDays(offset);
        return TransformText.date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    // ---- the registries ------------------------------------------------------------------------------------------

    private static final String EN = MonthNames.EN.group();

    /** The 2010 registry (and the 2008 draft's namespace). */
    static void tr1(Map<String, Transforms.Transform> r) {
        String year = "(?<y>[0-9]{2}|[0-9]{4})";
        String longName = MonthNames.EN_LONG_TR1.group();
        String shortName = MonthNames.EN_SHORT_TR1.group();
        r.put("dateslashus", dayMonthYear(MONTH + "/" + DAY + "/" + YEAR, null));
        r.put("dateslasheu", dayMonthYear(DAY + "/" + MONTH + "/" + YEAR, null));
        r.put("datedotus", dayMonthYear(MONTH + "\\." + DAY + "\\." + YEAR, null));
        r.put("datedoteu", dayMonthYear(DAY + "\\." + MONTH + "\\." + YEAR, null));
        r.put("datelongus", form(Kind.DATE, longName + " " + DAY + ", " + year, MonthNames.EN_LONG_TR1));
        r.put("dateshortus", form(Kind.DATE, shortName + " " + DAY + ", " + year, MonthNames.EN_SHORT_TR1));
        r.put("datelonguk", form(Kind.DATE, DAY + " " + longName + " " + year, MonthNames.EN_LONG_TR1));
        r.put("dateshortuk", form(Kind.DATE, DAY + " " + shortName + " " + year, MonthNames.EN_SHORT_TR1));
        r.put("datelongdaymonthuk", dayMonth(DAY + " " + longName, MonthNames.EN_LONG_TR1));
        r.put("dateshortdaymonthuk", dayMonth(DAY + "\\s+" + shortName, MonthNames.EN_SHORT_TR1));
        r.put("datelongmonthdayus", dayMonth(longName + " " + DAY, MonthNames.EN_LONG_TR1));
        r.put("dateshortmonthdayus", dayMonth(shortName + "\\s+" + DAY + "[A-Za-z]{0,2}", MonthNames.EN_SHORT_TR1));
        r.put("dateslashdaymontheu", dayMonth(DAY + "/" + MONTH, null));
        r.put("dateslashmonthdayus", dayMonth(MONTH + "/" + DAY, null));
        r.put("datelongyearmonth", monthYear(year + "\\s+" + longName, MonthNames.EN_LONG_TR1));
        r.put("dateshortyearmonth", monthYear(year + "\\s+" + shortName, MonthNames.EN_SHORT_TR1));
        r.put("datelongmonthyear", monthYear(longName + "\\s+" + year, MonthNames.EN_LONG_TR1));
        r.put("dateshortmonthyear", monthYear(shortName + "\\s+" + year, MonthNames.EN_SHORT_TR1));
    }

    /** The 2011 registry. */
    static void tr2(Map<String, Transforms.Transform> r) {
        r.put("datedaymonth", dayMonth(DAY + SEP + MONTH, null));
        r.put("datedaymonthen", dayMonth(DAY + SEP + EN, MonthNames.EN));
        r.put("datedaymonthyear", dayMonthYear(DAY + SEP + MONTH + SEP + YEAR, null));
        r.put("datedaymonthyearen", dayMonthYear(DAY + SEP + EN + SEP + YEAR, MonthNames.EN));
        r.put("dateerayearmonthdayjp", era(Kind.DATE, ERA + MONTH + W + "月" + W + DAY + W + "日"));
        r.put("dateerayearmonthjp", era(Kind.YEAR_MONTH, ERA + MONTH + W + "月"));
        r.put("datemonthday", dayMonth(MONTH + SEP + DAY + "[A-Za-z]*", null));
        r.put("datemonthdayen", dayMonth(EN + SEP + DAY + "[A-Za-z]{0,2}", MonthNames.EN));
        r.put("datemonthdayyear", dayMonthYear(MONTH + SEP + DAY + SEP + YEAR, null));
        r.put("datemonthdayyearen", dayMonthYear(EN + SEP + DAY + SEP + YEAR, MonthNames.EN));
        r.put("datemonthyearen", monthYear(EN + SEP + YEAR, MonthNames.EN));
        r.put("dateyearmonthdaycjk", form(Kind.DATE, YEAR + W + "年" + W + MONTH + W + "月" + W + DAY + W + "日",
                null, TransformText::asciiFullWidth));
        r.put("dateyearmonthen", monthYear(YEAR + SEP + EN, MonthNames.EN));
        r.put("dateyearmonthcjk", form(Kind.YEAR_MONTH, YEAR + W + "年" + W + MONTH + W + "月", null,
                TransformText::asciiFullWidth));
    }

    /** The 2015 registry: the 2011 one and Danish, Hindi, Saka and numeric year-first dates. */
    static void tr3(Map<String, Transforms.Transform> r) {
        tr2(r);
        r.put("calindaymonthyear", DateTransforms::saka);
        r.put("datedaymonthdk", danish(Kind.MONTH_DAY, DAY + SEP + DA_NAME));
        r.put("datedaymonthyeardk", danish(Kind.DATE, DAY + SEP + DA_NAME + "[^0-9]*" + YEAR));
        r.put("datemonthyeardk", danish(Kind.YEAR_MONTH, DA_NAME + "[^0-9]*" + YEAR));
        r.put("datedaymonthyearin", dayMonthYear(DEVANAGARI_DAY + NOT_DIGIT_HI + "(?<m>" + nameOnly(MonthNames.HI)
                + "|[०-९]{1,2})" + NOT_DIGIT_HI + DEVANAGARI_YEAR, MonthNames.HI));
        r.put("datemonthyear", monthYear(MONTH + SEP + YEAR, null));
        r.put("datemonthyearin", monthYear(MonthNames.HI.group() + NOT_DIGIT_HI + DEVANAGARI_YEAR, MonthNames.HI));
        r.put("dateyearmonthday", form(Kind.DATE, YEAR + SEP + MONTH + SEP + DAY + "[^0-9]*", null,
                TransformText::asciiFullWidth));
    }

    /** The alternatives of a month-name group without the group itself (to share a group with numbers). */
    private static String nameOnly(MonthNames names) {
        String g = names.group();
        return g.substring("(?<m>".length(), g.length() - 1);
    }

    /** Languages whose day and month read {@code 13 Aug}, {@code 13. august}: the characters allowed after the name. */
    private static final Map<String, Object[]> DAY_MONTH = new LinkedHashMap<>();

    static {
        DAY_MONTH.put("bg", new Object[] {MonthNames.BG, "[^0-9]{0,6}"});
        DAY_MONTH.put("de", new Object[] {MonthNames.DE, "[^0-9]{0,6}"});
        DAY_MONTH.put("el", new Object[] {MonthNames.EL, "[^0-9]{0,8}"});
        DAY_MONTH.put("es", new Object[] {MonthNames.ES, "[^0-9]{0,7}"});
        DAY_MONTH.put("et", new Object[] {MonthNames.ET, "[^0-9]{0,5}"});
        DAY_MONTH.put("fr", new Object[] {MonthNames.FR, "[^0-9]{0,5}"});
        DAY_MONTH.put("hr", new Object[] {MonthNames.HR, "[^0-9]{0,6}"});
        DAY_MONTH.put("it", new Object[] {MonthNames.IT, "[^0-9]{0,6}"});
        DAY_MONTH.put("lv", new Object[] {MonthNames.LV, "[^0-9]{0,6}"});
        DAY_MONTH.put("nl", new Object[] {MonthNames.NL, "[^0-9]{0,6}"});
        DAY_MONTH.put("no", new Object[] {MonthNames.NO, "[^0-9]{0,6}"});
        DAY_MONTH.put("pt", new Object[] {MonthNames.PT, "[^0-9]{0,6}"});
        DAY_MONTH.put("ro", new Object[] {MonthNames.RO, "[^0-9]{0,7}"});
        DAY_MONTH.put("sk", new Object[] {MonthNames.SK, "[^0-9]{0,6}"});
        DAY_MONTH.put("sl", new Object[] {MonthNames.SL, "[^0-9]{0,6}"});
    }

    /** Languages whose day-month-year and month-year read with a plain separator: {@code 13 Aug 2020}. */
    private static final Map<String, MonthNames> PLAIN = new LinkedHashMap<>();

    static {
        PLAIN.put("de", MonthNames.DE);
        PLAIN.put("el", MonthNames.EL);
        PLAIN.put("en", MonthNames.EN);
        PLAIN.put("es", MonthNames.ES);
        PLAIN.put("et", MonthNames.ET);
        PLAIN.put("fr", MonthNames.FR);
        PLAIN.put("hr", MonthNames.HR);
        PLAIN.put("it", MonthNames.IT);
        PLAIN.put("nl", MonthNames.NL);
        PLAIN.put("no", MonthNames.NO);
        PLAIN.put("pt", MonthNames.PT);
        PLAIN.put("ro", MonthNames.RO);
        PLAIN.put("sk", MonthNames.SK);
        PLAIN.put("sl", MonthNames.SL);
    }

    /** The 2020 registry: hyphenated names, 25 languages, Roman month numerals. */
    static void tr4(Map<String, Transforms.Transform> r) {
        r.put("date-day-month", dayMonth(DAY + SEP + MONTH, null));
        r.put("date-month-day", dayMonth(MONTH + SEP + DAY + "[A-Za-z]*", null));
        r.put("date-day-month-year", form(Kind.DATE, DAY + SEP + MONTH + SEP + YEAR, null,
                TransformText::asciiDevanagari));
        r.put("date-month-day-year", dayMonthYear(MONTH + SEP + DAY + SEP + YEAR, null));
        r.put("date-month-year", form(Kind.YEAR_MONTH, MONTH + SEP + YEAR, null, TransformText::asciiDevanagari));
        r.put("date-year-month", form(Kind.YEAR_MONTH, YEAR + SEP + MONTH + "[^0-9]*", null,
                TransformText::asciiFullWidth));
        r.put("date-year-month-day", form(Kind.DATE, YEAR + SEP + MONTH + SEP + DAY + "[^0-9]*", null,
                TransformText::asciiFullWidth));

        for (Map.Entry<String, Object[]> e : DAY_MONTH.entrySet()) {
            MonthNames names = (MonthNames) e.getValue()[0];
            r.put("date-day-monthname-" + e.getKey(), dayMonth(DAY + SEP + names.group() + e.getValue()[1], names));
        }
        r.put("date-day-monthname-en", dayMonth(DAY + SEP + EN, MonthNames.EN));
        r.put("date-day-monthname-cs", dayMonth(DAY + SEP + MonthNames.CS.group() + "\\.?", MonthNames.CS));
        r.put("date-day-monthname-fi", dayMonth(DAY + TO_NAME + MonthNames.FI.group() + "[^0-9]{0,8}",
                MonthNames.FI));
        r.put("date-day-monthname-pl", dayMonth(DAY + TO_NAME + MonthNames.PL.group() + "[^0-9]{0,9}",
                MonthNames.PL));
        r.put("date-day-monthname-da", danish(Kind.MONTH_DAY, DAY + SEP + DA_NAME));
        r.put("date-day-monthname-sv", danish(Kind.MONTH_DAY, DAY + SEP + DA_NAME));
        r.put("date-day-monthroman", dayMonth(DAY + "[^0-9]*[^XVIxvi]" + ROMAN, null));

        for (Map.Entry<String, MonthNames> e : PLAIN.entrySet()) {
            String name = e.getValue().group();
            r.put("date-day-monthname-year-" + e.getKey(), dayMonthYear(DAY + SEP + name + SEP + YEAR, e.getValue()));
            r.put("date-monthname-year-" + e.getKey(), monthYear(name + SEP + YEAR, e.getValue()));
        }
        r.put("date-day-monthname-year-bg", dayMonthYear(DAY + SEP + MonthNames.BG.group() + "[A-Za-z]*" + SEP + YEAR
                + "[^0-9]*", MonthNames.BG));
        r.put("date-monthname-year-bg", monthYear(MonthNames.BG.group() + SEP + YEAR + "[^0-9]*", MonthNames.BG));
        r.put("date-day-monthname-year-cs", dayMonthYear(DAY + SEP + MonthNames.CS.group() + "[^0-9a-zA-Z]+[^0-9]*"
                + YEAR, MonthNames.CS));
        r.put("date-monthname-year-cs", monthYear(MonthNames.CS_MONTH_YEAR.group() + "[^0-9a-zA-Z]+[^0-9]*" + YEAR,
                MonthNames.CS_MONTH_YEAR));
        r.put("date-day-monthname-year-fi", dayMonthYear(DAY + TO_NAME + MonthNames.FI.group() + SEP
                + YEAR, MonthNames.FI));
        r.put("date-monthname-year-fi", monthYear(MonthNames.FI.group() + SEP + YEAR, MonthNames.FI));
        r.put("date-day-monthname-year-pl", dayMonthYear(DAY + TO_NAME + MonthNames.PL.group() + SEP
                + YEAR + "[^0-9]*", MonthNames.PL));
        r.put("date-monthname-year-pl", monthYear(MonthNames.PL.group() + SEP + YEAR + "[^0-9]*", MonthNames.PL));
        r.put("date-day-monthname-year-da", danish(Kind.DATE, DAY + SEP + DA_NAME + "[^0-9]*" + YEAR));
        r.put("date-day-monthname-year-sv", danish(Kind.DATE, DAY + SEP + DA_NAME + "[^0-9]*" + YEAR));
        r.put("date-monthname-year-da", danish(Kind.YEAR_MONTH, DA_NAME + "[^0-9]*" + YEAR));
        r.put("date-monthname-year-sv", danish(Kind.YEAR_MONTH, DA_NAME + "[^0-9]*" + YEAR));
        r.put("date-day-monthname-year-hi", dayMonthYear(DEVANAGARI_DAY + NOT_DIGIT_HI + MonthNames.HI.group()
                + NOT_DIGIT_HI + DEVANAGARI_YEAR, MonthNames.HI));
        r.put("date-monthname-year-hi", monthYear(MonthNames.HI.group() + NOT_DIGIT_HI + DEVANAGARI_YEAR,
                MonthNames.HI));
        r.put("date-day-monthroman-year", dayMonthYear(DAY + "[^0-9]*[^XVIxvi]" + ROMAN + "[^XVIxvi][^0-9]*" + YEAR,
                null));
        r.put("date-monthroman-year", monthYear(ROMAN + "[^XVIxvi][^0-9]*" + YEAR, null));
        r.put("date-ind-day-monthname-year-hi", DateTransforms::saka);
        r.put("date-jpn-era-year-month-day", era(Kind.DATE, ERA + MONTH + W + "月" + W + DAY + W + "日"));
        r.put("date-jpn-era-year-month", era(Kind.YEAR_MONTH, ERA + MONTH + W + "月"));

        r.put("date-monthname-day-en", dayMonth(EN + SEP + DAY + "[A-Za-z]{0,2}", MonthNames.EN));
        r.put("date-monthname-day-hu", dayMonth(MonthNames.HU.group() + "[^0-9]{0,7}" + SEP + DAY, MonthNames.HU));
        r.put("date-monthname-day-lt", dayMonth(MonthNames.LT.group() + "[^0-9]{0,6}" + SEP + DAY + "[^0-9]*",
                MonthNames.LT));
        r.put("date-monthname-day-year-en", dayMonthYear(EN + SEP + DAY + SEP + YEAR, MonthNames.EN));
        r.put("date-year-day-monthname-lv", dayMonthYear(YEAR + SEP + DAY + SEP + MonthNames.LV.group() + "[^0-9]*",
                MonthNames.LV));
        r.put("date-year-monthname-en", monthYear(YEAR + SEP + EN, MonthNames.EN));
        r.put("date-year-monthname-hu", monthYear(YEAR + SEP + MonthNames.HU.group() + "[^0-9]{0,7}", MonthNames.HU));
        r.put("date-year-monthname-lt", monthYear(YEAR + TO_NAME + MonthNames.LT.group() + "[^0-9]*",
                MonthNames.LT));
        r.put("date-year-monthname-lv", monthYear(YEAR + SEP + MonthNames.LV.group() + "[^0-9]{0,7}", MonthNames.LV));
        r.put("date-year-monthname-day-hu", dayMonthYear(YEAR + SEP + MonthNames.HU.group() + SEP + DAY,
                MonthNames.HU));
        r.put("date-year-monthname-day-lt", dayMonthYear(YEAR + TO_NAME + MonthNames.LT.group() + SEP
                + DAY + "[^0-9]*", MonthNames.LT));
    }

    /** The 2022 registry: the 2020 one and Welsh. */
    static void tr5(Map<String, Transforms.Transform> r) {
        tr4(r);
        r.put("date-day-monthname-cy", dayMonth(DAY + TO_NAME + MonthNames.CY.group() + "[^0-9]{0,7}",
                MonthNames.CY));
        r.put("date-day-monthname-year-cy", dayMonthYear(DAY + TO_NAME + MonthNames.CY.group() + SEP
                + YEAR, MonthNames.CY));
        r.put("date-monthname-year-cy", monthYear(MonthNames.CY_MONTH_YEAR.group() + SEP + YEAR,
                MonthNames.CY_MONTH_YEAR));
    }
}
