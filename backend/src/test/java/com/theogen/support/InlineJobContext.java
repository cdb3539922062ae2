package com.theogen.support;

import com.theogen.job.JobCanceledException;
import com.theogen.job.JobContext;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * A job context for unit tests of code that runs inside a job: first attempt, no parameters, progress and degraded
 * marks ignored, every stage run at once; cancellation requested or not, as built.
 */
public final class InlineJobContext implements JobContext {

    private final UUID projectId;
    private final boolean cancelRequested;

    public InlineJobContext(UUID projectId, boolean cancelRequested) {
        this.projectId = projectId;
        this.cancelRequested = cancelRequested;
    }

    @Override
    public UUID jobId() {
        return UUID.randomUUID();
    }

    @Override
    public UUID projectId() {
        return projectId;
    }

    @Override
    public UUID ownerId() {
        return UUID.randomUUID();
    }

    @Override
    public int attempt() {
        return 1;
    }

    @Override
    public Map<String, Object> params() {
        return Map.of();
    }

    @Override
    public void progress(String step, int percent) {}

    @Override
    public void checkCanceled() {
        if (cancelRequested) {
            throw new JobCanceledException();
        }
    }

    @Override
    public void markDegraded() {}

    @Override
    public <T> T stage(String step, int percent, Class<T> type, Callable<T> work) throws Exception {
        return work.call();
    }
}
