package org.xbrllinker.filing;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.testing.MalformedCorpus;

/** The malformed FilingSummary.xml files in {@code malformed/filing-summary/}, each refused with its exact message. */
class MalformedFilingSummaryTest {

    @TestFactory
    Stream<DynamicTest> eachCaseFailsWithItsMessage() {
        return MalformedCorpus.cases("filing-summary", FilingSummaryReader::read);
    }
}
