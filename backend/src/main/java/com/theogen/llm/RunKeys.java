package com.theogen.llm;

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

    /** The key held for {@code jobId} on this replica, if any. */
    Optional<ByoKey> find(UUID jobId);

    /** Drops the key of {@code jobId}; call when the job ends however it ends. Idempotent. */
    void forget(UUID jobId);
}
