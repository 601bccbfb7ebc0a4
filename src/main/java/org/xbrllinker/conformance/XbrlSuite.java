package org.xbrllinker.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.xbrllinker.check.Check;
import org.xbrllinker.check.CalcMode;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.check.CheckRunner;
import org.xbrllinker.check.Finding;
import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.link.LinkerOptions;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.LocatedException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.pipeline.FilingFiles;
import org.xbrllinker.rdf.InstanceMapper;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.rdf.RdfMapper;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.taxonomy.Taxonomy;
import org.xbrllinker.taxonomy.TaxonomyException;
import org.xbrllinker.taxonomy.TaxonomyLoader;
import org.xbrllinker.taxonomy.XmlInput;

/**
 * Runs the variations of XBRL 2.1 conformance testcases through the product's own path for an instance, the one
 * {@code link} takes: the instance parser ({@link FilingFiles#readInstance}), the taxonomy loader, the instance's RDF
 * ({@link InstanceMapper}) in an in-memory store of its own, and the calculation checks ({@link CheckRunner}, filing
 * scope) in a {@link CalcMode}. A variation is invalid per the product when its instance or DTS is refused or a
 * calculation check fails; valid otherwise. Testcases outside {@link #IN_SCOPE} test what the product does not check
 * (schema validity, linkbase structure, XLink, footnotes) and are skipped with the reason, unless asked for.
 */
public final class XbrlSuite {

    /**
     * The testcases the product's checks can judge: calculation binding and consistency (with the precision, decimals,
     * nil, duplicate, tuple and context rules they depend on), by the numbers their files start with.
     */
    public static final Set<String> IN_SCOPE = Set.of("208", "320", "391", "395", "397");

    private static final Pattern NUMBER = Pattern.compile("^(\\d{3})-.*");

    /** How much of a reason a printed line shows. */
    static final int REASON_CHARS = 160;

    /**
     * What the product made of a variation; {@code ERROR} when mapping or checking it broke (a defect, which fails
     * the variation whatever the suite expects).
     */
    public enum Verdict { VALID, INVALID, SKIPPED, ERROR;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The outcome of one variation: the verdict, whether it is the one expected, a short reason, and the findings of
     * the calculation checks (their messages, failed first).
     */
    public record Outcome(String testcase, String id, String name, String expected, Verdict got, String reason,
                          int summationsChecked, List<String> failedFindings) {

        public Outcome {
            failedFindings = List.copyOf(failedFindings);
        }

        public boolean skipped() {
            return got == Verdict.SKIPPED;
        }

        public boolean passed() {
            return !skipped() && got.word().equals(expected);
        }

        /**
         * The line the command prints: testcase, variation, expected, got, PASS/FAIL/SKIP, and the reason cut at
         * {@value #REASON_CHARS} characters (the report keeps it whole).
         */
        public String line() {
            String shortReason = reason.length() <= REASON_CHARS ? reason : reason.substring(0, REASON_CHARS - 3) + "...";
            return String.format("%-45s %-6s expected %-7s got %-7s %s  %s", testcase, id, expected, got.word(),
                    skipped() ? "SKIP" : passed() ? "PASS" : "FAIL", shortReason);
        }
    }

    /** A testcase left out as a whole, and why. */
    public record Skipped(String testcase, String reason) {
    }

    /** Everything a run did, in order. */
    public record Result(Path suite, CalcMode mode, List<Outcome> outcomes, List<Skipped> skippedTestcases) {

        public Result {
            outcomes = List.copyOf(outcomes);
            skippedTestcases = List.copyOf(skippedTestcases);
        }

        public long passed() {
            return outcomes.stream().filter(Outcome::passed).count();
        }

        public long failed() {
            return outcomes.stream().filter(o -> !o.skipped() && !o.passed()).count();
        }

        public long skipped() {
            return outcomes.stream().filter(Outcome::skipped).count();
        }

        /** {@code N passed, M failed}. */
        public String summary() {
            return passed() + " passed, " + failed() + " failed";
        }
    }

    private final CalcMode mode;
    private final boolean all;
    private final Iris iris = Iris.defaults();
    private final CheckRunner runner;

    /**
     * @param all also run testcases outside {@link #IN_SCOPE} (their verdicts say what the product does not check)
     */
    public XbrlSuite(CalcMode mode, boolean all) {
        this.mode = mode;
        this.all = all;
        this.runner = new CheckRunner(CheckCatalogue.load(List.of()).select(List.of("calculation")), iris, mode);
    }

    /** Runs an index (each testcase it lists) or one testcase file. */
    public Result run(Path file) throws InputException {
        List<Outcome> outcomes = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        SuiteFile.Kind kind = SuiteFile.kind(file);
        if (kind == SuiteFile.Kind.TRR) {
            throw new InputException(SourceLocation.of(file.toString(), 0),
                    "a transformation-registry test file: run it with the TRR runner");
        }
        List<Path> testcases = kind == SuiteFile.Kind.INDEX ? SuiteFile.index(file) : List.of(file);
        for (Path t : testcases) {
            String why = outOfScope(t);
            if (why != null && !all) {
                skipped.add(new Skipped(t.getFileName().toString(), why));
                continue;
            }
            if (!Files.isRegularFile(t)) {
                skipped.add(new Skipped(t.getFileName().toString(), "the index names it, but there is no such file"));
                continue;
            }
            SuiteFile.Testcase testcase = SuiteFile.testcase(t);
            for (SuiteFile.Variation v : testcase.variations()) {
                outcomes.add(run(testcase, v));
            }
        }
        return new Result(file, mode, outcomes, skipped);
    }

    /**
     * Why a testcase file of the XBRL 2.1 suite is outside what the product checks; null when it is in scope. The
     * suite's files are those named by their section number ({@code 302-context.xml}) or kept in its {@code Common}
     * folder; any other testcase file (a project's own, in the suite's format) is in scope.
     */
    public static String outOfScope(Path testcase) {
        var m = NUMBER.matcher(testcase.getFileName().toString());
        String number = m.matches() ? m.group(1) : "";
        if (IN_SCOPE.contains(number)) {
            return null;
        }
        boolean suite = !number.isEmpty() || testcase.toAbsolutePath().normalize().toString().contains("/Common/");
        if (!suite) {
            return null;
        }
        if (number.startsWith("1")) {
            return "taxonomy schema validity (XML Schema, item and tuple declarations), which the product does not check";
        }
        if (number.startsWith("2")) {
            return "linkbase and XLink structure (locators, arcs, roles, cycles), which the product does not check";
        }
        if (number.startsWith("3")) {
            return "instance validity the product does not check (XML Schema types, ids, footnotes, schemaRef, "
                    + "period types, units by type)";
        }
        return "XML Schema and XLink rules the product does not check";
    }

    /** One variation: each instance it reads first goes the product's way; the first refusal or inconsistency decides. */
    Outcome run(SuiteFile.Testcase testcase, SuiteFile.Variation v) {
        List<Path> instances = v.instances();
        if (instances.isEmpty()) {
            return outcome(testcase, v, Verdict.SKIPPED, "no instance to read first: a schema or linkbase test", 0,
                    List.of());
        }
        int checked = 0;
        for (Path instanceFile : instances) {
            String source = instanceFile.toString();
            XbrlInstance instance;
            Taxonomy taxonomy;
            try {
                var loaded = org.xbrllinker.pipeline.InstanceCheck.load(instanceFile, null, null);
                instance = loaded.instance();
                taxonomy = loaded.taxonomy();
            } catch (LocatedException e) {
                return outcome(testcase, v, Verdict.INVALID, "refused: " + shortMessage(e), 0, List.of());
            }
            List<Finding> findings;
            // a plain in-memory dataset that links the model as its graph (no copy): the calculation checks read only
            // GRAPH ?g, and a TDB2 one, even in memory, takes seconds to index the thousands of facts of a 391 instance
            RdfMapper mapper = new RdfMapper(iris, LinkerOptions.DEFAULT_NAMESPACE);
            Model model = new InstanceMapper(mapper).map(source, instance, taxonomy);
            // the model is the default graph too: the checks find concepts in the default graph, facts in GRAPH ?g
            org.apache.jena.query.Dataset dataset = DatasetFactory.createGeneral();
            dataset.setDefaultModel(model);
            try (XbrlStore store = XbrlStore.over(dataset)) {
                String graph = iris.filingGraph(source);
                store.replaceGraphs(Map.of(graph, model));
                findings = runner.run(store, List.of(graph), Check.FILING);
            } catch (RuntimeException e) {
                return outcome(testcase, v, Verdict.ERROR, "could not be checked: " + e, checked, List.of());
            }
            checked += findings.size();
            List<String> failed = findings.stream().filter(Finding::failed).map(Finding::message).toList();
            if (!failed.isEmpty()) {
                return outcome(testcase, v, Verdict.INVALID, "inconsistent: " + failed.get(0), checked, failed);
            }
        }
        return outcome(testcase, v, Verdict.VALID, checked == 0 ? "no summation checked"
                : checked + " summation(s) consistent", checked, List.of());
    }

    private static Outcome outcome(SuiteFile.Testcase t, SuiteFile.Variation v, Verdict got, String reason,
                                   int checked, List<String> failed) {
        return new Outcome(t.file(), v.id(), v.name(), v.expected(), got, reason, checked, failed);
    }

    private static String shortMessage(LocatedException e) {
        String m = e.getMessage();
        // the file is the variation's own instance: its name and line are in the message, the folder is noise
        int slash = m.lastIndexOf('/', Math.max(m.indexOf(": "), 0));
        return slash >= 0 ? m.substring(slash + 1) : m;
    }

}
