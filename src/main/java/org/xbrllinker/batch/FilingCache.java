package org.xbrllinker.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.pipeline.FilingFiles;
import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Work;

/**
 * Each filing's instance, read once per JVM: its R pages are tied to it one by one. After a restart the instance is
 * read again on first use.
 */
@ApplicationScoped
public class FilingCache {

    private final Map<Path, XbrlInstance> instances = new ConcurrentHashMap<>();

    /** Reads (or recalls) an instance file. */
    public XbrlInstance instance(Path file) throws InputException {
        XbrlInstance known = instances.get(file.toAbsolutePath().normalize());
        if (known != null) {
            return known;
        }
        XbrlInstance read = FilingFiles.readInstance(file);
        instances.put(file.toAbsolutePath().normalize(), read);
        return read;
    }

    /** The instance of a filing folder, if it has one. */
    public Optional<XbrlInstance> instanceOf(Path filing) throws InputException {
        Optional<Work> work = Inputs.plan(List.of(filing)).stream().filter(w -> w.kind() == Work.Kind.INSTANCE)
                .findFirst();
        if (work.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(instance(work.get().path()));
    }
}
