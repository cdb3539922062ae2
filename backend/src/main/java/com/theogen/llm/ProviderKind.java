package com.theogen.llm;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The configured model provider ({@code theogen.llm.provider}). */
public enum ProviderKind {
    /** Azure OpenAI: endpoint, deployment names, api-version and {@code api-key} header. */
    AZURE,
    /** Any OpenAI-compatible base URL (OpenAI, Ollama, vLLM, LM Studio) with a bearer key or none. */
    OPENAI,
    /** No network model: stages use the deterministic offline analyst. The default. */
    OFFLINE;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
