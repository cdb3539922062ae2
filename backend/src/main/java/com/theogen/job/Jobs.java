package com.theogen.job;

import java.util.List;
import java.util.UUID;

/** Submitting, reading and canceling jobs; every call checks that the user owns the project. */
public interface Jobs {

    /**
     * Starts a job, or returns the caller's own active job of the same kind on that project with
     * {@code reused = true}. Kinds that are not {@linkplain JobHandler#exclusive() exclusive} always start a new
     * job and are never busy.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for a project the user does not own;
     *     {@code PROJECT_BUSY} (409) when another job (another kind, or another user's) holds the project;
     *     {@code UNKNOWN_JOB_KIND} when no handler runs {@code kind}
     */
    JobSubmission submit(JobRequest request);

    /** @throws com.theogen.shared.DomainException {@code NOT_FOUND} for unknown or foreign jobs */
    JobView get(UUID projectId, UUID jobId, UUID userId);

    /** The project's most recent jobs, newest first. */
    List<JobView> recent(UUID projectId, UUID userId, int limit);

    /**
     * Cancels a job: a pending one at once, a running one at its next cancellation check. Canceling a
     * finished job changes nothing. Idempotent.
     */
    JobView cancel(UUID projectId, UUID jobId, UUID userId);
}
