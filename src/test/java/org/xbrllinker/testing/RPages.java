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
 * The HTML R pages of the shared data: Apple's 42 (R1…R42 in report order), the four older ones, and the corpus of
 * every real page ({@link #corpus()}).
 */
public final class RPages {

    public static final String APPLE = "aapl-0000320193-25-000057";
    public static final String MISC = "r-pages-misc";

    /** Where other real pages are added to the repository (read when the folder exists). */
    public static final Path RESOURCE_PAGES = Path.of("src", "test", "resources", "r-pages");

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

    /**
     * Every real R page: {@code r-pages/**}{@code /*.htm*}, {@code filings/r-pages-misc/*}, Apple's R1…R42 (not its
     * inline XBRL document), then every {@code *.htm*} under {@link #RESOURCE_PAGES}; each group sorted by path.
     */
    public static List<Path> corpus() {
        List<Path> pages = new ArrayList<>(htmlBelow(Shared.data().resolve("r-pages")));
        pages.addAll(miscPages());
        pages.addAll(applePages());
        if (Files.isDirectory(RESOURCE_PAGES)) {
            pages.addAll(htmlBelow(RESOURCE_PAGES));
        }
        return pages;
    }

    /** A page's name in reports: its path below the data folder, or (a page of the repository) below the project. */
    public static String name(Path page) {
        Path data = Shared.data().toAbsolutePath().normalize();
        Path p = page.toAbsolutePath().normalize();
        Path base = p.startsWith(data) ? data : Path.of("").toAbsolutePath();
        return (p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/');
    }

    private static List<Path> htmlBelow(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.html?"))
                    .sorted(Comparator.comparing(p -> p.toString().replace('\\', '/'))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
