package org.xbrllinker.taxonomy;

/**
 * One entry of the {@code report} map of an SEC MetaLinks.json: the R page ({@code id} "R2" is {@code R2.htm}), its
 * extended link role, names, the viewer's grouping and menu category, its position, and the facts it opens on.
 * Empty strings stand for what MetaLinks leaves empty; {@code order} is 0 when absent.
 */
public record MetaLinksReport(String id, String role, String longName, String shortName, boolean isDefault,
                              String groupType, String subGroupType, String menuCategory, int order,
                              Anchor firstAnchor, Anchor uniqueAnchor) {

    /** A fact of the inline document the report starts with (first) or holds alone (unique); null when none. */
    public record Anchor(String name, String contextRef, String unitRef, String decimals, boolean nil, String lang,
                         String baseRef) {
    }
}
