package com.theogen.job.internal;

import com.theogen.job.JobStatus;
import com.theogen.job.JobView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A row of {@code job_runs}. */
record JobRecord(
        UUID id,
        UUID projectId,
        UUID ownerId,
        String kind,
        JobStatus status,
        String step,
        int progress,
        String errorCode,
        String errorMessage,
        int attempt,
        boolean cancelRequested,
        boolean degraded,
        Map<String, Object> params,
        Map<String, Object> checkpoints,
        List<JobView.StepEntry> stepLog,
        UUID resultId,
        Map<String, Integer> outcome,
        String warningCode,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        Instant finishedAt) {

    JobView view() {
        return new JobView(
                id,
                projectId,
                ownerId,
                kind,
                status,
                step,
                progress,
                errorCode,
                errorMessage,
                resultId,
                degraded,
                attempt,
                createdAt,
                updatedAt,
                startedAt,
                finishedAt,
                stepLog,
                outcome,
                warningCode);
    }
}
