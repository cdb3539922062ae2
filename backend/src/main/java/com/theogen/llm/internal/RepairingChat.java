package com.theogen.llm.internal;

import com.theogen.llm.LlmRunContext;
import com.theogen.llm.internal.LlmProvider.ChatReply;
import com.theogen.llm.internal.PromptPreparer.Prepared;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a prepared prompt (capability fallbacks and retries are the {@link ChatRunner}'s), parses and validates the
 * reply, and when it is not valid sends one repair request on the same model. Whether it repaired and whether the
 * kept reply was cut off go into the call's {@link CallStats}.
 */
final class RepairingChat {

    private static final Logger log = LoggerFactory.getLogger(RepairingChat.class);

    private final ChatRunner chat;
    private final StructuredOutput output;
    private final PromptPreparer prompts;

    RepairingChat(ChatRunner chat, StructuredOutput output, PromptPreparer prompts) {
        this.chat = chat;
        this.output = output;
        this.prompts = prompts;
    }

    /**
     * @throws ProviderFailure when the provider's failure is final
     * @throws com.theogen.shared.DomainException {@code LLM_OUTPUT_INVALID} when the repaired reply is still invalid
     */
    <T> T exchange(Prepared<T> call, LlmRunContext run, CallStats stats) {
        Class<T> type = call.request().outputType();
        ChatReply reply = send(call, call.plan().prompt(), run, stats);
        StructuredOutput.Outcome<T> parsed = output.parse(reply.content(), type);
        stats.truncated = parsed.truncated() || "length".equals(reply.finishReason());
        if (parsed.valid()) {
            return parsed.value();
        }
        stats.repaired = true;
        log.info(
                "Stage {}: reply of {} is not valid ({}); sending one repair request",
                call.request().stage(),
                call.model().name(),
                parsed.errors().isEmpty() ? "?" : parsed.errors().get(0));
        RenderedPrompt repair = prompts.repair(call, reply.content(), parsed.excerpt(), parsed.errors());
        ChatReply second = send(call, repair, run, stats);
        parsed = output.parse(second.content(), type);
        if (!parsed.valid()) {
            throw LlmErrors.outputInvalid(
                    call.request().stage(), call.model().name(), parsed.excerpt(), parsed.errors());
        }
        stats.truncated = parsed.truncated() || "length".equals(second.finishReason());
        return parsed.value();
    }

    private ChatReply send(Prepared<?> call, RenderedPrompt prompt, LlmRunContext run, CallStats stats) {
        ChatReply reply = chat.send(
                call.model(),
                prompt,
                call.instruction(),
                call.schema().name(),
                call.schema().schema(),
                call.request().maxOutputTokens(),
                call.request().cacheKey(),
                run,
                stats);
        if (reply.completionTokens() == null) {
            stats.completionTokens += prompts.countOutput(call, reply.content());
        }
        return reply;
    }
}
