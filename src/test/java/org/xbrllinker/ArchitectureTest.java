package org.xbrllinker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The core (parse, taxonomy, link, rdf, check, report, pipeline, export) runs without Jakarta EE: only batch, cli,
 * serve (the servlets added to embedded Fuseki) and server (the REST API and schedules inside WildFly) use it. JSON-P ({@code jakarta.json}) is no part of the platform here:
 * it is the JSON library Jena's JSON-LD (titanium) works with, so the core may use it.
 */
class ArchitectureTest {

    @Test
    void coreImportsNoJakarta() throws IOException {
        Path root = Path.of("src/main/java/org/xbrllinker");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(root.resolve("batch")) && !p.startsWith(root.resolve("cli"))
                            && !p.startsWith(root.resolve("serve")) && !p.startsWith(root.resolve("server")))
                    .filter(p -> {
                        try {
                            return Files.readString(p).replace("import jakarta.json.", "").contains("import jakarta.");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }

    /** The command line never loads the server's classes: Weld SE must not scan them (their APIs are not on its path). */
    @Test
    void weldSeSkipsTheServerPackage() throws IOException {
        String beans = Files.readString(Path.of("src/main/resources/META-INF/beans.xml"));
        org.junit.jupiter.api.Assertions.assertTrue(beans.contains("<exclude name=\"org.xbrllinker.server.**\"/>"), beans);
    }
}
