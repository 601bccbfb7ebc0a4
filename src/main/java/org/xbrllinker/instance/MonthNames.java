package org.xbrllinker.instance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One language's month names as the transformation registries accept them: each spelling, in the cases the registry
 * allows, and its month. {@link #group()} is the regular-expression group {@code (?<m>…)} that matches one of them.
 */
final class MonthNames {

    /** How a spelling may be cased in a text. */
    enum Casing {
        /** As the registry writes it, capitalised ("August"): the 2010 registry. */
        TITLE,
        /** "August" or "AUGUST", never "august": English from 2011 on. */
        TITLE_OR_UPPER,
        /** "aug", "Aug" or "AUG": the other languages. */
        LOWER_TITLE_OR_UPPER,
        /** Any mix of cases ("sEp"): the Danish and Swedish abbreviations. */
        ANY
    }

    private final Map<String, Integer> byWritten = new HashMap<>();
    private final boolean anyCase;
    private final String group;

    /**
     * {@code spellings[i]} lists the lower-case spellings of month i+1, separated by {@code |}; a spelling already
     * written with capitals is taken as it is (a Greek capital with its accents, which no case mapping gives).
     */
    MonthNames(Casing casing, String... spellings) {
        if (spellings.length != 12) {
            throw new IllegalArgumentException("twelve months expected, found " + spellings.length);
        }
        this.anyCase = casing == Casing.ANY;
        Set<String> all = new LinkedHashSet<>();
        for (int i = 0; i < 12; i++) {
            for (String s : spellings[i].split("\\|")) {
                for (String written : cased(s, casing)) {
                    Integer first = byWritten.putIfAbsent(anyCase ? written.toLowerCase(Locale.ROOT) : written, i + 1);
                    if (first != null && first != i + 1) {
                        throw new IllegalArgumentException(written + " names months " + first + " and " + (i + 1));
                    }
                    all.add(written);
                }
            }
        }
        List<String> longestFirst = new ArrayList<>(all);
        // longest first: where a longer name and its prefix both fit, the name is read whole
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder(anyCase ? "(?<m>(?i:" : "(?<m>");
        for (int i = 0; i < longestFirst.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(longestFirst.get(i)));
        }
        group = sb.append(anyCase ? "))" : ")").toString();
    }

    private static List<String> cased(String spelling, Casing casing) {
        if (!spelling.equals(spelling.toLowerCase(Locale.ROOT))) {
            return List.of(spelling);
        }
        String title = spelling.substring(0, 1).toUpperCase(Locale.ROOT) + spelling.substring(1);
        String upper = spelling.toUpperCase(Locale.ROOT);
        return switch (casing) {
            case TITLE -> List.of(title);
            case TITLE_OR_UPPER -> List.of(title, upper);
            case LOWER_TITLE_OR_UPPER, ANY -> List.of(spelling, title, upper);
        };
    }

    /** The group {@code (?<m>name|…)}. */
    String group() {
        return group;
    }

    /** The month (1–12) a matched name stands for, or null. */
    Integer month(String written) {
        return byWritten.get(anyCase ? written.toLowerCase(Locale.ROOT) : written);
    }

    // ---- the registries' languages -------------------------------------------------------------------------------

    static final MonthNames EN = new MonthNames(Casing.TITLE_OR_UPPER, "january|jan", "february|feb", "march|mar",
            "april|apr", "may", "june|jun", "july|jul", "august|aug", "september|sep", "october|oct", "november|nov",
            "december|dec");
    /** The 2010 registry's long and short English names, capitalised only. */
    static final MonthNames EN_LONG_TR1 = new MonthNames(Casing.TITLE, "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");
    static final MonthNames EN_SHORT_TR1 = new MonthNames(Casing.TITLE, "jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "oct", "nov", "dec");
    static final MonthNames BG = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "ян", "фев", "мар", "апр", "май|маи",
            "юни", "юли", "авг", "сеп", "окт", "ное", "дек");
    /** Czech day and month: the genitive ("13. srpna") and the abbreviations. */
    static final MonthNames CS = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "ledna|led", "února|unora|úno|uno",
            "března|brezna|bře|bre", "dubna|dub", "května|kvetna|kvě|kve", "června|cervna|čvn|cvn",
            "července|cervence|čvc|cvc", "srpna|srp", "září|zari|zář|zar", "října|rijna|říj|rij", "listopadu|lis",
            "prosince|pro");
    /** Czech month and year: the nominative and locative as well ("srpen 2020", "v srpnu 2020"). */
    static final MonthNames CS_MONTH_YEAR = new MonthNames(Casing.LOWER_TITLE_OR_UPPER,
            "leden|ledna|lednu|led", "únor|unor|února|unora|únoru|unoru|úno|uno",
            "březen|brezen|března|brezna|březnu|breznu|bře|bre", "duben|dubna|dubnu|dub",
            "květen|kveten|května|kvetna|květnu|kvetnu|kvě|kve", "červen|cerven|června|cervna|červnu|cervnu|čvn|cvn",
            "červenec|cervenec|července|cervence|červenci|cervenci|čvc|cvc", "srpen|srpna|srpnu|srp",
            "září|zari|zář|zar", "říjen|rijen|října|rijna|říjnu|rijnu|říj|rij", "listopad|listopadu|lis",
            "prosinec|prosince|prosinci|pro");
    /** Welsh (2022 registry). */
    static final MonthNames CY = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "ion", "chwe", "maw", "ebr", "mai",
            "meh", "gor", "aws", "med", "hyd", "tach", "rhag");
    /** Welsh month and year, with the mutated forms ("fis Mawrth", "ym Mehefin"). */
    static final MonthNames CY_MONTH_YEAR = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "ion", "chwe", "maw|faw",
            "ebr", "mai|fai", "meh|feh", "gor|ngor", "aws", "med|fed", "hyd", "tach|dach|nhach|thach", "rhag|rag");
    /** Danish and Swedish: the three letters that begin each month's name, in any case. */
    static final MonthNames DA = new MonthNames(Casing.ANY, "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug",
            "sep", "okt", "nov", "dec");
    static final MonthNames DE = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "jan|jän|jaen", "feb", "mär|maer|mar",
            "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez");
    static final MonthNames EL = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "ιαν|ίαν|iαν", "φεβ", "μάρ|μαρ",
            "απρ|άπρ|aπρ|αρίλ|άρίλ|αριλ|άριλ|aρίλ|aριλ", "μαΐ|μαι|μάι|μαϊ|μάϊ|ΜΑ\u03AA\u0301",
            "ιούν|ίούν|ίουν|ιουν|iούν|iουν", "ιούλ|ίούλ|ίουλ|ιουλ|iούλ|iουλ", "αύγ|αυγ", "σεπ", "οκτ|όκτ|oκτ",
            "νοέ|νοε", "δεκ");
    static final MonthNames ES = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "ene", "feb", "mar", "abr", "may", "jun",
            "jul", "ago", "sep", "oct", "nov", "dic");
    static final MonthNames ET = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "jaan", "veebr", "märts|marts", "apr",
            "mai", "juuni", "juuli", "aug", "sept", "okt", "nov", "dets");
    static final MonthNames FI = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "tam", "hel", "maa", "huh", "tou", "kes",
            "hei", "elo", "syy", "lok", "mar", "jou");
    static final MonthNames FR = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "janv", "févr|fevr", "mars", "avr", "mai",
            "juin", "juil", "août|aout", "sept", "oct", "nov", "déc|dec");
    static final MonthNames HR = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "sij", "velj", "ožu|ozu", "tra", "svi",
            "lip", "srp", "kol", "ruj", "lis", "stu", "pro");
    static final MonthNames HU = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "jan", "feb", "márc|marc", "ápr|apr",
            "máj|maj", "jún|jun", "júl|jul", "aug", "szept", "okt", "nov", "dec");
    static final MonthNames IT = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "gen", "feb", "mar", "apr", "mag", "giu",
            "lug", "ago", "set", "ott", "nov", "dic");
    static final MonthNames LT = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "sau", "vas", "kov", "bal", "geg", "bir",
            "lie", "rugp|rgp", "rugs|rgs", "spa|spl", "lap", "gru|grd");
    static final MonthNames LV = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "janv", "febr", "marts", "apr", "maijs",
            "jūn|jun", "jūl|jul", "aug", "sept", "okt", "nov", "dec");
    static final MonthNames NL = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "jan", "feb", "maa|mrt", "apr", "mei",
            "jun", "jul", "aug", "sep", "okt", "nov", "dec");
    static final MonthNames NO = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "jan", "feb", "mar", "apr", "mai", "jun",
            "jul", "aug", "sep", "okt", "nov", "des");
    static final MonthNames PL = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "sty", "lut", "mar", "kwi", "maj", "cze",
            "lip", "sie", "wrz", "paź|paz", "lis", "gru");
    static final MonthNames PT = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "jan", "fev", "mar", "abr", "mai", "jun",
            "jul", "ago", "set", "out", "nov", "dez");
    static final MonthNames RO = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "ian", "feb", "mar", "apr", "mai", "iun",
            "iul", "aug", "sep", "oct", "noi|nov", "dec");
    static final MonthNames SK = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "jan", "feb", "mar", "apr", "máj|maj",
            "jún|jun", "júl|jul", "aug", "sep", "okt", "nov", "dec");
    static final MonthNames SL = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "jan", "feb", "mar", "apr", "maj", "jun",
            "jul", "avg", "sep", "okt", "nov", "dec");
    /**
     * Hindi (Gregorian months in Devanagari); September, November and December in both the anusvara and the
     * half-m spelling ("सितंबर", "सितम्बर"), which Hindi texts use alike.
     */
    static final MonthNames HI = new MonthNames(Casing.LOWER_TITLE_OR_UPPER, "जनवरी", "फरवरी", "मार्च", "अप्रैल",
            "मई", "जून", "जुलाई", "अगस्त", "सितंबर|सितम्बर", "अक्टूबर", "नवंबर|नवम्बर", "दिसंबर|दिसम्बर");
}
