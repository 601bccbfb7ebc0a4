package org.xbrllinker.instance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SEC's transformation registry ({@code ixt-sec}, 2015-08-31 namespace, as EDGAR reads it today): durations from
 * numbers and from English words, numbers from English words, calendar quarter ends, ballot boxes, infinity and
 * not-a-number, and names to codes (countries, US states and Canadian provinces, EDGAR's state and country codes,
 * exchanges, filer categories; see {@link SecNames}).
 */
final class SecTransforms {

    private SecTransforms() {
    }

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern SIGNED_DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    /** The SEC's average month, 365.25 / 12 days. */
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    // ---- durations from numbers ---------------------------------------------------------------------------------

    /**
     * An xs:duration the way the SEC writes one: the parts given (years, months, days, hours), zero parts left out
     * except that the smallest unit given is written when nothing else is; all zero is {@code P0Y} (or the first
     * unit given) without a sign. Null parts are not part of the transformation.
     */
    private static String duration(BigInteger y, BigInteger m, BigInteger d, BigInteger h, boolean negative) {
        BigInteger[] parts = {y, m, d, h};
        boolean allZero = true;
        for (BigInteger p : parts) {
            allZero &= p == null || p.signum() == 0;
        }
        if (allZero) {
            // only the first unit given is written: P0Y, P0M, P0D or PT0H
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] != null) {
                    return i == 3 ? "PT0H" : "P0" + "YMD".charAt(i);
                }
            }
        }
        StringBuilder sb = new StringBuilder(negative ? "-P" : "P");
        if (y != null) {
            sb.append(y).append('Y');
        }
        if (m != null && (m.signum() != 0 || y == null)) {
            sb.append(m).append('M');
        }
        if (d != null && (d.signum() != 0 || y == null && m == null)) {
            sb.append(d).append('D');
        }
        if (h != null && (h.signum() != 0 || y == null && m == null && d == null)) {
            sb.append('T').append(h).append('H');
        }
        return sb.toString();
    }

    /** A number of {@code unit}s (years … hours); what is left after whole units spills into the next smaller ones. */
    private static Transforms.Transform numberDuration(char unit) {
        return displayed -> {
            if (!SIGNED_DECIMAL.matcher(displayed).matches()) {
                return null;
            }
            BigDecimal n = new BigDecimal(displayed);
            boolean negative = n.signum() < 0;
            n = n.abs();
            BigInteger whole = n.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            BigDecimal rest = n.subtract(new BigDecimal(whole));
            return switch (unit) {
                case 'Y' -> {
                    BigDecimal months = rest.multiply(BigDecimal.valueOf(12));
                    BigInteger m = floor(months);
                    yield duration(whole, m, floor(months.subtract(new BigDecimal(m)).multiply(DAYS_PER_MONTH)), null,
                            negative);
                }
                case 'M' -> duration(null, whole, floor(rest.multiply(DAYS_PER_MONTH)), null, negative);
                case 'W' -> duration(null, null, floor(n.multiply(BigDecimal.valueOf(7))), null, negative);
                case 'D' -> duration(null, null, whole, floor(rest.multiply(BigDecimal.valueOf(24))), negative);
                default -> duration(null, null, null, whole, negative);
            };
        };
    }

    private static BigInteger floor(BigDecimal n) {
        return n.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    }

    // ---- quarters -----------------------------------------------------------------------------------------------

    private static final String QUARTER = "1|[Ff]irst|2|[Ss]econd|3|[Tt]hird|4|[Ff]ourth|[Ll]ast";
    /** "Q1 2024", "first quarter 2024", "2024 Q4", "2024, fourth quarter". */
    private static final Pattern QUARTER_END = Pattern.compile("(?:(?![0-9]{2})\\w[^0-9]*)?(?<q>" + QUARTER
            + ")[^0-9]*(?<y>[0-9]{4})|(?<y2>[0-9]{4})[^0-9]*(?<q2>" + QUARTER + ")(?:(?![0-9]).*\\w+)?", FLAGS);

    /** The last day of the calendar quarter the text names. */
    private static String quarterEnd(String displayed) {
        Matcher m = TransformText.whole(QUARTER_END, displayed);
        if (m == null) {
            return null;
        }
        String q = (m.group("q") != null ? m.group("q") : m.group("q2")).toLowerCase(Locale.ROOT);
        int year = Integer.parseInt(m.group("y") != null ? m.group("y") : m.group("y2"));
        int month = switch (q) {
            case "1", "first" -> 3;
            case "2", "second" -> 6;
            case "3", "third" -> 9;
            default -> 12;
        };
        LocalDate end = YearMonth.of(year, month).atEndOfMonth();
        return TransformText.date(end.getYear(), month, end.getDayOfMonth());
    }

    // ---- numbers in words ---------------------------------------------------------------------------------------

    private static final String DASH = "[\\u058A\\u05BE\\u2010-\\u2015\\uFE58\\uFE63\\uFF0D-]";
    /** One to nineteen. */
    private static final String ONES = "(?:[Oo]ne|[Tt](?:wo|hree|en|welve|hirteen)|[Ff](?:our(?:teen)?|ive|ifteen)"
            + "|[Ss](?:ix(?:teen)?|even(?:teen)?)|[Ee](?:ight(?:een)?|leven)|[Nn]ine(?:teen)?)";
    private static final String TENS = "(?:[Tt](?:wenty|hirty)|[Ff](?:orty|ifty)|[Ss](?:ixty|eventy)|[Ee]ighty"
            + "|[Nn]inety)";
    private static final String DIGIT = "(?:[Oo]ne|[Tt](?:wo|hree)|[Ff](?:our|ive)|[Ss](?:ix|even)|[Ee]ight|[Nn]ine)";
    /** 1–99: "seven", "twelve", "forty-two", "forty two". */
    private static final String UNITS = "(?:" + ONES + "|" + TENS + "(?:(?:" + DASH + "|\\s+)" + DIGIT + ")?)";
    /** "three hundred", "three hundred and forty-two". */
    private static final String HUNDREDS = "(?:" + ONES + "\\s+[Hh]undred(?:\\s+(?:and\\s+)?" + UNITS + ")?)";
    private static final String GROUP = "(?:" + HUNDREDS + "|" + UNITS + ")";
    private static final Pattern NUMBER_WORDS;

    static {
        StringBuilder sb = new StringBuilder("(?:");
        for (String scale : new String[] {"[Qq]uintillion", "[Qq]uadrillion", "[Tt]rillion", "[Bb]illion",
            "[Mm]illion"}) {
            sb.append("(?:").append(GROUP).append("\\s+").append(scale).append("(?:\\s*,\\s*|\\s+|$))?");
        }
        sb.append("(?:").append(GROUP).append("\\s+[Tt]housand(?:(?:\\s*,\\s*|\\s+)(?:").append(HUNDREDS)
                .append("|(?:and\\s+)?").append(UNITS).append("))?|").append(HUNDREDS).append("|").append(UNITS)
                .append(")?");
        sb.append("|[Zz]ero|[Nn]o(?:ne)?|[Nn]il)");
        NUMBER_WORDS = Pattern.compile(sb.toString(), FLAGS);
    }

    private static final Map<String, Integer> SMALL = new HashMap<>();
    private static final Map<String, BigInteger> SCALES = new HashMap<>();

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            SMALL.put(small[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            SMALL.put(tens[i], 20 + 10 * i);
        }
        String[] scales = {"thousand", "million", "billion", "trillion", "quadrillion", "quintillion"};
        for (int i = 0; i < scales.length; i++) {
            SCALES.put(scales[i], BigInteger.TEN.pow(3 * (i + 1)));
        }
    }

    /** The value of number words the grammar accepted ("one hundred and five thousand, twenty-one"). */
    private static BigInteger wordsValue(String words) {
        BigInteger total = BigInteger.ZERO;
        BigInteger current = BigInteger.ZERO;
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s,\\u058A\\u05BE\\u2010-\\u2015\\uFE58\\uFE63\\uFF0D-]+")) {
            if (w.isEmpty() || w.equals("and")) {
                continue;
            }
            Integer small = SMALL.get(w);
            if (small != null) {
                current = current.add(BigInteger.valueOf(small));
            } else if (w.equals("hundred")) {
                current = current.multiply(BigInteger.valueOf(100));
            } else if (SCALES.containsKey(w)) {
                total = total.add(current.multiply(SCALES.get(w)));
                current = BigInteger.ZERO;
            } else {
                throw new IllegalArgumentException("not a number word: " + w);
            }
        }
        return total.add(current);
    }

    /** English number words to an integer; "no", "none", "nil" and "zero" are 0. */
    private static String numberWords(String displayed) {
        if (displayed.isEmpty() || !NUMBER_WORDS.matcher(displayed).matches()) {
            return null;
        }
        String lower = displayed.toLowerCase(Locale.ROOT);
        if (lower.equals("no") || lower.equals("none") || lower.equals("nil")) {
            return "0";
        }
        return wordsValue(displayed).toString();
    }

    private static final String DURATION_NUMBER = "(?:" + ONES + "(?:" + DASH + "|\\s+)[Hh]undred(?:(?:" + DASH
            + "|\\s+)(?:and\\s+)?" + UNITS + ")?|" + UNITS + "|[Zz]ero|[Nn]o|[0-9]{1,4})";
    private static final Pattern DURATION_WORDS = Pattern.compile(
            "(?:(?<y>" + DURATION_NUMBER + ")(?:" + DASH + "|\\s+)[Yy]ears?(?:,?(?:" + DASH + "|\\s+)(?:and\\s+)?|$))?"
            + "(?:(?<m>" + DURATION_NUMBER + ")(?:" + DASH + "|\\s+)[Mm]onths?(?:,?(?:" + DASH + "|\\s+)(?:and\\s+)?|$))?"
            + "(?:(?<d>" + DURATION_NUMBER + ")(?:" + DASH + "|\\s+)[Dd]ays?)?", FLAGS);

    /** "Two years, six months and ten days" → P2Y6M10D; zero parts ("no months") are left out; nothing is P0D. */
    private static String durationWords(String displayed) {
        Matcher m = TransformText.whole(DURATION_WORDS, displayed);
        if (displayed.isEmpty() || m == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder("P");
        for (String part : new String[] {"y", "m", "d"}) {
            String words = m.group(part);
            if (words == null || words.equalsIgnoreCase("zero") || words.equalsIgnoreCase("no")) {
                continue;
            }
            BigInteger n = words.chars().allMatch(Character::isDigit) ? new BigInteger(words) : wordsValue(words);
            sb.append(n).append(Character.toUpperCase(part.charAt(0)));
        }
        return sb.length() == 1 ? "P0D" : sb.toString();
    }

    // ---- ballot boxes -------------------------------------------------------------------------------------------

    /** ☐ (U+2610) is no, ☑ and ☒ (U+2611, U+2612) are yes. */
    private static Transforms.Transform ballotBox(String no, String yes) {
        return displayed -> switch (displayed) {
            case "\u2610" -> no;
            case "\u2611", "\u2612" -> yes;
            default -> null;
        };
    }

    /** The registry. */
    static void sec(Map<String, Transforms.Transform> r) {
        r.put("duryear", numberDuration('Y'));
        r.put("durmonth", numberDuration('M'));
        r.put("durweek", numberDuration('W'));
        r.put("durday", numberDuration('D'));
        r.put("durhour", numberDuration('H'));
        r.put("datequarterend", SecTransforms::quarterEnd);
        r.put("numinf", new Transforms.Fixed("INF"));
        r.put("numneginf", new Transforms.Fixed("-INF"));
        r.put("numnan", new Transforms.Fixed("NaN"));
        r.put("numwordsen", SecTransforms::numberWords);
        r.put("durwordsen", SecTransforms::durationWords);
        r.put("boolballotbox", ballotBox("false", "true"));
        r.put("yesnoballotbox", ballotBox("No", "Yes"));
        r.put("countrynameen", SecNames.COUNTRIES::code);
        r.put("stateprovnameen", SecNames.STATES::code);
        r.put("edgarprovcountryen", SecNames.EDGAR::code);
        r.put("exchnameen", SecNames.EXCHANGES::code);
        r.put("entityfilercategoryen", SecNames.FILER_CATEGORIES::code);
    }
}
