package com.theogen.llm;

import java.util.Map;

/**
 * The layer's configuration as an operator or the dashboard may see it: never a key or endpoint secret.
 *
 * @param provider configured provider
 * @param costMode configured cost mode
 * @param allowByoKey whether users may send their own key in {@link ByoKey#HEADER}
 * @param byoKeyHeader the header name users send their key in
 * @param serverKeyConfigured whether the server has a usable key (or the server needs none)
 * @param models model or deployment per role key ({@code coding}, {@code reasoning}, {@code fast}, {@code
 *     embedding}); empty when offline
 */
public record LlmStatus(
        ProviderKind provider,
        CostMode costMode,
        boolean allowByoKey,
        String byoKeyHeader,
        boolean serverKeyConfigured,
        Map<String, String> models) {}
