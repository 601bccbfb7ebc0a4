package org.xbrllinker.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xbrllinker.instance.Transforms;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.XmlInput;

/**
 * Runs an inline XBRL transformation registry test file through {@link Transforms}: the format of XBRL
 * International's TRR conformance tests ({@code <testcase>} in namespace {@value #NAMESPACE}, each
 * {@code <transform name="ixt:…">} holding {@code <variation input="…" output="…" result="valid|invalid"/>}). A valid
 * variation passes when the transformation gives exactly {@code output}; an invalid one when the transformation
 * refuses the input.
 *
 * <pre>{@code
 * TrrSuite.Result r = TrrSuite.run(Path.of("conformance/trr/trrv3/tests.xml"));
 * System.out.println(r.passed() + " passed, " + r.failed() + " failed");
 * r.variations().stream().filter(v -> !v.passed()).forEach(v -> System.out.println(v.line()));
 * }</pre>
 */
public final class TrrSuite {

    /** The namespace of the test files' elements. */
    public static final String NAMESPACE = "http://xbrl.org/2011/conformance-rendering/transforms";

    /**
     * One variation and its outcome.
     *
     * @param transform {@code {namespace}local} of the transformation, as the test names it with its prefix resolved
     * @param name      the name as written in the file ({@code ixt:datedaymonthen})
     * @param input     the displayed text given to the transformation
     * @param expected  the value a valid variation must give; null for an invalid one (which must be refused)
     * @param got       what the transformation gave; null when it refused the input or is unknown
     * @param passed    whether {@code got} is what the test expects
     * @param location  the file and line of the variation
     */
    public record Variation(String transform, String name, String input, String expected, String got, boolean passed,
                            SourceLocation location) {

        /** {@code file:line: PASS ixt:name "input" → "got" (expected "…")}: one line for people. */
        public String line() {
            return location + ": " + (passed ? "PASS " : "FAIL ") + name + " \"" + input + "\" → "
                    + (got == null ? "refused" : "\"" + got + "\"") + " (expected "
                    + (expected == null ? "refusal" : "\"" + expected + "\"") + ")";
        }
    }

    /**
     * The outcome of one test file.
     *
     * @param file       the test file
     * @param variations every variation, in file order
     */
    public record Result(Path file, List<Variation> variations) {

        public Result {
            variations = List.copyOf(variations);
        }

        public int total() {
            return variations.size();
        }

        public int passed() {
            return (int) variations.stream().filter(Variation::passed).count();
        }

        public int failed() {
            return total() - passed();
        }

        /** {@code N passed, M failed}. */
        public String summary() {
            return passed() + " passed, " + failed() + " failed";
        }
    }

    private TrrSuite() {
    }

    /**
     * Reads a TRR test file and runs each variation.
     *
     * @throws InputException when the file cannot be read or is not a TRR test file (the message names the file and
     *                        line and what was expected)
     */
    public static Result run(Path testsXml) throws InputException {
        String source = testsXml.toString();
        try (InputStream in = Files.newInputStream(testsXml)) {
            XMLStreamReader r = XmlInput.open(in, source);
            try {
                return new Result(testsXml, read(source, r));
            } finally {
                r.close();
            }
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(source, 0), "expected a readable file: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(source, e, InputException::new);
        }
    }

    private static List<Variation> read(String source, XMLStreamReader r) throws XMLStreamException, InputException {
        List<Variation> out = new ArrayList<>();
        boolean root = true;
        String transform = null;
        String name = null;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                if (r.getEventType() == XMLStreamConstants.END_ELEMENT && "transform".equals(r.getLocalName())) {
                    transform = null;
                }
                continue;
            }
            SourceLocation at = SourceLocation.of(source, r.getLocation().getLineNumber());
            if (root) {
                root = false;
                if (!NAMESPACE.equals(r.getNamespaceURI()) || !"testcase".equals(r.getLocalName())) {
                    throw new InputException(at, "expected a TRR test file (<testcase> in " + NAMESPACE + "), found <"
                            + r.getLocalName() + "> in " + r.getNamespaceURI());
                }
                continue;
            }
            if (!NAMESPACE.equals(r.getNamespaceURI())) {
                continue;
            }
            switch (r.getLocalName()) {
                case "transform" -> {
                    name = required(r, "name", at).strip();
                    int colon = name.indexOf(':');
                    String prefix = colon < 0 ? "" : name.substring(0, colon);
                    String ns = r.getNamespaceContext().getNamespaceURI(prefix);
                    if (ns == null || ns.isEmpty()) {
                        throw new InputException(at, "expected the prefix of transform \"" + name
                                + "\" to be declared, found none");
                    }
                    transform = "{" + ns + "}" + name.substring(colon + 1);
                }
                case "variation" -> {
                    if (transform == null) {
                        throw new InputException(at, "expected <variation> inside a <transform>");
                    }
                    out.add(variation(r, transform, name, at));
                }
                default -> {
                    // descriptions and other elements carry nothing to run
                }
            }
        }
        return out;
    }

    private static Variation variation(XMLStreamReader r, String transform, String name, SourceLocation at)
            throws InputException {
        String input = required(r, "input", at);
        String result = required(r, "result", at);
        if (!result.equals("valid") && !result.equals("invalid")) {
            throw new InputException(at, "expected result=\"valid\" or \"invalid\", found \"" + result + "\"");
        }
        String expected = result.equals("valid") ? required(r, "output", at) : null;
        int close = transform.indexOf('}');
        Transforms.Transform t = Transforms.find(transform.substring(1, close), transform.substring(close + 1));
        String got = t == null ? null : t.apply(input);
        boolean passed = t != null && Objects.equals(expected, got);
        return new Variation(transform, name, input, expected, got, passed, at);
    }

    private static String required(XMLStreamReader r, String attribute, SourceLocation at) throws InputException {
        String v = r.getAttributeValue(null, attribute);
        if (v == null) {
            throw new InputException(at, "expected a " + attribute + " attribute on <" + r.getLocalName() + ">");
        }
        return v;
    }
}
