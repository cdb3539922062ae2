package com.theogen.llm;

import java.time.Duration;
import java.util.List;

/**
 * What one {@link LlmClient} call cost, for the run manifest and metrics. A call that needed a repair call
 * reports both requests together.
 *
 * @param stage the stage that asked (for example {@code paradigm})
 * @param prompt prompt id and version actually used (for example {@code paradigm/paradigm.es.v1}); the
 *     embedding model for embedding calls
 * @param provider provider that answered
 * @param model model or Azure deployment that answered
 * @param role the model role; {@code null} for embedding calls
 * @param keySource whose key paid
 * @param inputTokens prompt tokens as reported by the provider (our own count when it reports none)
 * @param outputTokens completion tokens as reported by the provider (0 when it reports none)
 * @param latency wall time of the whole call including retries and waits
 * @param requests HTTP requests sent (first try, retries, capability fallbacks and the repair call)
 * @param retries requests repeated after a transient failure (429, 5xx, timeout, connection reset)
 * @param adjustments parameters dropped or renamed because the model rejected them, for example {@code
 *     temperature dropped}
 * @param repaired whether the reply needed the JSON repair call
 * @param truncated whether the reply was cut off (length limit) and repaired by dropping its unfinished tail
 * @param cachedInputTokens of {@code inputTokens}, those the provider reported as served from its prompt cache
 *     ({@code prompt_tokens_details.cached_tokens}); 0 when it reports none
 */
public record LlmUsage(
        String stage,
        String prompt,
        ProviderKind provider,
        String model,
        ModelRole role,
        LlmAccess.KeySource keySource,
        long inputTokens,
        long outputTokens,
        Duration latency,
        int requests,
        int retries,
        List<String> adjustments,
        boolean repaired,
        boolean truncated,
        long cachedInputTokens) {

    public LlmUsage {
        adjustments = List.copyOf(adjustments);
    }
}
