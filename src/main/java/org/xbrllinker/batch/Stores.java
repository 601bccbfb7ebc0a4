package org.xbrllinker.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.xbrllinker.rdf.RdfStore;
import org.xbrllinker.rdf.RemoteStore;
import org.xbrllinker.rdf.XbrlStore;

/**
 * One open store per location and JVM: per TDB2 folder (TDB2 allows one process to hold a store), and one connection
 * per SPARQL server dataset URL.
 */
@ApplicationScoped
public class Stores {

    private final Map<Path, XbrlStore> open = new ConcurrentHashMap<>();
    private final Map<String, RemoteStore> remote = new ConcurrentHashMap<>();

    public XbrlStore open(Path dir) {
        return open.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            if (org.xbrllinker.pipeline.Timing.on()) {
                org.xbrllinker.pipeline.Timing.mark("link step started (job XML, step, beans, reader), opening the store");
                org.apache.jena.sys.JenaSystem.init(); // what the first TDB2 call does anyway; timed on its own here
                org.xbrllinker.pipeline.Timing.mark("Jena initialised (JenaSystem.init)");
            }
            XbrlStore s = XbrlStore.open(d);
            org.xbrllinker.pipeline.Timing.mark("TDB2 store opened");
            return s;
        });
    }

    /** The store a {@code store} job parameter names: a server's dataset URL ({@link RdfStore#isRemote}) or a folder. */
    public RdfStore open(String location) {
        if (RdfStore.isRemote(location)) {
            return remote.computeIfAbsent(location.strip(), RemoteStore::connect);
        }
        return open(Path.of(location));
    }

    /** When the application ends (JVM exit, or undeploy in WildFly): release every store it opened. */
    @PreDestroy
    void releaseAll() {
        open.values().forEach(XbrlStore::release);
        open.clear();
        remote.values().forEach(RemoteStore::close);
        remote.clear();
    }
}
