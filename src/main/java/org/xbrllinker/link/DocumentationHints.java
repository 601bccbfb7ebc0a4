package org.xbrllinker.link;

import java.util.Locale;
import java.util.regex.Pattern;

import org.xbrllinker.taxonomy.PeriodType;

/**
 * What a definition's documentation says of its element's data type and period type, in the FASB's own wording: "The
 * number of ..." counts (shares), "Per share ..." is a price, "Amount of ..." money; "as of the balance sheet date" an
 * instant, "during the period" a duration. Evidence for a definition whose element the taxonomy lacks (an extension),
 * where there is no declared type to weigh a row's values and wording against.
 */
final class DocumentationHints {

    private static final Pattern COUNT = Pattern.compile("^(?:the )?number of\\b");
    private static final Pattern PER_SHARE = Pattern.compile(
            "\\bper (?:share|unit)\\b|\\bweighted[- ]average (?:grant[- ]date )?(?:fair value|exercise price|price)\\b");
    private static final Pattern MONEY = Pattern.compile("^(?:the )?(?:amount|aggregate amount|carrying (?:amount|value))\\b");
    private static final Pattern INSTANT = Pattern.compile(
            "\\bas of (?:the )?(?:balance sheet|reporting|period end|end of)|\\bat the end of the (?:reporting )?period\\b"
                    + "|\\bas of the date\\b");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:during|for|in) the (?:reporting |fiscal )?(?:period|year)\\b");

    private DocumentationHints() {
    }

    /** A data type in the taxonomy's spelling ({@code xbrli:sharesItemType}, ...), or null when the words say none. */
    static String type(String documentation) {
        if (documentation == null) {
            return null;
        }
        String d = documentation.strip().toLowerCase(Locale.ROOT);
        if (PER_SHARE.matcher(d).find()) {
            return "num:perShareItemType";
        }
        if (COUNT.matcher(d).find()) {
            return "xbrli:sharesItemType";
        }
        if (MONEY.matcher(d).find()) {
            return "xbrli:monetaryItemType";
        }
        return null;
    }

    /** The period type the documentation's words give, or null. */
    static PeriodType periodType(String documentation) {
        if (documentation == null) {
            return null;
        }
        String d = documentation.toLowerCase(Locale.ROOT);
        boolean instant = INSTANT.matcher(d).find();
        boolean duration = DURATION.matcher(d).find();
        return instant == duration ? null : instant ? PeriodType.INSTANT : PeriodType.DURATION;
    }
}
