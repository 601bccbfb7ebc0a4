package org.xbrllinker.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.LabelLexicon;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.parse.TextRPageParser;

/** Reads one R page as a disclosure, choosing the parser by its form: flattened text or SEC HTML. */
public final class DisclosureReader {

    private final TextRPageParser text = new TextRPageParser();
    private final HtmlRPageParser html = new HtmlRPageParser();

    public Disclosure read(Path file) throws InputException {
        return read(file, LabelLexicon.NONE);
    }

    /** Reads a page; a flattened text page is split into rows knowing the labels of {@code lexicon}. */
    public Disclosure read(Path file, LabelLexicon lexicon) throws InputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        SourceLocation where = SourceLocation.of(file.toString(), 0);
        if (!Files.exists(file)) {
            throw new InputException(where, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(where, "not a file");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        // the path as given names the file in every message and in the provenance
        try (var in = Files.newInputStream(file)) {
            if (lower.endsWith(".htm") || lower.endsWith(".html")) {
                return html.parse(file.toString(), in);
            }
            return text.withLexicon(lexicon).parse(file.toString(), in);
        } catch (java.io.IOException e) {
            throw new InputException(where, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
