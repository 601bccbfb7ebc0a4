package org.xbrllinker.parse;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.testing.MalformedCorpus;

/** The malformed HTML R pages in {@code malformed/html/}, each refused with its exact message. */
class MalformedHtmlRPageTest {

    @TestFactory
    Stream<DynamicTest> eachCaseFailsWithItsMessage() {
        HtmlRPageParser parser = new HtmlRPageParser();
        return MalformedCorpus.cases("html", parser::parse);
    }
}
