package org.xbrllinker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The HTML R pages: the shared data's Apple 42 (R1…R42 in report order) and four older ones ({@link #all()}), the
 * shared {@code r-pages/} folder, and the pages of this project's {@code src/test/resources/r-pages/}.
 */
public final class RPages {

    public static final String APPLE = "aapl-0000320193-25-000057";
    public static final String MISC = "r-pages-misc";

    private RPages() {
    }

    public static Path apple(String name) {
        return Shared.data().resolve("filings").resolve(APPLE).resolve(name);
    }

    public static Path misc(String name) {
        return Shared.data().resolve("filings").resolve(MISC).resolve(name);
    }

    public static List<Path> applePages() {
        try (Stream<Path> files = Files.list(Shared.data().resolve("filings").resolve(APPLE))) {
            return files.filter(p -> p.getFileName().toString().matches("R\\d+\\.htm"))
                    .sorted(Comparator.comparingInt(
                            p -> Integer.parseInt(p.getFileName().toString().replaceAll("\\D", ""))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> miscPages() {
        try (Stream<Path> files = Files.list(Shared.data().resolve("filings").resolve(MISC))) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.html?")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> all() {
        List<Path> pages = new ArrayList<>(applePages());
        pages.addAll(miscPages());
        return pages;
    }

    /** Every HTML page under the shared data's {@code r-pages/} folder, by path. */
    public static List<Path> sharedFolderPages() {
        return htmlUnder(Shared.data().resolve("r-pages"));
    }

    /** Every HTML page under this project's {@code src/test/resources/r-pages/}, by path. */
    public static List<Path> projectPages() {
        return htmlUnder(Path.of("src", "test", "resources", "r-pages"));
    }

    /** Every real HTML R page there is: {@link #all()}, {@link #sharedFolderPages()}, {@link #projectPages()}. */
    public static List<Path> every() {
        List<Path> pages = new ArrayList<>(all());
        pages.addAll(sharedFolderPages());
        pages.addAll(projectPages());
        return pages;
    }

    private static List<Path> htmlUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("(?i).*\\.html?"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
