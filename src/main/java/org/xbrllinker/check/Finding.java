package org.xbrllinker.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of one check on one subject: check id (family first: {@code calculation}, {@code roll-forward},
 * {@code continuity}, {@code duplicate}, {@code cross-reference.*}), severity, pass or fail, a message with the
 * numbers, the subject IRIs, and where present the period, the reported and computed amounts and the terms.
 * <p>
 * The subjects are a set ({@code xlk:subject} is repeated, not ordered): kept sorted, so that a finding, and the IRI
 * made from it, do not depend on the order in which a query engine happened to return them.
 */
public record Finding(String check, String severity, String status, String message, List<String> subjects,
                      String disclosureGraph, String period, BigDecimal reported, BigDecimal computed, String terms) {

    public static final String PASS = "pass";
    public static final String FAIL = "fail";

    public Finding {
        subjects = subjects.stream().distinct().sorted().toList();
    }

    public boolean failed() {
        return FAIL.equals(status);
    }

    public boolean failedError() {
        return failed() && "error".equals(severity);
    }
}
