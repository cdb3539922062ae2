package com.theogen.llm.web;

import com.theogen.llm.CostMode;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmStatus;
import com.theogen.llm.ProviderKind;
import java.util.Map;

/**
 * The model configuration and what a run requested with the caller's headers would get. Never contains a key.
 *
 * @param access how a run would reach a model with the caller's (optional) own key
 */
record LlmStatusResponse(
        ProviderKind provider,
        CostMode costMode,
        boolean allowByoKey,
        String byoKeyHeader,
        boolean serverKeyConfigured,
        Map<String, String> models,
        LlmAccess access) {

    static LlmStatusResponse of(LlmStatus status, LlmAccess access) {
        return new LlmStatusResponse(
                status.provider(),
                status.costMode(),
                status.allowByoKey(),
                status.byoKeyHeader(),
                status.serverKeyConfigured(),
                status.models(),
                access);
    }
}
