package org.xbrllinker.check;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a summation-item calculation is judged: Calculations 1.1 with rounded or truncated values (the default is
 * round-to-nearest), or XBRL 2.1 section 5.2.5.2 as its errata and the 2014 conformance suite read it. The rules
 * themselves are in {@link Summations}.
 */
public enum CalcMode {

    /** Calculations 1.1, round-to-nearest: the total's and the sum's value ranges must overlap. */
    C11R("c11r", "Calculations 1.1 round-to-nearest"),
    /** Calculations 1.1, truncation: as {@link #C11R}, each value standing for the range truncation maps to it. */
    C11T("c11t", "Calculations 1.1 truncation"),
    /**
     * XBRL 2.1 section 5.2.5.2: every value rounded to its decimals (inferred from precision where precision is given),
     * the sum rounded as the total is, then compared; a summation with duplicate facts is not checked.
     */
    XBRL21("xbrl21", "XBRL 2.1 \u00a75.2.5.2");

    /** The mode when none is given. */
    public static final CalcMode DEFAULT = C11R;

    private final String code;
    private final String title;

    CalcMode(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The name the command line, the job parameter and the report use: {@code c11r}, {@code c11t}, {@code xbrl21}. */
    public String code() {
        return code;
    }

    /** The name findings show: "Calculations 1.1 round-to-nearest". */
    public String title() {
        return title;
    }

    /** Whether facts are judged by the value ranges of Calculations 1.1. */
    public boolean calc11() {
        return this != XBRL21;
    }

    /**
     * The mode of a code as given (any case, blanks around); {@link #DEFAULT} for null or blank.
     *
     * @throws IllegalArgumentException naming the value and the codes there are
     */
    public static CalcMode of(String code) {
        if (code == null || code.isBlank()) {
            return DEFAULT;
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected a calculation mode c11r, c11t or xbrl21, "
                        + "found '" + code.strip() + "'"));
    }
}
