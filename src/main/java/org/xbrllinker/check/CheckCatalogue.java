package org.xbrllinker.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.xbrllinker.rdf.XbrlStore;

/** The checks: every {@code .rq} under {@code ontology/queries/checks/} on the classpath, plus those of extra folders. */
public final class CheckCatalogue {

    public static final String RESOURCE_DIR = "ontology/queries/checks";

    private final List<Check> checks;

    private CheckCatalogue(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * The bundled checks and those in {@code extraFolders}, ordered by id; a check of a folder is named by its path
     * in errors.
     *
     * @throws IllegalArgumentException when a check is broken (file and line) or two checks have one id
     */
    public static CheckCatalogue load(List<Path> extraFolders) {
        List<Check> all = new ArrayList<>(bundled());
        for (Path folder : extraFolders) {
            all.addAll(readFolder(folder));
        }
        all.sort(Comparator.comparing(Check::id));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).id().equals(all.get(i - 1).id())) {
                throw new IllegalArgumentException(all.get(i).source() + ": check id \"" + all.get(i).id()
                        + "\" is already the id of " + all.get(i - 1).source());
            }
        }
        return new CheckCatalogue(all);
    }

    /**
     * The checks named, each by its id or by a family ({@code cross-reference} selects every
     * {@code cross-reference.*}, {@code roll-forward} also {@code roll-forward.instance}); all when none is named.
     *
     * @throws IllegalArgumentException naming every name that selects no check
     */
    public CheckCatalogue select(List<String> names) {
        if (names.isEmpty()) {
            return this;
        }
        List<String> unknown = names.stream()
                .filter(n -> checks.stream().noneMatch(c -> selects(n, c))).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no check has the id " + String.join(", ", unknown));
        }
        return new CheckCatalogue(checks.stream().filter(c -> names.stream().anyMatch(n -> selects(n, c))).toList());
    }

    private static boolean selects(String name, Check check) {
        return check.id().equals(name) || check.id().startsWith(name + ".");
    }

    /** A catalogue of the given checks only. */
    public static CheckCatalogue of(List<Check> checks) {
        return new CheckCatalogue(checks);
    }

    public List<Check> checks() {
        return checks;
    }

    /** The bundled checks, parsed once per class loader (they are resources of the jar; a check is immutable). */
    private static volatile List<Check> bundled;

    /**
     * The checks shipped in {@value #RESOURCE_DIR}, as its {@code index.txt} names them
     * ({@link XbrlStore#bundledQueryFiles}). Parsed on first use (a broken one throws, and throws again next time).
     */
    private static List<Check> bundled() {
        List<Check> checks = bundled;
        if (checks == null) {
            List<Check> out = new ArrayList<>();
            XbrlStore.bundledQueryFiles(RESOURCE_DIR).forEach((name, text) -> out.add(Check.parse(name, text)));
            checks = List.copyOf(out);
            bundled = checks;
        }
        return checks;
    }

    private static List<Check> readFolder(Path folder) {
        List<Check> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                out.add(Check.parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checks in " + folder, e);
        }
        return out;
    }
}
