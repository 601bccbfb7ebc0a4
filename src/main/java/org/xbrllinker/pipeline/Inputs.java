package org.xbrllinker.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xbrllinker.filing.FilingSummaryReader;
import org.xbrllinker.filing.ReportEntry;


/**
 * Expands the input paths of a run into work. A folder with a {@code FilingSummary.xml}, R pages ({@code R12.htm}) or
 * an instance is a filing: its instance first (the XML instance, else the inline document), then its R pages in the
 * FilingSummary's order (else by number). Any other folder stands for the {@code .txt} pages in it, in name order.
 */
public final class Inputs {

    private static final Pattern R_PAGE = Pattern.compile("R(\\d+)\\.html?", Pattern.CASE_INSENSITIVE);

    private Inputs() {
    }

    /** The work for the given paths, in order. */
    public static List<Work> plan(List<Path> paths) {
        List<Work> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                if (isFiling(p)) {
                    out.addAll(filing(p));
                } else {
                    list(p).stream().filter(f -> name(f).endsWith(".txt")).sorted()
                            .forEach(f -> out.add(new Work(f, Work.Kind.PAGE, null)));
                }
            } else if (name(p).endsWith(".xml") || name(p).endsWith(".xbrl") || (name(p).endsWith(".htm") && isInline(p))) {
                out.add(new Work(p, Work.Kind.INSTANCE, p));
            } else {
                out.add(new Work(p, Work.Kind.PAGE, null));
            }
        }
        return out;
    }

    /** The page paths of the given inputs (the text form's folders included), for callers that only read pages. */
    public static List<Path> expand(List<Path> paths) {
        return plan(paths).stream().filter(w -> w.kind() == Work.Kind.PAGE).map(Work::path).toList();
    }

    static boolean isFiling(Path dir) {
        return Files.exists(dir.resolve("FilingSummary.xml")) || list(dir).stream()
                .anyMatch(f -> R_PAGE.matcher(name(f)).matches() || isInstance(f) || isInline(f));
    }

    private static List<Work> filing(Path dir) {
        List<Work> out = new ArrayList<>();
        List<Path> files = list(dir);
        Optional<Path> xml = files.stream().filter(Inputs::isInstance).sorted().findFirst();
        Optional<Path> inline = files.stream().filter(Inputs::isInline).sorted().findFirst();
        xml.or(() -> inline).ifPresent(i -> out.add(new Work(i, Work.Kind.INSTANCE, dir)));
        List<Path> pages = new ArrayList<>();
        java.util.Map<Path, ReportEntry> entries = new java.util.HashMap<>();
        Path summary = dir.resolve("FilingSummary.xml");
        if (Files.exists(summary)) {
            try {
                for (ReportEntry r : FilingSummaryReader.read(summary).pages()) {
                    if (Files.exists(dir.resolve(r.htmlFileName()))) {
                        pages.add(dir.resolve(r.htmlFileName()));
                        entries.put(dir.resolve(r.htmlFileName()), r);
                    }
                }
            } catch (org.xbrllinker.parse.InputException e) {
                // an unreadable summary falls back to the pages' numbers; the pages themselves still get linked
                pages.clear();
            }
        }
        if (pages.isEmpty()) {
            files.stream().filter(f -> R_PAGE.matcher(name(f)).matches())
                    .sorted(Comparator.comparingInt(Inputs::pageNumber)).forEach(pages::add);
        }
        pages.forEach(p -> out.add(new Work(p, Work.Kind.PAGE, dir, entries.get(p))));
        return out;
    }

    /** An XML instance: an .xml file whose root element is xbrli:xbrl. */
    static boolean isInstance(Path f) {
        return name(f).endsWith(".xml") && head(f).matches("(?s).*<([A-Za-z_][\\w.-]*:)?xbrl[\\s>].*");
    }

    /** An inline XBRL document: an .htm file that declares the inline XBRL namespace. */
    static boolean isInline(Path f) {
        return (name(f).endsWith(".htm") || name(f).endsWith(".xhtml")) && !R_PAGE.matcher(name(f)).matches()
                && head(f).contains("http://www.xbrl.org/2013/inlineXBRL");
    }

    private static String head(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return new String(in.readNBytes(8192), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int pageNumber(Path f) {
        Matcher m = R_PAGE.matcher(name(f));
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
