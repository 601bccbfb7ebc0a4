package org.xbrllinker.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of one check on one subject: check id (family first: {@code calculation}, {@code roll-forward},
 * {@code continuity}, {@code duplicate}, {@code cross-reference.*}), severity, pass or fail, a message with the
 * numbers, the subject IRIs, and where present the period, the reported and computed amounts and the terms.
 */
public record Finding(String check, String severity, String status, String message, List<String> subjects,
                      String disclosureGraph, String period, BigDecimal reported, BigDecimal computed, String terms) {

    public static final String PASS = "pass";
    public static final String FAIL = "fail";

    public Finding {
        subjects = List.copyOf(subjects);
    }

    public boolean failed() {
        return FAIL.equals(status);
    }

    public boolean failedError() {
        return failed() && "error".equals(severity);
    }
}
