package com.theogen.llm.internal;

import com.theogen.llm.CostMode;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmProperties.ChatModel;
import com.theogen.llm.LlmProperties.TokenParameter;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.ProviderKind;
import com.theogen.project.DomainTemplateCatalog;
import com.theogen.support.ScriptedLlmServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Optional;

/** Builds real clients (real SDK, real HTTP) against a {@link ScriptedLlmServer}, with fake time. */
final class TestLlm {

    static final String SERVER_KEY = "sk-server-0123456789abcdef";
    static final PromptCatalog PROMPTS = new PromptCatalog();
    static final DomainTemplateCatalog TEMPLATES = new DomainTemplateCatalog();
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    final FakeTime time = new FakeTime();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final LlmRunLog log = new LlmRunLog();
    final LlmProperties properties;
    final DefaultLlmClient client;

    private TestLlm(LlmProperties properties) {
        this.properties = properties;
        LlmMetrics metrics = new LlmMetrics(meters, properties.provider().key());
        ResilientCaller caller = new ResilientCaller(properties.calls(), time, time, () -> 0.5, metrics);
        Optional<LlmProvider> provider = properties.provider() == ProviderKind.OFFLINE
                ? Optional.empty()
                : Optional.of(new OpenAiLlmProvider(properties, time));
        this.client = new DefaultLlmClient(
                properties,
                provider,
                new PromptComposer(PROMPTS, TEMPLATES),
                new TokenCounter(),
                new StructuredOutput(VALIDATOR),
                caller,
                metrics,
                time);
    }

    static TestLlm of(LlmProperties properties) {
        return new TestLlm(properties);
    }

    /** A run that may last an hour of fake time. */
    LlmRunContext run() {
        return new LlmRunContext(Optional.empty(), time.instant().plus(Duration.ofHours(1)), () -> false, log);
    }

    static Builder openai(ScriptedLlmServer server) {
        return new Builder(ProviderKind.OPENAI, server.baseUrl());
    }

    /** OpenAI-compatible properties for tests that send nothing. */
    static Builder openai(String baseUrl) {
        return new Builder(ProviderKind.OPENAI, baseUrl);
    }

    static Builder azure(ScriptedLlmServer server) {
        return new Builder(ProviderKind.AZURE, server.baseUrl());
    }

    static Builder offline() {
        return new Builder(ProviderKind.OFFLINE, "http://127.0.0.1:9/v1");
    }

    /** Properties as application.yml sets them, pointed at the scripted server. */
    static final class Builder {
        private final ProviderKind provider;
        private final String url;
        private String serverKey = SERVER_KEY;
        private CostMode costMode = CostMode.PAID;
        private boolean allowByoKey;
        private TokenParameter tokenParameter = TokenParameter.MAX_COMPLETION_TOKENS;
        private Double temperature = 0.2;
        private int contextLimit = 16_000;
        private Duration timeout = Duration.ofSeconds(10);
        private int maxAttempts = 4;
        private int maxConcurrency = 4;
        private int batchSize = 64;
        private int maxInputTokens = 8191;
        private Integer embeddingDimensions;

        private Builder(ProviderKind provider, String url) {
            this.provider = provider;
            this.url = url;
        }

        Builder serverKey(String key) {
            this.serverKey = key;
            return this;
        }

        Builder costMode(CostMode mode, boolean allowByoKey) {
            this.costMode = mode;
            this.allowByoKey = allowByoKey;
            return this;
        }

        Builder tokenParameter(TokenParameter parameter) {
            this.tokenParameter = parameter;
            return this;
        }

        Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        Builder contextLimit(int tokens) {
            this.contextLimit = tokens;
            return this;
        }

        Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        Builder maxConcurrency(int requests) {
            this.maxConcurrency = requests;
            return this;
        }

        Builder embeddingBatch(int batchSize, int maxInputTokens) {
            this.batchSize = batchSize;
            this.maxInputTokens = maxInputTokens;
            return this;
        }

        Builder embeddingDimensions(Integer dimensions) {
            this.embeddingDimensions = dimensions;
            return this;
        }

        LlmProperties properties() {
            ChatModel chat = new ChatModel("gpt-4o-mini", contextLimit, temperature, null, tokenParameter);
            return new LlmProperties(
                    provider,
                    costMode,
                    allowByoKey,
                    new LlmProperties.Azure(url, serverKey, "2024-10-21"),
                    new LlmProperties.OpenAi(url, serverKey, false),
                    new LlmProperties.Models(
                            chat,
                            new ChatModel("gpt-4.1", contextLimit, temperature, null, tokenParameter),
                            chat,
                            new LlmProperties.EmbeddingModel(
                                    "text-embedding-3-small", embeddingDimensions, batchSize, maxInputTokens)),
                    new LlmProperties.Calls(
                            timeout,
                            maxAttempts,
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(30),
                            Duration.ofSeconds(60),
                            maxConcurrency),
                    new LlmProperties.Budget(64, 0.0),
                    null);
        }

        TestLlm build() {
            return TestLlm.of(properties());
        }
    }
}
