package com.theogen.job;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Job settings. Liveness of workers (heartbeats, dead-worker detection) is db-scheduler's, configured under
 * {@code db-scheduler.*}; how many jobs run at once on this node is {@code workers} (it replaces
 * {@code db-scheduler.threads}).
 *
 * @param nextPollSeconds polling hint returned to clients
 * @param maxAttempts how many times a job may be started before a lost worker fails it with
 *     {@code WORKER_LOST}
 * @param reconcileInterval how often active jobs without a queue entry are re-queued
 * @param staleAfter how long an active job may go without an update before the reconciler looks at it
 * @param workers how many jobs this node runs at once; {@code null} (the default) means half the cores, at
 *     least two (so a short job never waits for a whole run), leaving requests the rest at a higher priority
 *     (docs/adr/040). Further jobs wait in the queue.
 * @param workerNiceness the Linux nice value (0–19) of the worker threads: above 0 the kernel gives request
 *     threads the CPU first; 0 leaves them equal. Ignored where the platform cannot set it per thread.
 */
@Validated
@ConfigurationProperties("theogen.job")
public record JobProperties(
        @Min(1) @Max(60) int nextPollSeconds,
        @Min(1) @Max(10) int maxAttempts,
        @NotNull Duration reconcileInterval,
        @NotNull Duration staleAfter,
        @Min(1) @Max(256) Integer workers,
        @Min(0) @Max(19) int workerNiceness) {

    /** The polling hint for a job in {@code status}: {@link #nextPollSeconds()}, or {@code null} once it has ended. */
    public Integer nextPollSeconds(JobStatus status) {
        return status.isTerminal() ? null : nextPollSeconds;
    }

    /** The number of jobs this node runs at once: {@link #workers()} or, when unset, half the cores (at least 2). */
    public int runWorkers() {
        return workers != null ? workers : defaultWorkers(Runtime.getRuntime().availableProcessors());
    }

    /** Half of {@code cores}, at least two (so a short job such as an export never waits for a whole run). */
    public static int defaultWorkers(int cores) {
        return Math.max(2, cores / 2);
    }
}
