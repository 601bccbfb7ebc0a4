package org.xbrllinker.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * A port of CPython 3.11's {@code html.parser.HTMLParser} as {@code ../shared/tools/r2text.py} uses it
 * ({@code convert_charrefs=True}, fed the whole page once, never closed): a tokenizer without a tree.
 *
 * <p>It is a port rather than an HTML5 parser because the text form is judged against r2text.py byte for byte, and a
 * tree builder differs from it on real pages: no implied end tags, no foster parenting, an unclosed {@code <td>} is
 * just another start tag. What it keeps from CPython: tag and attribute names lower-cased, attribute values and text
 * unescaped with {@code html.unescape}'s rules (the HTML5 entity table, numeric references mapped as the WHATWG spec
 * says), {@code script}/{@code style} content raw, {@code <x/>} as a start tag then an end tag, {@code \s} meaning
 * Python's Unicode whitespace, and input left unprocessed where a construct is incomplete (the parser waits for more
 * data that never comes). Where CPython would raise (an unknown marked section), this throws.
 */
final class PythonHtmlTokenizer {

    /** What the tokenizer reports, in document order; an attribute's value is null when it has none. */
    interface Handler {
        void startTag(String tag, List<String[]> attributes);

        void endTag(String tag);

        void data(String text);
    }

    /** The characters {@code str.isspace()} and {@code re}'s {@code \s} accept, as the inside of a character class. */
    private static final String S =
            "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
    private static final String WS = "[" + S + "]";
    private static final String ATTR_VALUE = "(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>" + S + "]*)";

    private static final Pattern STARTTAGOPEN = Pattern.compile("<[a-zA-Z]");
    private static final Pattern COMMENTCLOSE = Pattern.compile("--" + WS + "*>");
    private static final Pattern TAGFIND = Pattern.compile("([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)(?:" + WS + "|/(?!>))*");
    private static final Pattern ATTRFIND = Pattern.compile("((?<=['\"" + S + "/])[^" + S + "/>][^" + S + "/=>]*)"
            + "(" + WS + "*=+" + WS + "*('[^']*'|\"[^\"]*\"|(?!['\"])[^>" + S + "]*))?(?:" + WS + "|/(?!>))*");
    private static final Pattern LOCATESTARTTAGEND = Pattern.compile("<[a-zA-Z][^\\t\\n\\r\\f />\\x00]*"
            + "(?:[" + S + "/]*(?:(?<=['\"" + S + "/])[^" + S + "/>][^" + S + "/=>]*"
            + "(?:" + WS + "*=+" + WS + "*" + ATTR_VALUE + WS + "*)?(?:" + WS + "|/(?!>))*)*)?" + WS + "*");
    private static final Pattern ENDTAGFIND = Pattern.compile("</" + WS + "*([a-zA-Z][-.a-zA-Z0-9:_]*)" + WS + "*>");
    private static final Pattern DECLNAME = Pattern.compile("[a-zA-Z][-_.a-zA-Z0-9]*" + WS + "*");
    private static final Pattern MARKEDSECTIONCLOSE = Pattern.compile("\\]" + WS + "*\\]" + WS + "*>");
    private static final Pattern MSMARKEDSECTIONCLOSE = Pattern.compile("\\]" + WS + "*>");
    private static final Pattern SPACE_OR_SEMICOLON = Pattern.compile("[" + S + ";]");
    private static final Pattern CHARREF = Pattern.compile("&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\\t\\n\\f <&#;]{1,32};?)");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** {@code html._invalid_charrefs}: NUL, CR and the C1 range read as windows-1252. */
    private static final String[] C1 = {"\u20ac", "\u0081", "\u201a", "\u0192", "\u201e", "\u2026", "\u2020", "\u2021",
        "\u02c6", "\u2030", "\u0160", "\u2039", "\u0152", "\u008d", "\u017d", "\u008f", "\u0090", "\u2018", "\u2019",
        "\u201c", "\u201d", "\u2022", "\u2013", "\u2014", "\u02dc", "\u2122", "\u0161", "\u203a", "\u0153", "\u009d",
        "\u017e", "\u0178"};

    private final String source;
    private final String raw;
    private final Handler handler;
    private String cdataElement;
    private Pattern interesting;

    private PythonHtmlTokenizer(String source, String raw, Handler handler) {
        this.source = source;
        this.raw = raw;
        this.handler = handler;
    }

    /** Feeds {@code text} once, as {@code HTMLParser.feed} does, reporting to {@code handler}. */
    static void feed(String source, String text, Handler handler) {
        new PythonHtmlTokenizer(source, text, handler).goahead();
    }

    private void goahead() {
        int i = 0;
        int n = raw.length();
        while (i < n) {
            int j;
            if (cdataElement == null) {
                j = raw.indexOf('<', i);
                if (j < 0) {
                    // a reference cut off by the end of the buffer waits for more data (which never comes)
                    int from = Math.max(i, raw.codePointCount(0, n) >= 34 ? raw.offsetByCodePoints(n, -34) : 0);
                    int amp = raw.lastIndexOf('&');
                    if (amp >= from && !SPACE_OR_SEMICOLON.matcher(raw).find(amp)) {
                        break;
                    }
                    j = n;
                }
            } else {
                Matcher m = interesting.matcher(raw);
                if (!m.find(i)) {
                    break;
                }
                j = m.start();
            }
            if (i < j) {
                handler.data(cdataElement == null ? unescape(raw.substring(i, j)) : raw.substring(i, j));
            }
            i = j;
            if (i == n) {
                break;
            }
            int k;
            if (at(STARTTAGOPEN, i) != null) {
                k = parseStartTag(i);
            } else if (raw.startsWith("</", i)) {
                k = parseEndTag(i);
            } else if (raw.startsWith("<!--", i)) {
                k = parseComment(i);
            } else if (raw.startsWith("<?", i)) {
                k = indexAfter('>', i + 2);
            } else if (raw.startsWith("<!", i)) {
                k = parseHtmlDeclaration(i);
            } else if (i + 1 < n) {
                handler.data("<");
                k = i + 1;
            } else {
                break;
            }
            if (k < 0) {
                break;
            }
            i = k;
        }
    }

    private int parseStartTag(int i) {
        int endpos = checkForWholeStartTag(i);
        if (endpos < 0) {
            return endpos;
        }
        Matcher tagMatch = at(TAGFIND, i + 1);
        String tag = tagMatch.group(1).toLowerCase(Locale.ROOT);
        int k = tagMatch.end();
        List<String[]> attributes = new ArrayList<>();
        while (k < endpos) {
            Matcher m = at(ATTRFIND, k);
            if (m == null) {
                break;
            }
            String name = m.group(1);
            String rest = m.group(2);
            String value = m.group(3);
            if (rest == null || rest.isEmpty()) {
                value = null;
            } else if (value.length() >= 1 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
                    && value.charAt(value.length() - 1) == value.charAt(0)) {
                value = value.length() >= 2 ? value.substring(1, value.length() - 1) : "";
            }
            if (value != null && !value.isEmpty()) {
                value = unescape(value);
            }
            attributes.add(new String[] {name.toLowerCase(Locale.ROOT), value});
            k = m.end();
        }
        String end = k <= endpos ? pyStrip(raw.substring(k, endpos)) : "";
        if (!end.equals(">") && !end.equals("/>")) {
            handler.data(raw.substring(i, endpos));
            return endpos;
        }
        if (end.equals("/>")) {
            handler.startTag(tag, attributes);
            handler.endTag(tag);
        } else {
            handler.startTag(tag, attributes);
            if (tag.equals("script") || tag.equals("style")) {
                cdataElement = tag;
                interesting = Pattern.compile("</" + WS + "*" + tag + WS + "*>",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            }
        }
        return endpos;
    }

    /** The end of a complete start tag at {@code i}, or -1 when the tag is not complete in the buffer. */
    private int checkForWholeStartTag(int i) {
        Matcher m = at(LOCATESTARTTAGEND, i);
        int j = m.end();
        if (j >= raw.length()) {
            return -1;
        }
        char next = raw.charAt(j);
        if (next == '>') {
            return j + 1;
        }
        if (next == '/') {
            return raw.startsWith("/>", j) ? j + 2 : -1;
        }
        if (LETTERS.indexOf(next) >= 0) {
            return -1;
        }
        return j > i ? j : i + 1;
    }

    private int parseEndTag(int i) {
        int gt = raw.indexOf('>', i + 1);
        if (gt < 0) {
            return -1;
        }
        int gtpos = gt + 1;
        Matcher m = at(ENDTAGFIND, i);
        if (m == null) {
            if (cdataElement != null) {
                handler.data(raw.substring(i, gtpos));
                return gtpos;
            }
            Matcher name = at(TAGFIND, i + 2);
            if (name == null) {
                return raw.startsWith("</>", i) ? i + 3 : indexAfter('>', i + 2);
            }
            String tag = name.group(1).toLowerCase(Locale.ROOT);
            gtpos = raw.indexOf('>', name.end());
            handler.endTag(tag);
            return gtpos + 1;
        }
        String element = m.group(1).toLowerCase(Locale.ROOT);
        if (cdataElement != null && !element.equals(cdataElement)) {
            handler.data(raw.substring(i, gtpos));
            return gtpos;
        }
        handler.endTag(element);
        cdataElement = null;
        interesting = null;
        return gtpos;
    }

    private int parseComment(int i) {
        Matcher m = COMMENTCLOSE.matcher(raw);
        return m.find(i + 4) ? m.end() : -1;
    }

    private int parseHtmlDeclaration(int i) {
        if (raw.startsWith("<!--", i)) {
            return parseComment(i);
        } else if (raw.startsWith("<![", i)) {
            return parseMarkedSection(i);
        } else if (raw.substring(i, Math.min(raw.length(), i + 9)).toLowerCase(Locale.ROOT).equals("<!doctype")) {
            return indexAfter('>', i + 9);
        }
        return indexAfter('>', i + 2);
    }

    private int parseMarkedSection(int i) {
        int j = i + 3;
        if (j == raw.length()) {
            return -1;
        }
        Matcher name = at(DECLNAME, j);
        if (name == null) {
            throw error(i, "expected a name token after \"<![\"");
        }
        if (name.end() == raw.length()) {
            return -1;
        }
        String section = pyStrip(name.group()).toLowerCase(Locale.ROOT);
        Pattern close;
        if (List.of("temp", "cdata", "ignore", "include", "rcdata").contains(section)) {
            close = MARKEDSECTIONCLOSE;
        } else if (List.of("if", "else", "endif").contains(section)) {
            close = MSMARKEDSECTIONCLOSE;
        } else {
            throw error(i, "expected a marked section keyword (CDATA, IF, …), found \"" + name.group().strip() + "\"");
        }
        Matcher m = close.matcher(raw);
        return m.find(j) ? m.end() : -1;
    }

    /** The index after the first {@code c} at or after {@code from}, or -1. */
    private int indexAfter(char c, int from) {
        int k = raw.indexOf(c, from);
        return k < 0 ? -1 : k + 1;
    }

    /** {@code pattern.match(raw, pos)}: anchored at {@code pos}, lookbehind seeing what comes before. */
    private Matcher at(Pattern pattern, int pos) {
        Matcher m = pattern.matcher(raw);
        m.region(pos, raw.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    private IllegalArgumentException error(int pos, String problem) {
        int line = 1;
        for (int p = 0; p < pos; p++) {
            if (raw.charAt(p) == '\n') {
                line++;
            }
        }
        return new IllegalArgumentException(source + ":" + line + ": " + problem);
    }

    /** Python's {@code str.isspace()} for one character (every such character is in the BMP). */
    static boolean isPySpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= ' ') || c == '\u0085' || c == '\u00A0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Python's {@code str.strip()}. */
    static String pyStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPySpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.split()} without arguments. */
    static List<String> pySplit(String s) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isPySpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isPySpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }

    /** Python's {@code html.unescape}. */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = CHARREF.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start()).append(replaceCharref(m.group(1)));
            last = m.end();
        }
        return out.append(s, last, s.length()).toString();
    }

    private static String replaceCharref(String s) {
        if (s.charAt(0) == '#') {
            boolean hex = s.length() > 1 && (s.charAt(1) == 'x' || s.charAt(1) == 'X');
            String digits = s.substring(hex ? 2 : 1);
            while (digits.endsWith(";")) {
                digits = digits.substring(0, digits.length() - 1);
            }
            BigInteger big = new BigInteger(digits, hex ? 16 : 10);
            if (big.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                return "\uFFFD";
            }
            int num = big.intValue();
            if (num == 0) {
                return "\uFFFD";
            } else if (num == 0x0D) {
                return "\r";
            } else if (num >= 0x80 && num <= 0x9F) {
                return C1[num - 0x80];
            } else if (num >= 0xD800 && num <= 0xDFFF) {
                return "\uFFFD";
            } else if ((num >= 0x1 && num <= 0x8) || num == 0xB || (num >= 0xE && num <= 0x1F) || num == 0x7F
                    || (num >= 0xFDD0 && num <= 0xFDEF) || (num & 0xFFFE) == 0xFFFE) {
                return "";
            }
            return new String(Character.toChars(num));
        }
        String whole = html5(s);
        if (whole != null) {
            return whole;
        }
        // the longest entity name the reference starts with, as the HTML5 spec allows for the legacy names
        int[] cps = s.codePoints().toArray();
        for (int x = cps.length - 1; x > 1; x--) {
            String prefix = new String(cps, 0, x);
            String value = html5(prefix);
            if (value != null) {
                return value + new String(cps, x, cps.length - x);
            }
        }
        return "&" + s;
    }

    /** {@code html.entities.html5[key]}: names with ';' from the full table, names without it from the legacy ones. */
    private static String html5(String key) {
        if (key.endsWith(";")) {
            String name = key.substring(0, key.length() - 1);
            return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
        }
        return Entities.isBaseNamedEntity(key) ? Entities.getByName(key) : null;
    }
}
