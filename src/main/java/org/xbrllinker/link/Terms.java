package org.xbrllinker.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Content terms of labels, documentation and element names, stemmed (Snowball English) so that "Recoveries" and
 * "recovery" or "Write-off" and "WriteOffs" meet. Function words and the words every roll-forward row uses
 * ("balance", "beginning", "year") carry no meaning about the concept and are dropped.
 */
public final class Terms {

    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "at", "by", "as", "from", "with", "per",
            "less", "plus", "add", "deduct", "its", "is", "are", "be", "which", "that", "this", "amount");

    /** Words of period-start/period-end and structural labels; they say where a value sits, not what it is. */
    private static final Set<String> STRUCTURAL = Set.of(
            "balanc", "begin", "end", "start", "open", "close", "year", "period", "quarter", "month", "abstract",
            "total", "line", "item", "tabl", "axi", "member", "domain");

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern HYPHEN_IN_WORD = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    private static final Pattern ROLL_FORWARD = Pattern.compile("roll\\s+forward", Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Terms() {
    }

    /** Stemmed content terms of a label or documentation text, in order, without duplicates. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String joined = ROLL_FORWARD.matcher(HYPHEN_IN_WORD.matcher(text).replaceAll("")).replaceAll("rollforward");
        for (String word : NON_WORD.split(joined.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty() || STOP.contains(word)) {
                continue;
            }
            String stem = stem(word);
            if (!STRUCTURAL.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /** Terms of an element local name: camel case split ("WriteOffs" gives "write", "off" and the joined "writeoff"). */
    public static Set<String> ofElementName(String localName) {
        String spaced = CAMEL.matcher(localName).replaceAll(" ");
        Set<String> out = of(spaced);
        String[] words = spaced.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            out.add(stem(words[i] + words[i + 1]));
        }
        return out;
    }

    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*\\|.*$");
    private static final Pattern IN_UNITS = Pattern.compile("\\s*\\(in [^)]*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_DATE = Pattern.compile(
            "\\s+at\\s+[A-Z][a-z]{2,4}\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Punct}&&[^%$]]+");

    /**
     * A label as words alone, to compare whole labels: without the unit the viewer appends ("| shares"), the units in
     * parentheses ("(in dollars per share)"), a trailing date ("at Sep. 28, 2024"), case and punctuation.
     */
    public static String normalizedLabel(String label) {
        if (label == null) {
            return "";
        }
        String s = UNIT_SUFFIX.matcher(label).replaceAll("");
        s = IN_UNITS.matcher(s).replaceAll("");
        s = AT_DATE.matcher(s).replaceAll("");
        return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Terms of several texts together. */
    public static Set<String> union(List<Set<String>> sets) {
        Set<String> out = new LinkedHashSet<>();
        sets.forEach(out::addAll);
        return out;
    }

    /** Share of {@code terms} found in {@code in}; 0 when {@code terms} is empty. */
    public static double coverage(Set<String> terms, Set<String> in) {
        if (terms.isEmpty()) {
            return 0;
        }
        long hits = terms.stream().filter(in::contains).count();
        return (double) hits / terms.size();
    }

    /** Jaccard index of two term sets; 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    static String stem(String word) {
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
