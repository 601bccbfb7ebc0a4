package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbrllinker.testing.MalformedCorpus;
import org.xbrllinker.testing.Shared;

/**
 * Every malformed text page of {@code src/test/resources/malformed/text/} given to {@code link} together with the seed:
 * exit 2, the located message on standard error, and the seed still linked and reported.
 */
class MalformedInputCliTest {

    private static final Path CORPUS = Path.of("src/test/resources/malformed/text");

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return MalformedCorpus.expectations("text").stream().map(l -> Arguments.of(MalformedCorpus.fileOf(l), l));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsTwoNamingFileAndLineWhileTheSeedIsLinked(String file, String expected) {
        Path input = CORPUS.resolve(file);
        CliTest.Result r = CliTest.cli("link", input.toString(), Shared.seed().toString(),
                "--store", tmp.resolve("store").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        String located = input + expected.substring(file.length());
        assertTrue(r.err().contains(located), "expected <" + located + "> in:\n" + r.err());
        assertTrue(r.out().contains("1 disclosure(s), 10 line item(s), 19 fact(s)"), r.out());
        assertTrue(r.out().contains("1 input(s) rejected"), r.out());
    }
}
