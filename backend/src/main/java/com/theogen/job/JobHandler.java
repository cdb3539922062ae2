package com.theogen.job;

/**
 * Work of one kind, run by the job module on whichever replica picks the job. Implementations are
 * Spring beans; the kind must be unique.
 *
 * <p>A handler must be restartable: when a replica dies mid-job the job is run again with a higher
 * {@link JobContext#attempt()}, and stages wrapped in {@link JobContext#stage} that completed before are
 * not re-executed — their checkpointed output is returned instead.
 */
public interface JobHandler {

    /** Stable identifier, e.g. {@code auto_code} or {@code theory}. */
    String kind();

    /**
     * Runs the job. Throw a {@link com.theogen.shared.DomainException} to fail it with that error code;
     * {@link JobContext#checkCanceled()} throws {@link JobCanceledException} to stop it. Any other exception
     * fails the job with {@code INTERNAL_ERROR} (details only in the server log).
     */
    JobResult run(JobContext context) throws Exception;
}
