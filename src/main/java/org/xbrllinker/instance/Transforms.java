package org.xbrllinker.instance;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inline XBRL transformation registries ({@code format="ixt:…"}, {@code "ixt-sec:…"}), whole: every
 * transformation of XBRL International's registries 1 to 5 (2010, 2011, 2015, 2020 and 2022 namespaces, and the 2008
 * draft namespace of the first) and of the SEC's registry. A transformation turns the displayed text into the
 * lexical value of the fact (xs:date, xs:gMonthDay, xs:gYearMonth, a decimal, xs:boolean, xs:duration, a code), or
 * answers null when the text is not in the form it names. A name is looked up in its own registry only: the 2011
 * {@code numdotdecimal} is not a 2020 name, nor the 2020 {@code num-dot-decimal} a 2011 one.
 *
 * <p>The text is read without the white space around it; inside, each transformation's pattern decides. Where the
 * registries' reference implementations differ on a point the specifications leave open, the choices are documented
 * on the transformation (see {@link DateTransforms}, {@link NumberTransforms}, {@link SecTransforms}).
 */
public final class Transforms {

    /** The draft namespace of the 2010 registry, still met in old filings. */
    public static final String TR1_DRAFT = "http://www.xbrl.org/2008/inlineXBRL/transformation";
    public static final String TR1 = "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20";
    public static final String TR2 = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31";
    public static final String TR3 = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26";
    public static final String TR4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
    public static final String TR5 = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16";
    public static final String SEC = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31";

    /** Displayed text → XBRL value; null when the text does not have the transformation's form. */
    @FunctionalInterface
    public interface Transform {
        String apply(String displayed);
    }

    /** A transformation that gives one value whatever the text (ixt:fixed-zero, ixt:booleantrue, ixt-sec:numinf). */
    record Fixed(String value) implements Transform {
        @Override
        public String apply(String displayed) {
            return value;
        }
    }

    /**
     * The most characters (white space around them not counted) a transformation that reads its text is given; a
     * longer text is refused unread. No registry's form comes near it (the longest, the SEC's number words up to the
     * quintillions, is some 400), and the registries' patterns are regular expressions that backtrack: some (a run of
     * non-digits then a run of other separators, as in {@code date-day-monthname-fi}) take time growing with the square
     * of the text's length, minutes for a hostile 40,000-character fact.
     */
    public static final int MAX_TEXT = 1_000;

    private static final Map<String, Map<String, Transform>> REGISTRIES = new HashMap<>();

    static {
        Map<String, Transform> tr1 = new HashMap<>();
        DateTransforms.tr1(tr1);
        NumberTransforms.tr1(tr1);
        register(TR1, tr1);
        register(TR1_DRAFT, tr1);

        Map<String, Transform> tr2 = new HashMap<>();
        DateTransforms.tr2(tr2);
        NumberTransforms.tr2(tr2);
        register(TR2, tr2);

        Map<String, Transform> tr3 = new HashMap<>();
        DateTransforms.tr3(tr3);
        NumberTransforms.tr3(tr3);
        register(TR3, tr3);

        Map<String, Transform> tr4 = new HashMap<>();
        DateTransforms.tr4(tr4);
        NumberTransforms.tr4(tr4);
        register(TR4, tr4);

        Map<String, Transform> tr5 = new HashMap<>();
        DateTransforms.tr5(tr5);
        NumberTransforms.tr5(tr5);
        register(TR5, tr5);

        Map<String, Transform> sec = new HashMap<>();
        SecTransforms.sec(sec);
        register(SEC, sec);
    }

    /** Every transformation reads the text without the white space around it, and at most {@link #MAX_TEXT} of it. */
    private static void register(String namespace, Map<String, Transform> transforms) {
        Map<String, Transform> stripped = new HashMap<>();
        transforms.forEach((name, t) -> stripped.put(name, t instanceof Fixed ? t : displayed -> {
            String text = TransformText.strip(displayed);
            return text.length() > MAX_TEXT ? null : t.apply(text);
        }));
        REGISTRIES.put(namespace, Collections.unmodifiableMap(stripped));
    }

    private Transforms() {
    }

    /** The transformation {@code {namespace}local}, or null when no registry defines it. */
    public static Transform find(String namespace, String local) {
        Map<String, Transform> registry = namespace == null ? null : REGISTRIES.get(namespace);
        return registry == null ? null : registry.get(local);
    }

    /** The names a registry defines, sorted; empty for a namespace that is no registry. */
    public static Set<String> names(String namespace) {
        Map<String, Transform> registry = REGISTRIES.get(namespace);
        return registry == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(registry.keySet()));
    }
}
