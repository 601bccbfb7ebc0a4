package org.xbrllinker.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xbrllinker.taxonomy.Reference;

/**
 * How an R page displays things, whatever its form (flattened text or HTML): dates, "N Months Ended" groups, the title
 * with its unit and scale statements, amounts with their sign and scale, footnote markers and structural markers.
 * Both readers use these rules so that one page gives the same values in either form.
 */
final class RPageText {

    private RPageText() {
    }

    static final String NO_DEFINITION = "No definition available.";

    static final String MONTHS_RE = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    static final Pattern DATE_LIKE = Pattern.compile(
            "^(" + MONTHS_RE + ")\\.?\\s+(\\d{1,2}),\\s*(\\d{4})(?=\\s|$)", Pattern.CASE_INSENSITIVE);
    static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("MMM d, uuuu").toFormatter(Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);
    static final Pattern GROUP = Pattern.compile("^(\\d{1,3})\\s+Months?\\s+Ended$", Pattern.CASE_INSENSITIVE);

    static final String SCALE_ITEM =
            "[^\\s,]+(?: / [^\\s,]+)? in (?:Units|Thousands|Millions|Billions|Trillions)";
    static final Pattern SCALE_SUFFIX = Pattern.compile(
            "(?:^|\\s)(" + SCALE_ITEM + "(?:,\\s*" + SCALE_ITEM + ")*)\\s*$");
    static final Pattern SCALE_ONLY = Pattern.compile("^" + SCALE_ITEM + "(?:,\\s*" + SCALE_ITEM + ")*$");
    /**
     * Renderer 2's rounding line under the title: "In Millions", "In Thousands, except Per Share data", "In Millions,
     * except Share data in Thousands, unless otherwise specified".
     */
    static final Pattern ROUNDING_SUFFIX = Pattern.compile("(?:^|\\s)In (Units|Thousands|Millions|Billions|Trillions)"
            + "(?:, except (Per Share|Share|Share and Per Share) data(?: in (Thousands|Millions|Billions))?)?"
            + "(?:, unless otherwise specified)?\\s*$");
    /**
     * Renderer 2's unit after the title: an ISO currency code and its symbol, "(USD $)", "(EUR €)"; not a report
     * word such as "(US GAAP)".
     */
    static final Pattern PARENTHESISED_UNIT = Pattern.compile("\\s\\((([A-Z]{3}) \\p{Sc}{1,3})\\)$");
    static final Pattern SCALE_PART = Pattern.compile(
            "([^\\s,]+(?: / [^\\s,]+)?) in (Units|Thousands|Millions|Billions|Trillions)");
    static final Pattern CODE_AND_SYMBOL = Pattern.compile(
            "^([A-Z][A-Z0-9]{1,11}|[A-Za-z][\\w.-]*[:_][\\w.-]+) \\([^()]{1,20}\\)$");
    /** Parenthesised words of report names ("Debt - Narrative (Details)"), which are not unit symbols. */
    static final Pattern REPORT_WORD = Pattern.compile(
            "\\((?:Details?|Tables?|Polic(?:y|ies)|Parenthetical|Unaudited|Narrative|Textual)\\)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern LOWER_UNIT = Pattern.compile("^[a-z]\\w*(?: / [\\w$]+)*$");
    static final Pattern CURRENCY = Pattern.compile("\\p{Sc}");

    static final Pattern FOOTNOTES_ONLY = Pattern.compile("^(?:\\[\\d+\\]\\s*,?\\s*)+$");
    static final Pattern TRAILING_FOOTNOTES = Pattern.compile("(?:\\s*,?\\s*\\[\\d+\\])+\\s*$");
    static final Pattern NIL = Pattern.compile("^(?:\\p{Sc}\\s?)?[—–-]?$");
    static final Pattern AMOUNT = Pattern.compile(
            "^(\\p{Sc}\\s?)?(\\()?(\\p{Sc}\\s?)?(-\\s?)?"
                    + "((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)(\\s?%)?(\\))?(%)?$");
    /** The unit a row of a mixed-unit table names after its label ("Number of vendors | Vendor"). */
    static final Pattern UNIT_SUFFIX = Pattern.compile(" \\| ([^|]+?)\\s*$");
    static final Pattern SHARES_ROW = Pattern.compile("(?:\\(in shares\\)|\\| shares)$");
    static final Pattern PER_SHARE_ROW =
            Pattern.compile("(?:\\(in [^()]*per share[^()]*\\)|\\| \\S+ / shares)$");
    static final List<String> STRUCTURAL_MARKERS = List.of(
            "[Abstract]", "[Roll Forward]", "[Table]", "[Axis]", "[Line Items]", "[Member]", "[Domain]");

    static final Pattern REFERENCE = Pattern.compile("^Reference \\d+:\\s*(\\S+)");

    /** True when the label ends with a structural marker such as "[Abstract]" or "[Roll Forward]". */
    static boolean isStructural(String label) {
        return STRUCTURAL_MARKERS.stream().anyMatch(label::endsWith);
    }

    /**
     * The date a {@link #DATE_LIKE} match names ("Sept. 28, 2024" included).
     *
     * @throws DateTimeParseException when there is no such day ("Feb. 30, 2021")
     */
    static LocalDate date(Matcher dateLike) {
        String month = dateLike.group(1);
        month = month.length() > 3 ? month.substring(0, 3) : month;
        return LocalDate.parse(month + " " + dateLike.group(2) + ", " + dateLike.group(3), DATE);
    }

    /** True when the text starts the way an amount does, so that it must be one (the rule in {@link TextRPageParser}). */
    static boolean startsLikeAmount(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (CURRENCY.matcher(text.substring(0, 1)).matches()) {
            return true;
        }
        char c = text.charAt(0);
        char next = text.length() > 1 ? text.charAt(1) : ' ';
        return switch (c) {
            case '(' -> Character.isDigit(next) || next == '-' || next == '.' || next == ')'
                    || CURRENCY.matcher(String.valueOf(next)).matches();
            case '-', '.' -> Character.isDigit(next);
            default -> Character.isDigit(c);
        };
    }

    /** The text without footnote markers such as "[1]" at its end. */
    static String stripFootnotes(String text) {
        return TRAILING_FOOTNOTES.matcher(text).replaceFirst("").strip();
    }

    static String normalize(String line) {
        return line.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
    }

    /** A displayed number: amount (null for nil) with sign and scale applied, and its decimals. */
    record Amount(BigDecimal amount, boolean negative, int decimals) {

        /** @return the amount, or null when the text is not a well-formed amount */
        static Amount parse(String text, int exponent) {
            if (NIL.matcher(text).matches()) {
                return new Amount(null, false, 0);
            }
            Matcher m = AMOUNT.matcher(text);
            if (!m.matches()) {
                return null;
            }
            boolean open = m.group(2) != null;
            boolean close = m.group(7) != null;
            boolean minus = m.group(4) != null;
            boolean percent = m.group(6) != null || m.group(8) != null;
            boolean twoCurrencies = m.group(1) != null && m.group(3) != null;
            boolean twoPercents = m.group(6) != null && m.group(8) != null;
            if (open != close || twoCurrencies || twoPercents || (minus && open)) {
                return null;
            }
            String digits = m.group(5).replace(",", "");
            int dot = digits.indexOf('.');
            int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
            BigDecimal value = new BigDecimal(digits);
            if (percent) {
                value = value.movePointLeft(2);
                decimals += 2;
            } else {
                value = value.movePointRight(exponent);
                decimals -= exponent;
            }
            boolean negative = open || minus;
            return new Amount(negative ? value.negate() : value, negative, decimals);
        }
    }

    /** The title cell split into title, unit line, unit and scale statements. */
    record Title(String title, String unitLine, String unit, List<ScaleItem> scales) {

        static Title parse(String text) {
            String head = text;
            List<ScaleItem> scales = List.of();
            Matcher rounding = ROUNDING_SUFFIX.matcher(text);
            Matcher m = SCALE_SUFFIX.matcher(text);
            if (rounding.find()) {
                head = text.substring(0, rounding.start()).strip();
                scales = Scales.parseRounding(rounding);
            } else if (m.find()) {
                head = text.substring(0, m.start()).strip();
                scales = Scales.parse(m.group(1));
            }
            String unitLine = null;
            String unit = null;
            Matcher parenthesised = PARENTHESISED_UNIT.matcher(head);
            if (parenthesised.find()) {
                // renderer 2: "CONSOLIDATED BALANCE SHEETS (USD $)"
                return new Title(head.substring(0, parenthesised.start()).strip(), parenthesised.group(1),
                        parenthesised.group(2), scales);
            }
            int dash = head.lastIndexOf(" - ");
            if (dash > 0) {
                String tail = head.substring(dash + 3).strip();
                if (isUnitText(tail)) {
                    unitLine = tail;
                    head = head.substring(0, dash).strip();
                    Matcher code = CODE_AND_SYMBOL.matcher(tail);
                    unit = code.matches() ? code.group(1) : tail;
                }
            }
            return new Title(head, unitLine, unit, scales);
        }

        Title withScales(List<ScaleItem> more) {
            return new Title(title, unitLine, unit, more);
        }

        /**
         * The page's currency where the title names none: the one currency code the column headers' unit lines name
         * ("USD ($)" under each date), else null.
         */
        static String currencyOfColumns(java.util.Collection<String> unitLines) {
            java.util.Set<String> codes = new java.util.TreeSet<>();
            for (String line : unitLines) {
                Matcher m = CODE_AND_SYMBOL.matcher(line.strip());
                if (m.matches() && m.group(1).matches("[A-Z]{3}")) {
                    codes.add(m.group(1));
                }
            }
            return codes.size() == 1 ? codes.iterator().next() : null;
        }

        /** "USD ($)", "EUR (€)", "$ / shares", "shares", "pure"; not "Restricted stock units" (a member). */
        static boolean isUnitText(String text) {
            if (text.length() > 30 || REPORT_WORD.matcher(text).find()) {
                return false;
            }
            return CODE_AND_SYMBOL.matcher(text).matches() || CURRENCY.matcher(text).find()
                    || LOWER_UNIT.matcher(text).matches();
        }
    }

    /** "$ in Millions": what the statement is about ("$", "shares", "$ / shares") and the power of ten. */
    record ScaleItem(String subject, int exponent) {

        boolean isRatio() {
            return subject.contains("/");
        }
    }

    /** The scale statements of a page and which one applies to a row. */
    record Scales(List<ScaleItem> items, Set<String> columnUnits) {

        Scales {
            items = List.copyOf(items);
            columnUnits = Set.copyOf(columnUnits);
        }

        Scales(List<ScaleItem> items) {
            this(items, Set.of());
        }

        /** The same statements, knowing the unit lines of the column headers ("USD ($)", "Vendor"). */
        Scales withColumnUnits(Set<String> units) {
            return new Scales(items, units);
        }

        /**
         * The statements a renderer-2 rounding line makes: money in its scale; shares in the same scale unless the
         * line excepts share data (then in units, or in the scale it names); per-share amounts never scaled.
         */
        static List<ScaleItem> parseRounding(Matcher rounding) {
            int money = exponent(rounding.group(1));
            String except = rounding.group(2);
            int shares = except == null || except.equals("Per Share") ? money
                    : rounding.group(3) == null ? 0 : exponent(rounding.group(3));
            return List.of(new ScaleItem("$", money), new ScaleItem("shares", shares),
                    new ScaleItem("$ / shares", 0));
        }

        private static int exponent(String word) {
            return switch (word) {
                case "Thousands" -> 3;
                case "Millions" -> 6;
                case "Billions" -> 9;
                case "Trillions" -> 12;
                default -> 0;
            };
        }

        static List<ScaleItem> parse(String text) {
            List<ScaleItem> items = new ArrayList<>();
            Matcher m = SCALE_PART.matcher(text);
            while (m.find()) {
                int exponent = switch (m.group(2)) {
                    case "Thousands" -> 3;
                    case "Millions" -> 6;
                    case "Billions" -> 9;
                    case "Trillions" -> 12;
                    default -> 0;
                };
                items.add(new ScaleItem(m.group(1), exponent));
            }
            return items;
        }

        /** The statements as subject → power of ten, the first of a subject kept. */
        java.util.Map<String, Integer> statements() {
            java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
            items.forEach(i -> out.putIfAbsent(i.subject(), i.exponent()));
            return out;
        }

        /** The monetary statement ("$ in …"), else the only non-ratio one, else units. */
        int pageExponent() {
            for (ScaleItem item : items) {
                boolean monetary = CURRENCY.matcher(item.subject()).find() || item.subject().matches("[A-Z]{3}");
                if (!item.isRatio() && monetary) {
                    return item.exponent();
                }
            }
            return items.stream().filter(i -> !i.isRatio()).findFirst().map(ScaleItem::exponent).orElse(0);
        }

        /**
         * The power of ten for a row whose element's data type the page states (its "Data Type" detail): a shares
         * type takes the shares statement (none: units), a per-share type the per-share statement (none: units),
         * whatever the label says; other types, or no type, follow {@link #exponentFor(String)}. Cover pages need
         * this: "Entity Common Stock, Shares Outstanding" carries no "(in shares)" marker.
         */
        int exponentFor(String label, String dataType) {
            if (dataType != null) {
                String type = dataType.substring(dataType.indexOf(':') + 1);
                if (type.equals("sharesItemType")) {
                    return items.stream().filter(i -> i.subject().equals("shares")).findFirst()
                            .map(ScaleItem::exponent).orElse(0);
                }
                if (type.equals("perShareItemType")) {
                    return items.stream().filter(ScaleItem::isRatio).findFirst().map(ScaleItem::exponent)
                            .orElse(0);
                }
            }
            return exponentFor(label);
        }

        /**
         * The power of ten for a row: the shares or per-share statement for rows marked so; for a row marked with a
         * unit of the column headers that is neither money, shares nor a ratio ("… | Vendor", a count) the statement
         * about that unit, else none; else the page's.
         */
        int exponentFor(String label) {
            Matcher unit = UNIT_SUFFIX.matcher(label);
            if (unit.find() && columnUnits.contains(unit.group(1))) {
                String u = unit.group(1);
                boolean monetary = CURRENCY.matcher(u).find() || CODE_AND_SYMBOL.matcher(u).matches();
                if (!monetary && !u.equals("shares") && !u.contains("/")) {
                    return items.stream().filter(i -> i.subject().equals(u)).findFirst().map(ScaleItem::exponent)
                            .orElse(0);
                }
            }
            if (SHARES_ROW.matcher(label).find()) {
                return items.stream().filter(i -> i.subject().equals("shares")).findFirst()
                        .map(ScaleItem::exponent).orElse(0);
            }
            if (PER_SHARE_ROW.matcher(label).find()) {
                return items.stream().filter(ScaleItem::isRatio).findFirst().map(ScaleItem::exponent).orElse(0);
            }
            return pageExponent();
        }
    }

    static final Pattern PART = Pattern.compile("^-(\\S+)\\s*(.*)$");

    /** "Reference 1: role" starts a reference; "-Topic 310" lines are its parts; other lines continue a part. */
    static void references(List<String> lines, List<Reference> out, List<String> roles) {
        String role = null;
        Map<String, String> parts = new LinkedHashMap<>();
        String lastPart = null;
        for (String line : lines) {
            Matcher ref = REFERENCE.matcher(line);
            Matcher part = PART.matcher(line);
            if (ref.find()) {
                if (role != null) {
                    out.add(new Reference(role, parts));
                }
                role = ref.group(1);
                roles.add(role);
                parts = new LinkedHashMap<>();
                lastPart = null;
            } else if (role != null && part.matches()) {
                lastPart = part.group(1);
                parts.merge(lastPart, part.group(2).strip(), (a, b) -> a + "; " + b);
            } else if (lastPart != null) {
                parts.merge(lastPart, line, (a, b) -> a + " " + b);
            }
        }
        if (role != null) {
            out.add(new Reference(role, parts));
        }
    }
}
