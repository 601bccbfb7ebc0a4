package org.xbrllinker.taxonomy;

import java.util.Set;

/**
 * What a source that writes label roles by their short names ("terseLabel", "negatedLabel") means: the XBRL 2.1 roles
 * live under {@code http://www.xbrl.org/2003/role/}, the Link Role Registry's negated, net and deprecated labels under
 * {@code http://www.xbrl.org/2009/role/}.
 */
final class LabelRoleNames {

    private static final String XBRL_2003 = "http://www.xbrl.org/2003/role/";
    private static final String LRR_2009 = "http://www.xbrl.org/2009/role/";

    private static final Set<String> XBRL_21 = Set.of("label", "terseLabel", "verboseLabel", "positiveLabel",
            "positiveTerseLabel", "positiveVerboseLabel", "negativeLabel", "negativeTerseLabel", "negativeVerboseLabel",
            "zeroLabel", "zeroTerseLabel", "zeroVerboseLabel", "totalLabel", "periodStartLabel", "periodEndLabel",
            "documentation", "definitionGuidance", "disclosureGuidance", "presentationGuidance", "measurementGuidance",
            "commentaryGuidance", "exampleGuidance");

    private LabelRoleNames() {
    }

    /** The role URI of a short name, or null when the name is neither an XBRL 2.1 nor an LRR label role. */
    static String uri(String name) {
        if (name.contains("://")) {
            return name;
        }
        if (XBRL_21.contains(name)) {
            return XBRL_2003 + name;
        }
        if (name.startsWith("negated") || name.startsWith("net") || name.startsWith("deprecated")) {
            return LRR_2009 + name;
        }
        return null;
    }

    /**
     * Whether a concept known without its schema is abstract, by the naming rules of the US-GAAP, SRT and DEI style
     * guides: headings end in Abstract or RollForward, hypercubes in Table, dimensions in Axis, domains and members in
     * Domain or Member, and line-item containers in LineItems. Used only when no declaration says.
     */
    static boolean abstractByName(String localName) {
        return localName.endsWith("Abstract") || localName.endsWith("RollForward") || localName.endsWith("Rollforward")
                || localName.endsWith("Table") || localName.endsWith("Axis") || localName.endsWith("Domain")
                || localName.endsWith("Member") || localName.endsWith("LineItems");
    }
}
