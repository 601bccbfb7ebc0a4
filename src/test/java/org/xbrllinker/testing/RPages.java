package org.xbrllinker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The HTML R pages of the shared data: Apple's 42 (R1…R42 in report order), then the four older ones. */
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
}
