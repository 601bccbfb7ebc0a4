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
        Map<String, Concept> concepts = new LinkedHashMap<>();
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
            Map<String, String> labels = new LinkedHashMap<>();
            for (Row r : d.rows()) {
                if (r.elementName() != null) {
                    labels.putIfAbsent(r.elementName(), r.label());
                }
            }
            for (Definition def : d.definitions()) {
                String element = def.elementName();
                if (element == null || element.contains("=") || !element.contains("_")) {
                    continue;
                }
                String qname = element.replaceFirst("_", ":");
                Concept c = PageConcepts.fromDefinition(def, qname, Taxonomy.of(concepts.values(), List.of(), List.of()));
                String label = labels.get(element);
                if (label != null) {
                    Map<String, String> all = new LinkedHashMap<>(c.labels());
                    all.putIfAbsent(LabelRoles.STANDARD, label);
                    c = new Concept(c.namespace(), c.prefix(), c.localName(), c.type(), c.balance(), c.periodType(),
                            c.abstractConcept(), c.substitutionGroup(), all, c.references());
                }
                concepts.putIfAbsent(qname, c);
            }
        }
        if (concepts.isEmpty()) {
            throw new TaxonomyException(SourceLocation.of(path.toString(), 0),
                    "expected R pages with hidden definitions (table.authRefData), found none");
        }
        return Taxonomy.of(concepts.values(), List.of(), List.of(path.toString()));
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
