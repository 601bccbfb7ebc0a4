package org.xbrllinker.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.xbrllinker.parse.Definition;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.parse.Row;

/**
 * Which rows of a page are member rows, and which member definitions ({@code axis=member}) each names.
 *
 * <p>The renderer lays a dimensional table out in groups: a member row (no values; its label the member's, or
 * several members' joined by " | ", or "Axis [Axis]: value" for a typed member), then usually a heading such as
 * "… [Line Items]", then the group's rows. It writes one hidden definition per axis and member, in the order the
 * members first appear in the member rows' labels, and links a member row to the definition of its first member.
 * An HTML page names each member row's definition; the flattened text names none, so member rows are found by their
 * shape (no values; a "[Member]" label, a " | ", a typed member, or a heading right after) and matched to the member
 * definitions by that order of first appearance. Member definitions no row takes (a page whose title names its one
 * member, "… (Details) - Restricted stock units") qualify the whole page.
 */
final class MemberRows {

    private static final Pattern MEMBER_LABEL = Pattern.compile(
            "\\[(?:Member|member|Domain|domain)\\]\\s*$|\\[Axis\\]:\\s");
    private static final Pattern HEADING = Pattern.compile(
            "\\[(?:Line Items|Table|Abstract|abstract|Roll Forward|Rollforward)\\]\\s*$|:\\s*$");

    /** Member row (index into the rows) → the member definitions (indexes into the definitions) its label names. */
    final Map<Integer, List<Integer>> rows;
    /** Member definitions no row takes: they qualify every fact of the page. */
    final List<Integer> page;

    private MemberRows(Map<Integer, List<Integer>> rows, List<Integer> page) {
        this.rows = rows;
        this.page = page;
    }

    /** True for a definition of an axis and member ({@code prefix_Axis=prefix_Member} or a typed value). */
    static boolean isMemberDefinition(Definition d) {
        return d.elementName() != null && d.elementName().contains("=");
    }

    static MemberRows of(Disclosure d) {
        List<Integer> memberDefs = new ArrayList<>();
        for (int j = 0; j < d.definitions().size(); j++) {
            if (isMemberDefinition(d.definitions().get(j))) {
                memberDefs.add(j);
            }
        }
        if (memberDefs.isEmpty()) {
            return new MemberRows(Map.of(), List.of());
        }
        List<Row> rows = d.rows();
        List<Integer> chosen = new ArrayList<>();
        boolean named = rows.stream().anyMatch(r -> r.elementName() != null);
        if (named) {
            for (int i = 0; i < rows.size(); i++) {
                String e = rows.get(i).elementName();
                if (e != null && e.contains("=")) {
                    chosen.add(i);
                }
            }
        } else {
            chosen = byShape(rows, memberDefs.size());
        }
        // the definitions in the order the members first appear in the chosen rows' labels
        Map<String, Integer> partToDef = new LinkedHashMap<>();
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (int j : memberDefs) {
            byName.putIfAbsent(d.definitions().get(j).elementName(), j);
        }
        int next = 0;
        for (int i : chosen) {
            Row row = rows.get(i);
            List<Integer> defs = new ArrayList<>();
            String[] parts = row.label().split(" \\| ");
            for (int p = 0; p < parts.length; p++) {
                String part = parts[p].strip();
                Integer j = partToDef.get(part);
                if (j == null && p == 0 && row.elementName() != null && byName.containsKey(row.elementName())) {
                    // the page names the first member's definition: trust it over the order
                    j = byName.get(row.elementName());
                    next = Math.max(next, memberDefs.indexOf(j) + 1);
                }
                if (j == null && next < memberDefs.size()) {
                    j = memberDefs.get(next++);
                }
                if (j != null) {
                    partToDef.putIfAbsent(part, j);
                    if (!defs.contains(j)) {
                        defs.add(j);
                    }
                }
            }
            if (!defs.isEmpty()) {
                out.put(i, List.copyOf(defs));
            }
        }
        List<Integer> page = new ArrayList<>();
        if (out.isEmpty()) {
            page.addAll(memberDefs);
        }
        return new MemberRows(out, List.copyOf(page));
    }

    /**
     * Member rows of a flattened page: rows without values that are no marked heading, by the strength of their
     * shape: a "[Member]" label, a typed member or a " | " first; then a row right before another row without values
     * (a member row comes right before its group's heading) that is not itself before a member-shaped row; then a row
     * right before a label the page showed earlier (a group repeats the page's line items). As many as make the distinct members of their labels match the member definitions:
     * the middle kind is dropped from the top of the page while there are too many (the groups of members come after
     * the page's own rows), the last kind added after the first member row while there are too few.
     */
    private static List<Integer> byShape(List<Row> rows, int members) {
        List<Integer> strong = new ArrayList<>();
        List<Integer> beforeEmpty = new ArrayList<>();
        List<Integer> weak = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean memberShaped = MEMBER_LABEL.matcher(r.label()).find() || r.label().contains(" | ");
            if (!r.cells().isEmpty() || HEADING.matcher(r.label()).find() && !memberShaped) {
                continue;
            }
            Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            boolean emptyNext = next != null && next.cells().isEmpty();
            boolean memberNext = next != null && (MEMBER_LABEL.matcher(next.label()).find()
                    || next.label().contains(" | "));
            // a group repeats the page's line items: a plain row before a label seen earlier may head one
            boolean repeatNext = next != null && rows.subList(0, i).stream().anyMatch(p -> p.label().equals(next.label()));
            if (memberShaped) {
                strong.add(i);
            } else if (emptyNext && !memberNext) {
                beforeEmpty.add(i);
            } else if (repeatNext) {
                weak.add(i);
            }
        }
        List<Integer> chosen = new ArrayList<>(strong);
        chosen.addAll(beforeEmpty);
        for (int k = 0; k < beforeEmpty.size() && distinctParts(rows, chosen) > members; k++) {
            chosen.remove(beforeEmpty.get(k));
        }
        int first = chosen.stream().mapToInt(Integer::intValue).min().orElse(0);
        List<Integer> later = new ArrayList<>(weak.stream().filter(w -> w > first).toList());
        later.addAll(weak.stream().filter(w -> w <= first).toList());
        for (int w : later) {
            if (distinctParts(rows, chosen) >= members) {
                break;
            }
            chosen.add(w);
        }
        chosen.sort(Integer::compare);
        return chosen;
    }

    private static int distinctParts(List<Row> rows, List<Integer> chosen) {
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (int i : chosen) {
            for (String p : rows.get(i).label().split(" \\| ")) {
                parts.add(p.strip());
            }
        }
        return parts.size();
    }
}
