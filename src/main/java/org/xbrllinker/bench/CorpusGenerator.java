package org.xbrllinker.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.xbrllinker.parse.TextRendering;

/**
 * Writes a corpus of R pages derived from real ones, for the benchmark and for tests that need many disclosures: the
 * seed (flattened text), Apple's restricted-stock roll-forward (R38, HTML) and Apple pages that link clean on their
 * own (HTML, and R38 flattened with {@link TextRendering}). Each copy shifts its dates by whole years, multiplies
 * every amount by one integer factor (so every calculation and roll-forward still holds), varies the case of its
 * labels, and is named after a made-up entity and CIK. A known share of copies carries a planted error: one amount
 * changed so that exactly one error-level check fails; {@code manifest.csv} lists every copy and what was planted.
 */
public final class CorpusGenerator {

    /** How many disclosures (R pages) one copy of Apple's filing holds. */
    public static final int FILING_PAGES = 42;
    /** The fact changed in a planted filing copy: the cost of revenue of the six months (c-1), shown on R4 only. */
    static final String PLANT_CONCEPT = "us-gaap:CostOfGoodsAndServicesSold";
    static final String PLANT_CONTEXT = "c-1";
    static final String PLANT_CHECK = "calculation.instance";
    private static final String APPLE_NAME = "Apple Inc.";
    private static final String APPLE_CIK = "0000320193";

    /** The manifest's file name inside the corpus folder. */
    public static final String MANIFEST = "manifest.csv";

    /** A source page, its form, and where an error can be planted (null: nowhere). */
    private record Template(String name, Path page, boolean html, boolean renderAsText, String plantRow,
                            String plantCheck) {
    }

    /** One written disclosure, as the manifest lists it. */
    public record Entry(String file, String form, String template, String entity, String cik, int yearShift,
                        int factor, boolean planted, String check, String row, String original, String changed) {
    }

    private static final String[] ENTITIES = {"Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Globex Corp",
            "Initech Inc", "Umbrella Holdings", "Stark Industries", "Wayne Enterprises", "Tyrell Corp",
            "Cyberdyne Systems", "Soylent Corp", "Acme Corp"};
    /** Apple pages that link with no failing error-level check on their own (no instance beside them). */
    private static final int[] CLEAN_APPLE_PAGES = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
            21, 22, 23, 24, 25, 26, 28, 30, 34, 35, 37, 39, 40};
    private static final Pattern DATE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.? (\\d{1,2}), (\\d{4})\\b");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    /** A text-form value line: {@code |$ 3,523,543}, {@code |(86,170)}, {@code |0}, {@code |158.73}. */
    private static final Pattern TEXT_VALUE = Pattern.compile("\\|(\\$ )?\\(?-?[\\d,]+(\\.\\d+)?\\)?");

    private final Path seedPage;
    private final Path applePages;

    /** The seed text page and Apple's filing folder of the shared data. */
    public CorpusGenerator(Path seedPage, Path applePages) {
        this.seedPage = seedPage;
        this.applePages = applePages;
    }

    /**
     * Writes {@code count} disclosures into {@code out} (created if needed) and the manifest; the same seed gives
     * the same files byte for byte.
     */
    public List<Entry> generate(int count, double errorRate, long seed, Path out) throws IOException {
        return generate(count, errorRate, 0, seed, out);
    }

    /**
     * Writes {@code count} disclosures into {@code out}: a share {@code instanceShare} of them as copies of Apple's
     * whole 10-Q filing folder (instance, taxonomy, MetaLinks.json, FilingSummary.xml and its {@value #FILING_PAGES}
     * R pages, each copy counting as that many disclosures), the rest as single R pages; then the manifest. With an
     * instance share of 0 the pages are those {@link #generate(int, double, long, Path)} writes. The same seed gives
     * the same files byte for byte.
     */
    public List<Entry> generate(int count, double errorRate, double instanceShare, long seed, Path out)
            throws IOException {
        if (errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("the error rate is a share between 0 and 1, found " + errorRate);
        }
        if (instanceShare < 0 || instanceShare > 1) {
            throw new IllegalArgumentException("the instance share is a share between 0 and 1, found " + instanceShare);
        }
        int filings = (int) Math.round(count * instanceShare / FILING_PAGES);
        List<Entry> entries = new ArrayList<>(pages(count - filings * FILING_PAGES, errorRate, seed, out, filings > 0));
        if (filings > 0) {
            entries.addAll(filings(filings, count - filings * FILING_PAGES, errorRate, seed, out));
        }
        writeManifest(entries, out.resolve(MANIFEST));
        return entries;
    }

    private List<Entry> pages(int count, double errorRate, long seed, Path out, boolean filingsToo)
            throws IOException {
        if (count < 1 && filingsToo) {
            Files.createDirectories(out);
            return List.of();
        }
        if (count < 1) {
            throw new IllegalArgumentException("the corpus needs at least one disclosure, found " + count);
        }
        if (errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("the error rate is a share between 0 and 1, found " + errorRate);
        }
        List<Template> templates = templates();
        Random random = new Random(seed);
        List<Template> chosen = new ArrayList<>(count);
        List<Integer> plantable = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // the pages that carry checks (seed, R38) make half the corpus, the rest is plain loading work
            double r = random.nextDouble();
            Template t = r < 0.30 ? templates.get(0) : r < 0.45 ? templates.get(1) : r < 0.50 ? templates.get(2)
                    : templates.get(3 + random.nextInt(templates.size() - 3));
            chosen.add(t);
            if (t.plantRow() != null) {
                plantable.add(i);
            }
        }
        Collections.shuffle(plantable, random);
        int errors = (int) Math.min(plantable.size(), Math.round(count * errorRate));
        Set<Integer> planted = new HashSet<>(plantable.subList(0, errors));

        Files.createDirectories(out);
        List<Entry> entries = new ArrayList<>(count);
        java.util.Map<Path, String> sources = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            Template t = chosen.get(i);
            String entity = ENTITIES[random.nextInt(ENTITIES.length)] + " " + (1 + random.nextInt(99));
            String cik = String.format(Locale.ROOT, "%010d", 1_000_000 + random.nextInt(8_999_999));
            int shift = -random.nextInt(12);
            int factor = 1 + random.nextInt(9);
            boolean upper = random.nextBoolean();
            long delta = 1 + random.nextInt(999);
            String source = sources.computeIfAbsent(t.page(), CorpusGenerator::read);
            String file = String.format(Locale.ROOT, "%06d-%s-%s.%s", i, cik, slug(entity),
                    t.html() && !t.renderAsText() ? "htm" : "txt");
            Variant v = t.html() ? html(source, t, shift, factor, upper, planted.contains(i) ? delta : 0)
                    : text(source, t, shift, factor, upper, planted.contains(i) ? delta : 0);
            if (planted.contains(i) && v.original() == null) {
                throw new IllegalStateException(t.page() + ": no row \"" + t.plantRow() + "\" to plant an error in");
            }
            Files.writeString(out.resolve(file), v.content(), StandardCharsets.UTF_8);
            entries.add(new Entry(file, file.endsWith(".htm") ? "html" : "text", t.name(), entity, cik, shift,
                    factor, v.original() != null, v.original() != null ? t.plantCheck() : "",
                    v.original() != null ? t.plantRow() : "", v.original() == null ? "" : v.original(),
                    v.changed() == null ? "" : v.changed()));
        }
        return entries;
    }

    /**
     * Copies of Apple's filing folder after the {@code first} pages, with a Random of their own (so the pages do not
     * change with the share): the instance rewritten by {@link InstanceVariant}, each R page as the HTML pages are
     * (dates, amounts with the instance's factor; labels as they are) with the cover page's entity name and CIK replaced,
     * the taxonomy files, MetaLinks.json and FilingSummary.xml copied as they are, the inline document left out (the
     * XML instance is the one the job reads). At least one copy carries a planted error when the rate is above 0.
     */
    private List<Entry> filings(int count, int first, double errorRate, long seed, Path out) throws IOException {
        Random random = new Random(seed * 31 + 7);
        int errors = (int) Math.min(count, Math.ceil(count * errorRate));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        Set<Integer> planted = new HashSet<>(order.subList(0, errors));
        List<Work> plan = org.xbrllinker.pipeline.Inputs.plan(List.of(applePages)).stream()
                .map(w -> new Work(w.path(), w.kind() == org.xbrllinker.pipeline.Work.Kind.INSTANCE)).toList();
        Path instance = plan.stream().filter(Work::instance).map(Work::path).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(applePages + ": no XBRL instance to derive from"));
        Set<Path> pages = new HashSet<>();
        plan.stream().filter(w -> !w.instance()).forEach(w -> pages.add(w.path()));
        if (pages.size() != FILING_PAGES) {
            throw new IllegalArgumentException(applePages + ": expected " + FILING_PAGES + " R pages, found "
                    + pages.size());
        }
        List<Path> files;
        try (var list = Files.list(applePages)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        Template page = new Template("filing", applePages, true, false, null, null);
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String entity = ENTITIES[random.nextInt(ENTITIES.length)] + " " + (1 + random.nextInt(99));
            String cik = String.format(Locale.ROOT, "%010d", 1_000_000 + random.nextInt(8_999_999));
            int shift = -random.nextInt(12);
            int factor = 1 + random.nextInt(9);
            long delta = planted.contains(i) ? 1 + random.nextInt(999) : 0;
            String folder = String.format(Locale.ROOT, "%06d-%s-%s", first + i, cik, slug(entity));
            Path dir = out.resolve(folder);
            Files.createDirectories(dir);
            InstanceVariant.Planted p = InstanceVariant.write(instance, dir.resolve(instance.getFileName()),
                    new InstanceVariant.Change(entity, cik, shift, factor, PLANT_CONCEPT, PLANT_CONTEXT, delta));
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (f.equals(instance)) {
                    continue;
                } else if (pages.contains(f)) {
                    // labels keep their case: the renderer's unit notes ("(in shares)") are read as written
                    Variant v = html(read(f), page, shift, factor, false, 0, new Identity(entity, cik));
                    String content = v.content();
                    if (p.original() != null) {
                        content = plantOnPage(content, p, PLANT_CONCEPT);
                    }
                    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
                } else if (!name.toLowerCase(Locale.ROOT).endsWith(".htm")) {
                    Files.copy(f, dir.resolve(name));
                }
            }
            entries.add(new Entry(folder, "instance", applePages.getFileName().toString(), entity, cik, shift, factor,
                    p.original() != null, p.original() != null ? PLANT_CHECK : "",
                    p.original() != null ? PLANT_CONCEPT + " " + PLANT_CONTEXT : "",
                    p.original() == null ? "" : p.original(), p.changed() == null ? "" : p.changed()));
        }
        return entries;
    }

    private record Work(Path path, boolean instance) {
    }

    /** Who a filing copy reports for: replaces Apple's name and CIK on the cover page. */
    private record Identity(String entity, String cik) {
    }

    private List<Template> templates() {
        List<Template> t = new ArrayList<>();
        t.add(new Template("seed", seedPage, false, false, "Accounts receivable, net", "calculation"));
        t.add(new Template("R38", applePages.resolve("R38.htm"), true, false, "Ending balance (in shares) | shares",
                "roll-forward"));
        t.add(new Template("R38-text", applePages.resolve("R38.htm"), true, true, null, null));
        for (int n : CLEAN_APPLE_PAGES) {
            t.add(new Template("R" + n, applePages.resolve("R" + n + ".htm"), true, false, null, null));
        }
        return t;
    }

    private record Variant(String content, String original, String changed) {
    }

    /** The text form: dates shifted, every value line scaled, one value changed when planting. */
    private static Variant text(String source, Template t, int shift, int factor, boolean upper, long delta) {
        List<String> lines = source.lines().toList();
        StringBuilder out = new StringBuilder(source.length() + 64);
        boolean plantNext = false;
        String original = null;
        String changed = null;
        boolean inDefinitions = false;
        for (String line : lines) {
            if (line.equals("|X")) {
                inDefinitions = true;
            }
            String l = shiftDates(line, shift);
            if (!inDefinitions && TEXT_VALUE.matcher(l).matches()) {
                String scaled = scale(l, factor, 0);
                if (plantNext) {
                    original = scaled.substring(1);
                    scaled = scale(l, factor, delta);
                    changed = scaled.substring(1);
                    plantNext = false;
                }
                l = scaled;
            } else if (!inDefinitions && l.startsWith("|") && l.length() > 1) {
                String label = l.substring(1);
                plantNext = delta != 0 && original == null && label.equals(t.plantRow());
                l = "|" + vary(label, upper);
            }
            out.append(l).append('\n');
        }
        return new Variant(out.toString(), original, changed);
    }

    /** The HTML form (or its flattening): dates shifted, every amount cell scaled, labels' case varied. */
    private static Variant html(String source, Template t, int shift, int factor, boolean upper, long delta) {
        return html(source, t, shift, factor, upper, delta, null);
    }

    /** As above; with an identity, text cells (the cover page) get its name and CIK and their dates shifted. */
    private static Variant html(String source, Template t, int shift, int factor, boolean upper, long delta,
                                Identity identity) {
        Document doc = Jsoup.parse(source);
        Element table = doc.selectFirst("table.report");
        String original = null;
        String changed = null;
        for (Element th : table.select("th, div")) {
            for (TextNode n : th.textNodes()) {
                n.text(shiftDates(n.getWholeText(), shift));
            }
        }
        for (Element tr : table.select("tr")) {
            Element label = tr.selectFirst("td.pl");
            boolean plant = delta != 0 && original == null && label != null
                    && label.text().strip().equals(t.plantRow());
            for (Element cell : tr.select("td.nump, td.num")) {
                for (TextNode n : cell.textNodes()) {
                    String before = n.getWholeText();
                    if (!AMOUNT.matcher(before).find()) {
                        continue;
                    }
                    String scaled = scale(before, factor, 0);
                    if (plant) {
                        original = cell.text();
                        scaled = scale(before, factor, delta);
                        n.text(scaled);
                        changed = cell.text();
                        plant = false;
                    } else {
                        n.text(scaled);
                    }
                }
            }
            if (identity != null) {
                boolean fiscalYear = label != null && label.text().strip().equals("Document Fiscal Year Focus");
                for (Element cell : tr.select("td.text")) {
                    for (TextNode n : cell.textNodes()) {
                        String v = n.getWholeText().replace(APPLE_NAME, identity.entity())
                                .replace(APPLE_CIK, identity.cik());
                        v = shiftDates(v.replaceAll("(\\d{1,2}),\\s+(\\d{4})", "$1, $2"), shift);
                        if (fiscalYear && v.strip().matches("\\d{4}")) {
                            v = Integer.toString(Integer.parseInt(v.strip()) + shift);
                        }
                        n.text(v);
                    }
                }
            }
            if (label != null) {
                for (Element a : label.select("a")) {
                    for (TextNode n : a.textNodes()) {
                        n.text(vary(n.getWholeText(), upper));
                    }
                }
            }
        }
        String html = doc.outerHtml();
        return new Variant(t.renderAsText() ? TextRendering.render(html).text() : html, original, changed);
    }

    /**
     * The planted fact's new value on the pages that show it: in the rows of its concept, a cell whose amount times
     * a power of 1000 is the instance's value before planting shows the value after it, in the same units.
     */
    static String plantOnPage(String html, InstanceVariant.Planted planted, String concept) {
        String ref = "defref_" + concept.replace(':', '_') + "'";
        if (!html.contains(ref)) {
            return html;
        }
        Document doc = Jsoup.parse(html);
        BigDecimal before = new BigDecimal(planted.original());
        BigDecimal after = new BigDecimal(planted.changed());
        boolean changed = false;
        for (Element tr : doc.select("tr")) {
            Element a = tr.selectFirst("td.pl a");
            if (a == null || !a.attr("onclick").contains(ref)) {
                continue;
            }
            for (Element cell : tr.select("td.nump, td.num")) {
                for (TextNode n : cell.textNodes()) {
                    Matcher m = AMOUNT.matcher(n.getWholeText());
                    if (!m.find()) {
                        continue;
                    }
                    BigDecimal shown = new BigDecimal(m.group().replace(",", ""));
                    for (int k = 0; k <= 9; k += 3) {
                        if (shown.scaleByPowerOfTen(k).compareTo(before) == 0) {
                            BigDecimal v = after.scaleByPowerOfTen(-k).stripTrailingZeros();
                            String digits = v.scale() <= 0
                                    ? String.format(Locale.ROOT, "%,d", v.toBigIntegerExact()) : v.toPlainString();
                            n.text(n.getWholeText().substring(0, m.start()) + digits
                                    + n.getWholeText().substring(m.end()));
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        return changed ? doc.outerHtml() : html;
    }

    /** Multiplies the first amount of {@code s} by {@code factor} and adds {@code delta}, keeping its digits' form. */
    static String scale(String s, int factor, long delta) {
        Matcher m = AMOUNT.matcher(s);
        if (!m.find()) {
            return s;
        }
        BigDecimal value = new BigDecimal(m.group().replace(",", ""));
        BigDecimal scaled = value.multiply(BigDecimal.valueOf(factor)).add(BigDecimal.valueOf(delta));
        String digits = m.group().contains(",") || scaled.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                && value.scale() == 0 ? String.format(Locale.ROOT, "%,d", scaled.toBigIntegerExact())
                : scaled.toPlainString();
        return s.substring(0, m.start()) + digits + s.substring(m.end());
    }

    static String shiftDates(String s, int shift) {
        if (shift == 0 || s.indexOf(',') < 0) {
            return s;
        }
        Matcher m = DATE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int year = Integer.parseInt(m.group(3)) + shift;
            String day = m.group(2);
            // a shifted 29 February falls on a day that exists
            if (m.group(1).equals("Feb") && day.equals("29") && !java.time.Year.isLeap(year)) {
                day = "28";
            }
            m.appendReplacement(out, m.group().substring(0, m.start(2) - m.start()) + day + ", " + year);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The label as some filers type it: title case (or left as it is); the words stay the same. */
    private static String vary(String label, boolean upper) {
        if (!upper || label.isBlank()) {
            return label;
        }
        StringBuilder out = new StringBuilder(label.length());
        boolean start = true;
        for (char c : label.toCharArray()) {
            out.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    private static String slug(String entity) {
        return entity.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the corpus source " + p, e);
        }
    }

    private static void writeManifest(List<Entry> entries, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("file,form,template,entity,cik,year_shift,factor,planted,check,row,original,changed\n");
            for (Entry e : entries) {
                w.write(String.join(",", e.file(), e.form(), e.template(), csv(e.entity()), e.cik(),
                        Integer.toString(e.yearShift()), Integer.toString(e.factor()), Boolean.toString(e.planted()),
                        e.check(), csv(e.row()), csv(e.original()), csv(e.changed())));
                w.write('\n');
            }
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
