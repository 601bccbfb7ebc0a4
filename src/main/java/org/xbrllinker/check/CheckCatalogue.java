package org.xbrllinker.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The checks: every {@code .rq} under {@code ontology/queries/checks/} on the classpath, plus those of extra folders. */
public final class CheckCatalogue {

    public static final String RESOURCE_DIR = "ontology/queries/checks";

    private final List<Check> checks;

    private CheckCatalogue(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The bundled checks and those in {@code extraFolders}, ordered by id. */
    public static CheckCatalogue load(List<Path> extraFolders) {
        List<Check> all = new ArrayList<>(bundled());
        for (Path folder : extraFolders) {
            all.addAll(readFolder(folder));
        }
        all.sort(Comparator.comparing(Check::id));
        return new CheckCatalogue(all);
    }

    /** A catalogue of the given checks only. */
    public static CheckCatalogue of(List<Check> checks) {
        return new CheckCatalogue(checks);
    }

    public List<Check> checks() {
        return checks;
    }

    private static List<Check> bundled() {
        URL url = CheckCatalogue.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new IllegalStateException(RESOURCE_DIR + " is missing from the classpath");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return readFolder(fs.getPath(RESOURCE_DIR));
                }
            }
            return readFolder(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Check> readFolder(Path folder) {
        List<Check> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                out.add(Check.parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checks in " + folder, e);
        }
        return out;
    }
}
