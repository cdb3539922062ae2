package com.theogen.theory;

import com.theogen.job.JobSubmission;
import com.theogen.job.JobView;
import com.theogen.llm.ByoKey;
import java.util.Optional;
import java.util.UUID;

/** Starting, following and canceling theory runs; every call checks that the user owns the project. */
public interface TheoryRuns {

    /**
     * Starts a theory run, or returns the caller's own active run ({@code reused}). A user key is checked now (so
     * key problems are a 400 before any work) and handed to the run in memory only.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND}; {@code PROJECT_BUSY} (409) when another job
     *     holds the project; {@code INSUFFICIENT_CATEGORIES} (400, with counts) for a project without any fragment;
     *     {@code BYO_KEY_*} (400) for key problems
     */
    JobSubmission start(UUID projectId, UUID userId, Optional<ByoKey> key);

    /** @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown, foreign or non-theory job */
    JobView status(UUID projectId, UUID taskId, UUID userId);

    /** Idempotent; see {@link com.theogen.job.Jobs#cancel}. */
    JobView cancel(UUID projectId, UUID taskId, UUID userId);
}
