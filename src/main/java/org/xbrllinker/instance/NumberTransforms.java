package org.xbrllinker.instance;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number transformations of the registries, 2010 to 2022, and their fixed values. A number is written with a
 * decimal mark and grouping separators as each format names them; the result is the decimal without separators. The
 * 2010–2015 formats keep the digits as written ("72.30"); the 2020 and 2022 ones give the decimal without needless
 * zeros ("72.3", "0.5"), as Arelle and pxp do — the value is the same.
 */
final class NumberTransforms {

    private NumberTransforms() {
    }

    /** A number whose text must match {@code regex}; then {@code drop} characters go and {@code mark} becomes ".". */
    private static Transforms.Transform separated(String regex, String drop, char mark, boolean canonical) {
        Pattern p = Pattern.compile(regex);
        return displayed -> {
            if (!p.matcher(displayed).matches()) {
                return null;
            }
            StringBuilder sb = new StringBuilder(displayed.length());
            for (int i = 0; i < displayed.length(); i++) {
                char c = displayed.charAt(i);
                if (c == mark) {
                    sb.append('.');
                } else if (drop.indexOf(c) < 0) {
                    sb.append(c);
                }
            }
            return canonical ? TransformText.canonical(sb.toString()) : sb.toString();
        };
    }

    private static Transforms.Transform fixed(String value) {
        return new Transforms.Fixed(value);
    }

    private static final Pattern ZERO_DASH = Pattern.compile("[" + TransformText.DASHES + "]");

    /** One dash, read as zero (2011–2015 ixt:zerodash; the 2020 ixt:fixed-zero takes any text). */
    private static String zeroDash(String displayed) {
        return ZERO_DASH.matcher(displayed).matches() ? "0" : null;
    }

    /**
     * Units and hundredths ("72円30銭", "3 dollar 5 cent", "30.000 euro 40"): the whole units (grouped by "." or ",",
     * full-width digits and commas allowed), a unit name, and one or two digits of hundredths.
     */
    private static final Pattern UNIT_DECIMAL_TR2 = Pattern.compile("(?<i>0|[1-9][0-9]{0,2}([.,\\uFF0C\\uFF0E]?[0-9]{3})*)"
            + "[^0-9,.\\uFF0C\\uFF0E]+(?<f>[0-9]{1,2})[^0-9,.\\uFF0C\\uFF0E]*");
    /** The 2020 form: any digits and separators before the unit name. */
    private static final Pattern UNIT_DECIMAL_TR4 = Pattern.compile("(?<i>[0-9.,\\uFF0C]+)[^0-9.,\\uFF0C][^0-9]*"
            + "(?<f>[0-9]{1,2})[^0-9]*");
    /** The 2022 form: apostrophes too as separators (1'000 Fr. 50). */
    private static final Pattern UNIT_DECIMAL_APOS = Pattern.compile(
            "(?<i>[0-9.,\\uFF0C'`\\u00B4\\u2019\\u2032\\uFF07]+)[^0-9.,\\uFF0C'`\\u00B4\\u2019\\u2032\\uFF07][^0-9]*"
            + "(?<f>[0-9]{1,2})[^0-9]*");
    private static final String UNIT_SEPARATORS = ".,\uFF0C\uFF0E'`\u00B4\u2019\u2032\uFF07";

    private static Transforms.Transform unitDecimal(Pattern p, boolean canonical) {
        return displayed -> {
            Matcher m = TransformText.whole(p, TransformText.asciiFullWidth(displayed));
            if (m == null) {
                return null;
            }
            StringBuilder units = new StringBuilder();
            for (char c : m.group("i").toCharArray()) {
                if (UNIT_SEPARATORS.indexOf(c) < 0) {
                    units.append(c);
                }
            }
            if (units.length() == 0) {
                return null;
            }
            String f = m.group("f");
            String n = units + "." + (f.length() == 1 ? "0" + f : f);
            return canonical ? TransformText.canonical(n) : n;
        };
    }

    /** Indian grouping: the last three digits, then pairs (12,34,567), by comma, space or no-break space. */
    private static final String INDIAN = "(?<i>(?:[0-9]{1,2}[, \\u00A0])?(?:[0-9]{2}[, \\u00A0])*[0-9]{3}|[0-9]+)";
    private static final Pattern DOT_DECIMAL_IN = Pattern.compile(INDIAN + "(?<f>\\.[0-9]+)?");
    private static final Pattern UNIT_DECIMAL_IN = Pattern.compile(INDIAN + "[^0-9]+(?<f>[0-9]{1,2})[^0-9]*");

    /** 1,23,456.78 → 123456.78. */
    private static String dotDecimalIndian(String displayed) {
        Matcher m = TransformText.whole(DOT_DECIMAL_IN, displayed);
        if (m == null) {
            return null;
        }
        return m.group("i").replaceAll("[, \\u00A0]", "") + (m.group("f") == null ? "" : m.group("f"));
    }

    /** 12,34,567 rupees 8 paise → 1234567.08. */
    private static String unitDecimalIndian(String displayed) {
        Matcher m = TransformText.whole(UNIT_DECIMAL_IN, displayed);
        if (m == null) {
            return null;
        }
        String f = m.group("f");
        return m.group("i").replaceAll("[, \\u00A0]", "") + "." + (f.length() == 1 ? "0" + f : f);
    }

    /** The 2010 registry (and the 2008 draft's namespace). */
    static void tr1(Map<String, Transforms.Transform> r) {
        r.put("numcommadot", separated("[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?", ",", '.', false));
        r.put("numdash", displayed -> "-".equals(displayed) ? "0" : null);
        r.put("numspacedot", separated("[0-9]{1,3}([ \\u00A0][0-9]{3})*(\\.[0-9]+)?", " \u00A0", '.', false));
        r.put("numdotcomma", separated("[0-9]{1,3}(\\.[0-9]{3})*(,[0-9]+)?", ".", ',', false));
        r.put("numcomma", separated("[0-9]+(,[0-9]+)?", "", ',', false));
        r.put("numspacecomma", separated("[0-9]{1,3}([ \\u00A0][0-9]{3})*(,[0-9]+)?", " \u00A0", ',', false));
    }

    /** The 2011 registry. */
    static void tr2(Map<String, Transforms.Transform> r) {
        r.put("booleanfalse", fixed("false"));
        r.put("booleantrue", fixed("true"));
        r.put("nocontent", fixed(""));
        r.put("zerodash", NumberTransforms::zeroDash);
        r.put("numdotdecimal", separated("[0-9]{1,3}([, \\u00A0]?[0-9]{3})*(\\.[0-9]+)?", ", \u00A0", '.', false));
        r.put("numcommadecimal", separated("[0-9]{1,3}([. \\u00A0]?[0-9]{3})*(,[0-9]+)?", ". \u00A0", ',', false));
        r.put("numunitdecimal", unitDecimal(UNIT_DECIMAL_TR2, false));
    }

    /** The 2015 registry: the 2011 one and Indian grouping. */
    static void tr3(Map<String, Transforms.Transform> r) {
        tr2(r);
        r.put("numdotdecimalin", NumberTransforms::dotDecimalIndian);
        r.put("numunitdecimalin", NumberTransforms::unitDecimalIndian);
    }

    /** The 2020 registry: fixed values, and numbers whose separators may stand anywhere (the text's own layout). */
    static void tr4(Map<String, Transforms.Transform> r) {
        r.put("fixed-empty", fixed(""));
        r.put("fixed-false", fixed("false"));
        r.put("fixed-true", fixed("true"));
        r.put("fixed-zero", fixed("0"));
        r.put("num-dot-decimal", separated("[, \\u00A00-9]*(\\.[ \\u00A00-9]+)?", ", \u00A0", '.', true));
        r.put("num-comma-decimal", separated("[. \\u00A00-9]*(,[ \\u00A00-9]+)?", ". \u00A0", ',', true));
        r.put("num-unit-decimal", unitDecimal(UNIT_DECIMAL_TR4, true));
        r.put("numdotdecimalin", displayed -> {
            String n = dotDecimalIndian(displayed);
            return n == null ? null : TransformText.canonical(n);
        });
    }

    /** The 2022 registry: the 2020 one and apostrophes as grouping separators (Swiss 1'234'567.89). */
    static void tr5(Map<String, Transforms.Transform> r) {
        tr4(r);
        String apostrophes = "'`\u00B4\u2019\u2032";
        r.put("num-dot-decimal-apos", separated("[,'`\\u00B4\\u2019\\u2032 \\u00A00-9]*(\\.[ \\u00A00-9]+)?",
                "," + apostrophes + " \u00A0", '.', true));
        r.put("num-comma-decimal-apos", separated("[.'`\\u00B4\\u2019\\u2032 \\u00A00-9]*(,[ \\u00A00-9]+)?",
                "." + apostrophes + " \u00A0", ',', true));
        r.put("num-unit-decimal-apos", unitDecimal(UNIT_DECIMAL_APOS, true));
    }
}
