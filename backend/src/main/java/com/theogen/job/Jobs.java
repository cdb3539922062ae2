package com.theogen.job;

import java.util.List;
import java.util.UUID;

/**
 * Submitting, reading and canceling jobs. Every call checks the caller's membership: any member reads a project's
 * jobs; submitting needs the kind's {@link JobHandler#requiredRole()}; a job is canceled by the member who
 * submitted it or by the project's owner. A non-member gets {@code NOT_FOUND}, a member whose role is too low
 * {@code ROLE_REQUIRED} (403).
 */
public interface Jobs {

    /**
     * Starts a job, or returns the caller's own active job of the same kind on that project with
     * {@code reused = true}; another member's active job makes the project busy. Kinds that are not {@linkplain JobHandler#exclusive() exclusive} always start a new
     * job and are never busy.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for a project the user is not a member of;
     *     {@code ROLE_REQUIRED} for a member below the kind's role;
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
     * finished job changes nothing. Idempotent. Only the member who submitted the job, or the project's owner.
     *
     * @throws com.theogen.shared.DomainException {@code ROLE_REQUIRED} (owner) for another member's job
     */
    JobView cancel(UUID projectId, UUID jobId, UUID userId);
}
