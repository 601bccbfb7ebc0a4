package org.xbrllinker.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xbrllinker.taxonomy.XmlInput;

/**
 * The taxonomy sources an instance's DTS starts from, found the same way whether the instance is given as a file
 * ({@code .xml}, {@code .xbrl}, inline {@code .htm}/{@code .xhtml}) or in a filing folder: the local documents its
 * {@code link:schemaRef}s and {@code link:linkbaseRef}s name (the taxonomy loader follows their imports, linkbase
 * references and locators from there, through the catalogs of the packages they lie in), and, in a folder, its other
 * schemas and the renderer's {@code MetaLinks.json}. A remote reference is never fetched: it is named in a warning (the
 * concepts it would bring come from the run's taxonomy where that holds them), and so is a local one that does not exist.
 *
 * @param sources  the documents to load, each once, references first
 * @param warnings what could not be loaded and why, each {@code file: message}
 */
public record InstanceDts(List<Path> sources, List<String> warnings) {

    private static final String LINK = "http://www.xbrl.org/2003/linkbase";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    public InstanceDts {
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /**
     * The DTS sources of the instance {@code instance}; {@code folder} is the filing folder it was found in, or null
     * when the instance was given as a file.
     */
    public static InstanceDts of(Path instance, Path folder) {
        Set<Path> sources = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        Path dir = instance.toAbsolutePath().getParent();
        for (String href : references(instance)) {
            String display = instance.getFileName() + ": ";
            if (SCHEME.matcher(href).find() && !href.regionMatches(true, 0, "file:", 0, 5)) {
                warnings.add(display + "did not load " + href + ": a remote reference is never fetched; its concepts "
                        + "come from the run's taxonomy where that holds them");
                continue;
            }
            Path target = resolve(dir, href);
            if (target == null || !Files.isRegularFile(target)) {
                warnings.add(display + "did not load " + href + ": no such local file");
                continue;
            }
            sources.add(target.normalize());
        }
        if (folder != null && Files.isDirectory(folder)) {
            for (Path p : FilingFiles.taxonomySources(folder)) {
                sources.add(p.toAbsolutePath().normalize());
            }
        } else if (dir != null && Files.isRegularFile(dir.resolve("MetaLinks.json"))) {
            sources.add(dir.resolve("MetaLinks.json").normalize());
        }
        return new InstanceDts(new ArrayList<>(sources), warnings);
    }

    private static Path resolve(Path dir, String href) {
        String path = href;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        try {
            if (path.regionMatches(true, 0, "file:", 0, 5)) {
                return Path.of(new URI(path));
            }
            URI relative = new URI(null, null, path, null);
            return dir == null ? null : Path.of(dir.toUri().resolve(relative));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /**
     * The {@code xlink:href}s of the instance's {@code link:schemaRef} and {@code link:linkbaseRef} elements, in
     * document order; none when it cannot be read (the instance parser then says what is wrong with it).
     */
    static List<String> references(Path instance) {
        List<String> out = new ArrayList<>();
        String name = instance.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean inline = name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".xhtml");
        try (InputStream in = Files.newInputStream(instance)) {
            XMLStreamReader r = XmlInput.open(in, instance.toString());
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String local = r.getLocalName();
                    if (LINK.equals(r.getNamespaceURI()) && ("schemaRef".equals(local) || "linkbaseRef".equals(local))) {
                        String href = r.getAttributeValue(XLINK, "href");
                        if (href != null && !href.isBlank()) {
                            out.add(href.strip());
                        }
                    } else if (!inline && r.getAttributeValue(null, "contextRef") != null) {
                        // references come before the facts of an XML instance (XBRL 2.1 4.2, 4.3)
                        break;
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // unreadable: the instance parser reports it with its location when the instance is read
        }
        return out;
    }
}
