package org.xbrllinker.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xbrllinker.instance.InstanceFiles;
import org.xbrllinker.instance.XbrlFact;
import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.parse.InputException;

/**
 * What names an input in data IRIs, so that two inputs never share a graph by accident.
 * <ul>
 * <li>A <b>filing</b> (a folder, or an instance given alone): its SEC accession number where a name tells it (the
 * folder's name, as EDGAR's archive and the usual downloads name it: {@code 000032019325000057},
 * {@code aapl-0000320193-25-000057}; or the instance's name; or, for an instance given alone, its folder's), written
 * {@code 0000320193-25-000057}; else the entity and period its instance reports ({@code dei:EntityCentralIndexKey}
 * or the contexts' identifier, {@code dei:DocumentPeriodEndDate}, and {@code dei:DocumentType}):
 * {@code 0000320193_2025-03-29_10-Q}; else its name and the hash of its content (the instance, else its
 * FilingSummary.xml, else its R pages).</li>
 * <li>A <b>page of a filing</b>: the filing's name, then the page's ({@code 0000320193-25-000057/R2}).</li>
 * <li>A <b>page given alone</b>: under its folder's accession number when the folder's name tells one (the page as
 * its filing names it), else its name and the first 64 bits of the SHA-256 of its bytes
 * ({@code 000_c342e9fcd42f2d70-1f0a...}): the same file linked again is the same disclosure and replaces its own
 * graph; two different files of one name are two disclosures.</li>
 * </ul>
 * A source that is not a readable file (a test's made-up name) is named by its name alone. Keys are remembered for the
 * run while the file they were made from keeps its size and time.
 */
public final class Identity {

    private static final Pattern ACCESSION = Pattern.compile("(?<!\\d)(\\d{10})-?(\\d{2})-?(\\d{6})(?!\\d)");
    private static final Pattern R_PAGE = Pattern.compile("R\\d+\\.html?", Pattern.CASE_INSENSITIVE);
    private static final String DEI = "http://xbrl.sec.gov/dei/";

    /** A key, and what keeps it valid: nothing (a name told it), a file's size and time, or never (made each time). */
    private record Known(Path file, Stamp stamp, String key) {
        static Known fixed(String key) {
            return new Known(null, null, key);
        }

        static Known once(String key) {
            return new Known(Path.of(""), null, key);
        }

        boolean current() {
            return file == null || stamp != null && stamp.equals(Stamp.of(file));
        }
    }

    private record Stamp(long size, long modified) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return a.isRegularFile() ? new Stamp(a.size(), a.lastModifiedTime().toMillis()) : null;
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
        }
    }

    private static final Map<String, Known> PAGES = new ConcurrentHashMap<>();
    private static final Map<String, Known> FILINGS = new ConcurrentHashMap<>();

    private Identity() {
    }

    /** The key of a page read on its own (see the class). */
    public static String page(String source) {
        return remembered(PAGES, source, Identity::pageKey);
    }

    /** The key of a filing, given as its folder or its instance file (see the class). */
    public static String filing(String filingSource) {
        return remembered(FILINGS, filingSource, Identity::filingKey);
    }

    private static String remembered(Map<String, Known> known, String source, java.util.function.Function<String, Known> make) {
        Known k = known.get(source);
        if (k == null || !k.current()) {
            k = make.apply(source);
            known.put(source, k);
        }
        return k.key();
    }

    /**
     * The key of an input file as a file (not its content): its name and the hash of its absolute path. The record of
     * its refusal and the {@code xlk:input} of what it gave are named by it, so that linking the file again after it
     * changed finds what the earlier version left.
     */
    public static String input(String file) {
        Path p = path(file);
        if (p == null) {
            return Iris.slug(file);
        }
        return Iris.slug(file) + "-" + Iris.hash(p.toAbsolutePath().normalize().toString().replace('\\', '/'));
    }

    /**
     * The path published as a disclosure's or filing's {@code dcterms:source}: a relative path as given; an absolute
     * one relative to the working folder when it lies under it, else the file's name. Never an absolute path.
     */
    public static String published(String given) {
        Path p = path(given);
        if (p == null || !p.isAbsolute()) {
            return given;
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path abs = p.normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString().replace('\\', '/')
                : abs.getFileName().toString();
    }

    /** The accession number a name tells ({@code 0000320193-25-000057}), if any. */
    public static Optional<String> accession(String name) {
        Matcher m = ACCESSION.matcher(name);
        return m.find() ? Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
    }

    private static Known pageKey(String source) {
        Path p = path(source);
        if (p == null) {
            return Known.fixed(Iris.slug(source));
        }
        Path folder = p.toAbsolutePath().normalize().getParent();
        Optional<String> accession = folder == null || folder.getFileName() == null ? Optional.empty()
                : accession(folder.getFileName().toString());
        if (accession.isPresent()) {
            return Known.fixed(accession.get() + "/" + Iris.slug(source));
        }
        return hashed(Iris.slug(source), p, List.of(p));
    }

    private static Known filingKey(String filingSource) {
        Path p = path(filingSource);
        if (p == null) {
            return Known.fixed(Iris.slug(filingSource));
        }
        Path abs = p.toAbsolutePath().normalize();
        boolean folder = Files.isDirectory(abs);
        Optional<String> accession = accession(name(abs));
        if (accession.isEmpty() && !folder && abs.getParent() != null) {
            accession = accession(name(abs.getParent()));
        }
        if (accession.isPresent()) {
            return Known.fixed(accession.get());
        }
        Optional<Path> instance = folder ? InstanceFiles.of(abs) : Optional.of(abs);
        if (instance.isPresent()) {
            Optional<String> reported = entityAndPeriod(instance.get());
            Stamp stamp = Stamp.of(instance.get());
            if (reported.isPresent() && stamp != null) {
                return new Known(instance.get(), stamp, reported.get());
            }
            return hashed(Iris.slug(filingSource), instance.get(), List.of(instance.get()));
        }
        Path summary = abs.resolve("FilingSummary.xml");
        if (Files.isRegularFile(summary)) {
            return hashed(Iris.slug(filingSource), summary, List.of(summary));
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(abs)) {
            pages = files.filter(f -> R_PAGE.matcher(name(f)).matches()).sorted().toList();
        } catch (IOException e) {
            pages = List.of();
        }
        // no one file stands for the folder's content: its key is not remembered
        return Known.once(hashed(Iris.slug(filingSource), null, pages).key());
    }

    /** {@code cik_period-end_document-type}, from the instance's DEI facts, when it reads and reports them. */
    private static Optional<String> entityAndPeriod(Path instance) {
        XbrlInstance read;
        try {
            read = InstanceFiles.read(instance);
        } catch (InputException | RuntimeException e) {
            return Optional.empty(); // the job refuses the instance with its own message; its pages keep a hash key
        }
        String cik = dei(read, "EntityCentralIndexKey").orElse(read.entity());
        Optional<String> end = dei(read, "DocumentPeriodEndDate");
        if (cik == null || cik.isBlank() || end.isEmpty()) {
            return Optional.empty();
        }
        String type = dei(read, "DocumentType").map(t -> "_" + t).orElse("");
        return Optional.of((cik.strip() + "_" + end.get().strip() + type).replaceAll("[^A-Za-z0-9._-]+", "-"));
    }

    private static Optional<String> dei(XbrlInstance instance, String localName) {
        return instance.facts().stream()
                .filter(f -> f.namespace() != null && f.namespace().startsWith(DEI) && !f.nil()
                        && f.concept().substring(f.concept().indexOf(':') + 1).equals(localName))
                .map(XbrlFact::text).filter(t -> t != null && !t.isBlank()).findFirst();
    }

    /** {@code name-hash}: the first 64 bits of the SHA-256 of the files' bytes, in order. */
    private static Known hashed(String name, Path stamped, List<Path> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        Stamp before = stamped == null ? null : Stamp.of(stamped);
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
                while (in.read(buffer) >= 0) {
                    // the digest reads along
                }
            } catch (IOException e) {
                // an input that cannot be read is named by its name (the job refuses it with the reason), until it reads
                return Known.once(name);
            }
        }
        String key = name + "-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        return stamped == null || before == null ? Known.once(key) : new Known(stamped, before, key);
    }

    private static Path path(String source) {
        try {
            Path p = Path.of(source);
            return p.getFileName() == null ? null : p;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }
}
