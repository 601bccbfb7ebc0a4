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
import org.xbrllinker.parse.InputException;

/**
 * A folder of malformed cases under {@code src/test/resources/malformed/<kind>/}: one file per case, and in
 * {@code expected.txt} the exact message each must be refused with (file name first, then line and what was
 * expected). The tests: every case refused with its message, and no case file without an expectation.
 */
public final class MalformedCorpus {

    /** Reads one case file the way the reader under test does. */
    @FunctionalInterface
    public interface Reader {
        Object read(Path file) throws InputException;
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
        List<String> expectations = expectations(kind);
        Stream<DynamicTest> complete = Stream.of(DynamicTest.dynamicTest("every " + kind + " case has an expectation",
                () -> {
                    Set<String> files = new TreeSet<>();
                    try (Stream<Path> list = Files.list(folder)) {
                        list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.txt"))
                                .forEach(files::add);
                    }
                    Set<String> expected = new TreeSet<>();
                    expectations.forEach(m -> expected.add(fileOf(m)));
                    assertEquals(files, expected);
                }));
        return Stream.concat(complete, expectations.stream().map(message -> {
            String file = fileOf(message);
            return DynamicTest.dynamicTest(file, () -> {
                InputException e = assertThrows(InputException.class, () -> reader.read(folder.resolve(file)));
                assertEquals(message, e.getMessage());
                assertEquals(file, e.location().file());
            });
        }));
    }
}
