package com.theogen.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A job as its owner sees it.
 *
 * @param step the stage running now (or the last one reached)
 * @param progress 0–100, never decreasing while the job runs
 * @param errorCode stable code when failed or canceled ({@code CANCELED}, {@code WORKER_LOST} …)
 * @param resultId what the job produced (e.g. the theory id), when completed
 * @param degraded whether the job completed with a fallback (e.g. offline analyst instead of an LLM) or with part of
 *     its work failed ({@code warningCode} says why)
 * @param attempt how many times a worker has started it (more than 1 after a worker was lost)
 * @param steps the stages reached so far, in order
 * @param outcome counts the job reported when it completed (see {@link JobResult#outcome()}); empty before
 * @param warningCode for a job that completed although part of its work failed, the error code of that failure
 */
public record JobView(
        UUID id,
        UUID projectId,
        UUID ownerId,
        String kind,
        JobStatus status,
        String step,
        int progress,
        String errorCode,
        String error,
        UUID resultId,
        boolean degraded,
        int attempt,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        Instant finishedAt,
        List<StepEntry> steps,
        Map<String, Integer> outcome,
        String warningCode) {

    /**
     * A weak HTTP entity tag of this status: it changes whenever a status column does (every write to a job also
     * moves {@code updatedAt}; the rest is hashed in for writes within the same microsecond). Equal tags mean the
     * client's copy is current, so a poll can be answered 304 Not Modified.
     */
    public String etag() {
        int columns = Objects.hash(
                status, step, progress, errorCode, resultId, degraded, attempt, steps, outcome, warningCode);
        long micros = updatedAt.getEpochSecond() * 1_000_000L + updatedAt.getNano() / 1_000;
        return "W/\"" + id + "-" + Long.toHexString(micros) + "-" + Integer.toHexString(columns) + "\"";
    }

    /** Where a client polls this job: {@code /api/projects/{projectId}/jobs/{id}}. */
    public String statusUrl() {
        return "/api/projects/" + projectId + "/jobs/" + id;
    }

    /** One stage of the step log: when it started and, once done, how long it took. */
    public record StepEntry(String step, Instant startedAt, Long elapsedMs) {}
}
