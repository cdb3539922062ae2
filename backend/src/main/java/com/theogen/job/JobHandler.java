package com.theogen.job;

import com.theogen.project.ProjectRole;

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
     * Whether a job of this kind holds its project's lock (true, the default): one exclusive job per project at
     * a time, a second submission is reused or refused with {@code PROJECT_BUSY}. A non-exclusive kind is for
     * short work that only reads what exclusive jobs write (rendering an export): its jobs run beside any other
     * job, never make a submission busy, and every submission makes a new job.
     */
    default boolean exclusive() {
        return true;
    }

    /**
     * The least project role that may submit a job of this kind: {@code coder} by default (analysis work); a kind
     * that only renders what exists for reading, such as an export, may lower it to {@code viewer}.
     */
    default ProjectRole requiredRole() {
        return ProjectRole.CODER;
    }

    /**
     * Runs the job. Throw a {@link com.theogen.shared.DomainException} to fail it with that error code;
     * {@link JobContext#checkCanceled()} throws {@link JobCanceledException} to stop it. Any other exception
     * fails the job with {@code INTERNAL_ERROR} (details only in the server log).
     */
    JobResult run(JobContext context) throws Exception;
}
