package com.theogen.llm.internal;

import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.LogLevel;
import com.openai.core.RequestOptions;
import com.openai.core.Timeout;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.Embedding;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.ProviderKind;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * {@link LlmProvider} over {@code com.openai:openai-java} for both Azure OpenAI and OpenAI-compatible servers
 * (docs/adr/002). The SDK is configured so that this layer alone decides: no SDK retries ({@code maxRetries(0)}),
 * no SDK logging (it would print bodies with interview text), no telemetry headers, and on Azure the legacy
 * {@code /openai/deployments/{deployment}} path with {@code api-version} and the {@code api-key} header, whatever
 * the endpoint's host name. Requests are sent on the caller's thread; an OkHttp interceptor hands each HTTP call to
 * the {@link InFlight} request of that thread, so that canceling the run aborts it.
 */
final class OpenAiLlmProvider implements LlmProvider {

    /** Sent to keyless servers (Ollama, vLLM, LM Studio), which ignore it; the SDK insists on a credential. */
    private static final String NO_KEY = "unused";

    private final ProviderKind kind;
    private final OpenAIClient client;
    private final String serverKey;
    private final boolean serverKeyUsable;
    private final Clock clock;

    OpenAiLlmProvider(LlmProperties properties, Clock clock) {
        this.kind = properties.provider();
        this.clock = clock;
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder()
                .maxRetries(0)
                .logLevel(LogLevel.OFF)
                .disableTelemetry(true)
                .timeout(properties.calls().timeout())
                .addInterceptor(OpenAiLlmProvider::abortable);
        if (kind == ProviderKind.AZURE) {
            LlmProperties.Azure azure = properties.azure();
            serverKey = LlmProperties.hasKey(azure.apiKey()) ? azure.apiKey().strip() : null;
            serverKeyUsable = serverKey != null;
            builder.baseUrl(azure.endpoint().strip())
                    .azureUrlPathMode(AzureUrlPathMode.LEGACY)
                    .azureServiceVersion(AzureOpenAIServiceVersion.fromString(azure.apiVersion()))
                    .credential(AzureApiKeyCredential.create(serverKey == null ? NO_KEY : serverKey));
        } else if (kind == ProviderKind.OPENAI) {
            LlmProperties.OpenAi openai = properties.openai();
            serverKey = LlmProperties.hasKey(openai.apiKey()) ? openai.apiKey().strip() : null;
            serverKeyUsable = serverKey != null || openai.keyless();
            builder.baseUrl(openai.baseUrl().strip()).apiKey(serverKey == null ? NO_KEY : serverKey);
        } else {
            throw new IllegalArgumentException("No remote provider for " + kind);
        }
        this.client = builder.build();
    }

    /** Registers the HTTP call with the request in flight on this thread, so that it can be aborted. */
    private static Response abortable(Interceptor.Chain chain) throws IOException {
        InFlight flight = InFlight.current();
        if (flight != null) {
            Call call = chain.call();
            flight.onAbort(call::cancel);
        }
        return chain.proceed(chain.request());
    }

    @Override
    public ProviderKind kind() {
        return kind;
    }

    @Override
    public boolean hasServerKey() {
        return serverKeyUsable;
    }

    @Override
    public ChatReply chat(ChatCall call) {
        ChatCompletionCreateParams params = params(call);
        ChatCompletion completion;
        try {
            completion = client(call.userKey()).chat().completions().create(params, options(call.timeout()));
        } catch (RuntimeException e) {
            throw ProviderErrors.map(e, call, secrets(call.userKey()), clock);
        }
        if (completion.choices().isEmpty()) {
            throw new ProviderFailure(ProviderFailure.Kind.INVALID_RESPONSE, 200, "reply without choices", null, null);
        }
        ChatCompletion.Choice choice = completion.choices().get(0);
        String content = choice.message().content().orElse("");
        String finish = choice._finishReason().asKnown().map(Object::toString).orElse("");
        Long prompt = completion.usage().map(u -> u.promptTokens()).orElse(null);
        Long output = completion.usage().map(u -> u.completionTokens()).orElse(null);
        Long cached = completion
                .usage()
                .flatMap(u -> u.promptTokensDetails())
                .flatMap(d -> d.cachedTokens())
                .orElse(null);
        return new ChatReply(content, finish, prompt, output, cached);
    }

    @Override
    public EmbedReply embed(EmbedCall call) {
        EmbeddingCreateParams.Builder params = EmbeddingCreateParams.builder()
                .model(call.model())
                .inputOfArrayOfStrings(call.inputs())
                // floats, not the SDK's base64 default: Ollama and some gateways only speak floats
                .encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT);
        if (call.dimensions() != null) {
            params.dimensions(call.dimensions().longValue());
        }
        CreateEmbeddingResponse response;
        try {
            response = client(call.userKey()).embeddings().create(params.build(), options(call.timeout()));
        } catch (RuntimeException e) {
            throw ProviderErrors.map(e, null, secrets(call.userKey()), clock);
        }
        List<Embedding> data = response.data().stream()
                .sorted(Comparator.comparingLong(Embedding::index))
                .toList();
        if (data.size() != call.inputs().size()) {
            throw new ProviderFailure(
                    ProviderFailure.Kind.INVALID_RESPONSE,
                    200,
                    "expected " + call.inputs().size() + " embeddings, got " + data.size(),
                    null,
                    null);
        }
        List<float[]> vectors = new ArrayList<>(data.size());
        for (Embedding embedding : data) {
            List<Float> values = embedding.embedding();
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = values.get(i);
            }
            vectors.add(vector);
        }
        Long tokens;
        try {
            tokens = response.usage().promptTokens();
        } catch (RuntimeException e) {
            tokens = null;
        }
        return new EmbedReply(vectors, tokens);
    }

    private OpenAIClient client(Optional<ByoKey> userKey) {
        if (userKey.isEmpty()) {
            if (!serverKeyUsable) {
                throw new ProviderFailure(ProviderFailure.Kind.AUTH, 0, "no key for this request", null, null);
            }
            return client;
        }
        String key = userKey.get().reveal();
        return kind == ProviderKind.AZURE
                ? client.withOptions(options -> options.credential(AzureApiKeyCredential.create(key)))
                : client.withOptions(options -> options.apiKey(key));
    }

    private List<String> secrets(Optional<ByoKey> userKey) {
        List<String> secrets = new ArrayList<>(2);
        userKey.ifPresent(k -> secrets.add(k.reveal()));
        if (serverKey != null) {
            secrets.add(serverKey);
        }
        return secrets;
    }

    @SuppressWarnings("deprecation") // max_tokens is deprecated by OpenAI but the only cap many servers know
    private static ChatCompletionCreateParams params(ChatCall call) {
        ChatCompletionCreateParams.Builder params =
                ChatCompletionCreateParams.builder().model(call.model()).addSystemMessage(call.system());
        if (call.shared() != null && !call.shared().isEmpty()) {
            params.addUserMessage(call.shared());
        }
        params.addUserMessage(call.user());
        if (call.cacheKey() != null) {
            params.promptCacheKey(call.cacheKey());
        }
        if (call.temperature() != null) {
            params.temperature(call.temperature());
        }
        if (call.tokenParameter() == LlmProperties.TokenParameter.MAX_COMPLETION_TOKENS) {
            params.maxCompletionTokens((long) call.maxOutputTokens());
        } else if (call.tokenParameter() == LlmProperties.TokenParameter.MAX_TOKENS) {
            params.maxTokens((long) call.maxOutputTokens());
        }
        switch (call.format()) {
            case JSON_SCHEMA -> params.responseFormat(jsonSchema(call));
            case JSON_OBJECT ->
                params.responseFormat(ResponseFormatJsonObject.builder().build());
            case NONE -> {}
        }
        return params.build();
    }

    private static ResponseFormatJsonSchema jsonSchema(ChatCall call) {
        ResponseFormatJsonSchema.JsonSchema.Schema.Builder schema =
                ResponseFormatJsonSchema.JsonSchema.Schema.builder();
        call.schema().forEach((name, value) -> schema.putAdditionalProperty(name, JsonValue.from(value)));
        return ResponseFormatJsonSchema.builder()
                .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                        .name(call.schemaName())
                        .schema(schema.build())
                        .strict(true)
                        .build())
                .build();
    }

    private static RequestOptions options(Duration timeout) {
        Duration connect = timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
        return RequestOptions.builder()
                .timeout(Timeout.builder()
                        .connect(connect)
                        .read(timeout)
                        .write(timeout)
                        .request(timeout)
                        .build())
                .build();
    }
}
