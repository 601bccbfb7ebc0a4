package org.xbrllinker.taxonomy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xbrllinker.parse.SourceLocation;

/**
 * Reads XBRL taxonomies (element schemas; label, reference, calculation and presentation linkbases; taxonomy packages;
 * and, through {@link TaxonomySource}s, the SEC's MetaLinks.json) into a {@link Taxonomy}. Documents are found by
 * following {@code linkbaseRef}s, schema imports and locators, each mapped through the taxonomy package catalogs; only
 * local files and class-path resources are ever opened, never the network.
 * A document that cannot be found is a warning; a document that cannot be parsed, or carries a DOCTYPE, is a
 * {@link TaxonomyException}. Not thread-safe: {@link #warnings()} belongs to the most recent load.
 *
 * <p><b>Concepts known only by their locators.</b> A company extension points at US-GAAP, DEI and SRT by their published
 * addresses, which are never fetched. Each such schema is one warning; the concepts the loaded linkbases locate in it
 * (for instance {@code https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_AccountsReceivableNetCurrent})
 * still become {@link Concept}s when some loaded schema imports that address with a namespace: the namespace is the
 * import's, the prefix and local name come from the {@code #prefix_LocalName} fragment, and the labels and references
 * are the ones the loaded linkbases give (the extension's own terse, negated or total labels, say). Everything only the
 * absent schema could say is unknown: type, balance, period type and substitution group are null, and
 * {@code abstractConcept} follows the style guides' naming rule (names ending in Abstract, RollForward, Table, Axis,
 * Domain, Member or LineItems are abstract), so that the linker can still match headings. When a copy of the schema is loaded after all (a package, or a catalog mapping its
 * address), its declarations are used instead. A locator into an absent schema whose namespace no import gives keeps
 * only the name its fragment gives (arcs still load; labels and references are dropped with one warning per schema).
 */
public final class TaxonomyLoader {

    /** Class-path folder of the bundled US-GAAP 2021 subset (a taxonomy package). */
    public static final String BUNDLED_PACKAGE = "taxonomy/us-gaap-2021-subset/";

    private static final String TAXONOMY_PACKAGE_NS_2016 = "http://xbrl.org/2016/taxonomy-package";

    /** XBRL International's own schemas (instance, linkbase, DTR types, ...) declare no concepts: not being local is fine. */
    private static final List<String> CORE_PREFIXES = List.of(
            "http://www.xbrl.org/", "https://www.xbrl.org/", "http://xbrl.org/", "https://xbrl.org/");

    private static Taxonomy bundled;

    private final List<TaxonomySource> sources;
    private List<String> warnings = List.of();

    /** A loader that also reads MetaLinks.json files ({@link #defaultSources()}). */
    public TaxonomyLoader() {
        this(defaultSources());
    }

    /** A loader that hands every input one of {@code sources} supports (the first that does) to that source. */
    public TaxonomyLoader(List<TaxonomySource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The sources besides XBRL documents every default loader has: {@link MetaLinksLoader} for {@code .json}. */
    public static List<TaxonomySource> defaultSources() {
        return List.of(new MetaLinksLoader());
    }

    /**
     * Loads schemas ({@code .xsd}), linkbases ({@code .xml}), catalogs and folders. A folder contributes every schema and
     * linkbase below it and every {@code META-INF/catalog.xml} in it; a file or folder inside a taxonomy package also uses
     * the catalog of the package around it. An {@code .xml} file whose root is an OASIS {@code catalog} is read as one more
     * catalog for the whole load: that is how a copy of a published taxonomy that ships without
     * {@code META-INF/catalog.xml} (the partial US-GAAP 2020 folder, say) is put in place of its published address, with
     * a {@code rewriteURI uriStartString="http://xbrl.fasb.org/us-gaap/2020/"} entry whose {@code rewritePrefix} names the
     * folder (relative to the catalog file, or an absolute {@code file:} URI).
     * <p>
     * An input one of this loader's {@link TaxonomySource}s supports ({@code .json}: a MetaLinks.json, by default) is
     * read by that source instead. The XBRL inputs are read together as one DTS first; each other source's taxonomy is
     * then merged over it in the order given ({@link Taxonomy#merge}: the source wins field by field, the DTS fills the
     * gaps, equal arcs are kept once).
     */
    public Taxonomy load(List<Path> paths) throws TaxonomyException {
        Run run = new Run();
        try {
            List<Taxonomy> others = new ArrayList<>();
            for (Path given : paths) {
                TaxonomySource source = sources.stream().filter(s -> s.supports(given)).findFirst().orElse(null);
                if (source != null) {
                    others.add(source.load(given, run.warnings));
                } else {
                    run.addInput(given);
                }
            }
            Taxonomy result = run.finish();
            for (Taxonomy other : others) {
                result = result.merge(other);
            }
            return result;
        } finally {
            warnings = List.copyOf(run.warnings);
        }
    }

    /**
     * Loads a taxonomy package from its root folder (a {@code file:} or {@code jar:} address ending in "/"): the entry
     * points its {@code META-INF/taxonomyPackage.xml} names, mapped through its {@code META-INF/catalog.xml}, and every
     * document they lead to.
     */
    public Taxonomy loadPackage(URI packageRoot) throws TaxonomyException {
        return loadPackage(packageRoot, null);
    }

    /** Loads the bundled US-GAAP 2021 subset from the class path (a folder or a jar), reporting its warnings. */
    public Taxonomy loadBundled() throws TaxonomyException {
        URL tp = TaxonomyLoader.class.getClassLoader().getResource(BUNDLED_PACKAGE + "META-INF/taxonomyPackage.xml");
        if (tp == null) {
            throw new TaxonomyException(SourceLocation.of("classpath:" + BUNDLED_PACKAGE, 0),
                    "expected the bundled taxonomy package on the class path");
        }
        try {
            URI root = Uris.resolve(tp.toURI(), "../");
            return loadPackage(root, "classpath:" + BUNDLED_PACKAGE);
        } catch (URISyntaxException e) {
            throw new TaxonomyException(SourceLocation.of("classpath:" + BUNDLED_PACKAGE, 0),
                    "expected a class-path address that is a URI: " + tp, e);
        }
    }

    /** The bundled US-GAAP 2021 subset, read once; an unreadable bundle is a packaging fault, hence unchecked. */
    public static synchronized Taxonomy bundled() {
        if (bundled == null) {
            try {
                bundled = new TaxonomyLoader().loadBundled();
            } catch (TaxonomyException e) {
                throw new IllegalStateException("the bundled taxonomy cannot be read: " + e.getMessage(), e);
            }
        }
        return bundled;
    }

    /** Warnings of the most recent load, each starting with the file and line it concerns. */
    public List<String> warnings() {
        return warnings;
    }

    private Taxonomy loadPackage(URI packageRoot, String displayPrefix) throws TaxonomyException {
        Run run = new Run();
        try {
            URI root = Uris.canonical(packageRoot);
            if (!root.toString().endsWith("/")) {
                root = URI.create(root + "/");
            }
            run.prefixRoots.put(root.toString(), displayPrefix == null ? root.toString() : displayPrefix);
            URI catalog = Uris.resolve(root, "META-INF/catalog.xml");
            if (exists(catalog)) {
                run.catalog.read(catalog, run.display(catalog), run.warnings);
            }
            URI tp = Uris.resolve(root, "META-INF/taxonomyPackage.xml");
            List<String> entryPoints = entryPoints(tp, run.display(tp));
            if (entryPoints.isEmpty()) {
                throw new TaxonomyException(SourceLocation.of(run.display(tp), 0),
                        "expected at least one tp:entryPointDocument");
            }
            for (String href : entryPoints) {
                SourceLocation at = SourceLocation.of(run.display(tp), 0);
                URI target = run.locate(tp, href, at);
                if (target != null) {
                    run.enqueue(target, at, true);
                }
            }
            return run.finish();
        } catch (URISyntaxException e) {
            throw new TaxonomyException(SourceLocation.of(String.valueOf(packageRoot), 0),
                    "expected a package root address that is a URI", e);
        } finally {
            warnings = List.copyOf(run.warnings);
        }
    }

    private static boolean exists(URI uri) {
        try (InputStream in = Uris.open(uri)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The entry-point hrefs of a taxonomy package description (local names only, so 2015 drafts read too). */
    private static List<String> entryPoints(URI tp, String display) throws TaxonomyException {
        List<String> hrefs = new ArrayList<>();
        try (InputStream in = Uris.open(tp)) {
            XMLStreamReader r = XmlInput.open(in, tp.toString());
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw XmlInput.doctypeRefused(display, r);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && "entryPointDocument".equals(r.getLocalName())) {
                        String href = r.getAttributeValue(null, "href");
                        if (href != null) {
                            hrefs.add(href);
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(display, e);
        } catch (IOException e) {
            throw new TaxonomyException(SourceLocation.of(display, 0),
                    "expected META-INF/taxonomyPackage.xml (" + TAXONOMY_PACKAGE_NS_2016 + ") in the taxonomy package", e);
        }
        return hrefs;
    }

    private static boolean isCore(URI uri) {
        String s = uri.toString();
        for (String prefix : CORE_PREFIXES) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** One load: the documents found so far, the queue still to read, the catalog, and the warnings. */
    private static final class Run {

        private record Pending(URI uri, SourceLocation from, boolean explicit) {
        }

        private record FileRoot(Path absolute, Path given) {
        }

        final Catalog catalog = new Catalog();
        final List<String> warnings = new ArrayList<>();
        final Map<String, String> prefixRoots = new LinkedHashMap<>();
        private final List<FileRoot> fileRoots = new ArrayList<>();
        private final Set<URI> seen = new HashSet<>();
        private final Set<Path> catalogsRead = new HashSet<>();
        private final Deque<Pending> queue = new ArrayDeque<>();
        private final List<TaxonomyDocument> documents = new ArrayList<>();
        private final Set<URI> unavailable = new HashSet<>();
        private final DocumentParser parser = new DocumentParser(this::locate, warnings);

        void addInput(Path given) throws TaxonomyException {
            Path absolute = given.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new TaxonomyException(SourceLocation.of(given.toString(), 0),
                        "expected a schema (.xsd), a linkbase (.xml) or a folder; nothing is there");
            }
            boolean folder = Files.isDirectory(absolute);
            fileRoots.add(folder ? new FileRoot(absolute, given)
                    : new FileRoot(absolute.getParent(), given.getParent() == null ? Path.of("") : given.getParent()));
            readEnclosingCatalog(folder ? absolute : absolute.getParent());
            if (!folder) {
                String name = absolute.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".xsd") && !name.endsWith(".xml")) {
                    throw new TaxonomyException(SourceLocation.of(given.toString(), 0),
                            "expected a schema (.xsd), a linkbase (.xml) or a folder");
                }
                if (name.endsWith(".xml") && Catalog.isCatalog(absolute.toUri(), given.toString())) {
                    readCatalog(absolute);
                    return;
                }
                enqueue(absolute.toUri(), SourceLocation.of(given.toString(), 0), true);
                return;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(absolute)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new TaxonomyException(SourceLocation.of(given.toString(), 0), "expected a readable folder: " + e, e);
            }
            for (Path file : files) {
                if (file.getParent().getFileName() != null && file.getParent().getFileName().toString().equals("META-INF")) {
                    if (file.getFileName().toString().equals("catalog.xml")) {
                        readCatalog(file);
                    }
                }
            }
            for (Path file : files) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean inMetaInf = file.getParent().getFileName() != null
                        && file.getParent().getFileName().toString().equals("META-INF");
                if (!inMetaInf && (name.endsWith(".xsd") || name.endsWith(".xml"))) {
                    enqueue(file.toUri(), SourceLocation.of(given.toString(), 0), false);
                }
            }
        }

        /** The catalog of the taxonomy package this folder lies in, if any (the nearest META-INF/catalog.xml up the tree). */
        private void readEnclosingCatalog(Path folder) throws TaxonomyException {
            for (Path dir = folder; dir != null; dir = dir.getParent()) {
                Path catalogFile = dir.resolve("META-INF").resolve("catalog.xml");
                if (Files.isRegularFile(catalogFile)) {
                    readCatalog(catalogFile);
                    return;
                }
            }
        }

        private void readCatalog(Path catalogFile) throws TaxonomyException {
            if (catalogsRead.add(catalogFile)) {
                URI uri = catalogFile.toUri();
                catalog.read(uri, display(uri), warnings);
            }
        }

        URI locate(URI base, String href, SourceLocation at) {
            try {
                return catalog.map(Uris.resolve(base, href));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // IllegalArgumentException: an address no file can have ("file:x.xsd", not hierarchical)
                warnings.add(at + ": expected a URI, found \"" + href + "\"; not followed");
                return null;
            }
        }

        void enqueue(URI uri, SourceLocation from, boolean explicit) {
            if (seen.add(uri)) {
                queue.add(new Pending(uri, from, explicit));
            }
        }

        String display(URI uri) {
            String s = uri.toString();
            String best = null;
            for (String prefix : prefixRoots.keySet()) {
                if (s.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
            if (best != null) {
                return prefixRoots.get(best) + s.substring(best.length());
            }
            if (!"file".equals(uri.getScheme())) {
                return s;
            }
            Path path = Path.of(uri);
            FileRoot root = null;
            for (FileRoot r : fileRoots) {
                if (path.startsWith(r.absolute()) && (root == null || r.absolute().getNameCount() > root.absolute().getNameCount())) {
                    root = r;
                }
            }
            if (root == null && !fileRoots.isEmpty()) {
                root = fileRoots.get(0);
            }
            if (root == null) {
                return path.toString();
            }
            Path relative;
            try {
                relative = root.absolute().relativize(path);
            } catch (IllegalArgumentException e) {
                return path.toString();
            }
            // shown the way the caller named its input (so relative inputs give relative messages), with the relative
            // path's leading ".." folded into it but the caller's own spelling left alone
            Path base = root.given();
            while (relative.getNameCount() > 1 && relative.getName(0).toString().equals("..")
                    && base.getFileName() != null && !base.getFileName().toString().equals("..")) {
                base = base.getParent() == null ? Path.of("") : base.getParent();
                relative = relative.subpath(1, relative.getNameCount());
            }
            return base.resolve(relative).toString();
        }

        Taxonomy finish() throws TaxonomyException {
            List<String> sources = new ArrayList<>();
            while (!queue.isEmpty()) {
                Pending p = queue.poll();
                if (!Uris.isLocal(p.uri())) {
                    if (!isCore(p.uri())) {
                        warnings.add(p.from() + ": expected " + p.uri()
                                + " to be available locally, but no catalog maps it; not loaded");
                        unavailable.add(p.uri());
                    }
                    continue;
                }
                String display = display(p.uri());
                TaxonomyDocument doc;
                try (InputStream in = Uris.open(p.uri())) {
                    doc = parser.parse(p.uri(), display, in);
                } catch (FileNotFoundException | NoSuchFileException e) {
                    warnings.add(p.from() + ": expected the linked document " + display
                            + "; it does not exist, so locators into it keep only the name their #fragment gives");
                    unavailable.add(p.uri());
                    continue;
                } catch (IOException e) {
                    throw new TaxonomyException(SourceLocation.of(display, 0), "expected a readable file: " + e, e);
                }
                if (doc.kind == TaxonomyDocument.Kind.OTHER) {
                    if (p.explicit()) {
                        warnings.add(display + ": expected an xs:schema or link:linkbase root element; file skipped");
                    }
                    continue;
                }
                documents.add(doc);
                sources.add(display);
                for (TaxonomyDocument.Pointer pointer : doc.pointers) {
                    enqueue(pointer.target(), SourceLocation.of(display, pointer.line()), false);
                }
                for (TaxonomyDocument.Loc loc : doc.locators) {
                    if (loc.document() != null) {
                        enqueue(loc.document(), SourceLocation.of(display, loc.line()), false);
                    }
                }
            }
            return new Assembly(documents, unavailable, warnings, this::display).taxonomy(sources);
        }
    }

    /** Joins element declarations and relationships of all documents read into concepts, calculation and presentation arcs. */
    private static final class Assembly {

        private static final class Builder {
            final TaxonomyDocument schema;
            final TaxonomyDocument.ElementDecl decl;
            String prefix;
            final Map<String, String> labels = new LinkedHashMap<>();
            final List<Reference> references = new ArrayList<>();

            Builder(TaxonomyDocument schema, TaxonomyDocument.ElementDecl decl) {
                this.schema = schema;
                this.decl = decl;
            }

            String qname() {
                return prefix + ":" + decl.name();
            }

            Concept build() {
                return new Concept(schema.targetNamespace, prefix, decl.name(), decl.type(), decl.balance(),
                        decl.periodType(), decl.abstractElement(), decl.substitutionGroup(), labels, references);
            }
        }

        private record ArcKey(String role, String parent, String child, BigDecimal weight, BigDecimal order) {
        }

        private record PresentationKey(String role, String parent, String child, BigDecimal order, String preferredLabel) {
        }

        private final List<TaxonomyDocument> documents;
        private final Set<URI> unavailable;
        private final List<String> warnings;
        private final Function<URI, String> display;
        private final Map<URI, Map<String, Builder>> byDocument = new HashMap<>();
        private final Map<String, List<Builder>> byId = new HashMap<>();
        /**
         * Concepts of schemas that were not read, by {@code namespace#fragment} (so that two addresses of one schema, the
         * published one and a local copy, give one concept): see the class comment.
         */
        private final Map<String, Builder> locatedOnly = new HashMap<>();
        /** The namespace each imported schema address is imported with. */
        private final Map<URI, String> imported = new HashMap<>();
        private final List<Builder> builders = new ArrayList<>();
        private final Set<String> reported = new HashSet<>();

        Assembly(List<TaxonomyDocument> documents, Set<URI> unavailable, List<String> warnings,
                 Function<URI, String> display) {
            this.documents = documents;
            this.unavailable = unavailable;
            this.warnings = warnings;
            this.display = display;
        }

        Taxonomy taxonomy(List<String> sources) {
            concepts();
            locatedOnlyConcepts();
            Map<URI, int[]> dropped = new LinkedHashMap<>();
            for (TaxonomyDocument doc : documents) {
                for (TaxonomyDocument.LabelRel rel : doc.labels) {
                    Builder b = concept(rel.loc());
                    if (b == null) {
                        count(dropped, rel.loc(), 0);
                    } else if (rel.lang() != null && rel.lang().toLowerCase(Locale.ROOT).startsWith("en")) {
                        b.labels.putIfAbsent(rel.role(), rel.text());
                    }
                }
                for (TaxonomyDocument.ReferenceRel rel : doc.references) {
                    Builder b = concept(rel.loc());
                    if (b == null) {
                        count(dropped, rel.loc(), 1);
                    } else {
                        b.references.add(new Reference(rel.role(), rel.parts()));
                    }
                }
            }
            dropped.forEach((uri, n) -> warnings.add(display.apply(uri) + ": expected this schema for " + n[0]
                    + " labels and " + n[1] + " references of its concepts; they were dropped"));
            List<CalculationArc> arcs = calculations();
            List<PresentationArc> presentations = presentations();
            List<Concept> concepts = new ArrayList<>();
            Map<String, String> namespaceOf = new HashMap<>();
            for (Builder b : builders) {
                String earlier = namespaceOf.put(b.qname(), b.schema.targetNamespace);
                if (earlier != null && !earlier.equals(b.schema.targetNamespace)) {
                    warnings.add(SourceLocation.of(b.schema.display, b.decl.line()) + ": " + b.qname()
                            + " is also declared in namespace " + earlier + "; this declaration replaces it");
                }
                concepts.add(b.build());
            }
            return Taxonomy.of(concepts, arcs, presentations, sources).withSchemaDefaults(schemaDefaults());
        }

        /** The schemas' default values, by expanded name (the first schema to declare one wins). */
        private SchemaDefaults schemaDefaults() {
            Map<String, String> elements = new LinkedHashMap<>();
            Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
            for (TaxonomyDocument doc : documents) {
                doc.elementDefaults.forEach((name, value) ->
                        elements.putIfAbsent(SchemaDefaults.key(doc.targetNamespace, name), value));
                doc.attributeDefaults.forEach((name, values) -> attributes.computeIfAbsent(
                        SchemaDefaults.key(doc.targetNamespace, name), k -> new LinkedHashMap<>()).putAll(values));
            }
            return new SchemaDefaults(elements, attributes);
        }

        private void count(Map<URI, int[]> dropped, TaxonomyDocument.Loc loc, int index) {
            if (loc.document() != null && unavailable.contains(loc.document())) {
                dropped.computeIfAbsent(loc.document(), k -> new int[2])[index]++;
            }
        }

        /** Items, tuples, hypercubes and dimensions, and elements in the substitution group of one of them. */
        private void concepts() {
            Map<String, TaxonomyDocument.ElementDecl> byQName = new HashMap<>();
            for (TaxonomyDocument doc : documents) {
                for (TaxonomyDocument.ElementDecl decl : doc.elements) {
                    byQName.put("{" + doc.targetNamespace + "}" + decl.name(), decl);
                }
            }
            Set<TaxonomyDocument.ElementDecl> isConcept = new HashSet<>();
            boolean changed = true;
            while (changed) {
                changed = false;
                for (TaxonomyDocument doc : documents) {
                    for (TaxonomyDocument.ElementDecl decl : doc.elements) {
                        if (isConcept.contains(decl) || decl.sgLocal() == null) {
                            continue;
                        }
                        TaxonomyDocument.ElementDecl head = byQName.get("{" + decl.sgNamespace() + "}" + decl.sgLocal());
                        if (isHead(decl.sgNamespace(), decl.sgLocal()) || (head != null && isConcept.contains(head))) {
                            isConcept.add(decl);
                            changed = true;
                        }
                    }
                }
            }
            for (TaxonomyDocument doc : documents) {
                int unnamed = 0;
                for (TaxonomyDocument.ElementDecl decl : doc.elements) {
                    if (!isConcept.contains(decl)) {
                        continue;
                    }
                    Builder b = new Builder(doc, decl);
                    String id = decl.id();
                    if (id != null && id.length() > decl.name().length() + 1 && id.endsWith("_" + decl.name())) {
                        b.prefix = id.substring(0, id.length() - decl.name().length() - 1);
                    } else if (doc.namespacePrefix != null) {
                        b.prefix = doc.namespacePrefix;
                    } else {
                        b.prefix = "ns" + documents.indexOf(doc);
                        if (unnamed++ == 0) {
                            warnings.add(SourceLocation.of(doc.display, decl.line()) + ": expected element ids of the form prefix_"
                                    + decl.name() + " or a prefix declared for " + doc.targetNamespace + "; using " + b.prefix);
                        }
                    }
                    builders.add(b);
                    if (id != null) {
                        byDocument.computeIfAbsent(doc.uri, k -> new HashMap<>()).put(id, b);
                        byId.computeIfAbsent(id, k -> new ArrayList<>()).add(b);
                    }
                }
            }
        }

        private static boolean isHead(String namespace, String local) {
            return (DocumentParser.XBRLI.equals(namespace) && ("item".equals(local) || "tuple".equals(local)))
                    || (DocumentParser.XBRLDT.equals(namespace)
                    && ("hypercubeItem".equals(local) || "dimensionItem".equals(local)));
        }

        /** The concept a locator names: by its document and id, or by id alone when that document was not read. */
        private Builder concept(TaxonomyDocument.Loc loc) {
            if (loc.document() == null) {
                return null;
            }
            Map<String, Builder> ids = byDocument.get(loc.document());
            if (ids != null) {
                Builder b = ids.get(loc.fragment());
                if (b == null && reported.add(loc.document() + "#" + loc.fragment())) {
                    warnings.add(SourceLocation.of(loc.source(), loc.line()) + ": expected a concept with id "
                            + loc.fragment() + " in " + display.apply(loc.document()));
                }
                return b;
            }
            // the schema was not read here (absent, or a different copy of it): ids like us-gaap_Assets are unique in practice
            List<Builder> candidates = byId.get(loc.fragment());
            if (candidates != null && candidates.size() == 1) {
                return candidates.get(0);
            }
            return locatedOnly.get(imported.get(loc.document()) + "#" + loc.fragment());
        }

        /**
         * A minimal concept for every {@code #prefix_LocalName} locator into a schema that was not read but that a loaded
         * schema imports with a namespace, unless a loaded schema declares that id (see the class comment).
         */
        private void locatedOnlyConcepts() {
            for (TaxonomyDocument doc : documents) {
                for (TaxonomyDocument.Pointer pointer : doc.pointers) {
                    if (pointer.namespace() != null) {
                        imported.putIfAbsent(pointer.target(), pointer.namespace());
                    }
                }
            }
            Map<URI, TaxonomyDocument> absentSchemas = new HashMap<>();
            for (TaxonomyDocument doc : documents) {
                for (TaxonomyDocument.Loc loc : doc.locators) {
                    URI schemaUri = loc.document();
                    if (schemaUri == null || !unavailable.contains(schemaUri) || !imported.containsKey(schemaUri)) {
                        continue;
                    }
                    String fragment = loc.fragment();
                    String key = imported.get(schemaUri) + "#" + fragment;
                    if (locatedOnly.containsKey(key)) {
                        continue;
                    }
                    List<Builder> declared = byId.get(fragment);
                    int underscore = fragment.indexOf('_');
                    if ((declared != null && declared.size() == 1) || underscore <= 0
                            || underscore == fragment.length() - 1 || fragment.contains("(")) {
                        continue;
                    }
                    TaxonomyDocument schema = absentSchemas.computeIfAbsent(schemaUri, u -> {
                        TaxonomyDocument d = new TaxonomyDocument(u, display.apply(u));
                        d.targetNamespace = imported.get(u);
                        return d;
                    });
                    String local = fragment.substring(underscore + 1);
                    Builder b = new Builder(schema, new TaxonomyDocument.ElementDecl(local, fragment, null, null, null,
                            null, LabelRoleNames.abstractByName(local), null, null, 0));
                    b.prefix = fragment.substring(0, underscore);
                    builders.add(b);
                    locatedOnly.put(key, b);
                }
            }
        }

        /** The name a locator gives: its concept's, or prefix:LocalName read from a {@code #prefix_LocalName} fragment. */
        private String qname(TaxonomyDocument.Loc loc) {
            Builder b = concept(loc);
            if (b != null) {
                return b.qname();
            }
            String fragment = loc.fragment();
            int underscore = fragment.indexOf('_');
            if (underscore <= 0 || underscore == fragment.length() - 1 || fragment.contains("(")) {
                if (reported.add("fragment " + fragment)) {
                    warnings.add(SourceLocation.of(loc.source(), loc.line()) + ": expected a locator fragment of the form "
                            + "prefix_LocalName, found \"" + fragment + "\"; arc skipped");
                }
                return null;
            }
            return fragment.substring(0, underscore) + ":" + fragment.substring(underscore + 1);
        }

        /** Summation-item arcs, equivalent arcs (same role, ends, weight and order) resolved by {@link #effective}. */
        private List<CalculationArc> calculations() {
            Map<ArcKey, List<TaxonomyDocument.CalculationRel>> groups = new LinkedHashMap<>();
            for (TaxonomyDocument doc : documents) {
                for (TaxonomyDocument.CalculationRel rel : doc.calculations) {
                    String parent = qname(rel.from());
                    String child = qname(rel.to());
                    if (parent == null || child == null) {
                        continue;
                    }
                    ArcKey key = new ArcKey(rel.linkRole(), parent, child, rel.weight().stripTrailingZeros(),
                            rel.order().stripTrailingZeros());
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(rel);
                }
            }
            List<CalculationArc> arcs = new ArrayList<>();
            Map<ArcKey, TaxonomyDocument.CalculationRel> kept = effective(groups,
                    TaxonomyDocument.CalculationRel::priority, TaxonomyDocument.CalculationRel::prohibited);
            kept.forEach((k, rel) -> arcs.add(new CalculationArc(k.role(), k.parent(), k.child(), rel.weight(),
                    rel.order())));
            warnCycles(kept);
            return arcs;
        }

        /**
         * One warning for each arc that closes a directed cycle in its role's summation-item network (a total summed,
         * directly or not, into itself), naming the cycle, at that arc's line. The arcs are kept: XBRL 2.1 allows
         * cycles in summation-item networks, and each summation is still checked on its own. Iterative, so that a
         * chain of any length is walked without deep recursion.
         */
        private void warnCycles(Map<ArcKey, TaxonomyDocument.CalculationRel> arcs) {
            Map<String, Map<String, List<Map.Entry<ArcKey, TaxonomyDocument.CalculationRel>>>> byRole =
                    new LinkedHashMap<>();
            for (Map.Entry<ArcKey, TaxonomyDocument.CalculationRel> e : arcs.entrySet()) {
                byRole.computeIfAbsent(e.getKey().role(), r -> new LinkedHashMap<>())
                        .computeIfAbsent(e.getKey().parent(), p -> new ArrayList<>()).add(e);
            }
            for (Map.Entry<String, Map<String, List<Map.Entry<ArcKey, TaxonomyDocument.CalculationRel>>>> role
                    : byRole.entrySet()) {
                Map<String, List<Map.Entry<ArcKey, TaxonomyDocument.CalculationRel>>> children = role.getValue();
                Set<String> done = new HashSet<>();
                for (String start : children.keySet()) {
                    if (done.contains(start)) {
                        continue;
                    }
                    // the path from start, each node with the index of its next arc to follow
                    List<String> path = new ArrayList<>();
                    List<Integer> next = new ArrayList<>();
                    Set<String> onPath = new HashSet<>();
                    path.add(start);
                    next.add(0);
                    onPath.add(start);
                    while (!path.isEmpty()) {
                        int top = path.size() - 1;
                        String node = path.get(top);
                        List<Map.Entry<ArcKey, TaxonomyDocument.CalculationRel>> out =
                                children.getOrDefault(node, List.of());
                        int i = next.get(top);
                        if (i == out.size()) {
                            path.remove(top);
                            next.remove(top);
                            onPath.remove(node);
                            done.add(node);
                            continue;
                        }
                        next.set(top, i + 1);
                        String child = out.get(i).getKey().child();
                        if (onPath.contains(child)) {
                            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(child), path.size()));
                            cycle.add(child);
                            TaxonomyDocument.CalculationRel rel = out.get(i).getValue();
                            warnings.add(SourceLocation.of(rel.from().source(), rel.line()) + ": expected the "
                                    + "summation-item arcs of role " + role.getKey() + " to form no directed cycle, "
                                    + "found " + String.join(" \u2192 ", cycle));
                        } else if (!done.contains(child)) {
                            path.add(child);
                            next.add(0);
                            onPath.add(child);
                        }
                    }
                }
            }
        }

        /** Parent-child arcs, equivalent arcs (same role, ends, order and preferred label) resolved by {@link #effective}. */
        private List<PresentationArc> presentations() {
            Map<PresentationKey, List<TaxonomyDocument.PresentationRel>> groups = new LinkedHashMap<>();
            for (TaxonomyDocument doc : documents) {
                for (TaxonomyDocument.PresentationRel rel : doc.presentations) {
                    String parent = qname(rel.from());
                    String child = qname(rel.to());
                    if (parent == null || child == null) {
                        continue;
                    }
                    PresentationKey key = new PresentationKey(rel.linkRole(), parent, child,
                            rel.order().stripTrailingZeros(), rel.preferredLabel());
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(rel);
                }
            }
            List<PresentationArc> arcs = new ArrayList<>();
            effective(groups, TaxonomyDocument.PresentationRel::priority, TaxonomyDocument.PresentationRel::prohibited)
                    .forEach((k, kept) -> arcs.add(new PresentationArc(k.role(), k.parent(), k.child(), kept.order(),
                            k.preferredLabel())));
            return arcs;
        }

        /**
         * Among equivalent relationships the highest priority wins, and if a prohibiting one is among the winners the
         * relationship is removed (XBRL 2.1 section 3.5.3.9.7.4); the first winner in document order is kept.
         */
        private static <K, R> Map<K, R> effective(Map<K, List<R>> groups, Function<R, BigDecimal> priority,
                                                  Predicate<R> prohibited) {
            Map<K, R> kept = new LinkedHashMap<>();
            for (Map.Entry<K, List<R>> e : groups.entrySet()) {
                BigDecimal top = null;
                for (R rel : e.getValue()) {
                    BigDecimal p = priority.apply(rel);
                    top = top == null || p.compareTo(top) > 0 ? p : top;
                }
                boolean removed = false;
                R first = null;
                for (R rel : e.getValue()) {
                    if (priority.apply(rel).compareTo(top) == 0) {
                        removed |= prohibited.test(rel);
                        first = first == null ? rel : first;
                    }
                }
                if (!removed) {
                    kept.put(e.getKey(), first);
                }
            }
            return kept;
        }
    }
}
