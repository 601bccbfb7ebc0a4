package org.xbrllinker.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the input paths of a run: a folder stands for the disclosures in it, sorted by name. */
public final class Inputs {

    private Inputs() {
    }

    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
