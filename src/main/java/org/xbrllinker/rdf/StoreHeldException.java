package org.xbrllinker.rdf;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A TDB2 store folder that another process holds: TDB2 refused its process lock ({@code tdb.lock}), which names the
 * holder's process id. Nothing was opened; the store is usable again once that process ends.
 */
public final class StoreHeldException extends RuntimeException {

    private final transient Path store;
    private final long pid;

    StoreHeldException(Path store, long pid, RuntimeException cause) {
        super(store + " is held by " + (pid > 0 ? "process " + pid : "another process") + " (its TDB2 lock "
                + store.resolve("tdb.lock") + ")", cause);
        this.store = store;
        this.pid = pid;
    }

    /** The store folder. */
    public Path store() {
        return store;
    }

    /** The process that holds the store, when its lock says. */
    public OptionalLong pid() {
        return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
    }
}
