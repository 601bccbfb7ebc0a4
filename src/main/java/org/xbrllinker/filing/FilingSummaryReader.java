package org.xbrllinker.filing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.parse.SourceLocation;
import org.xbrllinker.taxonomy.XmlInput;

/**
 * Reads an SEC {@code FilingSummary.xml} through the project's hardened StAX factory (no DTDs, no external entities).
 * Anything that is not a FilingSummary, or a Position that is not a number, is an {@link InputException} at its line.
 */
public final class FilingSummaryReader {

    private FilingSummaryReader() {
    }

    public static FilingSummary read(Path file) throws InputException {
        String display = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = XmlInput.open(in, file.toUri().toString());
            try {
                return read(r, display);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new InputException(XmlInput.where(display, e), XmlInput.problem(e), e);
        } catch (NoSuchFileException e) {
            throw new InputException(SourceLocation.of(display, 0), "expected a FilingSummary.xml; nothing is there", e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(display, 0), "expected a readable file: " + e, e);
        }
    }

    private static FilingSummary read(XMLStreamReader r, String display) throws XMLStreamException, InputException {
        String version = null;
        String format = null;
        String documentType = null;
        List<ReportEntry> reports = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        List<String> supplemental = new ArrayList<>();
        Map<String, Integer> bases = new LinkedHashMap<>();
        int depth = 0;
        String section = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new InputException(SourceLocation.of(display, r.getLocation().getLineNumber()), XmlInput.DOCTYPE_REFUSED);
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (--depth == 1) {
                    section = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = r.getLocalName();
            int line = r.getLocation().getLineNumber();
            if (depth == 1) {
                if (!"FilingSummary".equals(name)) {
                    throw new InputException(SourceLocation.of(display, line),
                            "expected a FilingSummary root element, found " + name);
                }
                continue;
            }
            if (depth == 2) {
                switch (name) {
                    case "Version" -> version = blankToNull(r.getElementText());
                    case "ReportFormat" -> format = blankToNull(r.getElementText());
                    default -> {
                        section = name;
                        continue;
                    }
                }
                depth--; // getElementText consumed the end tag
                continue;
            }
            if (depth == 3 && "MyReports".equals(section) && "Report".equals(name)) {
                reports.add(report(r, display, line));
                depth--; // report consumed the end tag
            } else if (depth == 3 && "File".equals(name)
                    && ("InputFiles".equals(section) || "SupplementalFiles".equals(section))) {
                String doctype = r.getAttributeValue(null, "doctype");
                String text = r.getElementText().strip();
                depth--;
                if ("InputFiles".equals(section)) {
                    inputs.add(text);
                    if (documentType == null && doctype != null) {
                        documentType = doctype;
                    }
                } else {
                    supplemental.add(text);
                }
            } else if (depth == 3 && "BaseTaxonomies".equals(section) && "BaseTaxonomy".equals(name)) {
                String items = r.getAttributeValue(null, "items");
                String namespace = r.getElementText().strip();
                depth--;
                bases.put(namespace, items == null ? 0 : number(items, display, line, "an items count"));
            }
        }
        return new FilingSummary(reports, inputs, supplemental, bases, version, format, documentType);
    }

    /** One Report element, its end tag consumed. */
    private static ReportEntry report(XMLStreamReader r, String display, int line)
            throws XMLStreamException, InputException {
        String instance = r.getAttributeValue(null, "instance");
        Map<String, String> fields = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        int depth = 0;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 0) {
                    String name = r.getLocalName();
                    lines.put(name, r.getLocation().getLineNumber());
                    fields.putIfAbsent(name, r.getElementText().strip());
                } else {
                    depth++;
                }
            }
        }
        String position = fields.get("Position");
        String page = fields.containsKey("HtmlFileName") ? fields.get("HtmlFileName") : fields.get("XmlFileName");
        return new ReportEntry(
                position == null ? 0 : number(position, display, lines.get("Position"), "a report position"),
                blankToNull(page), blankToNull(fields.get("LongName")), blankToNull(fields.get("ShortName")),
                blankToNull(fields.get("Role")), blankToNull(fields.get("MenuCategory")),
                blankToNull(fields.get("ReportType")), instance, "true".equals(fields.get("IsDefault")),
                "true".equals(fields.get("HasEmbeddedReports")), SourceLocation.of(display, line));
    }

    private static int number(String text, String display, int line, String what) throws InputException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InputException(SourceLocation.of(display, line), "expected " + what + ", found \"" + text + "\"");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
