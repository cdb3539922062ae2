package com.theogen.job;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Job settings. Liveness of workers (heartbeats, dead-worker detection) is db-scheduler's, configured under
 * {@code db-scheduler.*}.
 *
 * @param nextPollSeconds polling hint returned to clients
 * @param maxAttempts how many times a job may be started before a lost worker fails it with
 *     {@code WORKER_LOST}
 * @param reconcileInterval how often active jobs without a queue entry are re-queued
 * @param staleAfter how long an active job may go without an update before the reconciler looks at it
 */
@Validated
@ConfigurationProperties("theogen.job")
public record JobProperties(
        @Min(1) @Max(60) int nextPollSeconds,
        @Min(1) @Max(10) int maxAttempts,
        @NotNull Duration reconcileInterval,
        @NotNull Duration staleAfter) {}
