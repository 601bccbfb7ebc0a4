package org.xbrllinker.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import java.util.SplittableRandom;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.xbrllinker.link.LinkedDisclosure;
import org.xbrllinker.link.Linker;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.Disclosure;
import org.xbrllinker.parse.HtmlRPageParser;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.TextRPageParser;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.testing.RPages;
import org.xbrllinker.testing.Shared;
import org.xbrllinker.parse.TextRendering;

/**
 * The linker never crashes on a damaged page: the seed and real R pages (text and HTML), each mutated one to four
 * times (a line deleted, duplicated or swapped, a digit flipped, garbage bytes inserted, the file truncated, a
 * separator replaced), are parsed, linked and mapped to RDF as the job does. Each either gives a linked disclosure (a
 * line item per row, triples in its graph) or is refused with an {@link InputException} that names the file and the
 * line, or the row and cell, where it went wrong (only a problem of the whole file, no table.report at all, names
 * the file alone). Any other exception or error fails the property. 600 text and 600 HTML pages a run, drawn from
 * fixed seeds, so that a failure is reproduced by running the test again; the failure names the page and its
 * mutations. (A generator of our own on {@link SplittableRandom}: the property-test library first tried asks that
 * AI agents not use it, and this project is partly written by them.)
 */
class MutatedInputPropertyTest {

    private static final Pattern ROW_AND_CELL = Pattern.compile("^row \\d+, cell \\d+: .+");
    private static final Pattern WHOLE_FILE = Pattern.compile("^expected an R page: no table\\.report found$");

    private static final Linker LINKER = new Linker(TaxonomyLoader.bundled(), LinkerOptions.defaults());
    private static final RdfMapper MAPPER = new RdfMapper(Iris.defaults(), LinkerOptions.DEFAULT_NAMESPACE);
    private static final TextRPageParser TEXT = new TextRPageParser();
    private static final HtmlRPageParser HTML = new HtmlRPageParser();

    /** A page to mutate: its name as the reader would see it, and its bytes. */
    record Page(String name, byte[] bytes) {
    }

    /** One mutation: its kind, two numbers that choose where and what (taken modulo what the page has), and bytes. */
    record Mutation(int kind, int a, int b, byte[] garbage) {

        static final int KINDS = 7;
        private static final byte[] SEPARATORS = "|,.()$-<>\"\n ".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] DIGIT_SWAPS = "0123456789Ol,. -".getBytes(StandardCharsets.US_ASCII);

        byte[] apply(byte[] in) {
            return switch (kind) {
                case 0 -> lines(in, lines -> lines.remove(a % lines.size()));
                case 1 -> lines(in, lines -> lines.add(a % lines.size(), lines.get(a % lines.size())));
                case 2 -> lines(in, lines -> {
                    int i = a % lines.size();
                    int j = b % lines.size();
                    byte[] x = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, x);
                });
                case 3 -> flipDigit(in);
                case 4 -> insert(in, a % (in.length + 1), garbage);
                case 5 -> Arrays.copyOf(in, a % (in.length + 1));
                default -> replaceSeparator(in);
            };
        }

        private byte[] flipDigit(byte[] in) {
            int digits = 0;
            for (byte x : in) {
                digits += x >= '0' && x <= '9' ? 1 : 0;
            }
            if (digits == 0) {
                return in;
            }
            int target = a % digits;
            byte[] out = in.clone();
            for (int i = 0, seen = 0; i < out.length; i++) {
                if (out[i] >= '0' && out[i] <= '9' && seen++ == target) {
                    out[i] = DIGIT_SWAPS[b % DIGIT_SWAPS.length];
                    break;
                }
            }
            return out;
        }

        /** Every occurrence of one separator from the a-th on replaced by another separator, or removed. */
        private byte[] replaceSeparator(byte[] in) {
            byte from = SEPARATORS[a % SEPARATORS.length];
            int to = b % (SEPARATORS.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
            int seen = 0;
            int skip = (a / SEPARATORS.length) % 50;
            for (byte x : in) {
                if (x == from && seen++ >= skip) {
                    if (to < SEPARATORS.length) {
                        out.write(SEPARATORS[to]);
                    }
                } else {
                    out.write(x);
                }
            }
            return out.toByteArray();
        }

        private static byte[] insert(byte[] in, int at, byte[] bytes) {
            byte[] out = new byte[in.length + bytes.length];
            System.arraycopy(in, 0, out, 0, at);
            System.arraycopy(bytes, 0, out, at, bytes.length);
            System.arraycopy(in, at, out, at + bytes.length, in.length - at);
            return out;
        }

        private interface LineEdit {
            void edit(List<byte[]> lines);
        }

        private static byte[] lines(byte[] in, LineEdit edit) {
            List<byte[]> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= in.length; i++) {
                if (i == in.length || in[i] == '\n') {
                    lines.add(Arrays.copyOfRange(in, start, Math.min(i + 1, in.length)));
                    start = i + 1;
                }
            }
            edit.edit(lines);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 256);
            lines.forEach(out::writeBytes);
            return out.toByteArray();
        }

        @Override
        public String toString() {
            String[] names = {"delete line", "duplicate line", "swap lines", "flip digit", "insert garbage",
                    "truncate", "replace separator"};
            return names[kind] + "(" + a + ", " + b + (kind == 4 ? ", " + Arrays.toString(garbage) : "") + ")";
        }
    }

    private static final List<Page> TEXT_PAGES = List.of(
            read("000_c342e9fcd42f2d70.txt", Shared.seed()),
            rendered("R4.txt", RPages.apple("R4.htm")),
            rendered("R7.txt", RPages.apple("R7.htm")),
            rendered("att-R3.txt", RPages.misc("att-R3.htm")));

    private static final List<Page> HTML_PAGES = List.of(
            read("R2.htm", RPages.apple("R2.htm")),
            read("R4.htm", RPages.apple("R4.htm")),
            read("R5.htm", RPages.apple("R5.htm")),
            read("adsk_2019_R2.htm", RPages.misc("adsk_2019_R2.htm")));

    private static Page read(String name, Path file) {
        try {
            return new Page(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page rendered(String name, Path html) {
        try {
            return new Page(name, TextRendering.render(html).text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code tries} pages drawn from {@code pages}, each with one to four mutations, all chosen by {@code seed}. */
    static List<Page> mutated(List<Page> pages, int tries, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Page> out = new ArrayList<>(tries);
        for (int t = 0; t < tries; t++) {
            Page page = pages.get(random.nextInt(pages.size()));
            List<Mutation> mutations = new ArrayList<>();
            for (int m = 1 + random.nextInt(4); m > 0; m--) {
                byte[] garbage = new byte[1 + random.nextInt(12)];
                random.nextBytes(garbage);
                mutations.add(new Mutation(random.nextInt(Mutation.KINDS), random.nextInt(Integer.MAX_VALUE),
                        random.nextInt(Integer.MAX_VALUE), garbage));
            }
            byte[] bytes = page.bytes();
            for (Mutation m : mutations) {
                bytes = m.apply(bytes);
            }
            out.add(new Page(page.name() + " " + mutations, bytes));
        }
        return out;
    }

    @Test
    void aMutatedTextPageIsLinkedOrRefusedWithItsLine() {
        check(mutated(TEXT_PAGES, 600, 20251126L), false);
    }

    @Test
    void aMutatedHtmlPageIsLinkedOrRefusedWithItsLineOrCell() {
        check(mutated(HTML_PAGES, 600, 20251127L), true);
    }

    /** Every page linked or refused with its location; both outcomes common enough that the property means something. */
    private static void check(List<Page> pages, boolean html) {
        int linked = 0;
        for (Page page : pages) {
            try {
                linked += "linked".equals(linkOrRefuse(page, html)) ? 1 : 0;
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                throw new AssertionError("on " + page.name() + ": " + e, e);
            }
        }
        int refused = pages.size() - linked;
        assertTrue(linked * 10 > pages.size() && refused * 10 > pages.size(),
                "coverage: " + linked + " linked, " + refused + " refused of " + pages.size());
    }

    /** "linked" or "refused"; anything else than a located refusal fails. */
    private static String linkOrRefuse(Page page, boolean html) {
        // the name without the mutations, as the file name a reader would see
        String file = page.name().substring(0, page.name().indexOf(' '));
        Disclosure disclosure;
        try {
            disclosure = html ? HTML.parse(file, new ByteArrayInputStream(page.bytes()))
                    : TEXT.parse(file, new ByteArrayInputStream(page.bytes()));
        } catch (InputException e) {
            assertEquals(file, e.location().file(), e.getMessage());
            assertTrue(e.getMessage().startsWith(file), e.getMessage());
            assertTrue(e.location().line() > 0 || ROW_AND_CELL.matcher(e.problem()).matches()
                    || WHOLE_FILE.matcher(e.problem()).matches(), "neither a line nor a row and cell: " + e.getMessage());
            return "refused";
        }
        LinkedDisclosure linked = LINKER.link(disclosure);
        assertEquals(disclosure.rows().size(), linked.lineItems().size());
        Model model = MAPPER.map(linked);
        assertTrue(model.size() > 0);
        return "linked";
    }
}
