package org.xbrllinker.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.parse.InputException;

/**
 * The malformed cases in {@code malformed/instance/} (XML instances) and {@code malformed/inline/} (inline XBRL): one
 * file per case, the exact expected message (file, line and, inline, column) in the folder's {@code expected.txt}; and
 * no case file without an expectation.
 */
class MalformedInstanceTest {

    @TestFactory
    Stream<DynamicTest> instanceCases() throws IOException, URISyntaxException {
        InstanceParser parser = new InstanceParser();
        return cases("instance", parser::parse);
    }

    @TestFactory
    Stream<DynamicTest> inlineCases() throws IOException, URISyntaxException {
        InlineXbrlParser parser = new InlineXbrlParser();
        return cases("inline", parser::parse);
    }

    private interface Parse {
        XbrlInstance parse(Path file) throws InputException;
    }

    private static Stream<DynamicTest> cases(String kind, Parse parser) throws IOException, URISyntaxException {
        Path folder = Path.of(MalformedInstanceTest.class.getResource("/malformed/" + kind + "/expected.txt").toURI())
                .getParent();
        List<String> expectations;
        try (Stream<String> lines = Files.lines(folder.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            expectations = lines.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.txt")).forEach(files::add);
        }
        Set<String> expected = new TreeSet<>();
        expectations.forEach(m -> expected.add(m.substring(0, m.indexOf(':'))));
        Stream<DynamicTest> complete = Stream.of(DynamicTest.dynamicTest("every " + kind + " case has an expectation",
                () -> assertEquals(files, expected)));
        return Stream.concat(complete, expectations.stream().map(message -> {
            String file = message.substring(0, message.indexOf(':'));
            return DynamicTest.dynamicTest(file, () -> {
                InputException e = assertThrows(InputException.class, () -> parser.parse(folder.resolve(file)));
                assertEquals(message, e.getMessage());
                assertEquals(file, e.location().file());
            });
        }));
    }
}
