package org.xbrllinker.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

import org.xbrllinker.link.LinkedDisclosure;

/** Records every skipped input with its reason, so that the report names it. */
@Named
@Dependent
public class SkipRecordingListener implements SkipProcessListener, SkipReadListener, SkipWriteListener {

    @Inject
    JobContext jobContext;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        Jobs.state(jobContext).rejected(((InputItem) item).path().toString(), ex.getMessage());
    }

    @Override
    public void onSkipReadItem(Exception ex) {
        Jobs.state(jobContext).rejected("?", ex.getMessage());
    }

    @Override
    public void onSkipWriteItem(List<Object> items, Exception ex) {
        for (Object item : items) {
            Object linked = ((MappedItem) item).linked();
            String source = linked instanceof LinkedDisclosure d ? d.disclosure().source()
                    : ((org.xbrllinker.pipeline.LinkedFiling) linked).instanceFile();
            Jobs.state(jobContext).rejected(source, ex.getMessage());
        }
    }
}
