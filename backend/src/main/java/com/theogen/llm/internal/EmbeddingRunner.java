package com.theogen.llm.internal;

import com.knuddels.jtokkit.api.Encoding;
import com.theogen.llm.Embeddings;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmUsage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Remote embeddings in batches, each input cut to the model's token limit, with the same retry rules as chat. */
final class EmbeddingRunner {

    private final LlmProvider provider;
    private final LlmProperties.EmbeddingModel model;
    private final TokenCounter tokens;
    private final ResilientCaller caller;
    private final Clock clock;

    EmbeddingRunner(
            LlmProvider provider,
            LlmProperties.EmbeddingModel model,
            TokenCounter tokens,
            ResilientCaller caller,
            Clock clock) {
        this.provider = provider;
        this.model = model;
        this.tokens = tokens;
        this.caller = caller;
        this.clock = clock;
    }

    Embeddings embed(List<String> texts, LlmRunContext run, LlmAccess access, LlmMetrics metrics) {
        Instant started = clock.instant();
        Encoding encoding = tokens.encodingFor(model.name(), null);
        List<String> inputs = new ArrayList<>(texts.size());
        int truncated = 0;
        long counted = 0;
        for (String text : texts) {
            String input =
                    tokens.truncate(encoding, text == null || text.isBlank() ? " " : text, model.maxInputTokens());
            truncated += input.equals(text) || text == null || text.isBlank() ? 0 : 1;
            counted += tokens.count(encoding, input);
            inputs.add(input);
        }
        CallStats stats = new CallStats();
        List<float[]> vectors = new ArrayList<>(inputs.size());
        long reported = 0;
        boolean allReported = true;
        String outcome = "error";
        try {
            for (int from = 0; from < inputs.size(); from += model.batchSize()) {
                List<String> batch = inputs.subList(from, Math.min(inputs.size(), from + model.batchSize()));
                LlmProvider.EmbedReply reply = caller.execute(
                        model.name(),
                        run,
                        stats,
                        timeout -> provider.embed(new LlmProvider.EmbedCall(
                                model.name(), batch, model.dimensions(), run.userKey(), timeout)));
                vectors.addAll(reply.vectors());
                if (reply.promptTokens() == null) {
                    allReported = false;
                } else {
                    reported += reply.promptTokens();
                }
            }
            outcome = "ok";
        } catch (ProviderFailure failure) {
            throw LlmErrors.fromProvider(
                    failure, model.name(), "embedding", run.userKey().isPresent());
        } finally {
            Duration latency = Duration.between(started, clock.instant());
            metrics.call(model.name(), "embedding", outcome, latency);
        }
        int dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
        if (vectors.stream().anyMatch(v -> v.length != dimensions)) {
            throw LlmErrors.fromProvider(
                    new ProviderFailure(
                            ProviderFailure.Kind.INVALID_RESPONSE, 200, "vectors of different sizes", null, null),
                    model.name(),
                    "embedding",
                    false);
        }
        long input = allReported && stats.requests > 0 ? reported : counted;
        LlmUsage usage = new LlmUsage(
                "embedding",
                model.name(),
                access.provider(),
                model.name(),
                null,
                access.keySource(),
                input,
                0,
                Duration.between(started, clock.instant()),
                stats.requests,
                stats.retries,
                List.of(),
                false,
                false,
                0);
        if (stats.requests > 0) {
            run.recorder().recordCall(usage);
            metrics.tokens(model.name(), input, 0);
        }
        return new Embeddings(vectors, dimensions, truncated, usage);
    }
}
