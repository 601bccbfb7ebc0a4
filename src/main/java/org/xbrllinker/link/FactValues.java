package org.xbrllinker.link;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.xbrllinker.parse.ViewerDate;

/**
 * The typed value of a non-numeric fact: from what an R page displays (or an instance's lexical value) and the
 * concept's data type, the lexical form in its XSD datatype. Data types are known by their local name, whatever prefix
 * a schema, a MetaLinks file or a page's "+ Details" gives them ({@code xbrli:dateItemType}, {@code dateItemType}).
 *
 * <p>A display that does not fit its type (a "date" that is no day, a "boolean" that says "maybe") is kept as the
 * string shown, {@code xsd:string}, with a {@link Value#note() note} saying what the type wanted: the fact is not
 * lost, and a wrong link (a row linked to a date concept that shows a name) stays visible in the data instead of
 * refusing the whole page. Numbers are never typed here: numeric types are {@link Kind#NUMERIC} and keep their
 * decimal value and unit.
 */
public final class FactValues {

    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String STRING = XSD + "string";
    public static final String TOKEN = XSD + "token";
    public static final String BOOLEAN = XSD + "boolean";
    public static final String DATE = XSD + "date";
    public static final String DATE_TIME = XSD + "dateTime";
    public static final String TIME = XSD + "time";
    public static final String G_YEAR = XSD + "gYear";
    public static final String G_YEAR_MONTH = XSD + "gYearMonth";
    public static final String G_MONTH_DAY = XSD + "gMonthDay";
    public static final String G_MONTH = XSD + "gMonth";
    public static final String G_DAY = XSD + "gDay";
    public static final String DURATION = XSD + "duration";
    public static final String ANY_URI = XSD + "anyURI";

    /** Every datatype a non-numeric value is given: the shapes accept exactly these. */
    public static final Set<String> DATATYPES = Set.of(STRING, TOKEN, BOOLEAN, DATE, DATE_TIME, TIME, G_YEAR,
            G_YEAR_MONTH, G_MONTH_DAY, G_MONTH, G_DAY, DURATION, ANY_URI);

    /** What a data type says of its facts. */
    public enum Kind {
        /** A number with a unit: monetary, shares, per share, percent, pure, decimal, integer, measures. */
        NUMERIC,
        /** A string, date, boolean, enumeration, duration and the like. */
        NON_NUMERIC,
        /** No type, or one these rules do not know: the display decides. */
        UNKNOWN
    }

    /**
     * A lexical value in an XSD datatype (an IRI of {@link #DATATYPES}); {@code note} is null, or says why the display
     * was kept as a string although the type wants another datatype.
     */
    public record Value(String lexical, String datatype, String note) {
    }

    /** Non-numeric XBRL, DTR, dei and ffd item types by local name, with the XSD datatype of their values. */
    private static final Map<String, String> NON_NUMERIC = Map.ofEntries(
            // XBRL 2.1 non-numeric item types
            Map.entry("stringItemType", STRING), Map.entry("normalizedStringItemType", STRING),
            Map.entry("tokenItemType", TOKEN), Map.entry("languageItemType", TOKEN),
            Map.entry("NameItemType", TOKEN), Map.entry("NCNameItemType", TOKEN),
            Map.entry("booleanItemType", BOOLEAN), Map.entry("dateItemType", DATE),
            Map.entry("dateTimeItemType", DATE_TIME), Map.entry("timeItemType", TIME),
            Map.entry("gYearItemType", G_YEAR), Map.entry("gYearMonthItemType", G_YEAR_MONTH),
            Map.entry("gMonthDayItemType", G_MONTH_DAY), Map.entry("gMonthItemType", G_MONTH),
            Map.entry("gDayItemType", G_DAY), Map.entry("durationItemType", DURATION),
            Map.entry("anyURIItemType", ANY_URI), Map.entry("QNameItemType", ANY_URI),
            Map.entry("hexBinaryItemType", STRING), Map.entry("base64BinaryItemType", STRING),
            // Data Type Registry
            Map.entry("textBlockItemType", STRING), Map.entry("escapedItemType", STRING),
            Map.entry("xmlNodesItemType", STRING), Map.entry("xmlItemType", STRING),
            Map.entry("domainItemType", STRING), Map.entry("noLangTokenItemType", TOKEN),
            Map.entry("noLangStringItemType", STRING), Map.entry("prefixedContentItemType", STRING),
            Map.entry("enumerationItemType", ANY_URI), Map.entry("enumerationSetItemType", TOKEN),
            // dei and ffd: identifiers and free text are strings (a CIK keeps its leading zeros) ...
            Map.entry("centralIndexKeyItemType", STRING), Map.entry("fileNumberItemType", STRING),
            Map.entry("employerIdItemType", STRING), Map.entry("tradingSymbolItemType", STRING),
            Map.entry("securityTitleItemType", STRING), Map.entry("legalEntityIdentifierItemType", STRING),
            Map.entry("filerNameItemType", STRING), Map.entry("internationalNameItemType", STRING),
            // ... booleans ...
            Map.entry("trueItemType", BOOLEAN),
            // ... and closed lists of codes are enumerations
            Map.entry("submissionTypeItemType", TOKEN), Map.entry("fiscalPeriodItemType", TOKEN),
            Map.entry("filerCategoryItemType", TOKEN), Map.entry("stateOrCountryCodeItemType", TOKEN),
            Map.entry("edgarStateCountryItemType", TOKEN), Map.entry("stateOrProvinceItemType", TOKEN),
            Map.entry("exchangeCodeItemType", TOKEN), Map.entry("edgarExchangeCodeItemType", TOKEN),
            Map.entry("yesNoItemType", TOKEN), Map.entry("countryCodeItemType", TOKEN),
            Map.entry("currencyItemType", TOKEN), Map.entry("invCompanyTypeItemType", TOKEN),
            Map.entry("formTypeItemType", TOKEN), Map.entry("feeExhibitTypeItemType", TOKEN),
            Map.entry("securityTypeItemType", TOKEN), Map.entry("naItemType", TOKEN));

    /**
     * Words of numeric type names: XBRL 2.1's numeric item types, the DTR's num: types (per share, percent, measures
     * such as area or energy) and restrictions of them such as ffd's {@code nonNegative1TMonetary2ItemType}.
     */
    private static final Pattern NUMERIC_NAME = Pattern.compile(
            "(?i)(?:.*(?:monetary|shares|perShare|pure|fraction|decimal\\d*|percent|area|volume|mass|weight|energy|"
                    + "power|length|memory|electricCurrent|temperature|voltage|frequency|flow|pressure|planeAngle|"
                    + "speed|ghgEmissions|irradiance|insolation)\\w?"
                    + "|(?:nonPositive|negative|nonNegative|positive|unsigned)?(?:integer|long|int|short|byte|float|double))"
                    + "ItemType");
    /** Names of code lists the table above does not know ({@code …CodeItemType}, {@code …TypeItemType}): tokens. */
    private static final Pattern CODE_NAME = Pattern.compile(".+(Code|Type|Category)ItemType");

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+");
    private static final Pattern QNAME = Pattern.compile("([A-Za-z_][\\w.-]*):([A-Za-z_][\\w.-]*)");
    private static final Pattern ISO_DURATION = Pattern.compile(
            "(-)?P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?=\\d)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
    private static final Pattern DURATION_WORDS = Pattern.compile(
            "(?i)(\\d+)\\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)(?:,?\\s+|$)");

    private FactValues() {
    }

    /** The local name of a data type: {@code dateItemType} for {@code xbrli:dateItemType}; null for none. */
    static String localName(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String t = type.strip();
        int cut = Math.max(t.lastIndexOf(':'), Math.max(t.lastIndexOf('}'), t.lastIndexOf('#')));
        return t.substring(cut + 1);
    }

    /** Whether facts of this data type are numbers, non-numeric values, or unknown (no type, an unknown name). */
    public static Kind kind(String type) {
        String name = localName(type);
        if (name == null || name.isEmpty()) {
            return Kind.UNKNOWN;
        }
        if (NON_NUMERIC.containsKey(name)) {
            return Kind.NON_NUMERIC;
        }
        if (NUMERIC_NAME.matcher(name).matches()) {
            return Kind.NUMERIC;
        }
        return CODE_NAME.matcher(name).matches() ? Kind.NON_NUMERIC : Kind.UNKNOWN;
    }

    /** The XSD datatype of this data type's values; null for a numeric or unknown type. */
    public static String datatypeOf(String type) {
        String name = localName(type);
        if (name == null || kind(type) != Kind.NON_NUMERIC) {
            return null;
        }
        return NON_NUMERIC.getOrDefault(name, TOKEN);
    }

    /** {@link #fromDisplay(String, String, Function)} where no prefix is known. */
    public static Value fromDisplay(String displayed, String type) {
        return fromDisplay(displayed, type, prefix -> null);
    }

    /**
     * The value a cell displays for a concept of this data type (null or unknown: inferred from the display — a
     * viewer date is a date, "true"/"false" a boolean, anything else a string). A numeric-looking display of a
     * non-numeric type stays the text shown ("0000066740", "(212)").
     *
     * @param namespaces the namespace of a prefix (null when unknown), to write a QName the page shows as a concept IRI
     * @throws IllegalArgumentException for a numeric type: its facts are numbers
     */
    public static Value fromDisplay(String displayed, String type, Function<String, String> namespaces) {
        Kind kind = kind(type);
        if (kind == Kind.NUMERIC) {
            throw new IllegalArgumentException(type + " is numeric: \"" + displayed + "\" is no non-numeric value");
        }
        String shown = displayed.strip();
        if (kind == Kind.UNKNOWN) {
            Optional<LocalDate> day = ViewerDate.parse(shown);
            if (day.isPresent()) {
                return new Value(day.get().toString(), DATE, null);
            }
            if (shown.equalsIgnoreCase("true") || shown.equalsIgnoreCase("false")) {
                return new Value(shown.toLowerCase(Locale.ROOT), BOOLEAN, null);
            }
            return new Value(displayed, STRING, null);
        }
        String datatype = datatypeOf(type);
        return switch (datatype) {
            case STRING -> new Value(displayed, STRING, null);
            case TOKEN -> enumerationSet(type) ? concepts(shown, type, namespaces)
                    : checked(token(shown), TOKEN, displayed, type);
            case BOOLEAN -> checked(booleanOf(shown, true), BOOLEAN, displayed, type);
            case DATE -> checked(ViewerDate.parse(shown).map(LocalDate::toString).orElse(shown), DATE, displayed, type);
            case DATE_TIME -> ViewerDate.parse(shown).map(d -> new Value(d.toString(), DATE, null))
                    .orElseGet(() -> checked(shown, DATE_TIME, displayed, type));
            case DURATION -> checked(durationOf(shown), DURATION, displayed, type);
            case ANY_URI -> concept(shown, type, namespaces);
            default -> checked(shown, datatype, displayed, type);
        };
    }

    /**
     * An instance fact's value (XBRL writes it in its XSD lexical form already) in the datatype of its concept's type;
     * a value of no known type, or one that does not fit its type, is the string as written.
     *
     * @param namespaces the namespace of a prefix the instance declares, for an enumeration written as a QName
     */
    public static Value fromLexical(String lexical, String type, Function<String, String> namespaces) {
        String datatype = datatypeOf(type);
        if (datatype == null || datatype.equals(STRING)) {
            return new Value(lexical, STRING, null);
        }
        String v = lexical.strip();
        return switch (datatype) {
            case TOKEN -> enumerationSet(type) ? concepts(v, type, namespaces) : checked(token(v), TOKEN, lexical, type);
            case BOOLEAN -> checked(booleanOf(v, false), BOOLEAN, lexical, type);
            case DATE_TIME -> isValid(v, DATE) ? new Value(v, DATE, null) : checked(v, DATE_TIME, lexical, type);
            case DURATION -> checked(durationOf(v), DURATION, lexical, type);
            case ANY_URI -> concept(v, type, namespaces);
            default -> checked(v, datatype, lexical, type);
        };
    }

    /**
     * Why a non-numeric fact a cell displays is a string although its concept's type wants another datatype (the
     * note {@link #fromDisplay} gave); null when it is not so.
     */
    public static String note(Fact fact, String displayed) {
        if (fact.numeric() || !STRING.equals(fact.datatype()) || kind(fact.concept().type()) != Kind.NON_NUMERIC
                || STRING.equals(datatypeOf(fact.concept().type())) || displayed == null) {
            return null;
        }
        return fromDisplay(displayed, fact.concept().type()).note();
    }

    /** The lexical form when it is valid in the datatype; otherwise the text as shown, a string, with a note. */
    private static Value checked(String lexical, String datatype, String shown, String type) {
        if (lexical != null && isValid(lexical, datatype)) {
            return new Value(lexical, datatype, null);
        }
        return new Value(shown, STRING, "\"" + shown + "\" is no " + datatype.substring(XSD.length()) + " (" + type
                + "): kept as a string");
    }

    private static boolean isValid(String lexical, String datatype) {
        RDFDatatype dt = TypeMapper.getInstance().getTypeByName(datatype);
        return dt != null && dt.isValid(lexical);
    }

    private static String token(String s) {
        return BLANKS.matcher(s.strip()).replaceAll(" ");
    }

    /** true/false (any case, and 1/0 as XSD allows); from a page also Yes/No, which the viewer shows for booleans. */
    private static String booleanOf(String s, boolean displayed) {
        String v = s.toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("1") || displayed && v.equals("yes")) {
            return "true";
        }
        if (v.equals("false") || v.equals("0") || displayed && v.equals("no")) {
            return "false";
        }
        return null;
    }

    /**
     * "2 years 8 months 12 days" as P2Y8M12D, in the canonical form (12 months are a year, 24 hours a day), so that
     * two displays of one duration give one literal ("12 months" and "1 year" are both P1Y); an XSD duration as
     * itself; null for anything else.
     */
    static String durationOf(String s) {
        Matcher iso = ISO_DURATION.matcher(s);
        if (iso.matches()) {
            return canonical(iso.group(1) != null, number(iso, 2) * 12 + number(iso, 3), number(iso, 4),
                    number(iso, 5) * 3600 + number(iso, 6) * 60 + number(iso, 7));
        }
        if (s.startsWith("P") || s.startsWith("-P")) {
            return s; // fractions of a second and the like: as written, when valid
        }
        Matcher m = DURATION_WORDS.matcher(s);
        long months = 0;
        long days = 0;
        long seconds = 0;
        int at = 0;
        while (m.find() && m.start() == at) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
                case "year" -> months += 12 * n;
                case "month" -> months += n;
                case "week" -> days += 7 * n;
                case "day" -> days += n;
                case "hour" -> seconds += 3600 * n;
                case "minute" -> seconds += 60 * n;
                default -> seconds += n;
            }
            at = m.end();
        }
        if (at == 0 || at != s.length()) {
            return null;
        }
        return canonical(false, months, days, seconds);
    }

    private static long number(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }

    private static String canonical(boolean negative, long months, long days, long seconds) {
        days += seconds / 86400;
        seconds %= 86400;
        StringBuilder d = new StringBuilder(negative && months + days + seconds > 0 ? "-P" : "P");
        append(d, months / 12, "Y");
        append(d, months % 12, "M");
        append(d, days, "D");
        if (seconds > 0) {
            d.append('T');
            append(d, seconds / 3600, "H");
            append(d, seconds % 3600 / 60, "M");
            append(d, seconds % 60, "S");
        }
        return d.length() == 1 ? "P0D" : d.toString();
    }

    private static void append(StringBuilder d, long n, String designator) {
        if (n != 0) {
            d.append(n).append(designator);
        }
    }

    private static boolean enumerationSet(String type) {
        return "enumerationSetItemType".equals(localName(type));
    }

    /**
     * An extensible enumeration's value: a concept IRI as shown, or a QName whose prefix is known written as the
     * concept's IRI ({@code namespace#LocalName}, the IRI {@link org.xbrllinker.taxonomy.Concept#iri()} gives);
     * otherwise the text shown, with a note.
     */
    private static Value concept(String shown, String type, Function<String, String> namespaces) {
        String iri = conceptIri(shown, namespaces);
        if (iri != null) {
            return new Value(iri, ANY_URI, null);
        }
        return new Value(shown, STRING, "\"" + shown + "\" names no concept by IRI or by a QName of a known prefix ("
                + type + "): kept as a string");
    }

    /** An enumeration set: its concepts' IRIs, space-separated, as one token. */
    private static Value concepts(String shown, String type, Function<String, String> namespaces) {
        StringBuilder iris = new StringBuilder();
        for (String part : shown.split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            String iri = conceptIri(part, namespaces);
            if (iri == null) {
                return new Value(shown, STRING, "\"" + part + "\" names no concept by IRI or by a QName of a known"
                        + " prefix (" + type + "): kept as a string");
            }
            iris.append(iris.length() == 0 ? "" : " ").append(iri);
        }
        return new Value(iris.toString(), TOKEN, null);
    }

    private static String conceptIri(String shown, Function<String, String> namespaces) {
        if (IRI.matcher(shown).matches()) {
            return shown;
        }
        Matcher q = QNAME.matcher(shown);
        if (q.matches()) {
            String ns = namespaces.apply(q.group(1));
            if (ns != null) {
                return ns + "#" + q.group(2);
            }
        }
        return null;
    }
}
