package org.xbrllinker.taxonomy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xbrllinker.parse.SourceLocation;

/**
 * Reads the SEC renderer's {@code MetaLinks.json} into a {@link Taxonomy}, and its report list into
 * {@link MetaLinksReport}s.
 * <ul>
 * <li>Concepts come from the {@code tag} map ({@code prefix_LocalName}): namespace {@code nsuri}, local name
 *     {@code localname}, type {@code xbrltype} as MetaLinks writes it (a local name such as "monetaryItemType", without
 *     the prefix a schema would give), balance {@code crdr}, period type when a {@code periodType} is given (MetaLinks
 *     2.2 gives none), and labels by role from {@code lang.en-us.role} (short names mapped to role URIs). MetaLinks says
 *     nothing of abstractness or substitution groups: {@code abstractConcept} follows the style guides' naming rule
 *     (see {@link LabelRoleNames#abstractByName}), the substitution group is null.</li>
 * <li>References: each {@code auth_ref} id resolved in {@code std_ref}; the entry's {@code role} is the reference role,
 *     every other member a part, in the order the file gives them.</li>
 * <li>Calculations: {@code calculation} gives per role the tag's parent, weight and order, so a concept is the child of
 *     at most one parent per role there; a calculation linkbase that sums one concept into two totals of one role says
 *     more than MetaLinks can (Apple's 10-Q: 106 arcs in the linkbase, 96 in MetaLinks). Roots carry no arc.</li>
 * <li>{@code presentation} lists only the roles a tag is shown in, no parent or order: no presentation arcs come from
 *     MetaLinks (read the extension's presentation linkbase for those).</li>
 * <li>A filing with several instances has a {@code tag} map in each; a tag repeated in a later one replaces the
 *     earlier, and equal arcs are kept once.</li>
 * </ul>
 * Malformed JSON is a {@link TaxonomyException} at its line and column; a reference id missing from {@code std_ref}, an
 * unknown label role or balance is a warning at the line of the tag. Not thread-safe: {@link #reports()} and
 * {@link #warnings()} belong to the most recent load.
 */
public final class MetaLinksLoader implements TaxonomySource {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private record Tag(String key, int line, JsonNode node) {
    }

    private List<MetaLinksReport> reports = List.of();
    private List<String> warnings = List.of();

    /** The concepts, references and calculation arcs of one MetaLinks.json. */
    public Taxonomy load(Path file) throws TaxonomyException {
        String display = file.toString();
        List<Tag> tags = new ArrayList<>();
        Map<String, JsonNode> stdRef = new LinkedHashMap<>();
        List<MetaLinksReport> reportList = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            p.setCodec(MAPPER);
            expect(p, p.nextToken(), JsonToken.START_OBJECT, display, "a JSON object");
            boolean sawInstance = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "instance" -> {
                        sawInstance = true;
                        expect(p, value, JsonToken.START_OBJECT, display, "\"instance\" to be an object");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            expect(p, p.nextToken(), JsonToken.START_OBJECT, display, "each instance to be an object");
                            readInstance(p, display, tags, reportList);
                        }
                    }
                    case "std_ref" -> {
                        expect(p, value, JsonToken.START_OBJECT, display, "\"std_ref\" to be an object");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String id = p.currentName();
                            p.nextToken();
                            stdRef.put(id, p.readValueAsTree());
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!sawInstance) {
                throw new TaxonomyException(SourceLocation.of(display, 0), "expected an \"instance\" member (a MetaLinks.json)");
            }
        } catch (JsonProcessingException e) {
            throw new TaxonomyException(located(display, e), "expected well-formed JSON: " + e.getOriginalMessage(), e);
        } catch (NoSuchFileException e) {
            throw new TaxonomyException(SourceLocation.of(display, 0), "expected a MetaLinks.json; nothing is there", e);
        } catch (IOException e) {
            throw new TaxonomyException(SourceLocation.of(display, 0), "expected a readable file: " + e, e);
        }

        List<Concept> concepts = new ArrayList<>();
        List<CalculationArc> arcs = new ArrayList<>();
        for (Tag tag : tags) {
            Concept c = concept(tag, stdRef, display, found);
            if (c != null) {
                concepts.add(c);
                calculations(tag, c, arcs, display, found);
            }
        }
        reports = List.copyOf(reportList);
        warnings = List.copyOf(found);
        // a filing with several instances repeats a shared tag, and its arcs, in each
        return Taxonomy.of(concepts, List.copyOf(new LinkedHashSet<>(arcs)), List.of(display));
    }

    /** A file whose name ends in {@code .json}. */
    @Override
    public boolean supports(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public Taxonomy load(Path path, List<String> warnings) throws TaxonomyException {
        Taxonomy t = load(path);
        warnings.addAll(this.warnings);
        return t;
    }

    /** The R pages of the most recent load, in file order. */
    public List<MetaLinksReport> reports() {
        return reports;
    }

    /** Warnings of the most recent load, each starting with the file and line it concerns. */
    public List<String> warnings() {
        return warnings;
    }

    private static void readInstance(JsonParser p, String display, List<Tag> tags, List<MetaLinksReport> reports)
            throws IOException, TaxonomyException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("tag".equals(field)) {
                expect(p, value, JsonToken.START_OBJECT, display, "\"tag\" to be an object");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken start = p.nextToken();
                    int line = p.currentTokenLocation().getLineNr();
                    expect(p, start, JsonToken.START_OBJECT, display, "tag " + key + " to be an object");
                    tags.add(new Tag(key, line, p.readValueAsTree()));
                }
            } else if ("report".equals(field)) {
                expect(p, value, JsonToken.START_OBJECT, display, "\"report\" to be an object");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String id = p.currentName();
                    JsonToken start = p.nextToken();
                    expect(p, start, JsonToken.START_OBJECT, display, "report " + id + " to be an object");
                    reports.add(report(id, p.readValueAsTree()));
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static Concept concept(Tag tag, Map<String, JsonNode> stdRef, String display, List<String> warnings) {
        JsonNode n = tag.node();
        SourceLocation at = SourceLocation.of(display, tag.line());
        String local = text(n, "localname");
        String namespace = text(n, "nsuri");
        if (local == null || namespace == null) {
            warnings.add(at + ": expected \"localname\" and \"nsuri\" for tag " + tag.key() + "; tag skipped");
            return null;
        }
        String prefix;
        if (tag.key().endsWith("_" + local) && tag.key().length() > local.length() + 1) {
            prefix = tag.key().substring(0, tag.key().length() - local.length() - 1);
        } else {
            warnings.add(at + ": expected the tag key " + tag.key() + " to be prefix_" + local + "; tag skipped");
            return null;
        }
        Balance balance = null;
        String crdr = text(n, "crdr");
        if (crdr != null) {
            switch (crdr) {
                case "debit" -> balance = Balance.DEBIT;
                case "credit" -> balance = Balance.CREDIT;
                default -> warnings.add(at + ": expected crdr debit or credit for " + tag.key() + ", found \"" + crdr + "\"");
            }
        }
        PeriodType periodType = null;
        String pt = text(n, "periodType");
        if (pt != null) {
            switch (pt) {
                case "instant" -> periodType = PeriodType.INSTANT;
                case "duration" -> periodType = PeriodType.DURATION;
                default -> warnings.add(at + ": expected periodType instant or duration for " + tag.key()
                        + ", found \"" + pt + "\"");
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        JsonNode lang = n.path("lang");
        for (Map.Entry<String, JsonNode> language : lang.properties()) {
            if (!language.getKey().toLowerCase(Locale.ROOT).startsWith("en")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> role : language.getValue().path("role").properties()) {
                String uri = LabelRoleNames.uri(role.getKey());
                if (uri == null) {
                    warnings.add(at + ": expected a known label role for " + tag.key() + ", found \"" + role.getKey()
                            + "\"; label skipped");
                } else if (role.getValue().isTextual()) {
                    labels.putIfAbsent(uri, role.getValue().asText());
                }
            }
        }
        List<Reference> references = new ArrayList<>();
        for (JsonNode id : n.path("auth_ref")) {
            JsonNode ref = stdRef.get(id.asText());
            if (ref == null) {
                warnings.add(at + ": expected reference " + id.asText() + " of " + tag.key() + " in \"std_ref\"; skipped");
                continue;
            }
            Map<String, String> parts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> part : ref.properties()) {
                if (!part.getKey().equals("role")) {
                    parts.put(part.getKey(), part.getValue().asText());
                }
            }
            String role = text(ref, "role");
            references.add(new Reference(role == null ? "http://www.xbrl.org/2003/role/reference" : role, parts));
        }
        String type = text(n, "xbrltype");
        return new Concept(namespace, prefix, local, type, balance, periodType,
                "domainItemType".equals(type) || LabelRoleNames.abstractByName(local), null, labels, references);
    }

    private static void calculations(Tag tag, Concept child, List<CalculationArc> arcs, String display,
                                     List<String> warnings) {
        for (Map.Entry<String, JsonNode> e : tag.node().path("calculation").properties()) {
            JsonNode calc = e.getValue();
            String parentTag = text(calc, "parentTag");
            if (parentTag == null) {
                continue; // a root of the role's tree
            }
            int underscore = parentTag.indexOf('_');
            if (underscore <= 0 || !calc.path("weight").isNumber()) {
                warnings.add(SourceLocation.of(display, tag.line()) + ": expected a parentTag prefix_LocalName and a numeric "
                        + "weight in role " + e.getKey() + " of " + tag.key() + "; arc skipped");
                continue;
            }
            BigDecimal order = calc.path("order").isNumber() ? calc.path("order").decimalValue() : BigDecimal.ONE;
            arcs.add(new CalculationArc(e.getKey(), parentTag.substring(0, underscore) + ":" + parentTag.substring(underscore + 1),
                    child.qname(), calc.path("weight").decimalValue(), order));
        }
    }

    private static MetaLinksReport report(String id, JsonNode n) {
        int order;
        try {
            order = Integer.parseInt(n.path("order").asText("0").strip());
        } catch (NumberFormatException e) {
            order = 0;
        }
        return new MetaLinksReport(id, n.path("role").asText(""), n.path("longName").asText(""),
                n.path("shortName").asText(""), n.path("isDefault").asText("false").equals("true"),
                n.path("groupType").asText(""), n.path("subGroupType").asText(""), n.path("menuCat").asText(""), order,
                anchor(n.get("firstAnchor")), anchor(n.get("uniqueAnchor")));
    }

    private static MetaLinksReport.Anchor anchor(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        return new MetaLinksReport.Anchor(text(n, "name"), text(n, "contextRef"), text(n, "unitRef"), text(n, "decimals"),
                n.path("xsiNil").asText("false").equals("true"), text(n, "lang"), text(n, "baseRef"));
    }

    /** A member's text, null when absent or JSON null. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void expect(JsonParser p, JsonToken found, JsonToken wanted, String display, String what)
            throws TaxonomyException {
        if (found != wanted) {
            var at = p.currentTokenLocation();
            throw new TaxonomyException(new SourceLocation(display, at.getLineNr(), at.getColumnNr()),
                    "expected " + what + ", found " + (found == null ? "the end of the file" : found.asString() == null
                            ? found.name() : "\"" + found.asString() + "\""));
        }
    }

    private static SourceLocation located(String display, JsonProcessingException e) {
        var at = e.getLocation();
        return at == null ? SourceLocation.of(display, 0) : new SourceLocation(display, at.getLineNr(), at.getColumnNr());
    }
}
