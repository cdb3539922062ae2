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
 * @param canceled checked before every request, between retries and about every half second while a request is in
 *     flight; when it answers {@code true} the call stops (an HTTP call in flight is aborted) with {@code CANCELED}
 *     ({@link LlmError#CANCELED})
 * @param recorder receives usage and budget trims for the run manifest
 * @param circuit shared by all contexts of the run, so that a provider found hung in one stage is not waited for
 *     again in the next
 */
public record LlmRunContext(
        Optional<ByoKey> userKey,
        Instant deadline,
        BooleanSupplier canceled,
        LlmRunRecorder recorder,
        ProviderCircuit circuit) {

    public LlmRunContext {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(canceled, "canceled");
        Objects.requireNonNull(recorder, "recorder");
        Objects.requireNonNull(circuit, "circuit");
    }

    /** A context with a circuit of its own: for a run that makes all its calls through this one context. */
    public LlmRunContext(
            Optional<ByoKey> userKey, Instant deadline, BooleanSupplier canceled, LlmRunRecorder recorder) {
        this(userKey, deadline, canceled, recorder, new ProviderCircuit());
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
