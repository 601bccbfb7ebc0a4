package org.xbrllinker.instance;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.testing.MalformedCorpus;

/**
 * The malformed cases in {@code malformed/instance/} (XML instances) and {@code malformed/inline/} (inline XBRL), each
 * refused with its exact message (file, line and, inline, column).
 */
class MalformedInstanceTest {

    @TestFactory
    Stream<DynamicTest> instanceCases() {
        InstanceParser parser = new InstanceParser();
        return MalformedCorpus.cases("instance", parser::parse);
    }

    @TestFactory
    Stream<DynamicTest> inlineCases() {
        InlineXbrlParser parser = new InlineXbrlParser();
        return MalformedCorpus.cases("inline", parser::parse);
    }
}
