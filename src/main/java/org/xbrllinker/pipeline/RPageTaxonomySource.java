package org.xbrllinker.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.xbrllinker.link.PageConcepts;
import org.xbrllinker.parse.Definition;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.Row;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.Concept;
import org.xbrllinker.taxonomy.LabelRoles;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyException;
import org.xbrllinker.taxonomy.TaxonomySource;

/**
 * SEC HTML R pages (a page, or a folder of them) as concept metadata: each hidden definition gives an element's
 * name, documentation, references with their parts, data type, balance and period type, and the row that shows it a
 * label. The pages do not give namespaces: concepts get {@code urn:xbrl-linker:prefix:<prefix>} unless a taxonomy
 * loaded before them in the same run knows the prefix, so pass MetaLinks.json or the schemas first where there are any.
 */
public final class RPageTaxonomySource implements TaxonomySource {

    private final HtmlRPageParser parser = new HtmlRPageParser();

    @Override
    public boolean supports(Path path) {
        if (Files.isDirectory(path)) {
            return !Files.exists(path.resolve("META-INF/catalog.xml")) && !pages(path).isEmpty();
        }
        return isPage(path);
    }

    @Override
    public Taxonomy load(Path path, List<String> warnings) throws TaxonomyException {
        Taxonomy all = null;
        List<Path> pages = Files.isDirectory(path) ? pages(path) : List.of(path);
        for (Path page : pages) {
            Disclosure d;
            try {
                d = parser.parse(page);
            } catch (InputException e) {
                if (pages.size() == 1) {
                    throw new TaxonomyException(e.location(), e.problem(), e);
                }
                warnings.add(e.getMessage());
                continue;
            }
            Taxonomy one = page(d, all);
            // each page's wording is kept: the merge keeps the other pages' labels and documentation as variants
            all = all == null ? one : all.merge(one);
        }
        if (all == null || all.size() == 0) {
            throw new TaxonomyException(SourceLocation.of(path.toString(), 0),
                    "expected R pages with hidden definitions (table.authRefData), found none");
        }
        return all;
    }

    /**
     * The concepts one page describes: each element's definition, its first row's label as the standard label and
     * the labels of its other rows (an opening and a closing balance) as variants.
     */
    private static Taxonomy page(Disclosure d, Taxonomy before) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (Row r : d.rows()) {
            if (r.elementName() != null) {
                List<String> shown = labels.computeIfAbsent(r.elementName(), k -> new ArrayList<>());
                if (!shown.contains(r.label())) {
                    shown.add(r.label());
                }
            }
        }
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (Definition def : d.definitions()) {
            String element = def.elementName();
            if (element == null || element.contains("=") || !element.contains("_")) {
                continue;
            }
            String qname = element.replaceFirst("_", ":");
            List<Concept> known = new ArrayList<>(concepts.values());
            if (before != null) {
                known.addAll(before.concepts());
            }
            Concept c = PageConcepts.fromDefinition(def, qname, Taxonomy.of(known, List.of(), List.of()));
            List<String> shown = labels.getOrDefault(element, List.of());
            if (!shown.isEmpty()) {
                Map<String, String> all = new LinkedHashMap<>(c.labels());
                all.putIfAbsent(LabelRoles.STANDARD, shown.get(0));
                c = new Concept(c.namespace(), c.prefix(), c.localName(), c.type(), c.balance(), c.periodType(),
                        c.abstractConcept(), c.substitutionGroup(), all, c.references());
                if (shown.size() > 1) {
                    variants.put(qname, shown.subList(1, shown.size()));
                }
            }
            concepts.putIfAbsent(qname, c);
        }
        return Taxonomy.of(concepts.values(), List.of(), List.of(d.source())).withLabelVariants(variants);
    }

    private static boolean isPage(Path f) {
        String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".htm") || name.endsWith(".html")) || !Files.isRegularFile(f)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(f)) {
            return new String(in.readNBytes(1 << 20), java.nio.charset.StandardCharsets.UTF_8).contains("authRefData");
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> pages(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(RPageTaxonomySource::isPage).sorted().toList());
        } catch (IOException e) {
            return List.of();
        }
    }
}
