package org.xbrllinker.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.xbrllinker.parse.ColumnHeader;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.LabelRoles;
import org.xbrllinker.taxonomy.PresentationArc;
import org.xbrllinker.taxonomy.Taxonomy;

/**
 * The dimensions of a page's member columns. An equity statement heads its columns with its components' labels
 * ("Retained earnings/(Accumulated deficit)"), which the page links to nothing; a column is a member when exactly one
 * member of the taxonomy has that label (any role, the "[Member]" mark aside), and its axis is the one the taxonomy's
 * presentation places the member under. A column no member matches, or whose member sits under no axis, stays
 * without a dimension (the page's "Total").
 */
final class ColumnMembers {

    private static final Pattern MEMBER_MARK = Pattern.compile("\\s*\\[(?:Member|member|Domain|domain)\\]\\s*$");
    /** How far up the presentation tree an axis is looked for (member, domain, axis: two steps). */
    private static final int AXIS_DEPTH = 4;

    private final Taxonomy taxonomy;
    private Map<String, List<Concept>> membersByLabel;
    private Map<String, List<String>> parents;

    ColumnMembers(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Column index → the dimensions its member lines name; only columns with a member found and placed. */
    synchronized Map<Integer, List<Dimension>> of(Disclosure d) {
        Map<Integer, List<Dimension>> out = new HashMap<>();
        for (ColumnHeader col : d.columns()) {
            if (col.member() == null) {
                continue;
            }
            List<Dimension> dims = new ArrayList<>();
            for (String part : col.member().split(" \\| ")) {
                Concept member = member(part);
                Concept axis = member == null ? null : axisOf(member);
                if (axis != null) {
                    dims.add(new Dimension(axis, member, null));
                }
            }
            if (!dims.isEmpty()) {
                out.put(col.index(), List.copyOf(dims));
            }
        }
        return out;
    }

    private Concept member(String shown) {
        List<Concept> found = index().getOrDefault(key(shown), List.of());
        return found.size() == 1 ? found.get(0) : null;
    }

    private Map<String, List<Concept>> index() {
        if (membersByLabel == null) {
            membersByLabel = new HashMap<>();
            for (Concept c : taxonomy.concepts()) {
                if (!c.localName().endsWith("Member")) {
                    continue;
                }
                Set<String> keys = new HashSet<>();
                c.labels().forEach((role, label) -> {
                    if (!role.equals(LabelRoles.DOCUMENTATION)) {
                        keys.add(key(label));
                    }
                });
                taxonomy.labelVariants(c.qname()).forEach(label -> keys.add(key(label)));
                keys.forEach(k -> membersByLabel.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
            }
        }
        return membersByLabel;
    }

    private static String key(String label) {
        return Terms.normalizedLabel(MEMBER_MARK.matcher(label).replaceAll(""));
    }

    /** The nearest axis above the member in any presentation tree, or null. */
    private Concept axisOf(Concept member) {
        if (parents == null) {
            parents = new HashMap<>();
            for (PresentationArc arc : taxonomy.presentations()) {
                parents.computeIfAbsent(arc.child(), k -> new ArrayList<>()).add(arc.parent());
            }
        }
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {member.qname(), "0"});
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String[] at = queue.poll();
            int depth = Integer.parseInt(at[1]);
            for (String parent : parents.getOrDefault(at[0], List.of())) {
                if (parent.endsWith("Axis")) {
                    return taxonomy.concept(parent).orElse(null);
                }
                if (depth + 1 < AXIS_DEPTH && seen.add(parent)) {
                    queue.add(new String[] {parent, String.valueOf(depth + 1)});
                }
            }
        }
        return null;
    }
}
