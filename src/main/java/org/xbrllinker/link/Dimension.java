package org.xbrllinker.link;

import org.xbrllinker.taxonomy.Concept;

/**
 * An axis and one of its members, as a member row or a member column of an R page names them: an explicit member
 * (a concept), or a typed member's value ({@code typedMember}, e.g. a date) with {@code member} null.
 */
public record Dimension(Concept axis, Concept member, String typedMember) {

    public Dimension {
        if ((member == null) == (typedMember == null)) {
            throw new IllegalArgumentException("a dimension has either a member concept or a typed member");
        }
    }

    /** {@code axis=member} with qualified names, as a fact's dimension key writes it. */
    public String key() {
        return axis.qname() + "=" + (member != null ? member.qname() : typedMember);
    }

    /** {@code prefix_Axis=prefix_Member}, as an R page's definition id writes it. */
    public String elementId() {
        return id(axis) + "=" + (member != null ? id(member) : typedMember);
    }

    private static String id(Concept c) {
        return c.prefix() + "_" + c.localName();
    }
}
