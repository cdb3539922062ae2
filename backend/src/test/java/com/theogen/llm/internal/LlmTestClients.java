package com.theogen.llm.internal;

import com.theogen.llm.LlmClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Real LLM clients (real SDK, real HTTP, fake time for retries) for tests of other modules that go through
 * {@link LlmClient}, such as the evidence module's remote embedder.
 */
public final class LlmTestClients {

    private LlmTestClients() {}

    /** A client with its clock: deadlines of runs must be computed from {@link Client#clock()}. */
    public record Client(LlmClient llm, Clock clock) {}

    /** An OpenAI-compatible provider at {@code baseUrl} (including {@code /v1}) with server key {@code key}. */
    public static Client openAi(String baseUrl, String key, int embeddingBatchSize, Duration timeout, int attempts) {
        return openAi(baseUrl, key, embeddingBatchSize, null, timeout, attempts);
    }

    /** @param embeddingDimensions {@code theogen.llm.models.embedding.dimensions}; {@code null} for none */
    public static Client openAi(
            String baseUrl,
            String key,
            int embeddingBatchSize,
            Integer embeddingDimensions,
            Duration timeout,
            int attempts) {
        TestLlm llm = TestLlm.openai(baseUrl)
                .embeddingDimensions(embeddingDimensions)
                .serverKey(key)
                .embeddingBatch(embeddingBatchSize, 8191)
                .timeout(timeout)
                .maxAttempts(attempts)
                .build();
        return new Client(llm.client, llm.time);
    }
}
