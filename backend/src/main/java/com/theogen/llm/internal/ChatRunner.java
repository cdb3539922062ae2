package com.theogen.llm.internal;

import com.theogen.llm.LlmProperties.ChatModel;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.internal.CapabilityMemory.Settings;
import com.theogen.llm.internal.LlmProvider.ChatCall;
import com.theogen.llm.internal.LlmProvider.ChatReply;
import com.theogen.llm.internal.LlmProvider.Format;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one chat request with what the model is known to accept, and when it rejects a parameter, records that,
 * adjusts, and sends again (such fallbacks are not retries and do not use up retry attempts).
 */
final class ChatRunner {

    /** More than the number of distinct fallbacks (temperature, two formats, two token fields). */
    private static final int MAX_FALLBACKS = 6;

    private final LlmProvider provider;
    private final CapabilityMemory capabilities;
    private final ResilientCaller caller;

    ChatRunner(LlmProvider provider, CapabilityMemory capabilities, ResilientCaller caller) {
        this.provider = provider;
        this.capabilities = capabilities;
        this.caller = caller;
    }

    /**
     * @param schemaInstruction appended to the user message whenever the schema cannot go as {@code response_format}
     * @param cacheKey {@code prompt_cache_key} to send, {@code null} for none
     * @throws ProviderFailure when the failure is final
     */
    ChatReply send(
            ChatModel model,
            RenderedPrompt prompt,
            String schemaInstruction,
            String schemaName,
            Map<String, Object> schema,
            int maxOutputTokens,
            String cacheKey,
            LlmRunContext run,
            CallStats stats) {
        for (int fallback = 0; ; fallback++) {
            Settings settings = capabilities.settings(model);
            RenderedPrompt sent =
                    settings.format() == Format.JSON_SCHEMA ? prompt : prompt.withUserSuffix(schemaInstruction);
            try {
                ChatReply reply = caller.execute(
                        model.name(),
                        run,
                        stats,
                        timeout -> provider.chat(new ChatCall(
                                model.name(),
                                sent.system(),
                                sent.shared(),
                                sent.user(),
                                settings.temperature(),
                                settings.tokenParameter(),
                                maxOutputTokens,
                                settings.format(),
                                schemaName,
                                schema,
                                run.userKey(),
                                timeout,
                                settings.cacheKey() ? cacheKey : null)));
                if (reply.promptTokens() != null) {
                    stats.promptTokens += reply.promptTokens();
                }
                if (reply.completionTokens() != null) {
                    stats.completionTokens += reply.completionTokens();
                }
                if (reply.cachedTokens() != null) {
                    stats.cachedTokens += reply.cachedTokens();
                }
                return reply;
            } catch (ProviderFailure failure) {
                Optional<String> change = failure.kind() == ProviderFailure.Kind.UNSUPPORTED_PARAMETER
                                && fallback < MAX_FALLBACKS
                        ? capabilities.reject(
                                model, settings, failure.rejectedParameter().orElseThrow())
                        : Optional.empty();
                if (change.isEmpty()) {
                    throw failure;
                }
                stats.adjustments.add(change.get());
            }
        }
    }
}
