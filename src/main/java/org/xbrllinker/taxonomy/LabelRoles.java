package org.xbrllinker.taxonomy;

/** The XBRL 2.1 and LRR label role URIs the linker reads. */
public final class LabelRoles {
    public static final String STANDARD = "http://www.xbrl.org/2003/role/label";
    public static final String TERSE = "http://www.xbrl.org/2003/role/terseLabel";
    public static final String VERBOSE = "http://www.xbrl.org/2003/role/verboseLabel";
    public static final String TOTAL = "http://www.xbrl.org/2003/role/totalLabel";
    public static final String PERIOD_START = "http://www.xbrl.org/2003/role/periodStartLabel";
    public static final String PERIOD_END = "http://www.xbrl.org/2003/role/periodEndLabel";
    public static final String DOCUMENTATION = "http://www.xbrl.org/2003/role/documentation";
    public static final String NEGATED = "http://www.xbrl.org/2009/role/negatedLabel";
    public static final String NEGATED_TERSE = "http://www.xbrl.org/2009/role/negatedTerseLabel";
    public static final String NEGATED_TOTAL = "http://www.xbrl.org/2009/role/negatedTotalLabel";
    public static final String NEGATED_PERIOD_START = "http://www.xbrl.org/2009/role/negatedPeriodStartLabel";
    public static final String NEGATED_PERIOD_END = "http://www.xbrl.org/2009/role/negatedPeriodEndLabel";

    private LabelRoles() {
    }
}
