package org.xbrllinker.batch;

import java.nio.file.Path;

/** Job parameter names and defaults of {@code link-disclosures}, shared by the CLI and the artifacts. */
public final class JobSettings {
    public static final String JOB = "link-disclosures";
    /** Required: input paths (files or folders), one a line. */
    public static final String INPUTS = "inputs";
    /**
     * TDB2 folder, or the dataset URL of a SPARQL 1.1 server ({@code http://host:port/ds}); default
     * {@value #DEFAULT_STORE} under the working directory.
     */
    public static final String STORE = "store";
    /**
     * Taxonomy sources (schemas, linkbases, package folders, catalog files, MetaLinks.json), one a line; default the
     * bundled US-GAAP subset.
     */
    public static final String TAXONOMY = "taxonomy";
    /** Where the JSON report goes; default {@code report.json} in the store folder. */
    public static final String REPORT = "report";
    public static final String BASE_IRI = "baseIri";
    public static final String EXTENSION_PREFIX = "extensionPrefix";
    public static final String EXTENSION_NAMESPACE = "extensionNamespace";
    /** Folders with more check queries (.rq), one a line. */
    public static final String CHECKS = "checks";
    /**
     * How the calculation checks judge a summation: {@code c11r} (Calculations 1.1 round-to-nearest, the default),
     * {@code c11t} (Calculations 1.1 truncation) or {@code xbrl21} (XBRL 2.1 section 5.2.5.2).
     */
    public static final String CALC_MODE = "calcMode";

    /**
     * How many inputs the link step may refuse and skip; one more fails the job. Default {@value #DEFAULT_SKIP_LIMIT}
     * (the job file's default).
     */
    public static final String SKIP_LIMIT = "skipLimit";
    /** Items per chunk of the link step (one TDB2 write transaction and one checkpoint each); default 10. */
    public static final String CHUNK_SIZE = "chunkSize";
    public static final int DEFAULT_SKIP_LIMIT = 1000;
    /**
     * Compact the TDB2 store during the link step whenever its data folder exceeds this many MB and has at least
     * doubled since the last compaction; default none (the step compacts once at its end when the store doubled).
     */
    public static final String COMPACT_ABOVE_MB = "compactAboveMb";

    /**
     * Partitions of the link step; default 1 (one thread, the plain chunk step). More than 1 runs the step
     * {@code link-partitioned}: the planned work split into that many contiguous ranges, each a partition on a thread
     * of its own (a filing's instance and its pages always in one range). Must be a positive integer.
     */
    public static final String PARTITIONS = "partitions";
    public static final int DEFAULT_PARTITIONS = 1;

    public static final String DEFAULT_STORE = "xbrl-store";

    private JobSettings() {
    }

    /**
     * The {@value #PARTITIONS} job parameter as a number: {@value #DEFAULT_PARTITIONS} when unset, else a positive
     * integer.
     *
     * @throws IllegalArgumentException naming the parameter and the value when it is not a positive integer
     */
    public static int partitions(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PARTITIONS;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) {
            throw new IllegalArgumentException("job parameter '" + PARTITIONS + "' must be a positive integer (the "
                    + "number of partitions of the link step), found '" + value.strip() + "'");
        }
        return n;
    }

    /**
     * The {@value #CALC_MODE} job parameter as a mode: {@link org.xbrllinker.check.CalcMode#DEFAULT} when unset.
     *
     * @throws IllegalArgumentException naming the parameter and the value when it is no mode
     */
    public static org.xbrllinker.check.CalcMode calcMode(String value) {
        try {
            return org.xbrllinker.check.CalcMode.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("job parameter '" + CALC_MODE + "': " + e.getMessage(), e);
        }
    }

    /** {@code report.json} in the store folder; in the working directory when the store is a server. */
    public static Path defaultReport(String store) {
        return org.xbrllinker.rdf.RdfStore.isRemote(store) ? Path.of(REPORT_FILE) : store(store).resolve(REPORT_FILE);
    }

    public static final String REPORT_FILE = "report.json";

    /** The store of a batch property as given (a folder or a URL), {@value #DEFAULT_STORE} when unset. */
    public static String storeLocation(String store) {
        return store == null || store.isBlank() ? DEFAULT_STORE : store.strip();
    }

    /** The store folder of a batch property, {@value #DEFAULT_STORE} when unset. */
    public static Path store(String store) {
        return Path.of(store == null || store.isBlank() ? DEFAULT_STORE : store);
    }

    /** A whole number of megabytes from a batch property; {@code dflt} when unset. */
    public static long megabytes(String value, long dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number of megabytes, found \"" + value + "\"", e);
        }
    }

    /** The IRI minter of a batch property, the default base when unset. */
    public static org.xbrllinker.rdf.Iris iris(String baseIri) {
        return new org.xbrllinker.rdf.Iris(baseIri == null || baseIri.isBlank()
                ? org.xbrllinker.rdf.Iris.DEFAULT_BASE : baseIri);
    }
}
