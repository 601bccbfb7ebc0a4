package org.xbrllinker.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.xbrllinker.parse.LocatedException;

/**
 * A folder of malformed cases under {@code src/test/resources/malformed/<kind>/}: one file per case, and in
 * {@code expected.txt} the exact message each must be refused with (file name first, then line and what was
 * expected), or, for a folder of warnings, the one warning each must give. The tests: every case refused (or warned
 * about) with its message, and no case file without an expectation. A reader that names files by their full path has
 * the case folder taken off, so that every expectation starts with the case file's name.
 */
public final class MalformedCorpus {

    /** Reads one case file the way the reader under test does. */
    @FunctionalInterface
    public interface Reader {
        Object read(Path file) throws LocatedException;
    }

    /** Reads one case file that is read in spite of its fault, and returns the warnings given. */
    @FunctionalInterface
    public interface WarningReader {
        List<String> read(Path file) throws LocatedException;
    }

    private MalformedCorpus() {
    }

    public static Path folder(String kind) {
        try {
            return Path.of(MalformedCorpus.class.getResource("/malformed/" + kind + "/expected.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expected messages of a folder, one a case. */
    public static List<String> expectations(String kind) {
        try (Stream<String> lines = Files.lines(folder(kind).resolve("expected.txt"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case file an expected message is about. */
    public static String fileOf(String message) {
        return message.substring(0, message.indexOf(':'));
    }

    public static Stream<DynamicTest> cases(String kind, Reader reader) {
        Path folder = folder(kind);
        return Stream.concat(Stream.of(complete(kind)), expectations(kind).stream().map(message -> {
            String file = fileOf(message);
            return DynamicTest.dynamicTest(file, () -> {
                LocatedException e = assertThrows(LocatedException.class, () -> reader.read(folder.resolve(file)));
                assertEquals(message, relative(folder, e.getMessage()));
                assertEquals(file, relative(folder, e.location().file()));
            });
        }));
    }

    /** The cases of a folder whose files are read with one warning each (file:line: message). */
    public static Stream<DynamicTest> warningCases(String kind, WarningReader reader) {
        Path folder = folder(kind);
        return Stream.concat(Stream.of(complete(kind)), expectations(kind).stream().map(message -> {
            String file = fileOf(message);
            return DynamicTest.dynamicTest(file, () -> assertEquals(List.of(message),
                    reader.read(folder.resolve(file)).stream().map(w -> relative(folder, w)).toList()));
        }));
    }

    /** Every file of the folder but expected.txt has an expectation, and every expectation a file. */
    private static DynamicTest complete(String kind) {
        Path folder = folder(kind);
        return DynamicTest.dynamicTest("every " + kind + " case has an expectation", () -> {
            Set<String> files = new TreeSet<>();
            try (Stream<Path> list = Files.list(folder)) {
                list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.txt")).forEach(files::add);
            }
            Set<String> expected = new TreeSet<>();
            expectations(kind).forEach(m -> expected.add(fileOf(m)));
            assertEquals(files, expected);
        });
    }

    private static String relative(Path folder, String text) {
        return text.replace(folder + folder.getFileSystem().getSeparator(), "");
    }
}
