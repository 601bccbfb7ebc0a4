package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.testing.Shared;

/**
 * The launcher's choice of JIT: the client compiler alone for a {@code link} of a few small files (the seed), both
 * compilers otherwise. Runs the real {@code ./xbrl-linker} script in a copy of the project's layout whose jar is up to
 * date, with a {@code java} on the PATH that prints the options it was given.
 */
class LauncherJitTest {

    private static final String C1 = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path tmp;

    private Path home;
    private Path bin;

    @BeforeEach
    void layout() throws IOException {
        home = Files.createDirectories(tmp.resolve("home"));
        Files.copy(Path.of("xbrl-linker"), home.resolve("xbrl-linker"));
        for (String dir : List.of("src/main", "ontology", "target/lib")) {
            Files.createDirectories(home.resolve(dir));
        }
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Path jar = Files.writeString(home.resolve("target/xbrl-linker.jar"), "not a jar");
        // the sources are older than the jar: the launcher does not build
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        for (String f : List.of("pom.xml", "src/main", "ontology")) {
            Files.setLastModifiedTime(home.resolve(f), old);
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"java $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The command line the launcher ran java with. */
    private String launch(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", home.resolve("xbrl-linker").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("XBRL_LINKER_CDS", "0");
        pb.environment().remove("XBRL_LINKER_JAVA_OPTS");
        pb.environment().remove("XBRL_LINKER_JIT");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void aLinkOfAFewSmallFilesRunsWithTheClientCompilerAlone() throws Exception {
        String seed = Shared.seed().toAbsolutePath().toString();
        assertEquals("java -Xmx2g " + C1 + " -jar " + home.resolve("target/xbrl-linker.jar") + " link " + seed
                + " --store " + tmp.resolve("s") + " --quiet",
                launch(Map.of(), "link", seed, "--store", tmp.resolve("s").toString(), "--quiet"));
        // option values are not inputs: a --store folder or a --report=FILE does not count
        assertEquals(true, launch(Map.of(), "link", "--store", tmp.toString(), "--report=" + tmp.resolve("r.json"),
                seed, "--chunk-size", "5").contains(C1));
    }

    @Test
    void foldersLargeInputsTaxonomiesAndOtherCommandsKeepBothCompilers() throws Exception {
        String seed = Shared.seed().toAbsolutePath().toString();
        Path big = Files.write(tmp.resolve("big.htm"), new byte[3 * 1024 * 1024]);
        for (String[] args : List.of(
                new String[] {"link", Shared.data().resolve("r-pages").toString()},
                new String[] {"link", big.toString()},
                new String[] {"link", seed, "--taxonomy", tmp.toString()},
                new String[] {"link", tmp.resolve("missing.txt").toString()},
                new String[] {"query", "SELECT * {}"},
                new String[] {"link", "--help"})) {
            String line = launch(Map.of(), args);
            assertEquals(false, line.contains(C1), String.join(" ", args) + " -> " + line);
        }
        // forced either way
        assertEquals(false, launch(Map.of("XBRL_LINKER_JIT", "tiered"), "link", seed).contains(C1));
        assertEquals(true, launch(Map.of("XBRL_LINKER_JIT", "c1"), "query", "SELECT * {}").contains(C1));
        // JVM options that already choose the compilers are left alone
        assertEquals("java -Xmx1g -jar " + home.resolve("target/xbrl-linker.jar") + " link " + seed,
                launch(Map.of("XBRL_LINKER_JAVA_OPTS", "-Xmx1g"), "link", seed).replace(" " + C1, ""));
        assertEquals(false, launch(Map.of("XBRL_LINKER_JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=4"), "link", seed)
                .contains(C1));
    }
}
