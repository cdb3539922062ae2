package com.theogen.job;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/** What a running job can see and report. All methods are safe to call from the handler's thread. */
public interface JobContext {

    UUID jobId();

    UUID projectId();

    UUID ownerId();

    /** 1 on the first run, higher when resumed after a lost worker. */
    int attempt();

    Map<String, Object> params();

    /**
     * Records the current step and progress (clamped so it never decreases) and checks for cancellation.
     *
     * @throws JobCanceledException when the job was canceled
     */
    void progress(String step, int percent);

    /** @throws JobCanceledException when cancellation was requested */
    void checkCanceled();

    /** Whether cancellation was requested: {@link #checkCanceled()} as a question, for work polled from outside. */
    default boolean canceled() {
        try {
            checkCanceled();
            return false;
        } catch (JobCanceledException e) {
            return true;
        }
    }

    /** Marks the job's result as produced by a fallback path; shown to the user as {@code degraded}. */
    void markDegraded();

    /**
     * Runs a checkpointed stage: if a previous attempt completed {@code step}, returns its stored output
     * without running {@code work}; otherwise reports progress, runs it, stores its output (JSON) and returns
     * it. {@code type} must be a JSON-serialisable record or value type.
     */
    <T> T stage(String step, int percent, Class<T> type, Callable<T> work) throws Exception;
}
