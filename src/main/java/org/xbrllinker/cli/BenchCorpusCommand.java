package org.xbrllinker.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.xbrllinker.bench.CorpusGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-corpus --disclosures N --out DIR}: writes N disclosures derived from real R pages, and a manifest. */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
        description = "Write N disclosures derived from the seed and Apple's R pages (dates shifted, amounts scaled, "
                + "labels varied, a share with a planted calculation or roll-forward error), copies of Apple's filing "
                + "folder with its instance rewritten for another entity, and manifest.csv.")
final class BenchCorpusCommand implements Callable<Integer> {

    static final Path DEFAULT_SEED = Path.of("..", "shared", "seeds", "000_c342e9fcd42f2d70.txt");
    /** At N = 1000, two filing copies (84 disclosures); below N = 210, none. */
    static final double DEFAULT_INSTANCE_SHARE = 0.1;
    static final Path DEFAULT_PAGES = Path.of("..", "shared", "data", "filings", "aapl-0000320193-25-000057");

    @Option(names = "--disclosures", paramLabel = "N", required = true, description = "How many disclosures.")
    int disclosures;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write them into.")
    Path out;

    @Option(names = "--error-rate", paramLabel = "SHARE",
            description = "Share of disclosures with a planted error (default: ${DEFAULT-VALUE}).")
    double errorRate = 0.05;

    @Option(names = "--instance-share", paramLabel = "SHARE",
            description = "Share of the disclosures written as copies of Apple's whole filing folder (instance, "
                    + "taxonomy, 42 R pages; each copy counts as 42), rounded to whole copies (default: ${DEFAULT-VALUE}).")
    double instanceShare = DEFAULT_INSTANCE_SHARE;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--seed-page", paramLabel = "FILE", description = "The text page to derive from (default: ${DEFAULT-VALUE}).")
    Path seedPage = DEFAULT_SEED;

    @Option(names = "--pages", paramLabel = "DIR",
            description = "Apple's filing folder with R pages to derive from (default: ${DEFAULT-VALUE}).")
    Path pages = DEFAULT_PAGES;

    @Override
    public Integer call() throws Exception {
        try {
            List<CorpusGenerator.Entry> entries = new CorpusGenerator(seedPage, pages)
                    .generate(disclosures, errorRate, instanceShare, seed, out);
            long planted = entries.stream().filter(CorpusGenerator.Entry::planted).count();
            long filings = entries.stream().filter(e -> e.form().equals("instance")).count();
            System.out.println((entries.size() - filings + filings * CorpusGenerator.FILING_PAGES)
                    + " disclosure(s) written to " + out + " (" + filings + " filing folder(s) with an instance), "
                    + planted + " with a planted error; manifest: " + out.resolve(CorpusGenerator.MANIFEST));
            return 0;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("xbrl-linker: " + e.getMessage());
            return 2;
        }
    }
}
