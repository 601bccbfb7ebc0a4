package org.xbrllinker.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths into ../shared: surefire passes the data folder as {@code xbrllinker.shared.data}. */
public final class Shared {

    private Shared() {
    }

    public static Path data() {
        String configured = System.getProperty("xbrllinker.shared.data");
        return configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
    }

    /** The seed disclosure the product was born from. */
    public static Path seed() {
        return data().resolveSibling("seeds").resolve("000_c342e9fcd42f2d70.txt");
    }

    /** The seed parsed and linked against the bundled taxonomy with the default options. */
    public static org.xbrllinker.link.LinkedDisclosure linkedSeed() throws Exception {
        return new org.xbrllinker.link.Linker(org.xbrllinker.taxonomy.TaxonomyLoader.bundled(),
                org.xbrllinker.link.LinkerOptions.defaults()).link(new org.xbrllinker.parse.TextRPageParser().parse(seed()));
    }

    /** A copy of a file of the data folder ({@code r-pages/3m-2024/R1.htm}) as {@code name} in {@code folder}, made if needed. */
    public static Path copy(String dataFile, Path folder, String name) throws IOException {
        return Files.copy(data().resolve(dataFile), Files.createDirectories(folder).resolve(name));
    }
}
