package org.xbrllinker.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which linked row answers which truth row: in order when both lists have as many rows, else the longest common
 * subsequence of their labels normalized (footnote markers and whitespace removed); a truth row left out gets -1.
 */
final class RowAlignment {

    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\d+\\]");
    private static final Pattern BLANK = Pattern.compile("[\\s\\u00A0]+");

    private RowAlignment() {
    }

    static String normalize(String label) {
        return label == null ? "" : BLANK.matcher(FOOTNOTE.matcher(label).replaceAll("")).replaceAll("");
    }

    /** For each truth row, the index of its linked row, or -1. */
    static int[] align(List<String> truthLabels, List<String> linkedLabels) {
        int n = truthLabels.size();
        int m = linkedLabels.size();
        int[] match = new int[n];
        if (n == m) {
            Arrays.setAll(match, i -> i);
            return match;
        }
        Arrays.fill(match, -1);
        String[] a = truthLabels.stream().map(RowAlignment::normalize).toArray(String[]::new);
        String[] b = linkedLabels.stream().map(RowAlignment::normalize).toArray(String[]::new);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[i].equals(b[j])) {
                match[i++] = j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }
}
