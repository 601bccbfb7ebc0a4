package org.xbrllinker.taxonomy;

import java.nio.file.Path;

/** The shared data folder: surefire passes it as {@code xbrllinker.shared.data}; from an IDE, {@code ../shared/data}. */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String configured = System.getProperty("xbrllinker.shared.data");
        return configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
    }
}
