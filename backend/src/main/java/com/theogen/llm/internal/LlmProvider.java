package com.theogen.llm.internal;

import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmProperties.TokenParameter;
import com.theogen.llm.ProviderKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port to a remote model server. One request per call: no retries, no fallbacks (the client does those).
 * Failures are thrown as {@link ProviderFailure} with their kind decided; keys never appear in their messages.
 */
interface LlmProvider {

    ProviderKind kind();

    /** Whether the server's own key is configured (or the server needs none). */
    boolean hasServerKey();

    ChatReply chat(ChatCall call);

    EmbedReply embed(EmbedCall call);

    /** How the output schema is sent. */
    enum Format {
        JSON_SCHEMA,
        JSON_OBJECT,
        NONE
    }

    /**
     * One chat completion request.
     *
     * @param temperature {@code null} to send none
     * @param tokenParameter the output cap field to send, {@code null} to send none
     * @param schema the output schema, sent only with {@link Format#JSON_SCHEMA}
     * @param shared a user message sent between the system message and {@code user}; empty for none
     * @param cacheKey {@code prompt_cache_key} to send; {@code null} to send none
     */
    record ChatCall(
            String model,
            String system,
            String shared,
            String user,
            Double temperature,
            TokenParameter tokenParameter,
            int maxOutputTokens,
            Format format,
            String schemaName,
            Map<String, Object> schema,
            Optional<ByoKey> userKey,
            Duration timeout,
            String cacheKey) {}

    /**
     * @param content the message text; empty when the model sent none (refusal, tool call)
     * @param finishReason for example {@code stop} or {@code length}
     * @param promptTokens provider-reported, {@code null} when not reported
     * @param completionTokens provider-reported, {@code null} when not reported
     * @param cachedTokens prompt tokens the provider served from its prompt cache ({@code
     *     usage.prompt_tokens_details.cached_tokens}), {@code null} when not reported
     */
    record ChatReply(String content, String finishReason, Long promptTokens, Long completionTokens, Long cachedTokens) {

        ChatReply(String content, String finishReason, Long promptTokens, Long completionTokens) {
            this(content, finishReason, promptTokens, completionTokens, null);
        }
    }

    record EmbedCall(
            String model, List<String> inputs, Integer dimensions, Optional<ByoKey> userKey, Duration timeout) {}

    /** @param vectors one per input, in input order */
    record EmbedReply(List<float[]> vectors, Long promptTokens) {}
}
