package org.xbrllinker.taxonomy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xbrllinker.testing.MalformedCorpus;

/**
 * The faulty calculation linkbases in {@code malformed/calc/} (each embedded in the schema of its three concepts): each
 * is read with the one warning its expected.txt gives, at the line of the arc at fault.
 */
class MalformedCalculationTest {

    @TestFactory
    Stream<DynamicTest> eachCaseWarnsWithItsMessage() {
        return MalformedCorpus.warningCases("calc", file -> {
            TaxonomyLoader loader = new TaxonomyLoader();
            loader.load(List.of(file));
            return loader.warnings();
        });
    }
}
