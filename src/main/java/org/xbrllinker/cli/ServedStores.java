package org.xbrllinker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.xbrllinker.rdf.RdfStore;
import org.xbrllinker.rdf.RemoteStore;
import org.xbrllinker.rdf.StoreHeldException;
import org.xbrllinker.rdf.XbrlStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Stores that a running {@code serve} holds. TDB2 lets one process at a time open a folder; {@code serve} records its
 * address beside the lock ({@value #FILE}: its process id, dataset URL and whether it takes updates) while it runs,
 * so that a command meeting the lock can read through the server instead, or say in one line who holds the store and
 * which {@code --store URL} to use.
 */
final class ServedStores {

    /** The file {@code serve} writes in the store folder while it serves it. */
    static final String FILE = "serve.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A server's record: the process, its dataset URL, whether it accepts updates (from its users only). */
    record Server(long pid, String url, boolean updates) {
    }

    /** A store this command cannot use now; the message is the one line to print. */
    static final class InUseException extends Exception {
        InUseException(String message) {
            super(message);
        }
    }

    private ServedStores() {
    }

    /** Records the server of {@code store}; {@link #forget} removes the record when the server stops. */
    static void record(Path store, Server server) throws IOException {
        Path file = store.resolve(FILE);
        Path tmp = store.resolve(FILE + ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(JSON.createObjectNode().put("pid", server.pid())
                .put("url", server.url()).put("updates", server.updates())) + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes this process's record of {@code store} (a record of another process stays). */
    static void forget(Path store) {
        Optional<Server> s = recorded(store);
        if (s.isPresent() && s.get().pid() != ProcessHandle.current().pid()) {
            return;
        }
        try {
            Files.deleteIfExists(store.resolve(FILE));
        } catch (IOException e) {
            // a record left behind names a process that is gone, and is ignored for that
        }
    }

    /** The server recorded for {@code store}, if its process is still alive (a killed server leaves its record). */
    static Optional<Server> recorded(Path store) {
        Path file = store.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            Server s = new Server(n.path("pid").asLong(), n.path("url").asText(""), n.path("updates").asBoolean());
            boolean alive = ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive && RdfStore.isRemote(s.url()) ? Optional.of(s) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The store to read: the folder itself, or, when a running {@code serve} holds it, that server (a line on standard
     * error says so). A store held otherwise is an {@link InUseException} naming the process.
     */
    static RdfStore openToRead(String location) throws InUseException {
        if (RdfStore.isRemote(location)) {
            return RdfStore.open(location);
        }
        Path folder = Path.of(location);
        try {
            return XbrlStore.open(folder);
        } catch (StoreHeldException e) {
            Server s = server(folder, e).orElseThrow(() -> new InUseException(heldMessage(location, e)));
            System.err.println("xbrl-linker: " + location + " is served by process " + s.pid() + "; reading it through "
                    + s.url());
            return RemoteStore.connectUnion(s.url());
        }
    }

    /**
     * Opens the folder to write to it ({@code verb} says what the command does: "link into", "check"...), or says in
     * an {@link InUseException} who holds it and which {@code --store URL} reads it meanwhile.
     */
    static XbrlStore openToWrite(Path folder, String verb) throws InUseException {
        try {
            return XbrlStore.open(folder);
        } catch (StoreHeldException e) {
            Optional<Server> s = server(folder, e);
            if (s.isEmpty()) {
                throw new InUseException(heldMessage(folder.toString(), e));
            }
            throw new InUseException(folder + " is held by 'xbrl-linker serve' (process " + s.get().pid() + ")"
                    + (s.get().updates() ? ", which takes updates only from the users of its --users file"
                            : ", which serves it read-only")
                    + "; stop it (kill " + s.get().pid() + ") to " + verb + " it; meanwhile query and export read it "
                    + "through --store " + s.get().url());
        }
    }

    /**
     * The exit of a command whose store it could not use: prints the one line (a store another process holds, a server
     * that refused or did not answer) and gives 2; anything else is a fault of this program and goes up as it is.
     */
    static int refused(String location, Exception e) {
        String line = e instanceof InUseException ? e.getMessage()
                : e instanceof RuntimeException r ? httpFailure(location, r) : null;
        if (line == null) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        System.out.flush();
        System.err.println("xbrl-linker: " + line);
        return 2;
    }

    /**
     * The one line for a request a server refused or could not be reached for, or null when {@code e} is no such
     * failure (then it is a fault of this program, and goes up as it is).
     */
    static String httpFailure(String location, RuntimeException e) {
        int status;
        String text;
        if (e instanceof org.apache.jena.atlas.web.HttpException h) {
            status = h.getStatusCode();
            text = h.getStatusLine() != null ? h.getStatusLine() : h.getMessage();
        } else if (e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP q) {
            status = q.getStatusCode();
            text = q.getStatusLine() != null ? q.getStatusLine() : q.getMessage();
        } else {
            return null;
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (status <= 0) {
            return location + ": no answer from the server (" + (root.getMessage() != null ? root.getMessage()
                    : root.getClass().getSimpleName()) + ")";
        }
        return location + ": the server answered " + status + (text == null || text.isBlank() ? "" : " " + text.strip());
    }

    /**
     * Before a job that writes the folder starts: an {@link InUseException} when another process holds it. Any other
     * failure to open it is left to the job, which meets it and reports it as it does without this probe.
     */
    static void refuseIfHeld(Path folder, String verb) throws InUseException {
        XbrlStore opened;
        try {
            opened = openToWrite(folder, verb);
        } catch (RuntimeException notHeld) {
            return;
        }
        opened.close();
    }

    /** The running server that holds the folder: the one recorded beside the lock, if the lock names its process. */
    private static Optional<Server> server(Path folder, StoreHeldException e) {
        return recorded(folder).filter(s -> e.pid().isEmpty() || e.pid().getAsLong() == s.pid());
    }

    private static String heldMessage(String location, StoreHeldException e) {
        return location + " is in use by " + (e.pid().isPresent() ? "process " + e.pid().getAsLong() : "another process")
                + ", which recorded no SPARQL endpoint for it (" + FILE + "): a link, restart or check still running, "
                + "or another program holding its TDB2 lock; wait for it to end, or, if it serves the store, "
                + "use its dataset URL: --store http://HOST:PORT/DATASET";
    }
}
