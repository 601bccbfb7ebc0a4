package org.xbrllinker.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.parse.InputException;

/** The files of a filing folder that are not pages: its taxonomy sources and its instance. */
public final class FilingFiles {

    private FilingFiles() {
    }

    /** The company's extension schemas (which bring their linkbases) and the renderer's MetaLinks.json. */
    public static List<Path> taxonomySources(Path filing) {
        if (!Files.isDirectory(filing)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(filing)) {
            files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xsd")).sorted()
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + filing, e);
        }
        Path metaLinks = filing.resolve("MetaLinks.json");
        if (Files.exists(metaLinks)) {
            out.add(metaLinks);
        }
        return out;
    }

    /**
     * Reads an instance: XML ({@code .xml}, {@code .xbrl}) or inline XBRL ({@code .htm}, {@code .xhtml}); messages
     * name the path as given.
     */
    public static XbrlInstance readInstance(Path file) throws InputException {
        return org.xbrllinker.instance.InstanceFiles.read(file);
    }
}
