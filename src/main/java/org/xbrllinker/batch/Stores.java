package org.xbrllinker.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.xbrllinker.rdf.XbrlStore;

/** One open TDB2 store per folder and JVM (TDB2 allows one process to hold a store). */
@ApplicationScoped
public class Stores {

    private final Map<Path, XbrlStore> open = new ConcurrentHashMap<>();

    public XbrlStore open(Path dir) {
        return open.computeIfAbsent(dir.toAbsolutePath().normalize(), XbrlStore::open);
    }

    /** When the application ends (JVM exit, or undeploy in WildFly): release every store it opened. */
    @PreDestroy
    void releaseAll() {
        open.values().forEach(XbrlStore::release);
        open.clear();
    }
}
