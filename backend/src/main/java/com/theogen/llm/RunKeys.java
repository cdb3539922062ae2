package com.theogen.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands a user's own key from the request that started a job to the job's thread, without ever persisting it: the
 * key is held in this replica's memory only, for the job's lifetime. A job resumed on another replica (or after a
 * restart) finds no key; it then proceeds as {@link LlmClient#access} decides without one (server key, offline
 * fallback, or {@code BYO_KEY_REQUIRED}). See docs/adr/009-byo-key-for-jobs.md.
 */
public interface RunKeys {

    /** Keeps {@code key} for {@code jobId} until {@link #forget} or the retention time passes. */
    void hold(UUID jobId, ByoKey key);

    /**
     * Hands the key of the request that submitted {@code jobId} to that job. A submission that joined the same
     * user's job of the same kind, already running ({@code reused}), hands nothing over: a job keeps the key it was
     * started with, or none, whatever later requests carry.
     */
    default void handOver(UUID jobId, boolean reused, Optional<ByoKey> key) {
        if (!reused) {
            key.ifPresent(k -> hold(jobId, k));
        }
    }

    /** The key held for {@code jobId} on this replica, if any. */
    Optional<ByoKey> find(UUID jobId);

    /** Drops the key of {@code jobId}; call when the job ends however it ends. Idempotent. */
    void forget(UUID jobId);

    /**
     * The key of a job that was submitted with one: the request that submitted the job hands it over just after
     * submitting, so the job may start a moment before it arrives. Waits up to {@code wait}, running {@code
     * check} (a cancellation check, which may throw) between looks; empty when none arrived (a job resumed on
     * another replica).
     */
    default Optional<ByoKey> await(UUID jobId, Duration wait, Runnable check) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Optional<ByoKey> key = find(jobId);
        while (key.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            check.run();
            key = find(jobId);
        }
        return key;
    }
}
