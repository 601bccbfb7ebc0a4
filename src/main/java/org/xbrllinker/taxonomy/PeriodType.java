package org.xbrllinker.taxonomy;

/** xbrli:periodType of a concept. */
public enum PeriodType {
    INSTANT, DURATION
}
