package org.xbrllinker.taxonomy;

/** xbrli:balance of a monetary concept. */
public enum Balance {
    DEBIT, CREDIT
}
