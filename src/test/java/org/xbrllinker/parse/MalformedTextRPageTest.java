package org.xbrllinker.parse;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.testing.MalformedCorpus;

/** The malformed flattened-text pages in {@code malformed/text/}, each refused with its exact message. */
class MalformedTextRPageTest {

    @TestFactory
    Stream<DynamicTest> eachCaseFailsWithItsMessage() {
        TextRPageParser parser = new TextRPageParser();
        return MalformedCorpus.cases("text", parser::parse);
    }
}
