package org.xbrllinker.link;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.xbrllinker.check.CalcMode;
import org.xbrllinker.check.Summations;
import org.xbrllinker.parse.Cell;
import org.xbrllinker.parse.ColumnHeader;
import org.xbrllinker.parse.Definition;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.parse.LabelLexicon;
import org.xbrllinker.parse.Row;
import org.xbrllinker.taxonomy.CalculationArc;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.LabelRoles;
import org.xbrllinker.taxonomy.PeriodType;
import org.xbrllinker.taxonomy.Reference;
import org.xbrllinker.taxonomy.Taxonomy;

/**
 * Links every row of a disclosure to a hidden definition and every definition to a taxonomy concept (or to a new
 * extension concept), then turns the displayed cells into facts.
 *
 * <p>Definitions are matched to concepts by their documentation text, narrowed by the order the viewer sorts
 * definitions in (element name). Rows are matched to definitions by a global assignment (every definition gets a row
 * of its own; the rows left over, such as a closing balance after its opening one, share) over scores built from
 * label similarity in every label role, abstract markers, period type against the values a row carries,
 * period-start/end wording under a roll-forward heading, and calculation arcs whose numbers hold.
 */
public final class Linker {

    private static final Pattern START_WORDING = Pattern.compile("\\b(beginning|begin|start|opening)\\b");
    private static final Pattern END_WORDING = Pattern.compile("\\b(end|ending|closing)\\b");
    private static final Pattern BALANCE_WORDING = Pattern.compile("\\b(balance|period|year|quarter|month)s?\\b");
    /** A balance dated by a day: "Balance at January 1,", "Balance as of Dec. 31" (a year may follow). */
    private static final Pattern DATED_BALANCE = Pattern.compile("\\bbalances? (?:at|as of|on) "
            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? (\\d{1,2})\\b");
    private static final Pattern MARKER = Pattern.compile(
            "\\s*\\[(Abstract|Roll Forward|Rollforward|Table|Axis|Line Items|Member|Domain|Text Block)\\]\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** The units the viewer writes into a label: "(in shares)", "(in dollars per share)", "| $ / shares". */
    private static final Pattern UNITS_SHOWN = Pattern.compile("\\s*\\(in [^()]*\\)|\\s*\\|.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLL_FORWARD_MARKER = Pattern.compile("\\[Roll ?Forward\\]\\s*$", Pattern.CASE_INSENSITIVE);
    /** Monetary concepts whose names say they may go either way; all others are non-negative by nature (cf. DQC 0015). */
    private static final Pattern SIGNED_NAME = Pattern.compile(
            "IncreaseDecrease|GainLoss|IncomeLoss|ProfitLoss|Adjustment|Effect|NetOfTax|ChangeIn|Reversal|Difference");

    private static final double FORBIDDEN = -10;
    /** Documentation this alike (Jaccard of stemmed terms) makes a concept a candidate: another release's wording. */
    private static final double SIMILAR_DOCUMENTATION = 0.4;
    /** Documentation this alike is named among the concepts an extension refused. */
    private static final double NEAR_DOCUMENTATION = 0.25;
    /** What a row without values costs a non-abstract concept whose label it shows. */
    private static final double EMPTY_ROW_OF_AN_ITEM = 1.0;
    /** Weight of the fit between what a row's cells show and the concept's data type (see {@link ValueFit}). */
    private static final double VALUE_WEIGHT = 1.2;
    /** Weight of the terms of the heading a row sits under, found in the concept's name. */
    private static final double HEADING_WEIGHT = 0.2;
    /** Weight of a row label's likeness to a definition's documentation, against its likeness to a label. */
    private static final double DOCUMENTATION_AS_LABEL = 0.6;
    /** Documentation this alike points to a concept by itself; less alike, the row's label must agree. */
    private static final double CLOSE_DOCUMENTATION = 0.8;
    /** How alike a row's label must be to a concept whose documentation is only alike. */
    private static final double ALIKE_LABEL_FLOOR = 0.4;
    /** How alike a row's label must be to a concept that is a candidate only for its words. */
    private static final double LABEL_ONLY_FLOOR = 0.75;
    /** Prior of a concept that is a candidate only for sharing words with the page's rows. */
    private static final double WORDED_LIKE_PRIOR = 0.1;
    /** Most refused candidates an extension's evidence names. */
    private static final int MOST_REFUSALS_SHOWN = 4;
    /** Most candidates taken by documentation likeness for one definition. */
    private static final int MOST_ALIKE = 8;
    private static final double SHARING_PENALTY = 0.5;
    /** Combinations tried per summation before the calculation evidence gives up on it. */
    private static final int SEARCH_BUDGET = 20_000;

    private final Taxonomy taxonomy;
    private final LinkerOptions options;
    private final Map<String, List<Concept>> byDocumentation = new HashMap<>();
    private final Map<String, Set<String>> conceptTerms = new HashMap<>();
    private final Map<String, List<Set<String>>> labelTerms = new HashMap<>();
    private final Map<String, List<Set<String>>> documentationTerms = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> normalizedLabels = new HashMap<>();
    private final Set<String> knownLabels = new HashSet<>();
    private volatile Map<String, List<Concept>> termIndex;
    private final ColumnMembers columnMembers;

    public Linker(Taxonomy taxonomy, LinkerOptions options) {
        this.taxonomy = taxonomy;
        this.options = options;
        this.columnMembers = new ColumnMembers(taxonomy);
        for (Concept c : taxonomy.concepts()) {
            for (String doc : taxonomy.documentations(c.qname())) {
                List<Concept> same = byDocumentation.computeIfAbsent(normalize(doc), k -> new ArrayList<>());
                if (!same.contains(c)) {
                    same.add(c);
                }
            }
            c.labels().forEach((role, label) -> {
                if (!role.equals(LabelRoles.DOCUMENTATION)) {
                    knownLabels.add(normalize(label));
                }
            });
            taxonomy.labelVariants(c.qname()).forEach(label -> knownLabels.add(normalize(label)));
        }
    }

    /**
     * The labels of this linker's taxonomy (every role but documentation; case and spacing aside), for the reader of
     * the flattened text to tell labels from text values.
     */
    public LabelLexicon lexicon() {
        return label -> knownLabels.contains(normalize(label));
    }

    /** Links a parsed disclosure. */
    public LinkedDisclosure link(Disclosure disclosure) {
        List<RowInfo> rows = describeRows(disclosure);
        Set<String> pageTerms = new HashSet<>();
        rows.forEach(r -> pageTerms.addAll(r.terms()));
        List<DefInfo> defs = new ArrayList<>();
        for (Definition d : disclosure.definitions()) {
            defs.add(candidatesFor(d, pageTerms));
        }
        narrowByOrder(defs);
        MemberRows members = MemberRows.of(disclosure);

        double[][] score = new double[rows.size()][defs.size()];
        Candidate[][] best = new Candidate[rows.size()][defs.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < defs.size(); j++) {
                bestCandidate(rows.get(i), defs.get(j), i, j, score, best, Map.of());
            }
        }
        int[] rowToDef = assign(score, best, rows, defs, members);

        // Second pass: calculation arcs whose numbers hold among rows of one section confirm their links
        // (needless when the page names every row's element).
        boolean allNamed = rows.stream().allMatch(r -> r.row().elementName() != null);
        Map<String, Double> calcBoost = allNamed ? Map.of() : calculationEvidence(rows, defs, rowToDef, best);
        if (!calcBoost.isEmpty()) {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < defs.size(); j++) {
                    bestCandidate(rows.get(i), defs.get(j), i, j, score, best, calcBoost);
                }
            }
            rowToDef = assign(score, best, rows, defs, members);
        }
        pinNamedRows(rows, defs, rowToDef, best);
        chooseTogether(rows, defs, rowToDef, best, score);
        repeatGroups(rows, members, rowToDef, best, score);
        return build(disclosure, rows, defs, rowToDef, best, score, members);
    }

    /**
     * Consecutive definitions that say nothing of themselves (no documentation, no name, no anchor) have the same
     * candidates, so the assignment deals their rows out among them arbitrarily. Their concepts are chosen together:
     * the concepts the group's rows fit best, as many as there are definitions, given to the definitions in the
     * viewer's order (element name); each row then takes the chosen concept it fits best.
     */
    private void chooseTogether(List<RowInfo> rows, List<DefInfo> defs, int[] rowToDef, Candidate[][] best,
                                double[][] score) {
        int j = 0;
        while (j < defs.size()) {
            if (!saysNothing(defs.get(j))) {
                j++;
                continue;
            }
            int end = j;
            while (end < defs.size() && saysNothing(defs.get(end))) {
                end++;
            }
            if (end - j > 1) {
                chooseTogether(rows, defs, j, end, rowToDef, best, score);
            }
            j = end;
        }
    }

    /**
     * A dimensional page repeats its line items under each member row: a row of a member's group whose label an
     * earlier group showed reports the element that row reports (the same label within one group, as the "Other" of
     * each section of a cash-flow statement, may be another element).
     */
    private static void repeatGroups(List<RowInfo> rows, MemberRows members, int[] rowToDef, Candidate[][] best,
                                     double[][] score) {
        if (members.rows.isEmpty() || rows.stream().allMatch(r -> r.row().elementName() != null)) {
            return;
        }
        int group = -1;
        int[] groupOf = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (members.rows.containsKey(i)) {
                group = i;
            }
            groupOf[i] = group;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (groupOf[i] < 0 || members.rows.containsKey(i) || rows.get(i).wholeLabel().isEmpty()) {
                continue;
            }
            for (int e = 0; e < i; e++) {
                if (groupOf[e] != groupOf[i] && !members.rows.containsKey(e) && rowToDef[e] >= 0
                        && rows.get(e).row().label().equals(rows.get(i).row().label())
                        && rows.get(e).row().abstractRow() == rows.get(i).row().abstractRow()
                        && rows.get(e).periodRole() == rows.get(i).periodRole()) {
                    int j = rowToDef[e];
                    rowToDef[i] = j;
                    best[i][j] = best[e][j];
                    score[i][j] = score[e][j];
                    break;
                }
            }
        }
    }

    private static boolean saysNothing(DefInfo d) {
        return !d.anchored && d.definition.documentation() == null && d.definition.elementName() == null;
    }

    private void chooseTogether(List<RowInfo> rows, List<DefInfo> defs, int from, int to, int[] rowToDef,
                                Candidate[][] best, double[][] score) {
        List<Integer> group = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rowToDef[i] >= from && rowToDef[i] < to) {
                group.add(i);
            }
        }
        Map<String, Double> total = new LinkedHashMap<>();
        Map<String, Candidate> byName = new HashMap<>();
        List<Integer> regrouped = new ArrayList<>();
        for (int i : group) {
            Candidate top = null;
            double topScore = FORBIDDEN;
            double extensionScore = FORBIDDEN;
            for (int k = from; k < to; k++) {
                for (Candidate c : defs.get(k).candidates) {
                    double sc = pairScore(rows.get(i), defs.get(k), c);
                    if (c.extension()) {
                        extensionScore = Math.max(extensionScore, sc);
                    } else if (sc > topScore) {
                        topScore = sc;
                        top = c;
                    }
                }
            }
            // a row no concept fits better than an extension keeps its definition and becomes the extension
            if (top != null && topScore > extensionScore) {
                total.merge(top.concept().qname(), topScore, Double::sum);
                byName.putIfAbsent(top.concept().qname(), top);
                regrouped.add(i);
            }
        }
        List<String> chosen = total.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(to - from).map(Map.Entry::getKey).sorted((a, b) -> ElementNameOrder.COMPARATOR.compare(
                        elementId(byName.get(a).concept()), elementId(byName.get(b).concept()))).toList();
        if (chosen.size() != to - from) {
            return; // fewer concepts than definitions: leave the assignment as it is
        }
        for (int i : regrouped) {
            int bestK = -1;
            double bestScore = FORBIDDEN;
            for (int t = 0; t < chosen.size(); t++) {
                double sc = pairScore(rows.get(i), defs.get(from + t), byName.get(chosen.get(t)));
                if (sc > bestScore) {
                    bestScore = sc;
                    bestK = t;
                }
            }
            if (bestK >= 0) {
                int k = from + bestK;
                rowToDef[i] = k;
                best[i][k] = byName.get(chosen.get(bestK));
                score[i][k] = bestScore;
            }
        }
    }

    /**
     * Member rows take the definition of their first member (see {@link MemberRows}); the other rows and
     * definitions are assigned among themselves, member definitions left out (a second member of a row, or a member
     * the title names, has no row of its own).
     */
    private static int[] assign(double[][] score, Candidate[][] best, List<RowInfo> rows, List<DefInfo> defs,
                                MemberRows members) {
        List<Integer> plainRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!members.rows.containsKey(i)) {
                plainRows.add(i);
            }
        }
        List<Integer> plainDefs = new ArrayList<>();
        for (int j = 0; j < defs.size(); j++) {
            if (!MemberRows.isMemberDefinition(defs.get(j).definition)) {
                plainDefs.add(j);
            }
        }
        double[][] reduced = new double[plainRows.size()][plainDefs.size()];
        List<RowInfo> info = new ArrayList<>();
        for (int a = 0; a < plainRows.size(); a++) {
            info.add(rows.get(plainRows.get(a)));
            for (int b = 0; b < plainDefs.size(); b++) {
                reduced[a][b] = score[plainRows.get(a)][plainDefs.get(b)];
            }
        }
        int[] slots = assign(reduced, plainRows.size(), plainDefs.size(), info);
        int[] rowToDef = new int[rows.size()];
        java.util.Arrays.fill(rowToDef, -1);
        for (int a = 0; a < plainRows.size(); a++) {
            rowToDef[plainRows.get(a)] = slots[a] < 0 ? -1 : plainDefs.get(slots[a]);
        }
        for (Map.Entry<Integer, List<Integer>> e : members.rows.entrySet()) {
            int j = e.getValue().get(0);
            rowToDef[e.getKey()] = j;
            best[e.getKey()][j] = defs.get(j).candidates.get(0);
            score[e.getKey()][j] = 1;
        }
        return rowToDef;
    }

    /** A row whose page names its element (HTML) takes the definition of that element, whatever the scores say. */
    private static void pinNamedRows(List<RowInfo> rows, List<DefInfo> defs, int[] rowToDef, Candidate[][] best) {
        Map<String, Integer> byElement = new HashMap<>();
        for (int j = 0; j < defs.size(); j++) {
            if (defs.get(j).definition.elementName() != null) {
                byElement.putIfAbsent(defs.get(j).definition.elementName(), j);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String element = rows.get(i).row().elementName();
            Integer j = element == null ? null : byElement.get(element);
            if (j != null && !defs.get(j).candidates.isEmpty()) {
                rowToDef[i] = j;
                best[i][j] = defs.get(j).candidates.get(0);
            }
        }
    }

    // ---- rows ----

    private record RowInfo(Row row, String label, Set<String> terms, PeriodRole periodRole, PeriodType expected,
                           int section, Set<String> subjectTerms, boolean mostlyNegative, String wholeLabel,
                           Set<String> headingTerms) {
    }

    private enum PeriodRole { START, END }

    /**
     * Whether a row is an opening or a closing balance: start or end wording with a balance word ("Balance at the
     * beginning of the year"), a label that is that wording alone ("Beginning", "Ending balance"), or a balance dated
     * by the day the table's durations start or end ("Balance at January 1," / "Balance at December 31,").
     */
    static PeriodRole periodRole(String lower, List<ColumnHeader> columns) {
        boolean start = START_WORDING.matcher(lower).find();
        boolean end = END_WORDING.matcher(lower).find();
        boolean balance = BALANCE_WORDING.matcher(lower).find();
        String[] words = lower.replaceAll("[^\\p{L}\\s]", " ").strip().split("\\s+");
        boolean wordingAlone = words.length <= 2 && (START_WORDING.matcher(words[0]).matches()
                || END_WORDING.matcher(words[0]).matches());
        if (balance || wordingAlone) {
            if (start) {
                return PeriodRole.START;
            }
            if (end) {
                return PeriodRole.END;
            }
        }
        java.util.regex.Matcher dated = DATED_BALANCE.matcher(lower);
        if (dated.find()) {
            ColumnHeader duration = columns.stream().filter(ColumnHeader::isDuration).findFirst().orElse(null);
            if (duration != null && duration.date() != null) {
                java.time.MonthDay day;
                try {
                    day = java.time.MonthDay.of(java.time.Month.valueOf(monthName(dated.group(1))),
                            Integer.parseInt(dated.group(2)));
                } catch (RuntimeException e) {
                    return null; // "February 30": no day, no role
                }
                if (day.equals(java.time.MonthDay.from(duration.date()))) {
                    return PeriodRole.END;
                }
                if (day.equals(java.time.MonthDay.from(duration.start()))
                        || day.equals(java.time.MonthDay.from(duration.start().minusDays(1)))) {
                    return PeriodRole.START;
                }
            }
        }
        return null;
    }

    private static String monthName(String shown) {
        for (java.time.Month m : java.time.Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(shown.substring(0, 3))) {
                return m.name();
            }
        }
        throw new IllegalArgumentException(shown);
    }

    private List<RowInfo> describeRows(Disclosure d) {
        boolean durationTable = d.columns().stream().anyMatch(ColumnHeader::isDuration);
        List<RowInfo> out = new ArrayList<>();
        int section = 0;
        Set<String> subject = Set.of();
        Set<String> heading = Set.of();
        for (Row row : d.rows()) {
            String bare = MARKER.matcher(row.label()).replaceAll("");
            if (row.abstractRow()) {
                section = row.number();
                subject = ROLL_FORWARD_MARKER.matcher(row.label()).find() ? Terms.of(bare) : Set.of();
                heading = Terms.of(bare);
                out.add(new RowInfo(row, bare, Terms.of(row.label()), null, PeriodType.DURATION, 0, Set.of(), false,
                        Terms.normalizedLabel(row.label()), Set.of()));
                continue;
            }
            String lower = row.label().toLowerCase(Locale.ROOT);
            PeriodRole role = periodRole(lower, d.columns());
            PeriodType expected;
            if (!durationTable || role != null) {
                expected = PeriodType.INSTANT;
            } else {
                // the flattening dropped empty cells: a row short of values in a duration table is a balance
                // (an HTML page keeps empty cells in place, so there a short row says nothing)
                boolean short_ = row.cells().size() < d.columns().size()
                        && row.cells().stream().anyMatch(Cell::columnInferred);
                expected = short_ ? PeriodType.INSTANT : PeriodType.DURATION;
            }
            long negatives = row.cells().stream().filter(c -> c.amount() != null && c.amount().signum() < 0).count();
            long positives = row.cells().stream().filter(c -> c.amount() != null && c.amount().signum() > 0).count();
            out.add(new RowInfo(row, bare, Terms.of(row.label()), role, expected, section,
                    role != null ? subject : Set.of(), negatives > 0 && negatives >= positives,
                    Terms.normalizedLabel(row.label()), heading));
        }
        return out;
    }

    // ---- definitions ----

    /** A concept a definition may stand for; {@code concept} null means a new extension concept. */
    /**
     * A concept a definition may stand for; {@code concept} null means a new extension concept. {@code labelFloor}:
     * how alike the row's label must be to the concept's for it to count (0 when the definition points to it alone).
     */
    private record Candidate(Concept concept, List<Evidence> evidence, double prior, Concept namedExtension,
                             Dimension dimension, double labelFloor) {
        Candidate(Concept concept, List<Evidence> evidence, double prior) {
            this(concept, evidence, prior, null, null, 0);
        }

        Candidate(Concept concept, List<Evidence> evidence, double prior, Concept namedExtension) {
            this(concept, evidence, prior, namedExtension, null, 0);
        }

        Candidate(Concept concept, List<Evidence> evidence, double prior, Concept namedExtension,
                  Dimension dimension) {
            this(concept, evidence, prior, namedExtension, dimension, 0);
        }

        boolean extension() {
            return concept == null;
        }
    }

    private static final class DefInfo {
        final Definition definition;
        final List<Candidate> candidates = new ArrayList<>();
        /** Concepts considered and set aside, each with the reason: what the report shows for an extension. */
        final List<String> refused = new ArrayList<>();
        /** How many of {@link #refused} the order of the definitions set aside (they come first). */
        int outOfOrder;
        Set<String> docTerms;
        boolean anchored;

        DefInfo(Definition definition) {
            this.definition = definition;
            this.docTerms = Terms.of(definition.documentation());
        }
    }

    private DefInfo candidatesFor(Definition d, Set<String> pageTerms) {
        DefInfo info = new DefInfo(d);
        if (MemberRows.isMemberDefinition(d)) {
            Dimension dim = dimension(d);
            Concept shown = dim.member() != null ? dim.member() : dim.axis();
            boolean standard = taxonomy.concept(shown.qname()).isPresent()
                    || PageConcepts.isStandardPrefix(shown.prefix());
            String what = dim.member() != null ? "member " + dim.member().qname() + " of " + dim.axis().qname()
                    : "the value " + dim.typedMember() + " of the typed axis " + dim.axis().qname();
            info.candidates.add(new Candidate(standard ? shown : null, List.of(new Evidence("element-name",
                    "the page names " + what, 0.99)), 1.0, standard ? null : shown, dim));
            info.anchored = true;
            return info;
        }
        if (d.elementName() != null) {
            // a dimensional row names axis=member: the row reports the member
            String element = d.elementName().contains("=")
                    ? d.elementName().substring(d.elementName().indexOf('=') + 1) : d.elementName();
            String qname = element.contains("_") ? element.replaceFirst("_", ":")
                    : options.extensionPrefix() + ":" + element;
            Optional<Concept> named = taxonomy.concept(qname).map(c -> PageConcepts.complete(c, d));
            Concept concept = named.orElseGet(() -> PageConcepts.fromDefinition(d, qname, taxonomy));
            boolean standard = named.isPresent() || PageConcepts.isStandardPrefix(concept.prefix());
            info.candidates.add(new Candidate(standard ? concept : null, List.of(new Evidence("element-name",
                    "the page names " + qname + (named.isPresent() ? "" : ", described by the page's own definition"),
                    0.99)), 1.0, standard ? null : concept));
            info.anchored = true;
            return info;
        }
        if (d.documentation() != null) {
            List<Concept> same = byDocumentation.getOrDefault(normalize(d.documentation()), List.of());
            for (Concept c : same) {
                List<Evidence> ev = new ArrayList<>();
                ev.add(new Evidence("documentation", "documentation identical to " + c.qname() + "'s", 0.9));
                referenceEvidence(d, c).ifPresent(ev::add);
                info.candidates.add(new Candidate(c, ev, 1.0));
            }
            info.anchored = same.size() == 1;
            double bestSimilarity = 0;
            if (same.isEmpty()) {
                // another release of the taxonomy words the same concept differently: the closest documentations
                // are candidates, for the order of the definitions and the labels to choose among
                List<Map.Entry<Concept, Double>> alike = new ArrayList<>();
                for (Concept c : taxonomy.concepts()) {
                    double sim = 0;
                    for (Set<String> docTerms : termsOfDocumentations(c)) {
                        sim = Math.max(sim, Terms.jaccard(info.docTerms, docTerms));
                    }
                    if (sim >= SIMILAR_DOCUMENTATION) {
                        alike.add(Map.entry(c, sim));
                    } else if (sim >= NEAR_DOCUMENTATION) {
                        info.refused.add(String.format(Locale.ROOT, "%s: documentation only %.0f%% alike",
                                c.qname(), sim * 100));
                    }
                }
                alike.sort(Map.Entry.<Concept, Double>comparingByValue().reversed());
                for (Map.Entry<Concept, Double> e : alike.subList(0, Math.min(MOST_ALIKE, alike.size()))) {
                    Concept c = e.getKey();
                    double sim = e.getValue();
                    bestSimilarity = Math.max(bestSimilarity, sim);
                    List<Evidence> ev = new ArrayList<>();
                    ev.add(new Evidence("documentation", String.format(Locale.ROOT,
                            "documentation %.0f%% alike to %s's", sim * 100, c.qname()), 0.9 * sim));
                    referenceEvidence(d, c).ifPresent(ev::add);
                    // documentation only alike (another release's wording, or a template many concepts share) needs
                    // the row's words as well, the less alike the more
                    info.candidates.add(new Candidate(c, ev, sim, null, null,
                            sim >= CLOSE_DOCUMENTATION ? 0 : ALIKE_LABEL_FLOOR));
                }
            }
            if (same.isEmpty()) {
                String why = d.hasReferences()
                        ? "documentation matches no taxonomy concept"
                        : "documentation matches no taxonomy concept and the element has no authoritative reference";
                if (bestSimilarity > 0) {
                    why = String.format(Locale.ROOT, "documentation identical to no taxonomy concept's (the closest "
                            + "%.0f%% alike)%s", bestSimilarity * 100, d.hasReferences() ? ""
                            : " and the element has no authoritative reference");
                }
                // the concept may be documented in words of another release: a concept whose labels share words
                // with the page's rows stays a candidate, for the order and the labels to decide
                Set<String> taken = new HashSet<>();
                info.candidates.forEach(c -> taken.add(c.concept().qname()));
                for (Concept c : conceptsWordedLike(pageTerms)) {
                    if (taken.add(c.qname())) {
                        List<Evidence> ev = new ArrayList<>();
                        referenceEvidence(d, c).ifPresent(ev::add);
                        info.candidates.add(new Candidate(c, ev, WORDED_LIKE_PRIOR, null, null, LABEL_ONLY_FLOOR));
                    }
                }
                info.candidates.add(new Candidate(null, List.of(new Evidence("extension", why,
                        0.85)), 0.6 * (1 - bestSimilarity)));
            }
        } else {
            // without documentation only the row's own words can point to a concept
            for (Concept c : conceptsWordedLike(pageTerms)) {
                List<Evidence> ev = new ArrayList<>();
                referenceEvidence(d, c).ifPresent(ev::add);
                info.candidates.add(new Candidate(c, ev, 0.2, null, null, LABEL_ONLY_FLOOR));
            }
            info.candidates.add(new Candidate(null, List.of(new Evidence("extension",
                    "no documentation, no reference and no taxonomy concept fits", 0.5)), 0.1));
        }
        return info;
    }

    /**
     * Concepts that have a label or name term among {@code terms} (the words of a page's rows), in taxonomy order:
     * the candidates of a definition that says too little of itself to find its concept otherwise.
     */
    private List<Concept> conceptsWordedLike(Set<String> terms) {
        Map<String, List<Concept>> index = termIndex();
        Set<String> seen = new HashSet<>();
        for (String t : terms) {
            for (Concept c : index.getOrDefault(t, List.of())) {
                seen.add(c.qname());
            }
        }
        List<Concept> out = new ArrayList<>();
        for (Concept c : taxonomy.concepts()) {
            if (seen.contains(c.qname())) {
                out.add(c);
            }
        }
        return out;
    }

    private Map<String, List<Concept>> termIndex() {
        Map<String, List<Concept>> index = termIndex;
        if (index == null) {
            index = new HashMap<>();
            for (Concept c : taxonomy.concepts()) {
                Set<String> terms = new HashSet<>(nameTerms(c));
                labelTerms(c).forEach(terms::addAll);
                for (String t : terms) {
                    index.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
                }
            }
            termIndex = index;
        }
        return index;
    }

    /** The axis and member a member definition names ({@code prefix_Axis=prefix_Member}, or a typed value). */
    private Dimension dimension(Definition d) {
        String name = d.elementName();
        String axisId = name.substring(0, name.indexOf('='));
        String memberPart = name.substring(name.indexOf('=') + 1);
        Concept axis = namedConcept(axisId, d);
        if (memberPart.matches("[A-Za-z][\\w.-]*_[A-Za-z_][\\w.-]*")) {
            return new Dimension(axis, namedConcept(memberPart, d), null);
        }
        return new Dimension(axis, null, memberPart);
    }

    /** The concept an element id names: the taxonomy's, else one made from the id (an axis, member or domain). */
    private Concept namedConcept(String elementId, Definition d) {
        String qname = elementId.contains("_") ? elementId.replaceFirst("_", ":")
                : options.extensionPrefix() + ":" + elementId;
        Optional<Concept> known = taxonomy.concept(qname);
        if (known.isPresent()) {
            return known.get();
        }
        Definition bare = new Definition(d.index(), elementId, null, List.of(), List.of(), List.of(), Map.of(),
                d.location());
        return PageConcepts.fromDefinition(bare, qname, taxonomy);
    }

    private Optional<Evidence> referenceEvidence(Definition d, Concept c) {
        if (!d.hasReferences()) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>();
        for (Reference r : c.references()) {
            roles.add(r.role());
        }
        if (roles.containsAll(d.referenceRoles())) {
            return Optional.of(new Evidence("reference-role", "the page cites " + shortRoles(d.referenceRoles())
                    + ", a role " + c.qname() + " has", 0.3));
        }
        return Optional.empty();
    }

    /** The viewer sorts definitions by element name: a definition lies between its anchored neighbours. */
    private void narrowByOrder(List<DefInfo> defs) {
        for (int j = 0; j < defs.size(); j++) {
            DefInfo info = defs.get(j);
            if (info.anchored || info.candidates.stream().noneMatch(c -> !c.extension())) {
                continue;
            }
            String lower = null;
            for (int k = j - 1; k >= 0 && lower == null; k--) {
                lower = anchorId(defs.get(k));
            }
            String upper = null;
            for (int k = j + 1; k < defs.size() && upper == null; k++) {
                upper = anchorId(defs.get(k));
            }
            if (lower == null && upper == null) {
                continue;
            }
            String lo = lower;
            String hi = upper;
            String between = (lo == null ? "the start" : lo) + " and " + (hi == null ? "the end" : hi);
            List<Candidate> kept = new ArrayList<>();
            for (Candidate c : info.candidates) {
                if (c.extension()) {
                    kept.add(c);
                    continue;
                }
                String id = elementId(c.concept());
                boolean inside = (lo == null || ElementNameOrder.COMPARATOR.compare(lo, id) < 0)
                        && (hi == null || ElementNameOrder.COMPARATOR.compare(id, hi) < 0);
                if (inside) {
                    List<Evidence> ev = new ArrayList<>(c.evidence());
                    ev.add(new Evidence("order", "sorted between " + between + ", where the page lists it", 0.3));
                    kept.add(new Candidate(c.concept(), ev, c.prior() + 0.2, c.namedExtension(), c.dimension(),
                            c.labelFloor()));
                } else if (info.definition.documentation() != null) {
                    // candidates of the evidence come before the near misses
                    info.refused.add(info.outOfOrder++, c.concept().qname() + ": sorts outside " + between
                            + ", where the page lists the definition");
                }
            }
            info.candidates.clear();
            info.candidates.addAll(kept);
            if (kept.stream().filter(c -> !c.extension()).count() == 1 && info.definition.documentation() != null) {
                info.anchored = true;
            }
        }
    }

    // ---- scoring ----

    private void bestCandidate(RowInfo r, DefInfo d, int i, int j, double[][] score, Candidate[][] best,
                               Map<String, Double> calcBoost) {
        double top = FORBIDDEN;
        Candidate chosen = null;
        for (Candidate c : d.candidates) {
            double s = pairScore(r, d, c) + calcBoost.getOrDefault(key(i, c), 0.0);
            if (s > top) {
                top = s;
                chosen = c;
            }
        }
        score[i][j] = top;
        best[i][j] = chosen;
    }

    private double pairScore(RowInfo r, DefInfo d, Candidate c) {
        double text;
        double period;
        double subject = 0;
        if (c.extension()) {
            text = d.definition.documentation() == null ? 0 : similarity(r.terms(), d.docTerms);
            period = 0.5;
            if (r.row().abstractRow() && d.definition.documentation() != null) {
                return FORBIDDEN; // headings of the taxonomy carry no documentation of their own beyond roll-forwards
            }
            // the element is not in the taxonomy: its documentation's words stand for its declared types
            PeriodType hinted = DocumentationHints.periodType(d.definition.documentation());
            if (hinted != null && !r.row().abstractRow()) {
                period = hinted == r.expected() ? 1 : 0;
            }
            subject = VALUE_WEIGHT * ValueFit.of(r.row(), DocumentationHints.type(d.definition.documentation()));
        } else {
            Concept k = c.concept();
            double shown = 0;
            if (r.row().abstractRow() != k.abstractConcept()) {
                // a row without values and without a heading's marks may still show an element of no value
                // ("Commitments and contingencies" on a balance sheet); a marked heading never does
                if (!r.row().abstractRow() || !r.row().cells().isEmpty() || MARKER.matcher(r.row().label()).find()
                        || r.row().label().endsWith(":") || exactLabel(r, k) == null) {
                    return FORBIDDEN;
                }
                shown = -EMPTY_ROW_OF_AN_ITEM;
            }
            text = 0;
            for (Set<String> label : labelTerms(k)) {
                text = Math.max(text, similarity(r.terms(), label));
            }
            text = Math.max(text, similarity(r.terms(), nameTerms(k)));
            if (d.definition.documentation() != null) {
                // a documentation's words are weaker evidence than a label's: it describes, labels name
                text = Math.max(text, DOCUMENTATION_AS_LABEL * similarity(r.terms(), d.docTerms));
            }
            if (exactLabel(r, k) != null) {
                text = 1.3; // the row shows one of the concept's own labels
            } else if (text < c.labelFloor()) {
                return FORBIDDEN; // a concept the documentation does not point to needs the row's own words
            }
            PeriodType kp = periodTypeOf(k);
            period = r.row().abstractRow() || kp == null ? 0.5 : (kp == r.expected() ? 1 : 0);
            if (r.periodRole() != null && kp == PeriodType.DURATION) {
                period = -2; // "balance at the end of the year" is an instant whatever its words resemble
            }
            if (!r.subjectTerms().isEmpty()) {
                for (Set<String> label : labelTerms(k)) {
                    subject = Math.max(subject, similarity(r.subjectTerms(), label));
                }
            }
            // the heading a row sits under tells the rows of one wording apart ("Other" under investing activities)
            subject += HEADING_WEIGHT * Terms.coverage(r.headingTerms(), nameTerms(k)) + shown
                    + VALUE_WEIGHT * ValueFit.of(r.row(), k.type());
        }
        return 0.35 * c.prior() + 0.4 * text + 0.15 * period + 0.25 * subject;
    }

    /** The concept's label (any role) that reads as the row's label once units, dates and case are set aside. */
    private String exactLabel(RowInfo r, Concept k) {
        if (r.wholeLabel().isEmpty()) {
            return null;
        }
        for (Map.Entry<String, String> label : k.labels().entrySet()) {
            if (!label.getKey().equals(LabelRoles.DOCUMENTATION)
                    && r.wholeLabel().equals(normalizedLabels.computeIfAbsent(label.getValue(), Terms::normalizedLabel))) {
                return label.getValue();
            }
        }
        for (String label : taxonomy.labelVariants(k.qname())) {
            if (r.wholeLabel().equals(normalizedLabels.computeIfAbsent(label, Terms::normalizedLabel))) {
                return label;
            }
        }
        return null;
    }

    /**
     * The concept's period type; where the taxonomy does not say (a MetaLinks file), a concept with period start or
     * end labels is a balance, an instant.
     */
    static PeriodType periodTypeOf(Concept k) {
        if (k.periodType() != null) {
            return k.periodType();
        }
        for (String role : List.of(LabelRoles.PERIOD_START, LabelRoles.PERIOD_END, LabelRoles.NEGATED_PERIOD_START,
                LabelRoles.NEGATED_PERIOD_END)) {
            if (k.labels().containsKey(role)) {
                return PeriodType.INSTANT;
            }
        }
        return null;
    }

    /** Coverage of the row's terms weighted with their overlap: 1 for the same words, 0 for none shared. */
    private static double similarity(Set<String> row, Set<String> target) {
        if (row.isEmpty() || target.isEmpty()) {
            return 0;
        }
        return 0.6 * Terms.coverage(row, target) + 0.4 * Terms.jaccard(row, target);
    }

    /**
     * Every definition gets a row of its own (when rows suffice) and every other row takes its best definition,
     * maximising the total score of all rows: the rows beyond the definitions' count get "free" slots whose score
     * is the row's best less a penalty for sharing (waived for period start/end balances), so the assignment weighs
     * who shares as well as who is covered.
     */
    private static int[] assign(double[][] score, int rows, int defs, List<RowInfo> info) {
        int[] rowToDef = new int[rows];
        java.util.Arrays.fill(rowToDef, -1);
        if (rows == 0 || defs == 0) {
            return rowToDef;
        }
        int[] bestDef = new int[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 1; j < defs; j++) {
                if (score[i][j] > score[i][bestDef[i]]) {
                    bestDef[i] = j;
                }
            }
        }
        int width = Math.max(rows, defs);
        double[][] cost = new double[rows][width];
        Map<String, Integer> labelCount = new HashMap<>();
        info.forEach(r -> labelCount.merge(r.row().label(), 1, Integer::sum));
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < width; j++) {
                // a page shows an element once, except a balance shown both as opening and as closing, and the rows
                // a dimensional page repeats under each member (the same label again)
                boolean repeated = labelCount.get(info.get(i).row().label()) > 1;
                double sharing = info.get(i).periodRole() != null || repeated ? 0 : SHARING_PENALTY;
                cost[i][j] = j < defs ? -score[i][j] : -(score[i][bestDef[i]] - sharing);
            }
        }
        int[] slot = Assignment.solve(cost);
        for (int i = 0; i < rows; i++) {
            rowToDef[i] = slot[i] < defs ? slot[i] : bestDef[i];
        }
        return rowToDef;
    }

    // ---- calculation evidence ----

    /**
     * For each calculation whose parent a row already reports, look among the other rows of its section for rows
     * that can report the children and whose values add up, column by column, to the parent's. Those pairings get
     * a boost, keyed by row index and concept.
     */
    private Map<String, Double> calculationEvidence(List<RowInfo> rows, List<DefInfo> defs, int[] rowToDef,
                                                    Candidate[][] best) {
        Map<String, Double> boost = new HashMap<>();
        for (int p = 0; p < rows.size(); p++) {
            Candidate pc = rowToDef[p] < 0 ? null : best[p][rowToDef[p]];
            if (pc == null || pc.extension()) {
                continue;
            }
            Map<String, List<CalculationArc>> byRole = new LinkedHashMap<>();
            for (CalculationArc arc : taxonomy.calculationsFrom(pc.concept().qname())) {
                byRole.computeIfAbsent(arc.role(), k -> new ArrayList<>()).add(arc);
            }
            for (List<CalculationArc> arcs : byRole.values()) {
                List<List<Integer>> options = new ArrayList<>();
                for (CalculationArc arc : arcs) {
                    // a sum holds in any order: a child already linked to a row keeps that row, so the numbers only
                    // place the children the other evidence left open
                    List<Integer> linkedRows = new ArrayList<>();
                    List<Integer> rowsForChild = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        if (i == p || rows.get(i).section() != rows.get(p).section() || rows.get(i).row().abstractRow()) {
                            continue;
                        }
                        Candidate current = rowToDef[i] < 0 ? null : best[i][rowToDef[i]];
                        if (current != null && !current.extension() && current.concept().qname().equals(arc.child())) {
                            linkedRows.add(i);
                        } else if (canReport(defs, i, arc.child(), best)) {
                            rowsForChild.add(i);
                        }
                    }
                    options.add(linkedRows.isEmpty() ? rowsForChild : linkedRows);
                }
                int[] pick = new int[arcs.size()];
                if (findBalancing(rows, p, arcs, options, 0, pick, new HashSet<>())) {
                    for (int a = 0; a < arcs.size(); a++) {
                        if (pick[a] >= 0) {
                            boost.merge(pick[a] + "|" + arcs.get(a).child(), 0.5, Math::max);
                        }
                    }
                    boost.merge(p + "|" + pc.concept().qname(), 0.5, Math::max);
                }
            }
        }
        return boost;
    }

    /** Whether the row could report the concept: a definition offering it scores above the forbidden mark for it. */
    private boolean canReport(List<DefInfo> defs, int row, String qname, Candidate[][] best) {
        for (int j = 0; j < defs.size(); j++) {
            Candidate c = best[row][j];
            if (c != null && !c.extension() && c.concept().qname().equals(qname)) {
                return true;
            }
        }
        return false;
    }

    /** Tries each combination of rows for the children (a child may be absent, -1) until the sums hold. */
    private boolean findBalancing(List<RowInfo> rows, int parent, List<CalculationArc> arcs, List<List<Integer>> options,
                                  int at, int[] pick, Set<Integer> used) {
        return findBalancing(rows, parent, arcs, options, at, pick, used, new int[] {SEARCH_BUDGET});
    }

    private boolean findBalancing(List<RowInfo> rows, int parent, List<CalculationArc> arcs, List<List<Integer>> options,
                                  int at, int[] pick, Set<Integer> used, int[] budget) {
        if (--budget[0] < 0) {
            return false; // a summation with too many ways to fill is left to the other evidence
        }
        if (at == arcs.size()) {
            long present = java.util.Arrays.stream(pick).filter(x -> x >= 0).count();
            return present >= 2 && balances(rows, parent, arcs, pick);
        }
        for (int option : options.get(at)) {
            if (used.add(option)) {
                pick[at] = option;
                if (findBalancing(rows, parent, arcs, options, at + 1, pick, used, budget)) {
                    return true;
                }
                used.remove(option);
            }
        }
        pick[at] = -1;
        return findBalancing(rows, parent, arcs, options, at + 1, pick, used, budget);
    }

    /** Parent = Σ weight × child in every column where the parent has a value (magnitudes: signs are display). */
    private static boolean balances(List<RowInfo> rows, int parent, List<CalculationArc> arcs, int[] pick) {
        Map<Integer, Cell> parentCells = cells(rows.get(parent).row());
        if (parentCells.isEmpty()) {
            return false;
        }
        for (Map.Entry<Integer, Cell> e : parentCells.entrySet()) {
            // each amount as displayed, to the decimals the page shows it with: judged as the calculation checks judge
            List<Summations.Item> items = new ArrayList<>();
            for (int a = 0; a < arcs.size(); a++) {
                if (pick[a] < 0) {
                    continue;
                }
                Cell c = cells(rows.get(pick[a]).row()).get(e.getKey());
                if (c == null) {
                    return false;
                }
                items.add(new Summations.Item(arcs.get(a).child(), arcs.get(a).weight(), arcs.get(a).order(),
                        shown(arcs.get(a).child(), c)));
            }
            if (!Summations.consistent(CalcMode.DEFAULT, shown("total", e.getValue()), items)) {
                return false;
            }
        }
        return true;
    }

    /** A displayed amount as a reported fact: its magnitude (a page shows signs its own way) and its decimals. */
    private static Summations.Reported shown(String name, Cell c) {
        return new Summations.Reported(name, c.amount().abs(), Summations.Accuracy.decimals(c.decimals()),
                Summations.ROOT);
    }

    private static Map<Integer, Cell> cells(Row row) {
        Map<Integer, Cell> out = new HashMap<>();
        for (Cell c : row.cells()) {
            if (c.amount() != null) {
                out.put(c.column(), c);
            }
        }
        return out;
    }


    private static String key(int row, Candidate c) {
        return row + "|" + (c.extension() ? "" : c.concept().qname());
    }

    // ---- result ----

    private LinkedDisclosure build(Disclosure d, List<RowInfo> rows, List<DefInfo> defs, int[] rowToDef,
                                   Candidate[][] best, double[][] score, MemberRows members) {
        // a definition stands for one concept: the candidate its rows agree on best
        Map<Integer, Candidate> defConcept = new HashMap<>();
        for (int j = 0; j < defs.size(); j++) {
            Map<Candidate, Double> votes = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rowToDef[i] == j && best[i][j] != null) {
                    votes.merge(best[i][j], score[i][j], Double::sum);
                }
            }
            int def = j;
            votes.entrySet().stream().max(Map.Entry.comparingByValue())
                    .ifPresent(e -> defConcept.put(def, e.getKey()));
        }
        Map<Integer, Concept> extensions = new HashMap<>();
        Set<String> usedNames = new HashSet<>();
        List<LineItem> items = new ArrayList<>();
        Map<String, Concept> used = new LinkedHashMap<>();
        List<Dimension> pageDimensions = new ArrayList<>();
        for (int j : members.page) {
            pageDimensions.add(defs.get(j).candidates.get(0).dimension());
        }
        List<Dimension> groupDimensions = List.of();
        Map<Integer, List<Dimension>> columnDimensions = columnMembers.of(d);
        for (int i = 0; i < rows.size(); i++) {
            RowInfo r = rows.get(i);
            int j = rowToDef[i];
            Dimension dimension = null;
            if (members.rows.containsKey(i)) {
                List<Dimension> group = new ArrayList<>();
                for (int m : members.rows.get(i)) {
                    group.add(defs.get(m).candidates.get(0).dimension());
                }
                groupDimensions = group;
                dimension = group.get(0);
            }
            List<Dimension> all = new ArrayList<>(pageDimensions);
            all.addAll(groupDimensions);
            for (Dimension dim : all) {
                used.putIfAbsent(dim.axis().qname(), dim.axis());
                if (dim.member() != null) {
                    used.putIfAbsent(dim.member().qname(), dim.member());
                }
            }
            String dimensions = dimensionKey(all);
            Definition def = j < 0 ? null : defs.get(j).definition;
            Candidate cand = j < 0 ? null : defConcept.get(j);
            Concept concept;
            boolean extension;
            List<Evidence> evidence = new ArrayList<>();
            if (cand == null || cand.extension()) {
                int defKey = j < 0 ? -1 - i : j;
                Concept named = cand == null ? null : cand.namedExtension();
                concept = named != null ? named
                        : extensions.computeIfAbsent(defKey, k -> extensionConcept(d, r, def, usedNames));
                extension = true;
                if (cand != null) {
                    evidence.addAll(cand.evidence());
                }
            } else {
                concept = cand.concept();
                extension = false;
                evidence.addAll(cand.evidence());
            }
            used.putIfAbsent(concept.qname(), concept);
            if (extension && j >= 0 && named(cand) == null) {
                refusals(r, defs.get(j)).ifPresent(evidence::add);
            }
            double defConfidence = noisyOr(evidence);
            List<Evidence> rowEvidence = rowEvidence(r, defs, j, concept, extension);
            evidence.addAll(rowEvidence);
            // a row that names its element (HTML) is that element's for certain: only the element's concept can err
            boolean rowNamesIt = def != null && r.row().elementName() != null
                    && r.row().elementName().equals(def.elementName());
            double confidence = round2(rowNamesIt ? defConfidence : defConfidence * noisyOr(rowEvidence));

            // an extension the page describes has its balance type too; one the linker made up has none
            boolean negated = !r.row().abstractRow() && r.mostlyNegative() && nonNegative(concept);
            String role = labelRole(r.periodRole(), negated);
            Set<String> conceptText = conceptTerms(concept);
            double support = Terms.coverage(r.terms(), conceptText);
            List<FactCell> cells = new ArrayList<>();
            if (!r.row().abstractRow()) {
                for (Cell cell : r.row().cells()) {
                    // a renderer toggle names the cell's own element and dimensions where they differ from the row's
                    Concept shownConcept = concept;
                    boolean shownExtension = extension;
                    if (cell.element() != null && !cell.element().equals(concept.prefix() + "_" + concept.localName())) {
                        shownConcept = namedConcept(cell.element(), def != null ? def : emptyDefinition(r));
                        shownExtension = !taxonomy.concept(shownConcept.qname()).isPresent()
                                && !PageConcepts.isStandardPrefix(shownConcept.prefix());
                        used.putIfAbsent(shownConcept.qname(), shownConcept);
                    }
                    String cellDimensions;
                    if (!cell.dimensions().isEmpty()) {
                        cellDimensions = toggleDimensions(cell.dimensions(), def != null ? def : emptyDefinition(r), used);
                    } else if (columnDimensions.containsKey(cell.column())) {
                        // a member column adds its member to the row's
                        List<Dimension> withColumn = new ArrayList<>(all);
                        for (Dimension dim : columnDimensions.get(cell.column())) {
                            withColumn.add(dim);
                            used.putIfAbsent(dim.axis().qname(), dim.axis());
                            used.putIfAbsent(dim.member().qname(), dim.member());
                        }
                        cellDimensions = dimensionKey(withColumn);
                    } else {
                        cellDimensions = dimensions;
                    }
                    cells.add(factCell(d, r, shownConcept, shownExtension, negated, cell, cellDimensions));
                }
            }
            items.add(new LineItem(r.row(), def, concept, extension, role, negated, confidence, evidence,
                    r.section(), r.terms().size(), round2(support), cells, dimension));
        }
        addEvidence(items, calculationEvidence(items));
        addEvidence(items, balanceEvidence(items, rows));
        List<CalculationArc> arcs = new ArrayList<>();
        for (CalculationArc arc : taxonomy.calculations()) {
            // an arc whose other end the taxonomy does not define (its schema was not loaded) cannot be written
            Optional<Concept> parent = taxonomy.concept(arc.parent());
            Optional<Concept> child = taxonomy.concept(arc.child());
            if ((used.containsKey(arc.parent()) || used.containsKey(arc.child()))
                    && parent.isPresent() && child.isPresent()) {
                arcs.add(arc);
                used.putIfAbsent(arc.parent(), parent.get());
                used.putIfAbsent(arc.child(), child.get());
            }
        }
        List<RollForward> rollForwards = rollForwards(d, items, rows);
        return new LinkedDisclosure(d, items, new ArrayList<>(used.values()), arcs)
                .withRollForwards(rollForwards, subtotals(items, rollForwards));
    }

    private static final String TOTAL_LABEL = "http://www.xbrl.org/2003/role/totalLabel";
    private static final Pattern TOTAL_WORDING = Pattern.compile("\\btotal\\b");
    /**
     * A balance row dated by its label, as the viewer writes the rows of a statement whose columns are members:
     * "Balance at Dec. 31, 2017", "Balance as at January 1, 2019 (after ...)", "Ending balance (in shares) at ...".
     */
    private static final Pattern DATED_BALANCE_ROW = Pattern.compile("^(?:(?:beginning|ending|opening|closing) )?"
            + "balances?(?: \\([^)]*\\))?,? (?:at|as at|as of|on) "
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b");

    /**
     * The roll-forwards a page shows. In a section (the rows under one heading), an opening and a closing balance of
     * one concept and member with the section's other rows as changes; an opening balance right before a
     * "[Roll Forward]" heading opens that heading's section (the viewer puts the balance above the heading). Rows
     * dated by their labels alone ("Balance at Dec. 31, 2017" in a statement of changes in equity whose columns are
     * components) chain: each closes the rows since the one before and opens the rows after it.
     */
    private List<RollForward> rollForwards(Disclosure d, List<LineItem> items, List<RowInfo> rows) {
        Map<Integer, Integer> sectionOf = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int s = rows.get(i).section();
            if (rows.get(i).periodRole() == PeriodRole.START && i + 1 < items.size()
                    && items.get(i + 1).row().abstractRow()
                    && ROLL_FORWARD_MARKER.matcher(items.get(i + 1).row().label()).find()) {
                s = items.get(i + 1).row().number();
            }
            sectionOf.put(i, s);
        }
        Map<Integer, List<Integer>> bySection = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).row().abstractRow()) {
                bySection.computeIfAbsent(sectionOf.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        List<RollForward> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> section : bySection.entrySet()) {
            List<Integer> members = section.getValue();
            String label = section.getKey() > 0 ? rowLabel(d, section.getKey()) : d.title();
            for (int o : members) {
                if (rows.get(o).periodRole() != PeriodRole.START) {
                    continue;
                }
                for (int c : members) {
                    if (rows.get(c).periodRole() == PeriodRole.END && sameBalance(items.get(o), items.get(c))) {
                        List<Integer> changes = members.stream()
                                .filter(x -> rows.get(x).periodRole() == null).toList();
                        out.add(rollForward(items, o, c, changes, label));
                    }
                }
            }
            List<Integer> dated = members.stream().filter(x -> rows.get(x).periodRole() == null
                    && DATED_BALANCE_ROW.matcher(items.get(x).row().label().toLowerCase(Locale.ROOT)).find()).toList();
            for (int k = 0; k + 1 < dated.size(); k++) {
                int o = dated.get(k);
                int c = dated.get(k + 1);
                List<Integer> changes = members.stream().filter(x -> x > o && x < c
                        && rows.get(x).periodRole() == null).toList();
                if (!changes.isEmpty()) {
                    out.add(rollForward(items, o, c, changes, items.get(o).row().label() + " to "
                            + items.get(c).row().label()));
                }
            }
        }
        return out;
    }

    private static String rowLabel(Disclosure d, int number) {
        return d.rows().stream().filter(r -> r.number() == number).map(Row::label).findFirst().orElse(d.title());
    }

    private static boolean sameBalance(LineItem open, LineItem close) {
        return open.concept().qname().equals(close.concept().qname())
                && java.util.Objects.equals(open.dimension(), close.dimension());
    }

    /** A roll-forward of the given indexes, leaving out changes of another kind of amount than its balance's. */
    private static RollForward rollForward(List<LineItem> items, int open, int close, List<Integer> changes,
                                           String label) {
        String kind = amountKind(items.get(open).concept());
        return new RollForward(items.get(open).row().number(), items.get(close).row().number(),
                changes.stream().filter(x -> kind == null || amountKind(items.get(x).concept()) == null
                        || kind.equals(amountKind(items.get(x).concept())))
                        .map(x -> items.get(x).row().number()).toList(), label);
    }

    /** Shares, money or a per-share amount, by the concept's item type; null where the type does not say. */
    private static String amountKind(Concept c) {
        String type = c.type() == null ? "" : c.type().toLowerCase(Locale.ROOT);
        if (type.contains("pershare")) {
            return "per share";
        }
        if (type.contains("shares")) {
            return "shares";
        }
        return type.contains("monetary") ? "money" : null;
    }

    /**
     * The changes of each roll-forward that total other changes of it, so that the roll-forward check adds the total
     * and not its parts again. A change totals the changes of its roll-forward whose concepts its concept sums by a
     * calculation arc; else the changes right before it (back to the opening balance or the previous total, at least
     * two) whose displayed amounts add up to its own in every column either shows, where it is a total row (total
     * label role, "Total" in its label) or where that holds in at least two columns that are not zero: a single
     * column's coincidence is no evidence.
     */
    private List<Subtotal> subtotals(List<LineItem> items, List<RollForward> rollForwards) {
        Map<Integer, LineItem> byRow = new HashMap<>();
        items.forEach(item -> byRow.put(item.row().number(), item));
        Map<Integer, Subtotal> out = new LinkedHashMap<>();
        for (RollForward rf : rollForwards) {
            List<LineItem> changes = rf.changes().stream().map(byRow::get)
                    .filter(item -> item.cells().stream().anyMatch(c -> c.displayedAmount() != null)).toList();
            int boundary = 0;
            for (int j = 0; j < changes.size(); j++) {
                LineItem total = changes.get(j);
                List<Integer> byCalculation = calculationParts(total, changes);
                if (!byCalculation.isEmpty()) {
                    out.putIfAbsent(total.row().number(),
                            new Subtotal(total.row().number(), byCalculation, "calculation"));
                    continue;
                }
                boolean totalRow = TOTAL_LABEL.equals(total.labelRole())
                        || TOTAL_WORDING.matcher(total.row().label().toLowerCase(Locale.ROOT)).find();
                for (int from = boundary; from <= j - 2; from++) {
                    List<LineItem> parts = changes.subList(from, j);
                    int nonZero = columnsSummed(total, parts);
                    if (nonZero >= 0 && (totalRow ? nonZero >= 1 : nonZero >= 2)) {
                        out.putIfAbsent(total.row().number(), new Subtotal(total.row().number(),
                                parts.stream().map(p -> p.row().number()).toList(),
                                totalRow ? "total label" : "numbers"));
                        boundary = j + 1;
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The changes of a section whose concepts a summation-item arc from the total's concept names. */
    private List<Integer> calculationParts(LineItem total, List<LineItem> changes) {
        Set<String> children = new HashSet<>();
        for (CalculationArc arc : taxonomy.calculationsFrom(total.concept().qname())) {
            children.add(arc.child());
        }
        List<Integer> parts = new ArrayList<>();
        for (LineItem change : changes) {
            if (change != total && children.contains(change.concept().qname())
                    && java.util.Objects.equals(change.dimension(), total.dimension())) {
                parts.add(change.row().number());
            }
        }
        return parts;
    }

    /**
     * The number of columns where the parts' displayed amounts add up to the total's and are not zero, or -1 where a
     * column that the total or a part shows does not add up.
     */
    private static int columnsSummed(LineItem total, List<LineItem> parts) {
        Map<Integer, BigDecimal> sums = new HashMap<>();
        for (LineItem part : parts) {
            for (FactCell c : part.cells()) {
                if (c.displayedAmount() != null) {
                    sums.merge(c.column(), c.displayedAmount(), BigDecimal::add);
                }
            }
        }
        Map<Integer, BigDecimal> totals = new HashMap<>();
        for (FactCell c : total.cells()) {
            if (c.displayedAmount() != null) {
                totals.put(c.column(), c.displayedAmount());
            }
        }
        Set<Integer> columns = new HashSet<>(sums.keySet());
        columns.addAll(totals.keySet());
        int nonZero = 0;
        for (int column : columns) {
            BigDecimal t = totals.getOrDefault(column, BigDecimal.ZERO);
            if (t.compareTo(sums.getOrDefault(column, BigDecimal.ZERO)) != 0) {
                return -1;
            }
            if (t.signum() != 0) {
                nonZero++;
            }
        }
        return nonZero;
    }

    private List<Evidence> rowEvidence(RowInfo r, List<DefInfo> defs, int j, Concept concept, boolean extension) {
        List<Evidence> ev = new ArrayList<>();
        if (j < 0) {
            ev.add(new Evidence("no-definition", "more rows than definitions; nothing left for this row", 0.2));
            return ev;
        }
        double text = 0;
        String bestLabel = null;
        for (Map.Entry<String, String> label : concept.labels().entrySet()) {
            double s = similarity(r.terms(), Terms.of(label.getValue()));
            if (s > text) {
                text = s;
                bestLabel = label.getValue();
            }
        }
        double byName = similarity(r.terms(), Terms.ofElementName(concept.localName()));
        if (byName > text) {
            text = byName;
            bestLabel = concept.localName();
        }
        String exact = extension ? null : exactLabel(r, concept);
        if (exact != null) {
            ev.add(new Evidence("label", "label \"" + r.row().label() + "\" is the concept's label \"" + exact + "\"",
                    0.95));
        } else if (text > 0) {
            ev.add(new Evidence("label", String.format(Locale.ROOT, "label \"%s\" %.0f%% alike to \"%s\"",
                    r.row().label(), text * 100, bestLabel), 0.9 * text));
        }
        if (r.row().abstractRow()) {
            ev.add(new Evidence("abstract", "heading row, abstract concept", 0.4));
        } else if (periodTypeOf(concept) != null && periodTypeOf(concept) == r.expected() && !extension) {
            String why = r.periodRole() != null ? "period " + r.periodRole().name().toLowerCase(Locale.ROOT)
                    + " wording: an instant balance"
                    : r.expected() == PeriodType.INSTANT
                    ? r.row().cells().size() + " of the table's columns filled: an instant balance"
                    : "a value in every duration column: a duration concept";
            ev.add(new Evidence("period-type", why, 0.3));
        }
        if (r.periodRole() != null && !r.subjectTerms().isEmpty() && !extension) {
            double subject = 0;
            for (String label : concept.labels().values()) {
                subject = Math.max(subject, similarity(r.subjectTerms(), Terms.of(label)));
            }
            if (subject > 0) {
                ev.add(new Evidence("roll-forward", String.format(Locale.ROOT,
                        "balance row of a roll-forward whose heading is %.0f%% alike to the concept's label",
                        subject * 100), 0.8 * subject));
            }
        }
        if (text == 0 && !r.row().abstractRow() && r.terms().size() > 0) {
            ev.add(new Evidence("elimination", "no label evidence; the definition no other row fits better", 0.3));
        }
        if (extension && defs.get(j).definition.documentation() != null) {
            double s = similarity(r.terms(), defs.get(j).docTerms);
            if (s > 0) {
                ev.add(new Evidence("documentation-label", String.format(Locale.ROOT,
                        "label %.0f%% alike to the definition's documentation", s * 100), 0.9 * s));
            }
        }
        return ev;
    }

    private static Concept named(Candidate c) {
        return c == null ? null : c.namedExtension();
    }

    /**
     * Why an extension was made for a row: the concepts the definition's evidence offered and why each lost (the
     * near documentation, the order of the definitions, a worse fit to this row), as evidence of no weight.
     */
    private java.util.Optional<Evidence> refusals(RowInfo r, DefInfo d) {
        List<String> reasons = new ArrayList<>();
        double extensionScore = d.candidates.stream().filter(Candidate::extension)
                .mapToDouble(c -> pairScore(r, d, c)).max().orElse(FORBIDDEN);
        d.candidates.stream().filter(c -> !c.extension())
                .map(c -> Map.entry(c, pairScore(r, d, c)))
                .sorted(Map.Entry.<Candidate, Double>comparingByValue().reversed())
                .limit(MOST_REFUSALS_SHOWN)
                .forEach(e -> reasons.add(String.format(Locale.ROOT, "%s: %s", e.getKey().concept().qname(),
                        e.getValue() <= FORBIDDEN ? "cannot be shown by this row (heading against item, or its words "
                                + "do not fit)" : String.format(Locale.ROOT, "fits the row less (%.2f against the "
                                + "extension's %.2f)", e.getValue(), extensionScore))));
        reasons.addAll(d.refused);
        if (reasons.isEmpty()) {
            return java.util.Optional.of(new Evidence("refused", "no taxonomy concept was a candidate", 0));
        }
        List<String> shown = reasons.subList(0, Math.min(MOST_REFUSALS_SHOWN, reasons.size()));
        return java.util.Optional.of(new Evidence("refused", "candidates set aside: " + String.join("; ", shown)
                + (reasons.size() > shown.size() ? "; and " + (reasons.size() - shown.size()) + " more" : ""), 0));
    }

    /** After facts exist: a calculation that holds for the linked rows adds evidence to each of them. */
    private Map<LineItem, Evidence> calculationEvidence(List<LineItem> items) {
        Map<String, LineItem> byConcept = new HashMap<>();
        for (LineItem item : items) {
            if (!item.row().abstractRow()) {
                byConcept.putIfAbsent(item.concept().qname(), item);
            }
        }
        Map<String, List<CalculationArc>> sets = new LinkedHashMap<>();
        for (CalculationArc arc : taxonomy.calculations()) {
            sets.computeIfAbsent(arc.role() + " " + arc.parent(), k -> new ArrayList<>()).add(arc);
        }
        Map<LineItem, Evidence> extra = new HashMap<>();
        for (List<CalculationArc> arcs : sets.values()) {
            LineItem parent = byConcept.get(arcs.get(0).parent());
            if (parent == null) {
                continue;
            }
            List<LineItem> children = new ArrayList<>();
            for (CalculationArc arc : arcs) {
                LineItem child = byConcept.get(arc.child());
                if (child != null) {
                    children.add(child);
                }
            }
            if (children.size() < 2) {
                continue;
            }
            int holds = 0;
            for (FactCell pc : parent.cells()) {
                if (pc.fact() == null) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                boolean complete = true;
                for (CalculationArc arc : arcs) {
                    LineItem child = byConcept.get(arc.child());
                    if (child == null) {
                        continue;
                    }
                    Optional<FactCell> cc = child.cells().stream()
                            .filter(c -> c.fact() != null && c.fact().period().equals(pc.fact().period())).findFirst();
                    if (cc.isEmpty()) {
                        complete = false;
                        break;
                    }
                    sum = sum.add(arc.weight().multiply(cc.get().fact().value()));
                }
                if (complete && sum.compareTo(pc.fact().value()) == 0) {
                    holds++;
                }
            }
            if (holds > 0) {
                Evidence e = new Evidence("calculation", parent.concept().qname() + " = Σ children holds for "
                        + holds + " period(s) with the linked rows' values", 0.5);
                extra.put(parent, e);
                children.forEach(c -> extra.put(c, e));
            }
        }
        return extra;
    }

    /**
     * In a roll-forward, a change whose balance type matches the balance's (credit into a credit allowance) adds to
     * it and shows positive; one of the opposite type (a debit write-off) takes from it and shows in parentheses.
     */
    private static Map<LineItem, Evidence> balanceEvidence(List<LineItem> items, List<RowInfo> rows) {
        Map<Integer, org.xbrllinker.taxonomy.Balance> sectionBalance = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            LineItem item = items.get(i);
            if (rows.get(i).periodRole() != null && !item.extension() && item.concept().balance() != null) {
                sectionBalance.putIfAbsent(item.section(), item.concept().balance());
            }
        }
        Map<LineItem, Evidence> extra = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            LineItem item = items.get(i);
            org.xbrllinker.taxonomy.Balance of = sectionBalance.get(item.section());
            if (of == null || rows.get(i).periodRole() != null || item.extension() || item.row().abstractRow()
                    || item.concept().balance() == null || item.cells().stream().allMatch(c -> c.displayedAmount() == null
                    || c.displayedAmount().signum() == 0)) {
                continue;
            }
            boolean increases = item.concept().balance() == of;
            boolean shownNegative = rows.get(i).mostlyNegative();
            if (increases != shownNegative) {
                extra.put(item, new Evidence("balance", String.format(Locale.ROOT,
                        "%s concept in a roll-forward of a %s balance, shown as %s", lower(item.concept().balance()),
                        lower(of), increases ? "an increase" : "a decrease (in parentheses)"), 0.3));
            }
        }
        return extra;
    }

    private static String lower(org.xbrllinker.taxonomy.Balance b) {
        return b.name().toLowerCase(Locale.ROOT);
    }

    /** Adds one more piece of evidence to the items named, raising their confidence by it. */
    private static void addEvidence(List<LineItem> items, Map<LineItem, Evidence> extra) {
        for (int i = 0; i < items.size(); i++) {
            LineItem item = items.get(i);
            Evidence e = extra.get(item);
            if (e != null) {
                List<Evidence> ev = new ArrayList<>(item.evidence());
                ev.add(e);
                double confidence = round2(1 - (1 - item.confidence()) * (1 - e.weight()));
                items.set(i, new LineItem(item.row(), item.definition(), item.concept(), item.extension(),
                        item.labelRole(), item.negated(), confidence, ev, item.section(), item.labelTerms(),
                        item.labelSupport(), item.cells(), item.dimension()));
            }
        }
    }

    /** The dimension key a toggle's {@code axis=member} element ids give, their concepts among the used ones. */
    private String toggleDimensions(List<String> pairs, Definition context, Map<String, Concept> used) {
        List<Dimension> dims = new ArrayList<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            Definition named = new Definition(context.index(), pair, null, List.of(), List.of(), List.of(), Map.of(),
                    context.location());
            Dimension dim = dimension(named);
            used.putIfAbsent(dim.axis().qname(), dim.axis());
            if (dim.member() != null) {
                used.putIfAbsent(dim.member().qname(), dim.member());
            }
            dims.add(dim);
        }
        return dimensionKey(dims);
    }

    private static Definition emptyDefinition(RowInfo r) {
        return new Definition(0, null, null, List.of(), List.of(), r.row().location());
    }

    /**
     * A shares or per-share cell the reader scaled as money (a row whose label names no unit, read where nothing gave
     * its data type, as the flattened text reads "Basic (in USD)" on a page "$ in Millions"): its amount again, with
     * the page's statement about shares ("shares in Thousands") or per-share amounts ("$ / shares in Units", else
     * none). Every other cell as it is.
     */
    private static Cell rescaled(Disclosure d, Concept concept, Cell cell) {
        if (cell.amount() == null || concept.type() == null || cell.displayed().contains("%")) {
            return cell;
        }
        String type = concept.type().substring(concept.type().indexOf(':') + 1);
        boolean perShare = type.equals("perShareItemType");
        if (!perShare && !type.equals("sharesItemType")) {
            return cell;
        }
        int wanted = perShare
                ? d.scaleStatements().entrySet().stream().filter(e -> e.getKey().contains("/"))
                        .map(Map.Entry::getValue).findFirst().orElse(0)
                : d.scaleStatements().getOrDefault("shares", 0);
        int applied = shownDecimals(cell.displayed()) - cell.decimals();
        if (applied == wanted) {
            return cell;
        }
        int by = applied - wanted;
        return new Cell(cell.column(), cell.displayed(), cell.amount().movePointLeft(by), cell.displayedNegative(),
                cell.decimals() + by, cell.columnInferred(), cell.text(), cell.location(), cell.element(),
                cell.dimensions());
    }

    /** Digits after the decimal point of a displayed amount ("$ (0.37)" gives 2). */
    private static int shownDecimals(String displayed) {
        String digits = displayed.replaceAll("[^0-9.]", "");
        int dot = digits.indexOf('.');
        return dot < 0 ? 0 : digits.length() - dot - 1;
    }

    /** The dimension key of facts qualified by these members: {@code axis=member} pairs sorted by axis, ';'-joined. */
    static String dimensionKey(List<Dimension> dimensions) {
        java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
        for (Dimension dim : dimensions) {
            sorted.putIfAbsent(dim.axis().qname(), dim.member() != null ? dim.member().qname() : dim.typedMember());
        }
        StringBuilder key = new StringBuilder();
        sorted.forEach((axis, member) -> key.append(key.length() > 0 ? ";" : "").append(axis).append('=').append(member));
        return key.toString();
    }

    private FactCell factCell(Disclosure d, RowInfo r, Concept concept, boolean extension, boolean negated, Cell cell,
                              String dimensions) {
        cell = rescaled(d, concept, cell);
        // a non-numeric concept's cell shows text even where it looks like an amount (a CIK "0000066740")
        FactValues.Kind kind = FactValues.kind(concept.type());
        boolean nonNumeric = kind == FactValues.Kind.NON_NUMERIC && !cell.isNil()
                || kind == FactValues.Kind.UNKNOWN && cell.text();
        BigDecimal shown = nonNumeric || kind == FactValues.Kind.NON_NUMERIC ? null : cell.amount();
        if (shown == null && !nonNumeric || cell.column() >= d.columns().size()
                || d.columns().get(cell.column()).date() == null) {
            return new FactCell(r.row().number(), cell.column(), cell.displayed(), shown, cell.columnInferred(),
                    null, cell.location());
        }
        ColumnHeader col = d.columns().get(cell.column());
        PeriodType type = periodTypeOf(concept) != null && !extension ? periodTypeOf(concept) : r.expected();
        Period period;
        if (!col.isDuration()) {
            period = Period.instant(col.date());
        } else {
            LocalDate start = col.start();
            if (type == PeriodType.INSTANT) {
                period = Period.instant(r.periodRole() == PeriodRole.START ? start.minusDays(1) : col.date());
            } else {
                period = Period.duration(start, col.date());
            }
        }
        Fact fact;
        if (nonNumeric) {
            FactValues.Value v = FactValues.fromDisplay(cell.displayed(), concept.type(), prefix -> taxonomy.concepts()
                    .stream().filter(c -> c.prefix().equals(prefix)).map(Concept::namespace).findFirst().orElse(null));
            fact = Fact.nonNumeric(concept, period, dimensions, v.lexical(), v.datatype());
        } else {
            BigDecimal value = negated ? cell.amount().negate() : cell.amount();
            fact = new Fact(concept, period, unitOf(concept, currencyShown(d, cell)), dimensions, value, cell.decimals());
        }
        return new FactCell(r.row().number(), cell.column(), cell.displayed(), shown, cell.columnInferred(),
                fact, cell.location());
    }

    /** ISO 4217 codes of the currency signs a cell may show beside its amount, where the sign names one currency. */
    private static final Map<String, String> CURRENCY_SIGNS = Map.ofEntries(Map.entry("€", "EUR"),
            Map.entry("£", "GBP"), Map.entry("₪", "ILS"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"),
            Map.entry("₽", "RUB"), Map.entry("₺", "TRY"), Map.entry("₱", "PHP"), Map.entry("₫", "VND"),
            Map.entry("₴", "UAH"), Map.entry("₦", "NGN"), Map.entry("฿", "THB"));
    private static final Pattern CURRENCY_SIGN = Pattern.compile("\\p{Sc}");

    /**
     * The currency of a cell: the page's, unless the cell shows the sign of another (a table of dollars and shekels
     * shows "$ 68" and "₪ 27.87" in one row under one unit line); "$" and "¥" name several currencies and keep the
     * page's, or USD where the page names none.
     */
    private static String currencyShown(Disclosure d, Cell cell) {
        String page = d.unit();
        java.util.regex.Matcher sign = CURRENCY_SIGN.matcher(cell.displayed());
        if (!sign.find()) {
            return page;
        }
        String code = CURRENCY_SIGNS.get(sign.group());
        if (code == null) {
            return page != null && page.matches("[A-Z]{3}") ? page : sign.group().equals("$") ? "USD" : page;
        }
        return code;
    }

    /** Unit of a cell's fact by the concept's type and the page's unit line ("unspecified" when the page has none). */
    private static String unitOf(Concept concept, String pageUnit) {
        if (pageUnit == null) {
            pageUnit = "unspecified";
        }
        String type = concept.type() == null ? "" : concept.type();
        if (type.contains("perShare")) {
            return pageUnit + "/shares";
        }
        if (type.contains("shares")) {
            return "shares";
        }
        if (type.contains("pure") || type.contains("percent")) {
            return "pure";
        }
        return pageUnit;
    }

    private Concept extensionConcept(Disclosure d, RowInfo r, Definition def, Set<String> usedNames) {
        StringBuilder name = new StringBuilder();
        // the name is the label's words, without the units the viewer adds ("(in shares) | shares")
        String words = UNITS_SHOWN.matcher(r.label()).replaceAll("");
        for (String word : (words.isBlank() ? r.label() : words).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
            name.insert(0, "Element");
        }
        if (r.row().abstractRow()) {
            name.append("Abstract");
        }
        String base = name.toString();
        String unique = base;
        for (int n = 2; !usedNames.add(unique); n++) {
            unique = base + n;
        }
        Map<String, String> labels = new HashMap<>();
        labels.put(LabelRoles.STANDARD, r.row().label());
        if (def != null && def.documentation() != null) {
            labels.put(LabelRoles.DOCUMENTATION, def.documentation());
        }
        // the type the row shows (per share, shares, text), else the documentation's words, else the page's currency
        String type = null;
        if (!r.row().abstractRow()) {
            type = ValueFit.typeShown(r.row());
            if (type == null && def != null) {
                type = DocumentationHints.type(def.documentation());
            }
            if (type == null && d.unit() != null && d.unit().matches("[A-Z]{3}")) {
                type = "xbrli:monetaryItemType";
            }
        }
        return new Concept(options.extensionNamespace(), options.extensionPrefix(), unique, type, null,
                r.row().abstractRow() ? PeriodType.DURATION : r.expected(), r.row().abstractRow(),
                "xbrli:item", labels, List.of());
    }

    private Set<String> conceptTerms(Concept c) {
        if (taxonomy.concept(c.qname()).orElse(null) != c) {
            return termsOf(c); // a concept of this page only (an extension): another page may reuse its name
        }
        return conceptTerms.computeIfAbsent(c.qname(), k -> termsOf(c));
    }

    private static Set<String> termsOf(Concept c) {
        List<Set<String>> parts = new ArrayList<>();
        c.labels().values().forEach(l -> parts.add(Terms.of(l)));
        parts.add(Terms.ofElementName(c.localName()));
        return Terms.union(parts);
    }

    /** Terms of each label of a concept (documentation excluded), computed once per concept. */
    private List<Set<String>> labelTerms(Concept c) {
        return labelTerms.computeIfAbsent(c.qname(), k -> {
            List<Set<String>> out = new ArrayList<>();
            for (Map.Entry<String, String> label : c.labels().entrySet()) {
                out.add(Terms.of(label.getValue()));
            }
            taxonomy.labelVariants(c.qname()).forEach(label -> out.add(Terms.of(label)));
            return out;
        });
    }

    private Set<String> nameTerms(Concept c) {
        return conceptTerms.computeIfAbsent("name " + c.qname(), k -> Terms.ofElementName(c.localName()));
    }

    /** Terms of every documentation the taxonomy knows for the concept, computed once per concept. */
    private List<Set<String>> termsOfDocumentations(Concept c) {
        return documentationTerms.computeIfAbsent(c.qname(), k -> {
            List<Set<String>> out = new ArrayList<>();
            for (String doc : taxonomy.documentations(c.qname())) {
                out.add(Terms.of(doc));
            }
            return out;
        });
    }

    /** A monetary concept with a balance type whose name does not say it may go either way. */
    static boolean nonNegative(Concept c) {
        return c.balance() != null && c.type() != null && c.type().contains("monetary")
                && !SIGNED_NAME.matcher(c.localName()).find();
    }

    private static String labelRole(PeriodRole role, boolean negated) {
        if (role == PeriodRole.START) {
            return negated ? LabelRoles.NEGATED_PERIOD_START : LabelRoles.PERIOD_START;
        }
        if (role == PeriodRole.END) {
            return negated ? LabelRoles.NEGATED_PERIOD_END : LabelRoles.PERIOD_END;
        }
        return negated ? LabelRoles.NEGATED : LabelRoles.STANDARD;
    }

    private static double noisyOr(Collection<Evidence> evidence) {
        double none = 1;
        for (Evidence e : evidence) {
            none *= 1 - Math.max(0, Math.min(1, e.weight()));
        }
        return 1 - none;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * The element id an anchored definition sorts by: its concept's, or the extension element the page names (an
     * anchored candidate of a named extension has no taxonomy concept); null when the definition anchors nothing.
     */
    private static String anchorId(DefInfo info) {
        if (!info.anchored || info.candidates.isEmpty() || MemberRows.isMemberDefinition(info.definition)) {
            return null; // the viewer lists member definitions after the others, in the rows' order
        }
        Candidate first = info.candidates.get(0);
        Concept concept = first.concept() != null ? first.concept() : first.namedExtension();
        return concept == null ? null : elementId(concept);
    }

    private static String elementId(Concept c) {
        return c.prefix() + "_" + c.localName();
    }

    private static String normalize(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String shortRoles(List<String> roles) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : roles) {
            out.add(r.substring(r.lastIndexOf('/') + 1));
        }
        return String.join(", ", out);
    }
}
