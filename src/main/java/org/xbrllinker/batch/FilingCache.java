package org.xbrllinker.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.xbrllinker.instance.XbrlInstance;
import org.xbrllinker.parse.InputException;
import org.xbrllinker.pipeline.FilingFiles;
import org.xbrllinker.pipeline.Inputs;
import org.xbrllinker.pipeline.Work;

/**
 * Filings' instances, each read once while its items are linked: its R pages are tied to it one by one. The planned
 * work keeps a filing's items together (and a partition's range keeps filings whole), so only the last few filings
 * read are kept ({@value #FILINGS} at most): the heap does not grow with the number of filings a run reads. An
 * instance dropped and needed again (a restart, or more partitions than that) is read again.
 */
@ApplicationScoped
public class FilingCache {

    /** How many instances are kept at most. */
    static final int FILINGS = 8;

    private final RecentlyUsed<Path, XbrlInstance> instances = new RecentlyUsed<>(FILINGS);

    /** Reads (or recalls) an instance file. */
    public XbrlInstance instance(Path file) throws InputException {
        Path key = file.toAbsolutePath().normalize();
        XbrlInstance known = instances.get(key);
        if (known != null) {
            return known;
        }
        XbrlInstance read = FilingFiles.readInstance(file);
        instances.put(key, read);
        return read;
    }

    /** How many instances are kept now. */
    long size() {
        return instances.size();
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
