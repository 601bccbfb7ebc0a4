package org.xbrllinker.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Jena's own Fuseki server ({@code jena-fuseki-server}, the runnable jar Maven copies into {@code target/fuseki})
 * started as a separate process on a free localhost port with one updatable dataset {@code /ds}: in memory, or a TDB2
 * database on disk ({@link #startTdb2}).
 */
public final class FusekiProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private FusekiProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The jar surefire names in {@code xbrllinker.fuseki.jar}; {@code target/fuseki/fuseki-server.jar} otherwise. */
    public static Path jar() {
        String configured = System.getProperty("xbrllinker.fuseki.jar");
        return Path.of(configured != null ? configured : "target/fuseki/fuseki-server.jar");
    }

    /** Starts the server in {@code dir} (its run/ folder and log go there) and waits until {@code /$/ping} answers. */
    public static FusekiProcess start(Path dir) throws IOException, InterruptedException {
        return start(dir, "--mem");
    }

    /** As {@link #start}, the dataset a TDB2 database in {@code dir/tdb2}. */
    public static FusekiProcess startTdb2(Path dir) throws IOException, InterruptedException {
        // Fuseki makes the database in an empty folder, but refuses a --loc folder that does not exist
        Path tdb2 = Files.createDirectories(dir.resolve("tdb2")).toAbsolutePath();
        return start(dir, "--tdb2", "--loc=" + tdb2);
    }

    private static FusekiProcess start(Path dir, String... dataset) throws IOException, InterruptedException {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: Maven copies it in process-test-resources");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("fuseki.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                "--localhost", "--port=" + port));
        command.addAll(List.of(dataset));
        command.addAll(List.of("--update", "/ds"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FUSEKI_BASE", dir.resolve("run").toString());
        FusekiProcess fuseki = new FusekiProcess(pb.start(), port, log);
        Runtime.getRuntime().addShutdownHook(new Thread(fuseki::close));
        fuseki.awaitPing(Duration.ofSeconds(90));
        return fuseki;
    }

    private void awaitPing(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                .timeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki ended with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("Fuseki did not answer /$/ping in " + timeout + ":\n" + log());
    }

    /** The dataset's URL, as {@code --store} takes it. */
    public String dataset() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the server printed. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops a test's server (none started: nothing) and fails if its process outlives the stop. */
    public static void stop(FusekiProcess fuseki) {
        if (fuseki != null) {
            fuseki.close();
            org.junit.jupiter.api.Assertions.assertFalse(fuseki.isAlive(),
                    "Fuseki process " + fuseki.pid() + " still runs");
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
