package org.xbrllinker.instance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline XBRL transformations ({@code format="ixt:…"}, {@code "ixt-sec:…"}) this project reads: each turns the
 * displayed text into the XBRL value, or answers null when the text is not in the form the format names. Covered: the
 * formats the shared filings use and their siblings in the same registries — numbers (num-dot-decimal,
 * num-comma-decimal and the 2011/2015 numdotdecimal, numcommadecimal), fixed values (fixed-zero, fixed-true,
 * fixed-false, fixed-empty, zerodash, booleantrue, booleanfalse, nocontent), English dates (month-name day year, day
 * month-name year), and the SEC registry's numwordsen, duryear, durmonth, boolballotbox, entityfilercategoryen,
 * exchnameen and stateprovnameen. Any other format is unknown and the parser refuses it.
 */
final class Transforms {

    static final String TR2 = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31";
    static final String TR3 = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26";
    static final String TR4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
    static final String TR5 = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16";
    static final String SEC = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31";

    /** Displayed text → XBRL value; null when the text does not have the format's form. */
    @FunctionalInterface
    interface Transform {
        String apply(String displayed);
    }

    private static final Map<String, Map<String, Transform>> REGISTRIES = new HashMap<>();

    private static final Pattern NUM_DOT_DECIMAL_TR3 = Pattern.compile("[0-9]{1,3}([, \u00A0]?[0-9]{3})*(\\.[0-9]+)?");
    private static final Pattern NUM_COMMA_DECIMAL_TR3 = Pattern.compile("[0-9]{1,3}([. \u00A0]?[0-9]{3})*(,[0-9]+)?");
    private static final Pattern NUM_DOT_DECIMAL_TR4 = Pattern.compile("[, \u00A00-9]*(\\.[ \u00A00-9]+)?");
    private static final Pattern NUM_COMMA_DECIMAL_TR4 = Pattern.compile("[. \u00A00-9]*(,[ \u00A00-9]+)?");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");
    private static final Pattern SIGNED_DECIMAL = Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    /** Hyphen-minus, Armenian hyphen, Hebrew maqaf, the U+2010–2015 dashes, small and full-width hyphen-minus. */
    private static final Pattern DASH = Pattern.compile("[-\u058A\u05BE\u2010-\u2015\uFE58\uFE63\uFF0D]");

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)";
    private static final String YEAR = "([0-9]{4}|[0-9]{1,2})";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "[^0-9]+([0-9]{1,2})[^0-9]+" + YEAR,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})[^0-9]+" + MONTH + "[^0-9]+" + YEAR,
            Pattern.CASE_INSENSITIVE);

    static {
        Map<String, Transform> tr3 = new HashMap<>();
        tr3.put("numdotdecimal", s -> separated(s, NUM_DOT_DECIMAL_TR3, ',', '.'));
        tr3.put("numcommadecimal", s -> separated(s, NUM_COMMA_DECIMAL_TR3, '.', ','));
        tr3.put("zerodash", Transforms::zeroDash);
        tr3.put("booleanfalse", s -> "false");
        tr3.put("booleantrue", s -> "true");
        tr3.put("nocontent", s -> "");
        tr3.put("datemonthdayyearen", s -> date(s, MONTH_DAY_YEAR, 2, 1, 3));
        tr3.put("datedaymonthyearen", s -> date(s, DAY_MONTH_YEAR, 1, 2, 3));
        REGISTRIES.put(TR2, tr3);
        REGISTRIES.put(TR3, tr3);

        Map<String, Transform> tr4 = new HashMap<>();
        tr4.put("num-dot-decimal", s -> separated(s, NUM_DOT_DECIMAL_TR4, ',', '.'));
        tr4.put("num-comma-decimal", s -> separated(s, NUM_COMMA_DECIMAL_TR4, '.', ','));
        tr4.put("fixed-zero", s -> "0");
        tr4.put("fixed-false", s -> "false");
        tr4.put("fixed-true", s -> "true");
        tr4.put("fixed-empty", s -> "");
        tr4.put("date-monthname-day-year-en", s -> date(s, MONTH_DAY_YEAR, 2, 1, 3));
        tr4.put("date-day-monthname-year-en", s -> date(s, DAY_MONTH_YEAR, 1, 2, 3));
        REGISTRIES.put(TR4, tr4);
        REGISTRIES.put(TR5, tr4);

        Map<String, Transform> sec = new HashMap<>();
        sec.put("numwordsen", Transforms::numberWords);
        sec.put("duryear", s -> duration(s, true));
        sec.put("durmonth", s -> duration(s, false));
        sec.put("boolballotbox", Transforms::ballotBox);
        sec.put("entityfilercategoryen", Transforms::filerCategory);
        sec.put("exchnameen", Transforms::exchange);
        sec.put("stateprovnameen", Transforms::stateOrProvince);
        REGISTRIES.put(SEC, sec);
    }

    private Transforms() {
    }

    /** The transformation {@code {namespace}local}, or null when this project does not know it. */
    static Transform find(String namespace, String local) {
        Map<String, Transform> registry = namespace == null ? null : REGISTRIES.get(namespace);
        return registry == null ? null : registry.get(local);
    }

    /** A number with grouping separators {@code group} (or spaces) and the decimal mark {@code mark}. */
    private static String separated(String displayed, Pattern form, char group, char mark) {
        String s = Xbrli.trim(displayed);
        if (!form.matcher(s).matches()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == mark) {
                sb.append('.');
            } else if (c != group && c != ' ' && c != '\u00A0') {
                sb.append(c);
            }
        }
        String n = sb.toString();
        return DECIMAL.matcher(n).matches() ? n : null;
    }

    private static String zeroDash(String displayed) {
        return DASH.matcher(Xbrli.trim(displayed)).matches() ? "0" : null;
    }

    private static String date(String displayed, Pattern form, int day, int month, int year) {
        Matcher m = form.matcher(Xbrli.trim(displayed));
        if (!m.matches()) {
            return null;
        }
        String y = m.group(year);
        int yyyy = y.length() == 4 ? Integer.parseInt(y) : 2000 + Integer.parseInt(y);
        try {
            return LocalDate.of(yyyy, monthNumber(m.group(month)), Integer.parseInt(m.group(day))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < months.length; i++) {
            if (months[i].equals(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static final Map<String, Integer> WORDS = new HashMap<>();
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            WORDS.put(small[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            WORDS.put(tens[i], 20 + 10 * i);
        }
    }

    /** English number words ("two", "twenty-one", "one hundred and five"; "no" and "none" are zero). */
    private static String numberWords(String displayed) {
        String s = normalised(displayed);
        if (s.equals("no") || s.equals("none")) {
            return "0";
        }
        String[] tokens = s.split("[\\s,-]+");
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String t : tokens) {
            if (t.isEmpty() || t.equals("and")) {
                continue;
            }
            Integer word = WORDS.get(t);
            if (word != null) {
                current += word;
            } else if (t.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (SCALES.containsKey(t)) {
                total += (current == 0 ? 1 : current) * SCALES.get(t);
                current = 0;
            } else {
                return null;
            }
            any = true;
        }
        return any ? Long.toString(total + current) : null;
    }

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    /** The SEC registry's average month: 365.25 / 12 days. */
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    /**
     * A number of years (or months) as an xs:duration: whole years, then whole months of the rest, then whole days of
     * what remains at 30.4375 days a month ("2.7" years → P2Y8M12D).
     */
    private static String duration(String displayed, boolean years) {
        String s = Xbrli.trim(displayed);
        if (!SIGNED_DECIMAL.matcher(s).matches()) {
            return null;
        }
        BigDecimal n = new BigDecimal(s);
        boolean negative = n.signum() < 0;
        n = n.abs();
        BigDecimal y = BigDecimal.ZERO;
        BigDecimal monthsLeft = n;
        if (years) {
            y = n.setScale(0, RoundingMode.FLOOR);
            monthsLeft = n.subtract(y).multiply(TWELVE);
        }
        BigDecimal m = monthsLeft.setScale(0, RoundingMode.FLOOR);
        BigDecimal d = monthsLeft.subtract(m).multiply(DAYS_PER_MONTH).setScale(0, RoundingMode.FLOOR);
        StringBuilder sb = new StringBuilder(negative ? "-P" : "P");
        if (y.signum() > 0) {
            sb.append(y.toPlainString()).append('Y');
        }
        if (m.signum() > 0) {
            sb.append(m.toPlainString()).append('M');
        }
        if (d.signum() > 0) {
            sb.append(d.toPlainString()).append('D');
        }
        if (sb.length() == (negative ? 2 : 1)) {
            sb.append("0D");
        }
        return sb.toString();
    }

    private static String ballotBox(String displayed) {
        return switch (Xbrli.trim(displayed)) {
            case "\u2610" -> "false";
            case "\u2611", "\u2612" -> "true";
            default -> null;
        };
    }

    private static final Map<String, String> FILER_CATEGORIES = Map.of(
            "large accelerated filer", "Large Accelerated Filer",
            "accelerated filer", "Accelerated Filer",
            "non-accelerated filer", "Non-accelerated Filer",
            "nonaccelerated filer", "Non-accelerated Filer");

    /** Exchange names to the dei:securityExchangeCode values; the more specific names first. */
    private static final Map<Pattern, String> EXCHANGES = new LinkedHashMap<>();

    static {
        exchange("\\bnyse arca\\b", "NYSEArca");
        exchange("\\bnyse (american|mkt)\\b", "NYSEAMER");
        exchange("\\bnyse national\\b", "NYSENAT");
        exchange("\\bnyse chicago\\b|\\bchicago stock exchange\\b", "NYSECHX");
        exchange("\\bnew york stock exchange\\b|\\bnyse\\b", "NYSE");
        exchange("\\bnasdaq bx\\b|\\bboston stock exchange\\b", "BX");
        exchange("\\bphlx\\b|\\bphiladelphia stock exchange\\b", "PHLX");
        exchange("\\bnasdaq\\b", "NASDAQ");
        exchange("\\b(cboe|bats) bzx\\b", "CboeBZX");
        exchange("\\b(cboe|bats) byx\\b", "CboeBYX");
        exchange("\\bcboe edga\\b", "CboeEDGA");
        exchange("\\bcboe edgx\\b", "CboeEDGX");
        exchange("\\bcboe\\b|\\bchicago board options exchange\\b", "CBOE");
        exchange("\\binvestors exchange\\b|\\biex\\b", "IEX");
        exchange("\\bmembers exchange\\b|\\bmemx\\b", "MEMX");
        exchange("\\blong-term stock exchange\\b|\\bltse\\b", "LTSE");
        exchange("\\bbox (options )?exchange\\b", "BOX");
    }

    private static void exchange(String regex, String code) {
        EXCHANGES.put(Pattern.compile(regex), code);
    }

    private static String exchange(String displayed) {
        String s = normalised(displayed);
        for (Map.Entry<Pattern, String> e : EXCHANGES.entrySet()) {
            if (e.getKey().matcher(s).find()) {
                return e.getValue();
            }
        }
        return null;
    }

    private static final Map<String, String> STATES = new HashMap<>();

    static {
        String[] pairs = {
            "alabama", "AL", "alaska", "AK", "arizona", "AZ", "arkansas", "AR", "california", "CA", "colorado", "CO",
            "connecticut", "CT", "delaware", "DE", "florida", "FL", "georgia", "GA", "hawaii", "HI", "idaho", "ID",
            "illinois", "IL", "indiana", "IN", "iowa", "IA", "kansas", "KS", "kentucky", "KY", "louisiana", "LA",
            "maine", "ME", "maryland", "MD", "massachusetts", "MA", "michigan", "MI", "minnesota", "MN",
            "mississippi", "MS", "missouri", "MO", "montana", "MT", "nebraska", "NE", "nevada", "NV",
            "new hampshire", "NH", "new jersey", "NJ", "new mexico", "NM", "new york", "NY", "north carolina", "NC",
            "north dakota", "ND", "ohio", "OH", "oklahoma", "OK", "oregon", "OR", "pennsylvania", "PA",
            "rhode island", "RI", "south carolina", "SC", "south dakota", "SD", "tennessee", "TN", "texas", "TX",
            "utah", "UT", "vermont", "VT", "virginia", "VA", "washington", "WA", "west virginia", "WV",
            "wisconsin", "WI", "wyoming", "WY", "district of columbia", "DC", "american samoa", "AS", "guam", "GU",
            "northern mariana islands", "MP", "puerto rico", "PR", "virgin islands", "VI", "u.s. virgin islands", "VI",
            "alberta", "AB", "british columbia", "BC", "manitoba", "MB", "new brunswick", "NB",
            "newfoundland and labrador", "NL", "nova scotia", "NS", "northwest territories", "NT", "nunavut", "NU",
            "ontario", "ON", "prince edward island", "PE", "quebec", "QC", "saskatchewan", "SK", "yukon", "YT"};
        for (int i = 0; i < pairs.length; i += 2) {
            STATES.put(pairs[i], pairs[i + 1]);
        }
    }

    private static String filerCategory(String displayed) {
        return FILER_CATEGORIES.get(normalised(displayed));
    }

    private static String stateOrProvince(String displayed) {
        return STATES.get(normalised(displayed));
    }

    /** Lower case, no-break spaces as spaces, white space collapsed and trimmed, a leading "the " dropped. */
    private static String normalised(String displayed) {
        String s = displayed.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
