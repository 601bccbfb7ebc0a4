package org.xbrllinker.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One entry point for every form of taxonomy input. Python over Apple's files: the 450 MetaLinks tags are exactly the
 * 450 concepts the extension's _lab/_pre/_cal locate; the 96 MetaLinks calculation arcs are all among the 106 of
 * aapl-20250329_cal.xml (numerically equal weight and order), which adds 10 (a second parent in one role).
 */
class TaxonomySourcesTest {

    private static final Path APPLE = SharedData.root().resolve("filings").resolve("aapl-0000320193-25-000057");

    @Test
    void metaLinksByItsExtension() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        Taxonomy t = loader.load(List.of(APPLE.resolve("MetaLinks.json")));
        assertEquals(450, t.size());
        assertEquals(96, t.calculations().size());
        assertEquals(List.of(), loader.warnings());
        assertEquals(List.of(APPLE.resolve("MetaLinks.json").toString()), t.sources());
    }

    @Test
    void extensionAndMetaLinksTogether() throws TaxonomyException {
        TaxonomyLoader loader = new TaxonomyLoader();
        Taxonomy t = loader.load(List.of(APPLE.resolve("MetaLinks.json"), APPLE.resolve("aapl-20250329.xsd")));

        assertEquals(450, t.size());
        assertEquals(106, t.calculations().size(), "MetaLinks' 96 arcs are the linkbase's, kept once");
        assertEquals(486, t.presentations().size());
        assertEquals(4, loader.warnings().size(), "the four remote schemas, as for the extension alone");

        // MetaLinks knows what the remote US-GAAP schema would have said; the extension adds nothing it lacks here
        Concept receivables = t.concept("us-gaap:AccountsReceivableNetCurrent").orElseThrow();
        assertEquals("monetaryItemType", receivables.type());
        assertEquals(Balance.DEBIT, receivables.balance());
        assertEquals(1, receivables.references().size());
        assertEquals("Accounts receivable, net", receivables.label(LabelRoles.TERSE));
        // the extension schema's declaration fills what MetaLinks lacks: period type and substitution group
        Concept notes = t.concept("aapl:A0.000Notesdue2025Member").orElseThrow();
        assertEquals(PeriodType.DURATION, notes.periodType());
        assertEquals("xbrli:item", notes.substitutionGroup());
        assertTrue(notes.abstractConcept());
        assertEquals(List.of(APPLE.resolve("aapl-20250329.xsd").toString(), APPLE.resolve("aapl-20250329_pre.xml").toString(),
                APPLE.resolve("aapl-20250329_def.xml").toString(), APPLE.resolve("aapl-20250329_lab.xml").toString(),
                APPLE.resolve("aapl-20250329_cal.xml").toString(), APPLE.resolve("MetaLinks.json").toString()), t.sources());
    }

    @Test
    void anotherSourcePlugsIn(@TempDir Path dir) throws IOException, TaxonomyException {
        Path page = Files.writeString(dir.resolve("R2.txt"), "a rendered page");
        TaxonomySource pages = new TaxonomySource() {
            @Override
            public boolean supports(Path path) {
                return path.toString().endsWith(".txt");
            }

            @Override
            public Taxonomy load(Path path, List<String> warnings) {
                warnings.add(path + ":1: read by the test source");
                return Taxonomy.of(List.of(new Concept("urn:x", "x", "Widgets", null, null, null, false, null,
                        Map.of(LabelRoles.STANDARD, "Widgets"), List.of())), List.of(), List.of(path.toString()));
            }
        };
        TaxonomyLoader loader = new TaxonomyLoader(List.of(pages));
        Taxonomy t = loader.load(List.of(page));
        assertEquals(List.of("x:Widgets"), t.concepts().stream().map(Concept::qname).toList());
        assertEquals(List.of(page + ":1: read by the test source"), loader.warnings());
    }
}
