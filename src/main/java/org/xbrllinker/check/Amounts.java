package org.xbrllinker.check;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Formats amounts in findings the way a reader checks them: {@code 1,121,115 + 391,189 − 86,170 = 1,426,134}. */
public final class Amounts {

    private static final String MINUS = "\u2212";

    private Amounts() {
    }

    /** An amount with thousands separators, exact (BigDecimal), a leading minus sign when negative. */
    public static String format(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US));
        f.setMaximumFractionDigits(Math.max(0, v.stripTrailingZeros().scale()));
        String s = f.format(v.abs());
        return v.signum() < 0 ? MINUS + s : s;
    }

    /**
     * Renders amounts separated by commas or spaces as a list: {@code 874,355 and 874,535}. A value in double quotes
     * (a non-numeric fact's, with {@code ""} for a quote inside) is listed as quoted: {@code "MMM" and "MMM26"}.
     */
    public static String list(String amounts) {
        List<String> out = new ArrayList<>();
        String s = amounts.trim();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < s.length() && !(s.charAt(j) == '"' && (j + 1 == s.length() || s.charAt(j + 1) != '"'))) {
                    text.append(s.charAt(j));
                    j += s.charAt(j) == '"' ? 2 : 1;
                }
                if (j >= s.length()) {
                    throw new IllegalArgumentException("a quoted value without its closing quote: " + s.substring(i));
                }
                out.add('"' + text.toString() + '"');
                i = j + 1;
            } else {
                int j = i;
                while (j < s.length() && s.charAt(j) != ',' && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                out.add(format(new BigDecimal(s.substring(i, j))));
                i = j;
            }
        }
        return String.join(" and ", out);
    }

    /**
     * Renders terms written by a check query as {@code key|amount} tokens separated by spaces, in key order, as a
     * sum: {@code 1,121,115 + 391,189 − 86,170}.
     */
    public static String sum(String tokens) {
        record Term(BigDecimal key, BigDecimal amount) {
        }
        List<Term> terms = new ArrayList<>();
        for (String token : tokens.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int bar = token.indexOf('|');
            if (bar < 0) {
                terms.add(new Term(BigDecimal.valueOf(terms.size()), new BigDecimal(token)));
            } else {
                terms.add(new Term(new BigDecimal(token.substring(0, bar)), new BigDecimal(token.substring(bar + 1))));
            }
        }
        terms.sort(Comparator.comparing(Term::key));
        StringBuilder out = new StringBuilder();
        for (Term t : terms) {
            if (out.length() == 0) {
                out.append(format(t.amount()));
            } else {
                out.append(t.amount().signum() < 0 ? " " + MINUS + " " : " + ").append(format(t.amount().abs()));
            }
        }
        return out.length() == 0 ? "0" : out.toString();
    }

    /**
     * Reads back the terms of a sum as {@link #sum} renders it (and as findings store it in {@code xlk:terms}):
     * {@code 1,121,115 + 391,189 − 86,170} gives 1121115, 391189, −86170.
     */
    public static List<BigDecimal> parseSum(String sum) {
        List<BigDecimal> terms = new ArrayList<>();
        String[] parts = sum.trim().split(" ");
        int sign = 1;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("+")) {
                sign = 1;
            } else if (p.equals(MINUS) || p.equals("-")) {
                sign = -1;
            } else {
                BigDecimal v = new BigDecimal(p.replace(",", "").replace(MINUS, "-"));
                terms.add(sign < 0 ? v.negate() : v);
                sign = 1;
            }
        }
        return terms;
    }
}
