package org.xbrllinker.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the reference flattening, {@code ../shared/tools/r2text.py}, on one page with {@code python3}. */
public final class R2Text {

    private R2Text() {
    }

    /** What r2text.py wrote: its exit code and error output, and (exit 0) the text and the truth JSON's bytes. */
    public record Output(int exitCode, String errors, byte[] text, byte[] truth) {
    }

    public static Path script() {
        return Shared.data().resolveSibling("tools").resolve("r2text.py");
    }

    /** Converts {@code page} into files in {@code folder} (which must exist) and reads them back. */
    public static Output run(Path page, Path folder) throws IOException, InterruptedException {
        Path text = folder.resolve("out.txt");
        Path truth = folder.resolve("out.truth.json");
        Path errors = folder.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder("python3", script().toString(), page.toString(), text.toString(),
                truth.toString()).redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile());
        // the script writes with the locale's encoding: pin it to UTF-8, as every UTF-8 locale has it
        pb.environment().put("PYTHONUTF8", "1");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("r2text.py took over 60 s on " + page);
        }
        String err = Files.readString(errors, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            return new Output(p.exitValue(), err, null, null);
        }
        return new Output(0, err, Files.readAllBytes(text), Files.readAllBytes(truth));
    }
}
