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
                + "labels varied, a share with a planted calculation or roll-forward error) and manifest.csv.")
final class BenchCorpusCommand implements Callable<Integer> {

    static final Path DEFAULT_SEED = Path.of("..", "shared", "seeds", "000_c342e9fcd42f2d70.txt");
    static final Path DEFAULT_PAGES = Path.of("..", "shared", "data", "filings", "aapl-0000320193-25-000057");

    @Option(names = "--disclosures", paramLabel = "N", required = true, description = "How many disclosures.")
    int disclosures;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write them into.")
    Path out;

    @Option(names = "--error-rate", paramLabel = "SHARE",
            description = "Share of disclosures with a planted error (default: ${DEFAULT-VALUE}).")
    double errorRate = 0.05;

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
                    .generate(disclosures, errorRate, seed, out);
            long planted = entries.stream().filter(CorpusGenerator.Entry::planted).count();
            System.out.println(entries.size() + " disclosure(s) written to " + out + ", " + planted
                    + " with a planted error; manifest: " + out.resolve(CorpusGenerator.MANIFEST));
            return 0;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("xbrl-linker: " + e.getMessage());
            return 2;
        }
    }
}
