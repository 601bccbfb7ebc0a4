package org.xbrllinker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads and writes the JSON report; a write goes to a temporary file first so a reader never sees half of one. A
 * report can be written and read whole ({@link #write}, {@link #read}) or streamed: {@link ReportBuilder#write} writes
 * it piece by piece, {@link #readOutcome} reads its summary and rejected inputs past the disclosures and findings.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Writes one element into an open generator; no flush after each (the file is flushed when closed). */
    private static final ObjectWriter ELEMENT = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private ReportJson() {
    }

    public static void write(Report report, Path file) throws IOException {
        atomically(file, out -> {
            MAPPER.writeValue(out, report);
            return null;
        });
    }

    public static Report read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Report.class);
    }

    /**
     * The report's rejected inputs and summary alone: a streaming parse that skips every other field (the
     * disclosures and findings) without building them, so it holds no more of a large report than those two.
     */
    public static Report.Outcome readOutcome(Path file) throws IOException {
        List<Report.Rejected> rejected = List.of();
        Report.Summary summary = null;
        try (JsonParser p = MAPPER.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ": not a JSON report (no object at " + p.currentLocation() + ")");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("rejected".equals(field)) {
                    rejected = List.copyOf(MAPPER.readValue(p, new TypeReference<List<Report.Rejected>>() { }));
                } else if ("summary".equals(field)) {
                    summary = MAPPER.readValue(p, Report.Summary.class);
                } else {
                    p.skipChildren(); // an array or object is passed over; a scalar has no children
                }
            }
        }
        if (summary == null) {
            throw new IOException(file + ": not a JSON report (no summary)");
        }
        return new Report.Outcome(rejected, summary);
    }

    /** Something that writes into a sink and says how the report ended. */
    interface Streamed {
        Report.Outcome into(ReportSink sink) throws IOException;
    }

    /**
     * Writes to {@code file} what {@code streamed} gives its sink, in the bytes {@link #write} would give the same
     * {@link Report}: the fields in the record's order, with the same pretty printer, each element through the same
     * mapper. The generator's pretty printer keeps the nesting, so elements are indented as within one value.
     */
    static Report.Outcome writer(Path file, Streamed streamed) throws IOException {
        return atomically(file, out -> {
            try (JsonGenerator g = MAPPER.writer().createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeFieldName("disclosures");
                g.writeStartArray();
                return streamed.into(new ReportSink() {
                    @Override
                    public void disclosure(Report.DisclosureReport disclosure) throws IOException {
                        ELEMENT.writeValue(g, disclosure);
                    }

                    @Override
                    public void endDisclosures() throws IOException {
                        g.writeEndArray();
                        g.writeFieldName("findings");
                        g.writeStartArray();
                    }

                    @Override
                    public void finding(Report.FindingReport finding) throws IOException {
                        ELEMENT.writeValue(g, finding);
                    }

                    @Override
                    public void end(List<Report.Rejected> rejected, Report.Summary summary,
                                    List<Report.FilingReport> filings, String calcMode, List<String> warnings)
                            throws IOException {
                        g.writeEndArray();
                        g.writeFieldName("rejected");
                        ELEMENT.writeValue(g, rejected);
                        g.writeFieldName("summary");
                        ELEMENT.writeValue(g, summary);
                        g.writeFieldName("filings");
                        ELEMENT.writeValue(g, filings);
                        if (calcMode != null) {
                            g.writeFieldName("calcMode");
                            ELEMENT.writeValue(g, calcMode);
                        }
                        if (warnings != null) {
                            g.writeFieldName("warnings");
                            ELEMENT.writeValue(g, warnings);
                        }
                        g.writeEndObject();
                    }
                });
            }
        });
    }

    private interface Writing<T> {
        T to(OutputStream out) throws IOException;
    }

    /** Writes a temporary file beside {@code file}, then moves it over {@code file} in one step. */
    private static <T> T atomically(Path file, Writing<T> writing) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                result = writing.to(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
