package com.theogen.llm.internal;

import com.theogen.llm.LlmProperties.ChatModel;
import com.theogen.llm.LlmProperties.TokenParameter;
import com.theogen.llm.internal.LlmProvider.Format;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each model has rejected so far, for the process lifetime. Rejections only accumulate, so concurrent calls
 * that learn the same thing agree. Fallbacks: temperature is dropped; {@code response_format} goes json_schema →
 * json_object → none (the schema then travels in the prompt); the output cap is renamed ({@code
 * max_completion_tokens} ↔ {@code max_tokens}) and dropped only if both names are rejected; {@code
 * prompt_cache_key} is dropped (a server that does not know it caches, if at all, without it).
 */
final class CapabilityMemory {

    private static final Logger log = LoggerFactory.getLogger(CapabilityMemory.class);

    /**
     * What is sent to a model now. {@code temperature}/{@code tokenParameter} {@code null}: not sent; {@code cacheKey}
     * false: no {@code prompt_cache_key}, even when the call has one.
     */
    record Settings(Double temperature, Format format, TokenParameter tokenParameter, boolean cacheKey) {}

    private record Rejections(boolean temperature, Set<Format> formats, Set<TokenParameter> tokens, boolean cacheKey) {
        static final Rejections NONE = new Rejections(false, Set.of(), Set.of(), false);

        Rejections(boolean temperature, Set<Format> formats, Set<TokenParameter> tokens) {
            this(temperature, formats, tokens, false);
        }

        Rejections merge(Rejections other) {
            Set<Format> formats = union(this.formats, other.formats, Format.class);
            Set<TokenParameter> tokens = union(this.tokens, other.tokens, TokenParameter.class);
            return new Rejections(temperature || other.temperature, formats, tokens, cacheKey || other.cacheKey);
        }

        private static <E extends Enum<E>> Set<E> union(Set<E> a, Set<E> b, Class<E> type) {
            EnumSet<E> all = EnumSet.noneOf(type);
            all.addAll(a);
            all.addAll(b);
            return Set.copyOf(all);
        }
    }

    private final Map<String, Rejections> rejections = new ConcurrentHashMap<>();

    Settings settings(ChatModel model) {
        Rejections known = rejections.getOrDefault(model.name(), Rejections.NONE);
        Double temperature = known.temperature() ? null : model.temperature();
        Format format = known.formats().contains(Format.JSON_SCHEMA)
                ? (known.formats().contains(Format.JSON_OBJECT) ? Format.NONE : Format.JSON_OBJECT)
                : Format.JSON_SCHEMA;
        TokenParameter first = model.tokenParameter();
        TokenParameter second =
                first == TokenParameter.MAX_TOKENS ? TokenParameter.MAX_COMPLETION_TOKENS : TokenParameter.MAX_TOKENS;
        TokenParameter token =
                !known.tokens().contains(first) ? first : (known.tokens().contains(second) ? null : second);
        return new Settings(temperature, format, token, !known.cacheKey());
    }

    /**
     * Records that {@code model} rejected {@code parameter} as sent in {@code sent}.
     *
     * @return what changes for the next request, or empty when nothing is left to drop or rename
     */
    Optional<String> reject(ChatModel model, Settings sent, String parameter) {
        Rejections learned =
                switch (parameter) {
                    case ProviderErrors.TEMPERATURE -> new Rejections(sent.temperature() != null, Set.of(), Set.of());
                    case ProviderErrors.PROMPT_CACHE_KEY -> new Rejections(false, Set.of(), Set.of(), true);
                    case ProviderErrors.RESPONSE_FORMAT ->
                        new Rejections(
                                false, sent.format() == Format.NONE ? Set.of() : Set.of(sent.format()), Set.of());
                    default ->
                        new Rejections(
                                false,
                                Set.of(),
                                sent.tokenParameter() == null ? Set.of() : Set.of(sent.tokenParameter()));
                };
        rejections.merge(model.name(), learned, Rejections::merge);
        Settings next = settings(model);
        if (next.equals(sent)) {
            return Optional.empty();
        }
        String change = describe(sent, next);
        log.info("Model {} rejected {}: {} from now on", model.name(), parameter, change);
        return Optional.of(change);
    }

    private static String describe(Settings sent, Settings next) {
        if (sent.temperature() != null && next.temperature() == null) {
            return "temperature dropped";
        }
        if (sent.cacheKey() && !next.cacheKey()) {
            return "prompt_cache_key dropped";
        }
        if (sent.format() != next.format()) {
            return next.format() == Format.NONE
                    ? "response_format " + name(sent.format()) + " dropped"
                    : "response_format " + name(sent.format()) + " -> " + name(next.format());
        }
        if (next.tokenParameter() == null) {
            return name(sent.tokenParameter()) + " dropped";
        }
        return name(sent.tokenParameter()) + " -> " + name(next.tokenParameter());
    }

    private static String name(Enum<?> value) {
        return value == null ? "none" : value.name().toLowerCase(Locale.ROOT);
    }
}
