package org.xbrllinker.link;

import java.util.HashMap;
import java.util.List;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.xbrllinker.parse.Definition;
import org.xbrllinker.taxonomy.Balance;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.LabelRoles;
import org.xbrllinker.taxonomy.PeriodType;
import org.xbrllinker.taxonomy.Taxonomy;

/**
 * A concept described by an HTML R page's own definition: its name, documentation, references and "+ Details"
 * (data type, balance, period type). Used when the taxonomy given lacks the element the page names.
 */
public final class PageConcepts {

    /** Prefixes of the SEC's standard taxonomies: their elements are never the filer's extensions. */
    private static final Set<String> STANDARD = Set.of("us-gaap", "srt", "dei", "ecd", "country", "currency", "exch",
            "naics", "sic", "stpr", "invest", "cyd", "ffd", "ifrs-full", "rr", "spac", "snj", "oef", "vip");

    private PageConcepts() {
    }

    public static boolean isStandardPrefix(String prefix) {
        return STANDARD.contains(prefix);
    }

    /**
     * A taxonomy concept with what it lacks (data type, balance, period type — a MetaLinks file gives no period type)
     * taken from the page's "+ Details"; the concept itself when the page has none.
     */
    public static Concept complete(Concept c, Definition d) {
        if (d.details().isEmpty() || (c.type() != null && c.balance() != null && c.periodType() != null)) {
            return c;
        }
        Concept page = fromDefinition(d, c.qname(), Taxonomy.of(List.of(c), List.of(), List.of()));
        return new Concept(c.namespace(), c.prefix(), c.localName(), c.type() != null ? c.type() : page.type(),
                c.balance() != null ? c.balance() : page.balance(),
                c.periodType() != null ? c.periodType() : page.periodType(), c.abstractConcept(),
                c.substitutionGroup(), c.labels(), c.references());
    }

    /** The concept the definition describes; the namespace is the taxonomy's for that prefix when it has one. */
    public static Concept fromDefinition(Definition d, String qname, Taxonomy taxonomy) {
        String prefix = qname.substring(0, qname.indexOf(':'));
        String local = qname.substring(qname.indexOf(':') + 1);
        String namespace = taxonomy.concepts().stream().filter(c -> c.prefix().equals(prefix)).map(Concept::namespace)
                .findFirst().orElse("urn:xbrl-linker:prefix:" + prefix);
        Map<String, String> details = d.details();
        Map<String, String> labels = new HashMap<>();
        if (d.documentation() != null) {
            labels.put(LabelRoles.DOCUMENTATION, d.documentation());
        }
        String type = details.get("Data Type");
        String balance = details.getOrDefault("Balance Type", "").toLowerCase(Locale.ROOT);
        String period = details.getOrDefault("Period Type", "").toLowerCase(Locale.ROOT);
        boolean abstractConcept = local.endsWith("Abstract") || local.endsWith("Axis") || local.endsWith("Member")
                || local.endsWith("Table") || local.endsWith("LineItems") || local.endsWith("Domain")
                || local.endsWith("RollForward") || local.endsWith("Rollforward");
        return new Concept(namespace, prefix, local, type,
                balance.equals("debit") ? Balance.DEBIT : balance.equals("credit") ? Balance.CREDIT : null,
                period.equals("instant") ? PeriodType.INSTANT : period.equals("duration") ? PeriodType.DURATION : null,
                abstractConcept, "xbrli:item", labels, d.references());
    }

}
