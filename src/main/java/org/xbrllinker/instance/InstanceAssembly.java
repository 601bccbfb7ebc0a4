package org.xbrllinker.instance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;

/**
 * Contexts, units and facts as a parser finds them, checked when the document ends: contexts and units may follow the
 * facts that use them, so references are resolved only then.
 */
final class InstanceAssembly {

    private final Map<String, XbrlContext> contexts = new LinkedHashMap<>();
    private final Map<String, XbrlUnit> units = new LinkedHashMap<>();
    private final Map<String, SourceLocation> unitLocations = new HashMap<>();
    /** In document order of the facts' start tags; a slot stays null until its fact ends. */
    private final List<XbrlFact> facts = new ArrayList<>();
    private final List<RefusedFact> refused = new ArrayList<>();

    void add(XbrlContext context) throws InputException {
        XbrlContext first = contexts.putIfAbsent(context.id(), context);
        if (first != null) {
            throw new InputException(context.location(), "expected context ids to be unique, found \"" + context.id()
                    + "\" again (first at line " + first.location().line() + ")");
        }
    }

    void add(XbrlUnit unit, SourceLocation at) throws InputException {
        if (units.putIfAbsent(unit.id(), unit) != null) {
            throw new InputException(at, "expected unit ids to be unique, found \"" + unit.id()
                    + "\" again (first at line " + unitLocations.get(unit.id()).line() + ")");
        }
        unitLocations.put(unit.id(), at);
    }

    /** Keeps a place for a fact whose start tag was just read; returns the slot to {@link #fill} later (or never). */
    int reserve() {
        facts.add(null);
        return facts.size() - 1;
    }

    void fill(int slot, XbrlFact fact) {
        facts.set(slot, fact);
    }

    void add(XbrlFact fact) {
        facts.add(fact);
    }

    /** Notes a fact left out of the instance (its slot, if any, stays empty). */
    void refuse(RefusedFact fact) {
        refused.add(fact);
    }

    /** Checks that every fact's context and unit exist, then builds the instance; empty slots are left out. */
    XbrlInstance build(String source, String form, Map<String, String> namespaces) throws InputException {
        facts.removeIf(java.util.Objects::isNull);
        for (XbrlFact f : facts) {
            if (!contexts.containsKey(f.contextRef())) {
                throw new InputException(f.location(), "expected a context with id \"" + f.contextRef()
                        + "\" (the contextRef of " + f.concept() + "), found none");
            }
            if (f.unitRef() != null && !units.containsKey(f.unitRef())) {
                throw new InputException(f.location(), "expected a unit with id \"" + f.unitRef()
                        + "\" (the unitRef of " + f.concept() + "), found none");
            }
        }
        return new XbrlInstance(source, form, contexts, units, facts, namespaces, refused);
    }
}
