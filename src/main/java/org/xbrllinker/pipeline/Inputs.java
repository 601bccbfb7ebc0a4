package org.xbrllinker.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xbrllinker.filing.FilingSummaryReader;
import org.xbrllinker.filing.ReportEntry;
import org.xbrllinker.instance.InstanceFiles;


/**
 * Expands the input paths of a run into work. A folder with a {@code FilingSummary.xml}, R pages ({@code R12.htm}) or
 * an instance ({@code .xml} or {@code .xbrl} XML, or inline {@code .htm}/{@code .xhtml}) is a filing: its instance first (the XML instance, else the inline document), then its R pages in the
 * FilingSummary's order (else by number). Any other folder stands for what it holds, in name order: its pages
 * ({@code .txt} text, {@code .htm}/{@code .html} HTML under any name) and the filing folders directly in it (a folder of
 * downloaded filings); one that holds none of these is named in the plan's warnings, with what was looked for.
 */
public final class Inputs {

    private static final Pattern R_PAGE = Pattern.compile("R(\\d+)\\.html?", Pattern.CASE_INSENSITIVE);

    private Inputs() {
    }

    /** The work for the given paths, in order. */
    public static List<Work> plan(List<Path> paths) {
        return planned(paths).work();
    }

    /**
     * The work for the given paths, in order, and what planning it could not do as the inputs asked, each with its
     * file and reason: a filing's FilingSummary.xml that cannot be read (its pages are then taken in the order of
     * their numbers), pages a folder holds that its FilingSummary.xml does not list (not linked), pages it lists that
     * the folder lacks.
     */
    public static Plan planned(List<Path> paths) {
        List<Work> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                if (isFiling(p)) {
                    out.addAll(filing(p, warnings));
                } else {
                    int before = out.size();
                    for (Path entry : entries(p)) {
                        if (Files.isDirectory(entry)) {
                            if (isFiling(entry)) {
                                out.addAll(filing(entry, warnings));
                            }
                        } else if (isPageFile(entry)) {
                            out.add(new Work(entry, Work.Kind.PAGE, null));
                        }
                    }
                    if (out.size() == before) {
                        warnings.add(p + ": holds no disclosure to link: no R pages (R2.htm), FilingSummary.xml or "
                                + "instance of a filing, no .txt or .htm pages, and no filing folders");
                    }
                }
            } else if (name(p).endsWith(".xml") || name(p).endsWith(".xbrl") || isInline(p)) {
                out.add(new Work(p, Work.Kind.INSTANCE, p));
            } else {
                out.add(new Work(p, Work.Kind.PAGE, null));
            }
        }
        return new Plan(List.copyOf(out), List.copyOf(warnings));
    }

    /** A run's work and the warnings of planning it. */
    public record Plan(List<Work> work, List<String> warnings) {
    }

    /** The page paths of the given inputs (the text form's folders included), for callers that only read pages. */
    public static List<Path> expand(List<Path> paths) {
        return plan(paths).stream().filter(w -> w.kind() == Work.Kind.PAGE).map(Work::path).toList();
    }

    static boolean isFiling(Path dir) {
        return Files.exists(dir.resolve("FilingSummary.xml")) || list(dir).stream()
                .anyMatch(f -> R_PAGE.matcher(name(f)).matches() || isInstance(f) || isInline(f));
    }

    private static List<Work> filing(Path dir, List<String> warnings) {
        List<Work> out = new ArrayList<>();
        List<Path> files = list(dir);
        InstanceFiles.of(dir).ifPresent(i -> out.add(new Work(i, Work.Kind.INSTANCE, dir)));
        List<Path> pages = new ArrayList<>();
        java.util.Map<Path, ReportEntry> entries = new java.util.HashMap<>();
        Path summary = dir.resolve("FilingSummary.xml");
        if (Files.exists(summary)) {
            List<String> missing = new ArrayList<>();
            try {
                for (ReportEntry r : FilingSummaryReader.read(summary).pages()) {
                    if (Files.exists(dir.resolve(r.htmlFileName()))) {
                        pages.add(dir.resolve(r.htmlFileName()));
                        entries.put(dir.resolve(r.htmlFileName()), r);
                    } else {
                        missing.add(r.htmlFileName());
                    }
                }
            } catch (org.xbrllinker.parse.InputException e) {
                // an unreadable summary falls back to the pages' numbers; the pages themselves still get linked
                pages.clear();
                missing.clear();
                warnings.add(summary + ": not readable (" + e.getMessage() + "); the folder's R pages are linked in "
                        + "the order of their numbers, without the summary's titles and roles");
            }
            if (!pages.isEmpty()) {
                List<String> unlisted = files.stream().filter(f -> R_PAGE.matcher(name(f)).matches())
                        .filter(f -> !entries.containsKey(f)).sorted(Comparator.comparingInt(Inputs::pageNumber))
                        .map(f -> f.getFileName().toString()).toList();
                if (!unlisted.isEmpty()) {
                    warnings.add(summary + ": does not list " + names(unlisted) + ", which the folder holds: not linked");
                }
            }
            if (!missing.isEmpty()) {
                warnings.add(summary + ": lists " + names(missing) + ", which the folder lacks");
            }
        }
        if (pages.isEmpty()) {
            files.stream().filter(f -> R_PAGE.matcher(name(f)).matches())
                    .sorted(Comparator.comparingInt(Inputs::pageNumber)).forEach(pages::add);
        }
        pages.forEach(p -> out.add(new Work(p, Work.Kind.PAGE, dir, entries.get(p))));
        return out;
    }

    /** File names for a warning: all of a few, else the first five and how many more. */
    private static String names(List<String> files) {
        String shown = String.join(", ", files.subList(0, Math.min(5, files.size())));
        return files.size() <= 5 ? shown : files.size() + " pages (" + shown + ", ...)";
    }

    static boolean isInstance(Path f) {
        return InstanceFiles.isInstance(f);
    }

    static boolean isInline(Path f) {
        return InstanceFiles.isInline(f);
    }

    private static int pageNumber(Path f) {
        Matcher m = R_PAGE.matcher(name(f));
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }

    /** A page file in a folder that is not a filing: the text form, or an HTML page whatever its name. */
    private static boolean isPageFile(Path f) {
        String n = name(f);
        return n.endsWith(".txt") || n.endsWith(".htm") || n.endsWith(".html");
    }

    /** The files and folders directly in {@code dir}, by name. */
    private static List<Path> entries(Path dir) {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(f -> Files.isRegularFile(f) || Files.isDirectory(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
