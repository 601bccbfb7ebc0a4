package org.xbrllinker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The malformed cases in {@code malformed/html/}: one file per case, the exact expected message (file and line
 * included) in {@code expected.txt}.
 */
class MalformedHtmlRPageTest {

    private final HtmlRPageParser parser = new HtmlRPageParser();

    private static Path folder() throws URISyntaxException {
        URL url = MalformedHtmlRPageTest.class.getResource("/malformed/html/expected.txt");
        return Path.of(url.toURI()).getParent();
    }

    private static List<String> expectations() throws IOException, URISyntaxException {
        try (Stream<String> lines = Files.lines(folder().resolve("expected.txt"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachCaseFailsWithItsMessage() throws IOException, URISyntaxException {
        Path folder = folder();
        return expectations().stream().map(message -> {
            String file = message.substring(0, message.indexOf(':'));
            return DynamicTest.dynamicTest(file, () -> {
                InputException e = assertThrows(InputException.class, () -> parser.parse(folder.resolve(file)));
                assertEquals(message, e.getMessage());
                assertEquals(file, e.location().file());
            });
        });
    }

    @Test
    void everyCaseFileHasAnExpectation() throws IOException, URISyntaxException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder())) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.txt")).forEach(files::add);
        }
        Set<String> expected = new TreeSet<>();
        for (String message : expectations()) {
            expected.add(message.substring(0, message.indexOf(':')));
        }
        assertEquals(files, expected);
    }
}
