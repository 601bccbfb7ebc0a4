package org.xbrllinker.link;

import java.util.Comparator;

/**
 * The order in which an EDGAR R page lists its hidden element definitions: plain ordinal {@link String#compareTo}
 * order of the element id {@code prefix_LocalName}, prefix included.
 *
 * <p>What the pages showed (checked by {@code DefinitionOrderTest} on all 42 pages of Apple's 10-Q
 * 0000320193-25-000057, renderer 3.25.1; the four older pages in {@code r-pages-misc} agree):
 * <ul>
 * <li>the element definitions ({@code defref_prefix_LocalName}) come first and are strictly increasing in this
 * order;</li>
 * <li>the order is case-sensitive (upper case before lower case): R3 lists
 * {@code aapl_…GainLossReclassificationAfterTax} before {@code aapl_…GainLossafterReclassificationandTax}, R6 and R37
 * {@code us-gaap_StockRepurchasedAndRetiredDuringPeriod…} before {@code us-gaap_Stockholders…}, R15
 * {@code …ShareBasedPaymentsTextBlock} before {@code …SharebasedPaymentsAbstract}; a case-insensitive order breaks on
 * these four pages;</li>
 * <li>the prefix takes part: R18 lists {@code ecd_PvpTable} before {@code us-gaap_NetIncomeLoss}, so local names alone
 * do not give the order;</li>
 * <li>the dimensional definitions ({@code defref_axis=member}) follow all element definitions in the order the page
 * uses the members, not sorted; this comparator is not meant for them.</li>
 * </ul>
 * Names written {@code prefix:LocalName} are compared as {@code prefix_LocalName}. Because the whole id is compared,
 * a prefix that is the start of another ({@code us} and {@code us-gaap}) sorts by the character after it ('-' before
 * '_'); no page here has such a pair, so that case is inferred, not observed.
 */
public final class ElementNameOrder {

    /** Ordinal order of {@link #normalize(String) normalized} element names. */
    public static final Comparator<String> COMPARATOR = Comparator.comparing(ElementNameOrder::normalize);

    private ElementNameOrder() {
    }

    /** {@code prefix:LocalName} as {@code prefix_LocalName}, the form of the page ids; other names unchanged. */
    public static String normalize(String elementName) {
        int colon = elementName.indexOf(':');
        return colon < 0 ? elementName : elementName.substring(0, colon) + '_' + elementName.substring(colon + 1);
    }
}
