package org.xbrllinker.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.parse.TextRPageParser;

/** Reads one input file as a disclosure, choosing the parser by its form. */
public final class DisclosureReader {

    private final TextRPageParser text = new TextRPageParser();

    public Disclosure read(Path file) throws InputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        SourceLocation where = SourceLocation.of(file.toString(), 0);
        if (!Files.exists(file)) {
            throw new InputException(where, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(where, "not a file");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".htm") || lower.endsWith(".html") || lower.endsWith(".xml")) {
            throw new InputException(where, "expected a flattened text R page (.txt); HTML R pages and XBRL instances"
                    + " are not read yet");
        }
        // the path as given names the file in every message and in the provenance
        try (var in = Files.newInputStream(file)) {
            return text.parse(file.toString(), in);
        } catch (java.io.IOException e) {
            throw new InputException(where, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
