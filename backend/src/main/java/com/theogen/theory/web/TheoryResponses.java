package com.theogen.theory.web;

import com.theogen.job.JobProperties;
import com.theogen.job.JobStatus;
import com.theogen.job.JobView;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies of the theory endpoints (snake_case on the wire). */
final class TheoryResponses {

    private TheoryResponses() {}

    /** 202 body of {@code POST generate-theory}. */
    record Accepted(UUID taskId, JobStatus status, @Nullable Integer nextPollSeconds, boolean reused) {}

    /**
     * Status of a theory run. {@code next_poll_seconds} is null once the run has ended; {@code theory_id} is set
     * when it completed.
     */
    record Status(
            UUID taskId,
            JobStatus status,
            @Nullable String step,
            int progress,
            @Nullable String errorCode,
            @Nullable String error,
            @Nullable Integer nextPollSeconds,
            @Nullable UUID theoryId,
            boolean degraded,
            int attempt,
            Instant createdAt,
            Instant updatedAt,
            List<JobView.StepEntry> steps) {

        static Status of(JobView job, JobProperties jobs) {
            return new Status(
                    job.id(),
                    job.status(),
                    job.step(),
                    job.progress(),
                    job.errorCode(),
                    job.error(),
                    jobs.nextPollSeconds(job.status()),
                    job.resultId(),
                    job.degraded(),
                    job.attempt(),
                    job.createdAt(),
                    job.updatedAt(),
                    job.steps());
        }
    }
}
