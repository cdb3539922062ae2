package com.theogen.job.web;

import com.theogen.job.JobProperties;
import com.theogen.job.JobStatus;
import com.theogen.job.JobView;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The polling view of a job; field names follow the theory-status contract of the original API. {@code
 * submitted_by} is the member who started it: they and the project's owner may cancel it. {@code outcome}
 * holds the counts a completed job reported (auto_code: {@code coded_fragments}, {@code skipped_fragments}, {@code
 * failed_batches} …; empty before it completes); {@code warning_code}, on a completed job, is the error code of the
 * part of its work that failed ({@code degraded} is then true).
 */
public record JobStatusResponse(
        UUID taskId,
        String kind,
        JobStatus status,
        @Nullable String step,
        int progress,
        @Nullable String errorCode,
        @Nullable String error,
        @Nullable Integer nextPollSeconds,
        @Nullable UUID resultId,
        boolean degraded,
        int attempt,
        Instant createdAt,
        Instant updatedAt,
        List<JobView.StepEntry> steps,
        Map<String, Integer> outcome,
        @Nullable String warningCode,
        Boolean reused,
        UUID submittedBy) {

    public static JobStatusResponse of(JobView job, JobProperties jobs, Boolean reused) {
        return new JobStatusResponse(
                job.id(),
                job.kind(),
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
                job.steps(),
                job.outcome(),
                job.warningCode(),
                reused,
                job.ownerId());
    }
}
