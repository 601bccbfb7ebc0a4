package org.xbrllinker.instance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;

/** Which files are XBRL instances, which one is a filing folder's, and reading one. */
public final class InstanceFiles {

    private static final Pattern R_PAGE = Pattern.compile("R(\\d+)\\.html?", Pattern.CASE_INSENSITIVE);
    private static final Pattern XBRL_ROOT = Pattern.compile("(?s).*<([A-Za-z_][\\w.-]*:)?xbrl[\\s>].*");

    private InstanceFiles() {
    }

    /** A filing folder's instance: its XML instance (the first by name), else its inline XBRL document. */
    public static Optional<Path> of(Path folder) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return files.stream().filter(InstanceFiles::isInstance).findFirst()
                .or(() -> files.stream().filter(InstanceFiles::isInline).findFirst());
    }

    /** An XML instance: an .xml or .xbrl file whose root element is xbrli:xbrl. */
    public static boolean isInstance(Path f) {
        return (name(f).endsWith(".xml") || name(f).endsWith(".xbrl")) && XBRL_ROOT.matcher(head(f)).matches();
    }

    /** An inline XBRL document: an .htm file (not an R page) that declares the inline XBRL namespace. */
    public static boolean isInline(Path f) {
        return (name(f).endsWith(".htm") || name(f).endsWith(".xhtml")) && !R_PAGE.matcher(name(f)).matches()
                && head(f).contains("http://www.xbrl.org/2013/inlineXBRL");
    }

    /**
     * Reads an instance: XML ({@code .xml}, {@code .xbrl}) or inline XBRL ({@code .htm}, {@code .xhtml}); messages
     * name the path as given.
     */
    public static XbrlInstance read(Path file) throws InputException {
        String name = name(file);
        try (var in = Files.newInputStream(file)) {
            return name.endsWith(".xml") || name.endsWith(".xbrl") ? new InstanceParser().parse(file.toString(), in)
                    : new InlineXbrlParser().parse(file.toString(), in);
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(file.toString(), 0), "expected a readable file: " + e.getMessage(), e);
        }
    }

    private static String head(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return new String(in.readNBytes(8192), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }
}
