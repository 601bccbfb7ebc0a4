package org.xbrllinker.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The bundled query folders are read through their index.txt (a WAR cannot list a class-path folder): each index
 * names exactly the queries of its folder in ontology/, so a new .rq file cannot be left out silently.
 */
class BundledQueryIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"checks", "examples"})
    void theIndexListsExactlyTheQueriesOfTheFolder(String name) throws IOException {
        List<String> folder;
        try (Stream<Path> files = Files.list(Path.of("ontology", "queries", name))) {
            folder = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        List<String> index = XbrlStore.bundledQueryIndex("ontology/queries/" + name).stream().sorted().toList();
        assertEquals(folder, index);
        assertEquals(folder, List.copyOf(XbrlStore.bundledQueryFiles("ontology/queries/" + name).keySet()));
    }

    @Test
    void aFolderWithoutIndexIsNamed() {
        var e = assertThrows(IllegalStateException.class, () -> XbrlStore.bundledQueryFiles("ontology/queries/nowhere"));
        assertEquals("ontology/queries/nowhere/index.txt is missing from the class path", e.getMessage());
    }
}
