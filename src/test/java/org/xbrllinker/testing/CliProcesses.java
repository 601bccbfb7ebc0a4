package org.xbrllinker.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.xbrllinker.cli.Main;

/** The command line run as a user runs it: in a JVM of its own, with the test's class path. */
public final class CliProcesses {

    /** What {@link #lines} queues when the process's standard error ends. */
    public static final String EOF = "\u0000EOF";

    private CliProcesses() {
    }

    /**
     * Starts {@code xbrl-linker ARGS...} in {@code dir} (its working directory); standard output goes to
     * {@code dir/NAME.out}, standard error is left to {@link #lines}.
     */
    public static Process start(Path dir, String name, String... args) throws IOException {
        return start(dir, name, List.of(), args);
    }

    /** The same, with JVM options ({@code -Dname=value}) before the class path. */
    public static Process start(Path dir, String name, List<String> jvmOptions, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a short run on a small machine: the client compiler and one GC thread start it soonest
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile()).start();
    }

    /** The exit code of a process that is to end by itself (within 240 s), its standard error kept in the queue. */
    public static int exit(Process p, BlockingQueue<String> err) throws InterruptedException {
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the process did not end within 240 s:\n" + String.join("\n", drained(err)));
        }
        return p.exitValue();
    }

    /** The process's standard error, line by line as it comes, then {@link #EOF}. */
    public static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    queue.add(line);
                }
            } catch (IOException e) {
                queue.add("(standard error unreadable: " + e + ")");
            } finally {
                queue.add(EOF);
            }
        }, "stderr of " + p.pid());
        reader.setDaemon(true);
        reader.start();
        return queue;
    }

    /** What the queue holds until the end of the stream (waiting at most 60 s for it). */
    public static List<String> drained(BlockingQueue<String> queue) throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (String line = queue.poll(60, TimeUnit.SECONDS); line != null && !line.equals(EOF);
             line = queue.poll(60, TimeUnit.SECONDS)) {
            out.add(line);
        }
        return out;
    }
}
