package com.theogen.llm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * LLM layer settings ({@code theogen.llm.*}); defaults in application.yml, every value documented in RUNBOOK.md.
 * Keys never appear in {@link #toString()}.
 *
 * @param provider {@code azure}, {@code openai} or {@code offline} (the default: no network model)
 * @param costMode who pays, see {@link CostMode}
 * @param allowByoKey whether users may send their own key in {@link ByoKey#HEADER}
 * @param azure Azure OpenAI endpoint, key and api-version (used when {@code provider=azure})
 * @param openai OpenAI-compatible base URL and key (used when {@code provider=openai})
 * @param models model (or Azure deployment) per role, with context limits
 * @param calls timeouts, retries and concurrency
 * @param budget safety margin of the token budget
 * @param transcription speech-to-text for audio and video interviews; see {@link Transcription}
 */
@Validated
@ConfigurationProperties("theogen.llm")
public record LlmProperties(
        @NotNull ProviderKind provider,
        @NotNull CostMode costMode,
        boolean allowByoKey,
        @Valid @NotNull Azure azure,
        @Valid @NotNull OpenAi openai,
        @Valid @NotNull Models models,
        @Valid @NotNull Calls calls,
        @Valid @NotNull Budget budget,
        @Valid Transcription transcription) {

    public LlmProperties {
        transcription = transcription == null ? Transcription.none() : transcription;
        if (transcription.provider() == ProviderKind.AZURE
                && (transcription.azure() == null
                        || !hasKey(transcription.azure().endpoint()))) {
            throw new IllegalArgumentException(
                    "theogen.llm.transcription.provider=azure requires theogen.llm.transcription.azure.endpoint");
        }
        if ((costMode == CostMode.BYO_KEY || costMode == CostMode.HYBRID) && !allowByoKey) {
            throw new IllegalArgumentException(
                    "theogen.llm.cost-mode=" + costMode.key() + " requires theogen.llm.allow-byo-key=true");
        }
        if (allowByoKey && provider == ProviderKind.OFFLINE) {
            throw new IllegalArgumentException(
                    "theogen.llm.allow-byo-key=true needs a provider (azure or openai) to send users' keys to");
        }
        if (provider == ProviderKind.AZURE
                && (azure == null
                        || azure.endpoint() == null
                        || azure.endpoint().isBlank())) {
            throw new IllegalArgumentException("theogen.llm.provider=azure requires theogen.llm.azure.endpoint");
        }
    }

    /**
     * @param endpoint resource endpoint, for example {@code https://my-resource.openai.azure.com}
     * @param apiKey the server's key (sent as {@code api-key}); empty for none
     * @param apiVersion Azure OpenAI {@code api-version} query parameter
     */
    public record Azure(String endpoint, String apiKey, @NotBlank String apiVersion) {
        @Override
        public String toString() {
            return "Azure[endpoint=" + endpoint + ", apiKey=" + redacted(apiKey) + ", apiVersion=" + apiVersion + "]";
        }
    }

    /**
     * @param baseUrl OpenAI-compatible base URL including {@code /v1}, for example {@code http://localhost:11434/v1}
     * @param apiKey the server's bearer key; empty for none
     * @param keyless {@code true} for servers that need no key (Ollama, vLLM, LM Studio): calls are then possible
     *     without a server key
     */
    public record OpenAi(@NotBlank String baseUrl, String apiKey, boolean keyless) {
        @Override
        public String toString() {
            return "OpenAi[baseUrl=" + baseUrl + ", apiKey=" + redacted(apiKey) + ", keyless=" + keyless + "]";
        }
    }

    /** One model (or Azure deployment) per role, and the embedding model. */
    public record Models(
            @Valid @NotNull ChatModel coding,
            @Valid @NotNull ChatModel reasoning,
            @Valid @NotNull ChatModel fast,
            @Valid @NotNull EmbeddingModel embedding) {

        public ChatModel of(ModelRole role) {
            return switch (role) {
                case CODING -> coding;
                case REASONING -> reasoning;
                case FAST -> fast;
            };
        }
    }

    /**
     * @param name model name, or the deployment name on Azure
     * @param contextLimit context window in tokens (input plus output)
     * @param temperature sampling temperature; unset to send none. Dropped automatically if the model rejects it
     * @param encoding {@code o200k_base} or {@code cl100k_base}; unset to choose by model name (o200k_base for the
     *     gpt-4o, gpt-4.1, gpt-5 and o-series families, cl100k_base otherwise)
     * @param tokenParameter which output cap to send first, {@code max_completion_tokens} (default) or {@code
     *     max_tokens}; renamed automatically if the model rejects it
     */
    public record ChatModel(
            @NotBlank String name,
            @Min(512) int contextLimit,
            @DecimalMin("0.0") @DecimalMax("2.0") Double temperature,
            String encoding,
            TokenParameter tokenParameter) {

        public ChatModel {
            tokenParameter = tokenParameter == null ? TokenParameter.MAX_COMPLETION_TOKENS : tokenParameter;
        }
    }

    /** The request field that caps the reply length. */
    public enum TokenParameter {
        MAX_COMPLETION_TOKENS,
        MAX_TOKENS
    }

    /**
     * @param name embedding model name, or the deployment name on Azure
     * @param dimensions requested vector size; unset for the model's default
     * @param batchSize texts per request
     * @param maxInputTokens each text is cut to this many tokens
     */
    public record EmbeddingModel(
            @NotBlank String name,
            @Min(1) Integer dimensions,
            @Min(1) @Max(2048) int batchSize,
            @Min(16) int maxInputTokens) {}

    /**
     * @param timeout per-request timeout (also capped by the run's deadline)
     * @param maxAttempts requests per call for transient failures (first try included)
     * @param initialBackoff first retry wait before jitter; doubles per retry
     * @param maxBackoff cap of the exponential wait
     * @param maxRetryAfter longest {@code Retry-After} honoured; a longer one fails the call at once
     * @param maxConcurrency requests in flight at once to the provider, across all runs
     */
    public record Calls(
            @NotNull Duration timeout,
            @Min(1) @Max(10) int maxAttempts,
            @NotNull Duration initialBackoff,
            @NotNull Duration maxBackoff,
            @NotNull Duration maxRetryAfter,
            @Min(1) @Max(256) int maxConcurrency) {}

    /**
     * The margin kept free in every prompt budget: {@code max(marginTokens, marginRatio * contextLimit)}.
     *
     * @param marginTokens minimum margin in tokens
     * @param marginRatio margin as a share of the context limit, for tokenizers that count differently
     */
    public record Budget(@Min(0) int marginTokens, @DecimalMin("0.0") @DecimalMax("0.5") double marginRatio) {}

    /**
     * Speech-to-text ({@code theogen.llm.transcription.*}). The {@code openai} provider is the OpenAI-compatible
     * server of {@link #openai()} (same base URL, key, keyless flag); {@code azure} is an Azure AI Speech resource
     * (fast transcription API), which has its own endpoint and key; {@code offline} means none: recordings wait
     * for a transcript. Cost mode and users' own keys work as for chat models.
     *
     * @param provider {@code azure}, {@code openai} or {@code offline}
     * @param azure the Azure AI Speech resource (with {@code provider=azure})
     * @param model the OpenAI-compatible transcription model ({@code whisper-1}, {@code gpt-4o-transcribe-diarize} …)
     * @param responseFormat {@code verbose_json} (segments with times) or {@code diarized_json} (also speakers)
     * @param maxRequestSize largest file one request may carry; unset for the provider's limit (OpenAI 25 MB,
     *     Azure 200 MB)
     * @param maxRequestDuration longest audio one request may carry; unset for the provider's (OpenAI 20 min,
     *     Azure 2 h)
     * @param maxDuration longest recording transcribed at all; longer ones fail with {@code MEDIA_TOO_LONG}
     * @param timeout per-request timeout
     */
    public record Transcription(
            @NotNull ProviderKind provider,
            @Valid AzureSpeech azure,
            String model,
            String responseFormat,
            org.springframework.util.unit.DataSize maxRequestSize,
            Duration maxRequestDuration,
            Duration maxDuration,
            Duration timeout) {

        public Transcription {
            azure = azure == null ? new AzureSpeech("", "", null, 0) : azure;
            model = model == null || model.isBlank() ? "whisper-1" : model;
            responseFormat = responseFormat == null || responseFormat.isBlank() ? "verbose_json" : responseFormat;
            maxDuration = maxDuration == null ? Duration.ofHours(4) : maxDuration;
            timeout = timeout == null ? Duration.ofMinutes(10) : timeout;
        }

        static Transcription none() {
            return new Transcription(ProviderKind.OFFLINE, null, null, null, null, null, null, null);
        }
    }

    /**
     * @param endpoint the Speech resource endpoint, e.g. {@code https://westeurope.api.cognitive.microsoft.com}
     * @param apiKey the resource key (sent as {@code Ocp-Apim-Subscription-Key}); empty for none
     * @param apiVersion the speech-to-text REST {@code api-version}; unset for {@code 2024-11-15}
     * @param maxSpeakers most speakers diarization looks for; 0 for 2
     */
    public record AzureSpeech(String endpoint, String apiKey, String apiVersion, int maxSpeakers) {

        public AzureSpeech {
            apiVersion = apiVersion == null || apiVersion.isBlank() ? "2024-11-15" : apiVersion;
            maxSpeakers = maxSpeakers <= 0 ? 2 : maxSpeakers;
        }

        @Override
        public String toString() {
            return "AzureSpeech[endpoint=" + endpoint + ", apiKey=" + redacted(apiKey) + ", apiVersion=" + apiVersion
                    + ", maxSpeakers=" + maxSpeakers + "]";
        }
    }

    private static String redacted(String key) {
        return key == null || key.isBlank() ? "<none>" : "<redacted>";
    }

    /** Whether a key value is configured. */
    public static boolean hasKey(String key) {
        return key != null && !key.isBlank();
    }
}
