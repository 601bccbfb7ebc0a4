package org.xbrllinker.instance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The name-to-code tables of the SEC's transformation registry: countries (ISO 3166-1 alpha-2), US states,
 * territories and Canadian provinces (postal codes), EDGAR's own state and country codes, exchanges (the codes of
 * dei:securityExchangeCode) and filer categories. A name matches its entry whole, as the registry writes the entry.
 *
 * <p>Entries are written in a short form: a space stands for any run of white space, and a lower-case letter that
 * begins a word may also be a capital ("new york" reads "New York" and "new york", not "NEW YORK"); capitals, bracketed
 * classes and the rest are regular expressions as written.
 */
final class SecNames {

    /** One table: the first entry whose name matches the whole text gives the code. */
    static final class Table {
        private final List<Pattern> names = new ArrayList<>();
        private final List<String> codes = new ArrayList<>();

        private Table add(String code, String name) {
            names.add(Pattern.compile(regex(name), Pattern.UNICODE_CHARACTER_CLASS));
            codes.add(code);
            return this;
        }

        /** The code of the name the text is, or null. */
        String code(String displayed) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).matcher(displayed).matches()) {
                    return codes.get(i);
                }
            }
            return null;
        }

        int size() {
            return names.size();
        }
    }

    private SecNames() {
    }

    /** The short form as a regular expression (see the class comment). */
    static String regex(String name) {
        StringBuilder sb = new StringBuilder();
        boolean inClass = false;
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\') {
                sb.append(c).append(name.charAt(++i));
                previous = name.charAt(i);
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                sb.append(c);
            } else if (c == '[') {
                inClass = true;
                sb.append(c);
            } else if (c == ' ') {
                sb.append("\\s+");
            } else if (Character.isLowerCase(c) && (previous == 0 || " (|-.?+".indexOf(previous) >= 0)) {
                sb.append('[').append(Character.toUpperCase(c)).append(c).append(']');
            } else {
                sb.append(c);
            }
            previous = c;
        }
        return sb.toString();
    }

    /** {@code iso edgar name}: the ISO and EDGAR codes ("-" where the table has no such entry) and the name. */
    private static final String[] COUNTRY_ROWS = {
        "AS B5 american samoa",
        "GU GU guam",
        "PR PR puerto rico",
        "UM 2J united states minor outlying islands",
        "- VI virgin islands, U[.]?S[.]?|U([.]\\s*)?S[.]? virgin islands",
        "- A0 alberta(,? canada)?",
        "- A1 british columbia(,? canada)?",
        "- A2 manitoba(,? canada)?",
        "- A3 new brunswick(,? canada)?",
        "- A4 newfoundland( and labrador)?(,? canada)?",
        "- A5 nova scotia(,? canada)?",
        "- A6 ontario(,? canada)?",
        "- A7 prince edward island(,? canada)?",
        "- A8 qu[eé]bec(,? canada)?",
        "- A9 saskatchewan(,? canada)?",
        "- B0 yukon(,? canada)?",
        "AF B2 afghanistan",
        "AX Y6 [ÅåAa]land islands",
        "AL B3 albania",
        "DZ B4 algeria",
        "AD B6 andorra",
        "AO B7 angola",
        "AI 1A anguilla",
        "AQ B8 antarctica",
        "AG B9 antigua and barbuda",
        "AR C1 ((the )?republic of )?argentina",
        "AM 1B armenia",
        "AW 1C aruba",
        "AU C3 australia",
        "AT C4 austria",
        "AZ 1D azerbaijan",
        "BS C5 bahamas",
        "BH C6 bahrain",
        "BD C7 bangladesh",
        "BB C8 barbados",
        "BY 1F belarus",
        "BE C9 belgium",
        "BZ D1 belize",
        "BJ G6 benin",
        "BM D0 bermuda",
        "BT D2 bhutan",
        "BO D3 bolivia",
        "BQ - bonaire, sint eustatius and saba",
        "BA 1E bosnia and herzegovina",
        "BW B1 botswana",
        "BV D4 bouvet island",
        "BR D5 ((the )?federative republic of )?bra[sz]il",
        "IO D6 british indian ocean territory",
        "BN D9 brunei darussalam",
        "BG E0 bulgaria",
        "BF X2 burkina faso",
        "BI E2 burundi",
        "CV - cabo verde",
        "- E8 cabo verde|cape verde",
        "KH E3 cambodia",
        "CM E4 cameroon",
        "CA Z4 canada",
        "KY E9 cayman islands",
        "CF F0 central african republic",
        "TD F2 chad",
        "CL F3 chile",
        "CN F4 ((the )?people['’]{0,1}s republic of )?china",
        "CX F6 christmas island",
        "CC F7 cocos (.keeling. )?islands",
        "CO F8 ((the )?republic of )?colombia",
        "KM F9 comoros",
        "CD Y3 democratic republic of (the )?congo",
        "CG G0 congo",
        "CK G1 cook islands",
        "CR G2 costa rica",
        "CI L7 c[ôo]te d['’][Ii]voire",
        "HR 1M croatia",
        "CU G3 cuba",
        "CW - cura[çc]ao",
        "CY G4 cyprus",
        "CZ 2N czechia|czech republic",
        "DK G7 ((the )?kingdom of )?denmark",
        "DJ 1G djibouti",
        "DM G9 dominica",
        "DO G8 dominican republic",
        "EC H1 ecuador",
        "EG H2 egypt",
        "SV H3 el salvador",
        "GQ H4 equatorial guinea",
        "ER 1J eritrea",
        "EE 1H estonia",
        "SZ - eswatini",
        "ET H5 ethiopia",
        "FK H7 (the )?falkland islands( .malvinas.)?|(islas )?malvinas( islands)?",
        "FO H6 faroe islands",
        "FJ H8 fiji",
        "FI H9 finland",
        "FR I0 france",
        "GF I3 french guiana",
        "PF I4 french polynesia",
        "TF 2C french southern territories",
        "GA I5 gabon",
        "GM I6 gambia",
        "GE 2Q georgia",
        "DE 2M germany",
        "GH J0 ghana",
        "GI J1 gibraltar",
        "GR J3 greece",
        "GL J4 greenland",
        "GD J5 grenada",
        "GP J6 guadeloupe",
        "GT J8 guatemala",
        "GG Y7 guernsey",
        "GN J9 guinea",
        "GW S0 guinea-bissau",
        "GY K0 guyana",
        "HT K1 haiti",
        "HM K4 heard island and mcDonald islands",
        "VA X4 (the )?holy see|vatican city",
        "HN K2 honduras",
        "HK K3 hong kong",
        "HU K5 hungary",
        "IS K6 iceland",
        "IN K7 india",
        "ID K8 indonesia",
        "IR K9 ((the )?islamic republic of )?iran",
        "IQ L0 iraq",
        "IE L2 ireland",
        "IM Y8 isle of man",
        "IL L3 israel",
        "IT L6 italy",
        "JM L8 jamaica",
        "JP M0 japan",
        "JE Y9 jersey",
        "JO M2 jordan",
        "KZ 1P kazakhstan",
        "KE M3 kenya",
        "KI J2 kiribati",
        "KP M4 (north|democratic people['’]{0,1}s republic of) korea",
        "KR M5 (south|republic of) korea",
        "KW M6 kuwait",
        "KG 1N kyrgyzstan",
        "LA M7 lao people['’]{0,1}s democratic republic",
        "LV 1R latvia",
        "LB M8 lebanon",
        "LS M9 lesotho",
        "LR N0 liberia",
        "LY N1 ((the )?state of )?libya",
        "LI N2 liechtenstein",
        "LT 1Q lithuania",
        "LU N4 ((the )?(grand )?duchy of )?luxembourg",
        "MO N5 maca[ou]",
        "MG N6 madagascar",
        "MW N7 malawi",
        "MY N8 malaysia",
        "MV N9 maldives",
        "ML O0 mali",
        "MT O1 malta",
        "MH 1T ((the )?republic of (the )?)?marshall islands",
        "MQ O2 martinique",
        "MR O3 mauritania",
        "MU O4 mauritius",
        "YT 2P mayotte",
        "MX O5 mexico|united mexican states",
        "FM 1K ((the )?federated states of )?micronesia",
        "MD 1S ((the )?republic of )?moldova",
        "MC O9 monaco",
        "MN P0 mongolia",
        "ME Z5 montenegro",
        "MS P1 montserrat",
        "MA P2 morocco",
        "MZ P3 mozambique",
        "MM E1 myanmar",
        "NA T6 namibia",
        "NR P5 nauru",
        "NP P6 nepal",
        "- P8 netherlands antilles",
        "NL P7 netherlands",
        "NC 1W new caledonia",
        "NZ Q2 new zealand",
        "NI Q3 nicaragua",
        "NE Q4 niger",
        "NG Q5 nigeria",
        "NU Q6 niue",
        "NF Q7 norfolk island",
        "MK - ((the )?republic of )?north macedonia",
        "- 1U ((the )?republic of )?(north )?macedonia",
        "MP 1V northern mariana islands",
        "NO Q8 norway",
        "OM P4 oman",
        "PK R0 pakistan",
        "PW 1Y palau",
        "PS 1X ((the )?state of )?palestine",
        "PA R1 panama",
        "PG R2 papua new guinea",
        "PY R4 paraguay",
        "PE R5 peru",
        "PH R6 philippines",
        "PN R8 pitcairn",
        "PL R9 poland",
        "PT S1 portugal",
        "QA S3 qatar",
        "RE S4 r[ée]union",
        "RO S5 romania",
        "RU 1Z russian federation",
        "RW S6 rwanda",
        "BL Z0 saint barth[ée]lemy",
        "SH U8 saint helena(, ascension,? and tristan( da cunha)?)?",
        "KN U7 saint kitts and nevis",
        "LC U9 saint lucia",
        "MF Z1 saint martin",
        "PM V0 saint pierre and miquelon",
        "VC V1 saint vincent( and (the )?grenadines)?",
        "WS Y0 samoa",
        "SM S8 san marino",
        "ST S9 sao tome and principe",
        "SA T0 saudi arabia",
        "SN T1 senegal",
        "RS Z2 serbia",
        "SC T2 seychelles",
        "SL T8 sierra leone",
        "SG U0 singapore",
        "SX - sint maarten",
        "SK 2B slovakia",
        "SI 2A slovenia",
        "SB D7 solomon islands",
        "SO U1 somalia",
        "ZA T3 ((the )?republic of )?south africa",
        "GS 1L south georgia and (the )?south sandwich islands",
        "SS - south sudan",
        "ES U3 ((the )?kingdom of )?spain|espa[ñn]a",
        "LK F1 sri lanka",
        "SD V2 sudan",
        "SR V3 suriname",
        "SJ L9 svalbard and jan mayen",
        "- V6 swaziland",
        "SE V7 sweden",
        "CH V8 switzerland",
        "SY V9 syria|syrian arab republic",
        "TW F5 taiwan(,? province of china)?",
        "TJ 2D tajikistan",
        "TZ W0 ((the )?united republic of )?tanzania",
        "TH W1 thailand",
        "TL Z3 timor-leste",
        "TG W2 togo",
        "TK W3 tokelau",
        "TO W4 tonga",
        "TT W5 trinidad and tobago",
        "TN W6 tunisia",
        "TR W8 t[uü]rkey|t[uü]rkiye",
        "TM 2E turkmenistan",
        "TC W7 turks and caicos islands",
        "TV 2G tuvalu",
        "UG W9 uganda",
        "UA 2H ukraine",
        "AE C0 UAE|united arab emirates",
        "GB X0 U[.]?K[.]?|britain|great britain|united kingdom( of great britain and northern ireland)?"
            + "|england( and wales)?",
        "US X1 U[.]?S[.]?A[.]?|united states( of america)?",
        "UY X3 uruguay",
        "UZ 2K uzbekistan",
        "VU 2L vanuatu",
        "VE X5 venezuela",
        "VN Q1 viet nam",
        "VG - british virgin islands",
        "- D8 british virgin islands|virgin islands,? british",
        "VI - [Uu][.]?[Ss][.]? virgin islands",
        "WF X8 wallis and futuna",
        "EH U5 western sahara",
        "YE T7 yemen",
        "ZM Y4 zambia",
        "ZW Y5 zimbabwe",
        "- XX unknown",
    };

    /** ixt-sec:countrynameen: country names to ISO 3166-1 alpha-2 codes. */
    static final Table COUNTRIES = new Table();
    /** ixt-sec:edgarprovcountryen: Canadian provinces, US territories and countries to EDGAR's codes. */
    static final Table EDGAR = new Table();

    static {
        for (String row : COUNTRY_ROWS) {
            String[] parts = row.split(" ", 3);
            if (!parts[0].equals("-")) {
                COUNTRIES.add(parts[0], parts[2]);
            }
            if (!parts[1].equals("-")) {
                EDGAR.add(parts[1], parts[2]);
            }
        }
    }

    /** ixt-sec:stateprovnameen: US states, DC, territories and Canadian provinces to postal codes. */
    static final Table STATES = new Table()
            .add("AL", "alabama").add("AK", "alaska").add("AZ", "arizona").add("AR", "arkansas")
            .add("CA", "california").add("CO", "colorado").add("CT", "connecticut").add("DE", "delaware")
            .add("FL", "florida").add("GA", "georgia").add("HI", "hawaii").add("ID", "idaho").add("IL", "illinois")
            .add("IN", "indiana").add("IA", "iowa").add("KS", "kansas").add("KY", "kentucky").add("LA", "louisiana")
            .add("ME", "maine").add("MD", "maryland").add("MA", "massachusetts").add("MI", "michigan")
            .add("MN", "minnesota").add("MS", "mississippi").add("MO", "missouri").add("MT", "montana")
            .add("NE", "nebraska").add("NV", "nevada").add("NH", "new hampshire").add("NJ", "new jersey")
            .add("NM", "new mexico").add("NY", "new york").add("NC", "north carolina").add("ND", "north dakota")
            .add("OH", "ohio").add("OK", "oklahoma").add("OR", "oregon").add("PA", "pennsylvania")
            .add("RI", "rhode island").add("SC", "south carolina").add("SD", "south dakota").add("TN", "tennessee")
            .add("TX", "texas").add("UT", "utah").add("VT", "vermont").add("VA", "virginia").add("WA", "washington")
            .add("WV", "west virginia").add("WI", "wisconsin").add("WY", "wyoming")
            .add("DC", "district of columbia").add("AS", "(american )?samoa").add("GU", "guam")
            .add("MP", "northern mariana islands").add("PR", "puerto rico")
            .add("UM", "united states minor outlying islands").add("VI", "virgin islands, U[.]S[.]")
            .add("AB", "alberta").add("BC", "british columbia").add("MB", "manitoba").add("NB", "new brunswick")
            .add("NL", "newfoundland( and labrador)?").add("NS", "nova scotia").add("NT", "northwest territories")
            .add("NU", "nunavut").add("ON", "ontario").add("PE", "prince edward island").add("QC", "qu[eé]bec")
            .add("SK", "saskatchewan").add("YT", "yukon");

    private static final String INC = "(,? inc[.]?)?";
    private static final String LLC = "(,? [Ll][Ll][Cc])?";
    private static final String NASDAQ = "[Nn][Aa][Ss][Dd][Aa][Qq]";
    private static final String NYSE = "[Nn][Yy][Ss][Ee]";

    /** ixt-sec:exchnameen: exchange names to the codes of dei:securityExchangeCode. */
    static final Table EXCHANGES = new Table()
            .add("BOX", "(the )?[Bb][Oo][Xx] exchange" + LLC)
            .add("CboeBYX", "(the )?cboe [Bb][Yy][Xx] exchange" + INC)
            .add("CboeBZX", "(the )?cboe [Bb][Zz][Xx] exchange" + INC)
            .add("C2", "(the )?cboe c2 exchange" + INC)
            .add("CboeEDGA", "(the )?cboe [Ee][Dd][Gg][Aa] exchange" + INC)
            .add("CboeEDGX", "(the )?cboe [Ee][Dd][Gg][Xx] exchange" + INC)
            .add("CBOE", "(the )?cboe exchange" + INC)
            .add("CHX", "(the )?chicago stock exchange" + INC)
            .add("IEX", "(the )?investors exchange" + LLC)
            .add("MIAX", "(the )?miami international securities exchange" + LLC)
            .add("PEARL", "(the )?mIAX pEARL" + LLC)
            .add("BX", "(the )?" + NASDAQ + " [Bb][Xx]" + INC)
            .add("GEMX", "(the )?" + NASDAQ + " [Gg][Ee][Mm][Xx]" + LLC)
            .add("ISE", "(the )?" + NASDAQ + " [Ii][Ss][Ee]" + LLC)
            .add("MRX", "(the )?" + NASDAQ + " [Mm][Rr][Xx]" + LLC)
            .add("Phlx", NASDAQ + " [Pp][Hh][Ll][Xx]" + LLC)
            .add("NYSE", "(the )?" + NYSE + "|(the )?new york stock exchange" + LLC)
            .add("NYSEAMER", "(the )?" + NYSE + " american" + LLC)
            .add("NYSEArca", "(the )?" + NYSE + " arca" + INC)
            .add("NYSENAT", "(the )?" + NYSE + " national" + INC)
            .add("NASDAQ", "(the )?" + NASDAQ + "( (stock|global( select)?) market" + LLC + ")?");

    /** ixt-sec:entityfilercategoryen: the filer categories of dei:EntityFilerCategory. */
    static final Table FILER_CATEGORIES = new Table()
            .add("Large Accelerated Filer", "large accelerated filer")
            .add("Accelerated Filer", "accelerated filer")
            .add("Non-accelerated Filer", "non[^\\w]+accelerated filer");
}
