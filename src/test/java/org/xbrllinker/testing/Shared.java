package org.xbrllinker.testing;

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
}
