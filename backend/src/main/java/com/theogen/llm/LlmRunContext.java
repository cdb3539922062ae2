package com.theogen.llm;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Per-run settings every {@link LlmClient} call of that run shares.
 *
 * @param userKey the user's own key for this run, if one arrived with the request; never persist it in clear
 * @param deadline the run's deadline: no request is started, and no retry waited for, past it ({@code
 *     LLM_DEADLINE_EXCEEDED})
 * @param cancelled checked before every request and between retries; when it answers {@code true} the call
 *     stops with {@code RUN_CANCELLED}
 * @param recorder receives usage and budget trims for the run manifest
 */
public record LlmRunContext(
        Optional<ByoKey> userKey, Instant deadline, BooleanSupplier cancelled, LlmRunRecorder recorder) {

    public LlmRunContext {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(recorder, "recorder");
    }

    /** A run with the server's key (or offline), no cancellation and no recording; for one-off calls. */
    public static LlmRunContext until(Instant deadline) {
        return new LlmRunContext(Optional.empty(), deadline, () -> false, LlmRunRecorder.discarding());
    }

    @Override
    public String toString() {
        return "LlmRunContext[userKey=" + userKey.map(k -> "present").orElse("absent") + ", deadline=" + deadline + "]";
    }
}
